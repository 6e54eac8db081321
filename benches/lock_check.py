#!/usr/bin/env python3
"""A contract lock checked at scale, end to end: the enum of `benches/gen.py`
with N variants (20,000 by default: templates, a `#[body]` field, eight
statuses) is compiled in release, its lock written once with
`Mode::Accept`, then `contract::check_with(path, Mode::Check)` is timed:
reading the file, parsing it, building the catalogue's lock, diffing and
deciding that nothing is to be written. `Lock::of`, `Lock::parse` and
`Lock::diff` are timed apart as well, to show where the time goes.

    python3 benches/lock_check.py                  # 20000 variants, 30 runs
    python3 benches/lock_check.py --size 2000 --runs 10

The generated crate goes outside the repository ($TMPDIR/errcode-lock-check).
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

MAIN = """mod error;

use std::time::Instant;

use errcodes::contract::{self, Lock, Mode};

fn main() {
    let runs: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let path = std::env::temp_dir().join("errcode-lock-check.lock");
    let _ = std::fs::remove_file(&path);
    contract::check_with::<error::Error>(&path, Mode::Accept).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let mut times = vec![Vec::new(); 4];
    for _ in 0..runs {
        let start = Instant::now();
        contract::check_with::<error::Error>(&path, Mode::Check).unwrap();
        times[0].push(start.elapsed());
        let start = Instant::now();
        let now = Lock::of::<error::Error>();
        times[1].push(start.elapsed());
        let start = Instant::now();
        let locked = Lock::parse(&text).unwrap();
        times[2].push(start.elapsed());
        let start = Instant::now();
        assert!(locked.diff(&now).is_empty());
        times[3].push(start.elapsed());
    }
    println!("| entries | what | fastest | median | slowest |");
    println!("|---|---|---:|---:|---:|");
    let entries = text.lines().count() - 2;
    for (name, mut t) in ["check_with (Check)", "Lock::of", "Lock::parse", "Lock::diff"]
        .into_iter()
        .zip(times)
    {
        t.sort();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| {entries} | {name} | {:.1} ms | {:.1} ms | {:.1} ms |",
            ms(t[0]),
            ms(t[t.len() / 2]),
            ms(t[t.len() - 1])
        );
    }
}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "errcode-lock-check"))
    parser.add_argument("--offline", action="store_true")
    args = parser.parse_args()

    crate = Path(args.dir)
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "lock_check"\nversion = "0.0.0"\nedition = "2021"\n'
        "publish = false\n\n[workspace]\n\n[dependencies]\n"
        f'errcodes = {{ path = "{ROOT.as_posix()}" }}\n'
    )
    (crate / "src" / "main.rs").write_text(MAIN)
    (crate / "src" / "error.rs").write_text(gen.errcode_enum(args.size))
    build = ["cargo", "build", "--release", "-q"] + (["--offline"] if args.offline else [])
    subprocess.run(build, cwd=crate, check=True)
    subprocess.run([str(crate / "target" / "release" / "lock_check"), str(args.runs)], check=True)


if __name__ == "__main__":
    main()
