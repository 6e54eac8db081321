#!/usr/bin/env python3
"""`errcodes check` at scale: SERVICES catalogue exports of CODES entries
each (200 x 500 = 100,000 by default), every entry as heavy as a real one
(body fields, headers, example), each service owning its own range in a
generated registry. Builds the release binary, runs `errcodes check` over
the folder with the registry, the same with `--baseline-rev HEAD` (the
folder committed to a repository of its own first: every input read
twice, once through `git cat-file`), then `errcodes portal` over it, and
prints
the wall time and peak memory (`/usr/bin/time -v`) of each run and their
median.

    python3 benches/many_services.py                      # 200 x 500, 5 runs
    python3 benches/many_services.py --services 20 --codes 50 --runs 1   # quick

The files go to target/many-services/. The first export is validated
against schemas/catalogue-export.v1.json where Python's jsonschema is
installed, so the input is what a real service writes. Exits non-zero when
the check does not exit 0 (the generated code space has no finding).
"""

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def entry(index, code):
    name = f"Error{code}"
    message = f"Member '{{member_ref}}' of order {code} could not be processed."
    return {
        "index": index,
        "anchor": str(code),
        "code": code,
        "status": 409,
        "sent_status": 409,
        "also_status": [],
        "retry": "never",
        "fault": "client",
        "name": name,
        "declared_name": None,
        "variant": name,
        "title": None,
        "message": message,
        "category": "Orders",
        "description": "Shown when the order is in a state that does not allow the change.",
        "body_fields": [
            {"member": "member_ref", "field": "member_ref", "type": "String",
             "description": "The member the order belongs to.", "example": "m-123"},
        ],
        "headers": [
            {"name": "Cache-Control", "value": "no-store", "field": None, "type": None,
             "with": None, "optional": False},
        ],
        "shared": False,
        "unit": False,
        "has_placeholders": True,
        "exposes_message": True,
        "tags": [],
        "example": {"code": code, "message": message, "member_ref": "m-123"},
    }


def export(service, first, codes):
    return {
        "format_version": 1,
        "type": f"Service{service}Error",
        "domain": f"service{service}.example.com",
        "title": f"Errors of service {service}.",
        "description": None,
        "category": "Orders",
        "range": {"min": first, "max": first + 999},
        "ranges": [],
        "content_type": "application/json",
        "body": [
            {"member": "code", "type": "integer", "required": True, "description": "the error code"},
            {"member": "message", "type": "string", "required": True, "description": "the error message"},
        ],
        "json_schema": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"},
        "entries": [entry(i, first + i) for i in range(codes)],
        "retired": [{"code": first + 999, "note": "retired before 1.0"}],
    }


def generate(out, services, codes):
    exports = out / "exports"
    exports.mkdir(parents=True, exist_ok=True)
    for old in exports.glob("*.json"):
        old.unlink()
    registry = []
    for s in range(services):
        first = 100_000 + s * 1000
        doc = export(s, first, codes)
        (exports / f"service{s:03}.json").write_text(json.dumps(doc, indent=2))
        registry.append(
            f'[[service]]\nname = "service{s}"\ndomain = "service{s}.example.com"\n'
            f"ranges = [{{ first = {first}, last = {first + 999} }}]\n"
        )
    (out / "registry.toml").write_text("\n".join(registry))
    return exports, out / "registry.toml"


def commit(out):
    """`out` as a git repository of its own whose HEAD holds the exports and registry."""
    shutil.rmtree(out / ".git", ignore_errors=True)
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com",
           "-c", "commit.gpgsign=false"]
    for step in (["init", "-q"], ["add", "exports", "registry.toml"], ["commit", "-qm", "baseline"]):
        subprocess.run(git + step, cwd=out, check=True)


def validate_first(exports):
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        print("jsonschema not installed: generated exports not validated")
        return
    schema = json.loads((ROOT / "schemas/catalogue-export.v1.json").read_text())
    first = sorted(exports.glob("*.json"))[0]
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(first.read_text())))
    if errors:
        sys.exit(f"{first}: not a valid export: {errors[0].message}")


def run(binary, args):
    cmd = ["/usr/bin/time", "-v", str(binary)] + [str(a) for a in args]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"errcodes {args[0]} exited {out.returncode}:\n{out.stdout}{out.stderr}")
    elapsed = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)", out.stderr)
    seconds = float(elapsed.group(1) or 0) * 60 + float(elapsed.group(2))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1))
    return seconds, rss_kb / 1024, out.stdout.strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--codes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    out = ROOT / "target" / "many-services"
    exports, registry = generate(out, args.services, args.codes)
    size = sum(f.stat().st_size for f in exports.glob("*.json")) / 1e6
    print(f"{args.services} exports of {args.codes} entries: {size:.0f} MB of JSON")
    validate_first(exports)
    commit(out)
    subprocess.run(["cargo", "build", "--release", "-p", "errcodes-cli"], cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "errcodes"
    commands = {
        "check": ["check", exports, "--registry", registry],
        # The same, against the exports and registry as committed: every
        # input read twice, once through `git cat-file`.
        "check --baseline-rev": ["check", exports, "--registry", registry, "--baseline-rev", "HEAD"],
        "portal": ["portal", exports, "--out", out / "site"],
    }
    for name, command in commands.items():
        results = []
        for _ in range(args.runs):
            seconds, mb, summary = run(binary, command)
            print(f"{name}: {seconds:.2f} s, {mb:.0f} MB peak: {summary}")
            results.append((seconds, mb))
        print(
            f"{name} median: {statistics.median(r[0] for r in results):.2f} s, "
            f"{statistics.median(r[1] for r in results):.0f} MB peak"
        )


if __name__ == "__main__":
    main()
