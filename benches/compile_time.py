#!/usr/bin/env python3
"""Compile-time benchmark: errcode's derive against thiserror plus
hand-written glue and against code written entirely by hand.

Generates one crate per version and size (the enum of `benches/gen.py`, 300,
1000 and 5000 variants by default) in a directory outside the repository,
each with a path dependency on this workspace's `errcode`, and one
CARGO_TARGET_DIR per version so that dependencies are built once. Then it
measures, as the median (min, max) of `--runs` runs:

- rebuild: `touch src/lib.rs && cargo build` (and `--release`) with
  dependencies already built; versions and sizes interleaved within a run so
  that a burst of load from elsewhere is spread over all of them;
- clean: `cargo build` of each version's dependency graph alone (a crate with
  the same dependencies and no enum) into an empty target directory.

    python3 benches/compile_time.py                  # everything, 5 runs
    python3 benches/compile_time.py --sizes 300 --runs 1 --no-clean   # smoke test
    python3 benches/compile_time.py --offline         # registry cache only

Debug builds run with CARGO_INCREMENTAL=0: a touched but unchanged file
would otherwise be served from the incremental cache, which says nothing
about the cost of an edit to the enum. `--errcode PATH` points the errcode
crates at another checkout (a snapshot, so that edits in this tree during a
long run do not change what is measured).

Results go to stdout as Markdown tables and to `<dir>/results.json`.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

DEPS = {
    "errcode": 'errcodes = { path = "{root}" }\n',
    "thiserror": (
        'thiserror = "2"\n'
        'serde = { version = "1", features = ["derive"] }\n'
        'serde_json = "1"\n'
        'http = "1"\n'
    ),
    "hand": (
        'serde = { version = "1", features = ["derive"] }\n'
        'serde_json = "1"\n'
        'http = "1"\n'
    ),
}

# What the dependency-only crate names so that each dependency is linked.
DEPS_ONLY = {
    "errcode": "pub use errcodes;\n",
    "thiserror": "pub use {http, serde, serde_json, thiserror};\n",
    "hand": "pub use {http, serde, serde_json};\n",
}


def write_crate(path, name, version, source, root=ROOT):
    (path / "src").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        "[workspace]\n\n[dependencies]\n" + DEPS[version].replace("{root}", Path(root).as_posix())
    )
    lib = path / "src" / "lib.rs"
    if not lib.exists() or lib.read_text() != source:
        lib.write_text(source)


def cargo(crate, target, release, offline, quiet=True):
    cmd = ["cargo", "build"]
    if release:
        cmd.append("--release")
    if offline:
        cmd.append("--offline")
    if quiet:
        cmd.append("-q")
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=crate, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` failed in {crate}:\n{done.stderr}")
    return elapsed


def touch(path):
    now = time.time()
    os.utime(path, (now, now))


def summary(samples):
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "samples": samples,
    }


def fmt(s):
    return f"{s['median']:.2f} ({s['min']:.2f}–{s['max']:.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="300,1000,5000")
    parser.add_argument("--versions", default="errcode,thiserror,hand")
    parser.add_argument(
        "--dir",
        default=os.path.join(tempfile.gettempdir(), "errcode-compile-time"),
        help="where the generated crates and target directories go",
    )
    parser.add_argument("--offline", action="store_true", help="pass --offline to cargo")
    parser.add_argument("--errcode", default=str(ROOT), help="the errcode checkout to depend on")
    parser.add_argument("--no-clean", action="store_true", help="skip the clean builds")
    parser.add_argument("--no-release", action="store_true", help="skip release rebuilds")
    args = parser.parse_args()

    sizes = [int(s) for s in args.sizes.split(",")]
    versions = args.versions.split(",")
    profiles = ["debug"] if args.no_release else ["debug", "release"]
    work = Path(args.dir)
    if ROOT in work.resolve().parents:
        sys.exit("--dir must be outside the repository")
    work.mkdir(parents=True, exist_ok=True)

    crates = {}
    for v in versions:
        for n in sizes:
            crate = work / v / f"enum{n}"
            write_crate(crate, f"enum{n}_{v}", v, gen.VERSIONS[v](n), args.errcode)
            crates[v, n] = crate

    print("# warming up: dependencies and a first build of every crate", file=sys.stderr)
    for (v, n), crate in crates.items():
        for p in profiles:
            cargo(crate, work / f"target-{v}", p == "release", args.offline)

    rebuild = {(v, n, p): [] for v in versions for n in sizes for p in profiles}
    for run in range(args.runs):
        for n in sizes:
            for p in profiles:
                for v in versions:
                    crate = crates[v, n]
                    touch(crate / "src" / "lib.rs")
                    t = cargo(crate, work / f"target-{v}", p == "release", args.offline)
                    rebuild[v, n, p].append(t)
                    print(f"# run {run + 1}: {v} {n} {p} rebuild {t:.2f}s", file=sys.stderr)

    clean = {}
    if not args.no_clean:
        for v in versions:
            crate = work / v / "deps-only"
            write_crate(crate, f"deps_only_{v}", v, DEPS_ONLY[v], args.errcode)
            cargo(crate, work / f"target-{v}", False, args.offline)  # fetch, resolve
            clean[v] = []
        for run in range(args.runs):
            for v in versions:
                target = work / f"clean-{v}"
                shutil.rmtree(target, ignore_errors=True)
                t = cargo(work / v / "deps-only", target, False, args.offline)
                clean[v].append(t)
                print(f"# run {run + 1}: {v} clean build of dependencies {t:.2f}s", file=sys.stderr)
                shutil.rmtree(target, ignore_errors=True)

    results = {
        "rebuild": {f"{v} {n} {p}": summary(s) for (v, n, p), s in rebuild.items()},
        "clean": {v: summary(s) for v, s in clean.items()},
    }
    (work / "results.json").write_text(json.dumps(results, indent=2))

    print(f"Rebuild of the enum crate, seconds, median (min–max) of {args.runs} runs\n")
    print("| variants | profile | " + " | ".join(versions) + " |")
    print("|---|---|" + "---|" * len(versions))
    for n in sizes:
        for p in profiles:
            cells = [fmt(summary(rebuild[v, n, p])) for v in versions]
            print(f"| {n} | {p} | " + " | ".join(cells) + " |")
    if clean:
        print(f"\nClean debug build of the dependency graph, seconds, median (min–max) of {args.runs} runs\n")
        print("| " + " | ".join(versions) + " |")
        print("|" + "---|" * len(versions))
        print("| " + " | ".join(fmt(summary(clean[v])) for v in versions) + " |")

    def med(v, n, p):
        return statistics.median(rebuild[v, n, p])

    print("\nRatios of medians\n")
    for p in profiles:
        if 1000 in sizes:
            for other in ("thiserror", "hand"):
                if "errcode" in versions and other in versions:
                    r = med("errcode", 1000, p) / med(other, 1000, p)
                    print(f"- 1000 variants, {p}: errcode / {other} = {r:.2f}")
        if 1000 in sizes and 5000 in sizes:
            for v in versions:
                r = med(v, 5000, p) / med(v, 1000, p)
                print(f"- {v}, {p}: 5000 / 1000 = {r:.2f}")


if __name__ == "__main__":
    main()
