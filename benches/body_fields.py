#!/usr/bin/env python3
"""What a `#[body]` field costs: tokens and a debug rebuild of an enum whose
every variant carries one (`V{i} { #[body] value: u64 }`).

Tokens are counted as `benches/tokens.py` counts them (nightly's expanded
source, `(tokens(N) - tokens(1)) / (N - 1)` per variant); the rebuild is
`touch src/lib.rs && cargo build` with dependencies built, as
`benches/compile_time.py` times it (median, min and max of `--runs`), in
wall-clock seconds and in CPU seconds of cargo and rustc (user + system,
which another build's load on the machine changes less). Point
`--errcode` at another checkout (a snapshot of an older commit) to compare.

    python3 benches/body_fields.py --offline
    python3 benches/body_fields.py --errcode /tmp/snap-REV --dir /tmp/bf-REV --offline
"""

import argparse
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_time  # noqa: E402
import tokens  # noqa: E402


def source(n):
    out = ["use errcodes::ApiError;\n\n#[derive(Debug, ApiError)]\npub enum Error {\n"]
    for i in range(n):
        out.append(f'    #[code({10000 + i}, status = 400, msg = "Error {i}")]\n')
        out.append(f"    V{i} {{\n        #[body]\n        value: u64,\n    }},\n")
    out.append("}\n")
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--errcode", default=str(compile_time.ROOT), help="the errcode checkout to depend on")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "errcode-body-fields"))
    args = parser.parse_args()
    workdir = Path(args.dir)
    counts = {}
    for n in (1, args.size):
        crate = workdir / f"body_{n}"
        compile_time.write_crate(crate, f"body_{n}", "errcode", source(n), root=args.errcode)
        counts[n] = tokens.count_tokens(tokens.expanded(crate, workdir / "target-nightly", args.offline))
    per = (counts[args.size] - counts[1]) / (args.size - 1)
    print(f"tokens: {counts[1]} at N=1, {counts[args.size]} at N={args.size}: {per:.1f} per variant")
    crate = workdir / f"body_{args.size}"
    target = workdir / "target"
    compile_time.cargo(crate, target, False, args.offline)
    wall, cpu = [], []
    for _ in range(args.runs):
        compile_time.touch(crate / "src" / "lib.rs")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall.append(compile_time.cargo(crate, target, False, args.offline))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(
        f"debug rebuild, N={args.size}: {compile_time.fmt(compile_time.summary(wall))} s wall, "
        f"{compile_time.fmt(compile_time.summary(cpu))} s CPU"
    )


if __name__ == "__main__":
    main()
