#!/usr/bin/env bash
# Instructions per `serde_json::to_vec` through `Serialize`, errcode's derive
# against the hand-written impl, on gen.py's 1000-variant enum, counted by
# callgrind (deterministic: unaffected by other load on the machine). The
# crate is generated in $TMPDIR/errcode-serialize (outside the repository),
# with a path dependency on this tree and the pinned toolchain. Each case runs
# 1000 and 2000 times; the difference divided by 1000 is one call, without
# start-up. The bodies of both versions are compared before counting.
#
#   bash benches/serialize_instructions.sh            # needs valgrind
#   ERRCODE=/path/to/snapshot bash benches/serialize_instructions.sh
#   FORMAT=errcodes::format::Problem bash benches/serialize_instructions.sh
#
# FORMAT gives errcode's enum that body format; the hand-written impl writes
# Plain bodies only, so then only errcode is counted.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${ERRCODE:-$PWD}
dir=${TMPDIR:-/tmp}/errcode-serialize
mkdir -p "$dir/src"
cp rust-toolchain.toml Cargo.lock "$dir/"
python3 - "$dir" "$root" "${FORMAT:-}" <<'EOF'
import sys
from pathlib import Path
sys.path.insert(0, "benches")
import gen

dir, root, format = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
(dir / "Cargo.toml").write_text(f"""[package]
name = "errcode-serialize"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
errcodes = {{ path = "{root}" }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
http = "1"

[profile.release]
debug = "line-tables-only"
""")
for name in ("errcode", "hand"):
    path = dir / "src" / f"{name}_enum.rs"
    source = gen.VERSIONS[name](1000)
    if format and name == "errcode":
        source = source.replace("#[derive(Debug, ApiError)]\n", f"#[derive(Debug, ApiError)]\n#[api_error(format = {format})]\n")
    if not path.exists() or path.read_text() != source:
        path.write_text(source)
main = """#![allow(dead_code)]
mod errcode_enum;
mod hand_enum;

use std::hint::black_box;

fn run<E: serde::Serialize>(error: &E, times: usize) {
    for _ in 0..times {
        black_box(serde_json::to_vec(black_box(error)).unwrap());
    }
}

macro_rules! cases {
    ($($case:literal => $value:expr,)*) => {
        fn main() {
            let mut args = std::env::args().skip(1);
            let (case, who) = (args.next().unwrap(), args.next().unwrap());
            let times: usize = args.next().unwrap().parse().unwrap();
            $(if case == $case {
                use errcode_enum::Error::*;
                let errcode = $value;
                let hand = { use hand_enum::Error::*; $value };
                if std::env::var_os("FORMAT").is_none() {
                    assert_eq!(serde_json::to_vec(&errcode).unwrap(), serde_json::to_vec(&hand).unwrap());
                }
                return match who.as_str() {
                    "errcode" => run(&errcode, times),
                    _ => run(&hand, times),
                };
            })*
            panic!("no case {case}");
        }
    };
}

cases! {
    "unit" => V998,
    "field" => V1 { retry_after: 30 },
    "templated" => V3 { id: 42, name: "widget".to_owned() },
}
"""
if not (dir / "src" / "main.rs").exists() or (dir / "src" / "main.rs").read_text() != main:
    (dir / "src" / "main.rs").write_text(main)
EOF
(cd "$dir" && cargo build --release --quiet)
bin=$dir/target/release/errcode-serialize
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" "$3" \
    2>&1 >/dev/null | grep -o 'refs: *[0-9,]*' | tr -dc 0-9
}
who_all="errcode hand"
[ -n "${FORMAT:-}" ] && who_all=errcode
for case in unit field templated; do
  line="$case:"
  for who in $who_all; do
    a=$(count "$case" "$who" 1000)
    b=$(count "$case" "$who" 2000)
    eval "$who=$(( (b - a) / 1000 ))"
    line="$line $who ${!who}"
  done
  [ -n "${FORMAT:-}" ] || line="$line  ratio $(python3 -c "print(f'{$errcode / $hand:.2f}x')")"
  echo "$line"
done
