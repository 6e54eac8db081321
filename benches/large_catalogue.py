#!/usr/bin/env python3
"""Large catalogues compile: a program with one enum per body format (Plain
and Problem with integer codes, Matrix with string codes), each of N
variants with messages of 200 characters, `assert_disjoint_codes!` over all
three, built and then run (its `main` checks bodies and decoding on a sample
of variants). Prints the build's wall time, CPU time (user + system, less
sensitive to other load) and peak memory (`/usr/bin/time -v`; the largest
process is rustc).

    python3 benches/large_catalogue.py                       # 20000 variants, debug
    python3 benches/large_catalogue.py --sizes 5000,10000,20000 --profiles debug,release
    python3 benches/large_catalogue.py --sizes 2000 --msg-len 100   # quick

The generated crate goes outside the repository ($TMPDIR/errcode-large by
default, one target directory for every size so dependencies build once).
Builds run with CARGO_INCREMENTAL=0. `--errcode PATH` builds against another
checkout (a snapshot of an older commit, to compare). Exits non-zero on the
first build or check that fails.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write_crate(path, errcode, source):
    (path / "src").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(
        '[package]\nname = "large_catalogue"\nversion = "0.0.0"\nedition = "2021"\n'
        "publish = false\n\n[workspace]\n\n[dependencies]\n"
        f'errcodes = {{ path = "{Path(errcode).as_posix()}" }}\n'
        'serde = "1"\nserde_json = "1"\n'
    )
    main = path / "src" / "main.rs"
    if not main.exists() or main.read_text() != source:
        main.write_text(source)


def cargo(crate, target, subcommand, release, offline, timed=False):
    cmd = ["cargo", subcommand, "-q"]
    if release:
        cmd.append("--release")
    if offline:
        cmd.append("--offline")
    if timed:
        cmd = ["/usr/bin/time", "-v"] + cmd
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=crate, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    cpu = sum(float(t) for t in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
    return done, elapsed, cpu, int(peak.group(1)) // 1024 if peak else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000")
    parser.add_argument("--msg-len", type=int, default=200)
    parser.add_argument("--formats", default=",".join(gen.LARGE_FORMATS))
    parser.add_argument("--profiles", default="debug")
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "errcode-large"))
    parser.add_argument("--errcode", default=str(ROOT), help="the errcode checkout to build against")
    parser.add_argument("--offline", action="store_true", help="pass --offline to cargo")
    parser.add_argument("--no-run", action="store_true", help="build only")
    parser.add_argument("--keep-going", action="store_true", help="report a failed build and go on")
    args = parser.parse_args()

    work = Path(args.dir)
    if ROOT in work.resolve().parents:
        sys.exit("--dir must be outside the repository")
    crate, target = work / "crate", work / "target"
    formats = tuple(args.formats.split(","))
    profiles = args.profiles.split(",")

    # Dependencies first, so that the timed build is the catalogue alone.
    write_crate(crate, args.errcode, gen.large_catalogue(8, args.msg_len, formats))
    for profile in profiles:
        done, _, _, _ = cargo(crate, target, "build", profile == "release", args.offline)
        if done.returncode != 0:
            sys.exit(f"building dependencies failed:\n{done.stderr}")

    print("| variants | formats | message | profile | build, wall (s) | build, CPU (s) | peak memory (MiB) | result |")
    print("|---|---|---|---|---|---|---|---|")
    failed = False
    for n in (int(s) for s in args.sizes.split(",")):
        write_crate(crate, args.errcode, gen.large_catalogue(n, args.msg_len, formats))
        for profile in profiles:
            release = profile == "release"
            done, elapsed, cpu, peak = cargo(crate, target, "build", release, args.offline, timed=True)
            result = "ok"
            if done.returncode != 0:
                errors = [l for l in done.stderr.splitlines() if l.startswith("error")]
                result = "FAILED: " + (errors[0] if errors else "see stderr")
            elif not args.no_run:
                ran, _, _, _ = cargo(crate, target, "run", release, args.offline)
                if ran.returncode != 0 or ran.stdout.strip() != "ok":
                    result = "FAILED at run time"
                else:
                    result = "ok, checks pass"
            print(
                f"| {n} | {'+'.join(formats)} | {args.msg_len} chars | {profile} "
                f"| {elapsed:.1f} | {cpu:.1f} | {peak} | {result} |",
                flush=True,
            )
            if result.startswith("FAILED"):
                failed = True
                print(done.stderr[-4000:] if done.returncode else ran.stderr[-4000:], file=sys.stderr)
                if not args.keep_going:
                    sys.exit(1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
