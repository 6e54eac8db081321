"""Rebuild time of a translated catalogue: gen.py's enum of N variants with
its messages in one language, then the same enum with
`#[api_error(locales = "locales")]` and two more languages (de, fr), each a
`<lang>.json` file with every entry.

Usage: python3 benches/locales.py [--size 1000] [--runs 3]

Each configuration is built once (dependencies and all), then rebuilt
--runs times after touching src/main.rs (debug, CARGO_INCREMENTAL=0, as
compile_time.py); the table gives the median and the spread. The crate and
its target live in $TMPDIR/errcode-locales, outside the repository.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen  # noqa: E402
from large_catalogue import ROOT, cargo, write_crate  # noqa: E402

LANGUAGES = {
    "de": ("Statischer Fehler Nummer {i} ist aufgetreten", "Element {{id}} von '{{name}}' hat Prüfung {i} nicht bestanden", "Zu viele Anfragen, später erneut versuchen"),
    "fr": ("L'erreur statique numéro {i} s'est produite", "L'élément {{id}} de '{{name}}' a échoué au contrôle {i}", "Trop de requêtes, réessayez plus tard"),
}


def translated(lang, i):
    static, templated, body = LANGUAGES[lang]
    kind = gen.kind(i)
    if kind == "body":
        return body
    if kind == "templated":
        return templated.format(i=i)
    return static.format(i=i)


def source(n, locales):
    text = gen.errcode_enum(n)
    if locales:
        text = text.replace("#[derive(Debug, ApiError)]\n", '#[derive(Debug, ApiError)]\n#[api_error(locales = "locales")]\n', 1)
    text += (
        "\nfn main() {\n"
        "    let e = Error::V3 { id: 7, name: \"x\".into() };\n"
        "    println!(\"{} | {}\", e, errcodes::ApiError::message_in(&e, \"de\"));\n"
        "}\n"
    )
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "errcode-locales"))
    parser.add_argument("--offline", action="store_true")
    parser.add_argument("--errcode", default=str(ROOT), help="the errcode checkout to build against (a snapshot, so that edits cannot change what is measured)")
    args = parser.parse_args()
    work = Path(args.dir)
    crate, target = work / "crate", work / "target"
    locales = crate / "locales"
    locales.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        entries = {str(10000 + i): translated(lang, i) for i in range(args.size)}
        (locales / f"{lang}.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n")

    print("| variants | languages | rebuild, wall (s), median | min..max | CPU (s), median |")
    print("|---|---|---|---|---|")
    for langs, with_locales in ((1, False), (1 + len(LANGUAGES), True)):
        write_crate(crate, args.errcode, source(args.size, with_locales))
        done, _, _, _ = cargo(crate, target, "build", False, args.offline)
        if done.returncode != 0:
            sys.exit(f"build failed:\n{done.stderr[-4000:]}")
        walls, cpus = [], []
        for _ in range(args.runs):
            (crate / "src" / "main.rs").touch()
            done, wall, cpu, _ = cargo(crate, target, "build", False, args.offline, timed=True)
            if done.returncode != 0:
                sys.exit(f"rebuild failed:\n{done.stderr[-4000:]}")
            walls.append(wall)
            cpus.append(cpu)
        ran, _, _, _ = cargo(crate, target, "run", False, args.offline)
        print(
            f"| {args.size} | {langs} | {statistics.median(walls):.1f} | {min(walls):.1f}..{max(walls):.1f} "
            f"| {statistics.median(cpus):.1f} |",
            flush=True,
        )
        print(f"<!-- run: {ran.stdout.strip()} -->", file=sys.stderr)


if __name__ == "__main__":
    main()
