#!/usr/bin/env python3
"""Generated code per variant: tokens of the macro-expanded enum crate.

Builds one crate per (version, size) outside the repository, expands it with
`cargo +nightly rustc --profile=check -- -Zunpretty=expanded` (nightly only
for this flag; the project builds on the pinned stable) and counts Rust
tokens of the output (`::`, `=>` and other multi-character operators count as
one token, a literal as one, a comment as one). Per variant is
`(tokens(N) - tokens(1)) / (N - 1)`, so the fixed cost of the impls drops out.

    python3 benches/tokens.py                 # field-less variants, N = 1000
    python3 benches/tokens.py --mixed         # gen.py's enum (1 in 4 templated)

Versions: errcode's derive, thiserror (its `#[derive(Error)]` alone).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>b?r(?P<hashes>\#*)".*?"(?P=hashes))
  | (?P<str>b?"(?:\\.|[^"\\])*")
  | (?P<char>b?'(?:\\.|[^'\\])')
  | (?P<lifetime>'[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>[0-9][0-9A-Za-z_.]*)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>\.\.=|\.\.\.|::|=>|->|\.\.|==|!=|<=|>=|&&|\|\||[-+*/%^&|<>]=|<<=?|>>=?|.)
    """,
    re.S | re.X,
)


def count_tokens(text):
    n = 0
    for m in TOKEN.finditer(text):
        if m.lastgroup != "ws":
            n += 1
    return n


def static_only(n, thiserror):
    """`n` field-less variants in gen.py's style (code, status, message)."""
    out = ["#[derive(Debug, ApiError)]\n" if not thiserror else "#[derive(Debug, thiserror::Error)]\n"]
    out.append("pub enum Error {\n")
    for i in range(n):
        msg = gen.rust_str(f"Static error number {i} happened")
        status = gen.STATUSES[i % len(gen.STATUSES)][0]
        if thiserror:
            out.append(f"    #[error({msg})]\n    V{i},\n")
        else:
            out.append(f"    #[code({10000 + i}, status = {status}, msg = {msg})]\n    V{i},\n")
    out.append("}\n")
    return "".join(out)


def source(version, n, mixed):
    if version == "errcode":
        body = gen.errcode_enum(n) if mixed else "use errcodes::ApiError;\n" + static_only(n, False)
        return body
    if mixed:
        return gen.enum_decl(n, True)
    return static_only(n, True)


DEPS = {
    "errcode": 'errcodes = {{ path = "{root}" }}\n',
    "thiserror": 'thiserror = "2"\n',
}


def expand(workdir, version, n, mixed, offline):
    crate = workdir / f"{version}_{n}_{'mixed' if mixed else 'static'}"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "tok_{version}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        "[workspace]\n\n[dependencies]\n" + DEPS[version].format(root=ROOT.as_posix())
    )
    (crate / "src" / "lib.rs").write_text(source(version, n, mixed))
    return expanded(crate, workdir / f"target-{version}", offline)


def expanded(crate, target, offline):
    """`crate`'s source after macro expansion (nightly's `-Zunpretty`)."""
    cmd = ["cargo", "+nightly", "rustc", "-q", "--profile=check"]
    if offline:
        cmd.append("--offline")
    cmd += ["--", "-Zunpretty=expanded"]
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    env.pop("RUSTUP_TOOLCHAIN", None)
    done = subprocess.run(cmd, cwd=crate, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` failed in {crate}:\n{done.stderr}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--mixed", action="store_true", help="gen.py's enum instead of field-less variants")
    parser.add_argument("--versions", default="errcode,thiserror")
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "errcode-tokens"))
    parser.add_argument("--dump", action="store_true", help="write the expanded sources next to the crates")
    args = parser.parse_args()
    workdir = Path(args.dir)
    workdir.mkdir(parents=True, exist_ok=True)
    for version in args.versions.split(","):
        counts = {}
        for n in (1, args.size):
            text = expand(workdir, version, n, args.mixed, args.offline)
            if args.dump:
                (workdir / f"{version}_{n}.expanded.rs").write_text(text)
            counts[n] = count_tokens(text)
        per = (counts[args.size] - counts[1]) / (args.size - 1)
        kind = "variant of gen.py's enum" if args.mixed else "field-less variant"
        print(f"{version}: {counts[1]} tokens at N=1, {counts[args.size]} at N={args.size}: {per:.1f} per {kind}")


if __name__ == "__main__":
    main()
