#!/usr/bin/env python3
"""The generated clients' `decode` against their language's own JSON parser,
on the same typical bodies: TypeScript's in node against `JSON.parse` of the
same text, Python's against `json.loads` of the same bytes. The target
(issue 22) is within 2x of each. Each run times the parser, `decode` (and
the earlier runtime) one after the other; a row gives the median time, the
median of the runs' ratios and their lowest and highest.

    python3 benches/clients.py               # 200000 decodes per body, 7 runs
    python3 benches/clients.py --runs 21 --n 50000  # more, shorter runs: a steadier median
    python3 benches/clients.py --before 3d26098  # that commit's runtimes too, interleaved

It writes the seed catalogues' and the demo's modules with
`cargo run --example clients`, compiles the TypeScript ones with
tools/clients' tsc (`npm ci` there first), into target/clients/bench.
"""

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "clients" / "bench"

# (module, status, body): a typical body of each format the seeds use.
BODIES = [
    ("AccountError", 401, '{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Incorrect account or wrong password","code":34305}'),
    ("PluralKitError", 404, '{"code":20003,"message":"Member \'abc\' not found."}'),
    ("PluralKitError", 429, '{"code":0,"message":"429: too many requests","retry_after":19,"scope":"generic"}'),
    ("MastodonError", 404, '{"error":"Record not found"}'),
    ("KakaoGameError", 401, '{"code":401,"message":"Unauthorized"}'),
]

NODE = r"""
const [dir, n, runs, bodies, before] = [process.argv[1], +process.argv[2], +process.argv[3], JSON.parse(process.argv[4]), process.argv[5] === "1"];
const time = (f) => { const t = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - t) / n; };
const out = [];
for (const [module, status, body] of bodies) {
  const { decode } = require(dir + "/" + module + ".js");
  const old = before ? require(dir + "/" + module + "_before.js").decode : null;
  if (decode(status, body).kind !== "known") throw new Error(module + ": " + JSON.stringify(decode(status, body)));
  let sink = 0;
  // Interleaved, each run's three timings side by side: the machine's load moves them alike.
  const parse = [], dec = [], was = [];
  for (let r = 0; r < runs; r++) {
    parse.push(time(() => { for (let i = 0; i < n; i++) sink += JSON.parse(body).length === 1 ? 1 : 0; }));
    dec.push(time(() => { for (let i = 0; i < n; i++) sink += decode(status, body).entry; }));
    if (old) was.push(time(() => { for (let i = 0; i < n; i++) sink += old(status, body).entry; }));
  }
  out.push([module, status, body.length, parse, dec, old ? was : null, sink]);
}
console.log(JSON.stringify(out));
"""


def typescript(n: int, runs: int, before: bool) -> list:
    tsc = ROOT / "tools" / "clients" / "node_modules" / ".bin" / "tsc"
    modules = sorted({m for m, _, _ in BODIES})
    modules += [f"{m}_before" for m in modules] if before else []
    subprocess.run([str(tsc), "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "js"]
                   + [f"{m}.ts" for m in modules], cwd=OUT, check=True)
    out = subprocess.run(["node", "-e", NODE, str(OUT / "js"), str(n), str(runs), json.dumps(BODIES), "1" if before else "0"],
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)


RUNTIME = {
    "py": ["errcode-core/src/clients/read.py", "errcode-core/src/clients/choose.py"],
    "ts": ["errcode-core/src/clients/read.ts", "errcode-core/src/clients/choose.ts"],
}


def before_modules(commit: str) -> None:
    """Each module again as `{module}_before`, with `commit`'s runtime in place of
    this tree's (the runtime is written into each module as it is)."""
    for ext, files in RUNTIME.items():
        now = "".join((ROOT / p).read_text() for p in files)
        then = "".join(subprocess.run(["git", "show", f"{commit}:{p}"], cwd=ROOT, check=True,
                                      stdout=subprocess.PIPE, text=True).stdout for p in files)
        for module in {m for m, _, _ in BODIES}:
            text = (OUT / f"{module}.{ext}").read_text()
            assert now in text, f"{module}.{ext} was not written from this tree's runtime"
            (OUT / f"{module}_before.{ext}").write_text(text.replace(now, then))


def python(n: int, runs: int, before: bool) -> list:
    sys.path.insert(0, str(OUT))
    out = []
    for module, status, body in BODIES:
        decode = importlib.import_module(module).decode
        old = importlib.import_module(module + "_before").decode if before else None
        data = body.encode()
        assert decode(status, data).kind == "known", (module, decode(status, data))

        def timed(f):
            t = time.perf_counter_ns()
            f()
            return (time.perf_counter_ns() - t) / n

        loads = json.loads
        parse, dec, was = [], [], []
        # Interleaved, each run's three timings side by side: the machine's load moves them alike.
        for _ in range(runs):
            parse.append(timed(lambda: [loads(data) for _ in range(n)]))
            dec.append(timed(lambda: [decode(status, data) for _ in range(n)]))
            if old is not None:
                was.append(timed(lambda: [old(status, data) for _ in range(n)]))
        out.append([module, status, len(data), parse, dec, was if old is not None else None])
    return out


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--n", type=int, default=200_000)
    args.add_argument("--runs", type=int, default=7)
    args.add_argument("--before", help="a commit whose runtimes to time beside this tree's")
    a = args.parse_args()
    subprocess.run(["cargo", "run", "-q", "--example", "clients", "--", str(OUT)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if a.before:
        before_modules(a.before)
    print("| language | catalogue | status | body bytes | parser ns | decode ns | ratio (min–max) | before ns | before ratio (min–max) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, rows in (("TypeScript (node)", typescript(a.n, a.runs, bool(a.before))), ("Python", python(a.n // 4, a.runs, bool(a.before)))):
        parser = "JSON.parse" if label.startswith("Type") else "json.loads"
        for module, status, size, parse, dec, was, *_ in rows:
            row = f"| {label} | {module} | {status} | {size} | {parser} {median(parse):.0f} | {median(dec):.0f} | {ratios(dec, parse)} |"
            row += f" {median(was):.0f} | {ratios(was, parse)} |" if was else " | |"
            print(row)


def median(xs: list) -> float:
    return statistics.median(xs)


def ratios(times: list, parse: list) -> str:
    """The median of each run's ratio to the parser's time in the same run, and their spread."""
    each = [t / p for t, p in zip(times, parse)]
    return f"{median(each):.2f}x ({min(each):.2f}–{max(each):.2f})"

if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
