#!/usr/bin/env python3
"""Public surface of the runtime: the items a user of `errcodes` can see.

Builds errcode-core's rustdoc JSON with every feature (nightly only for
`--output-format json`; the project builds on the pinned stable) and walks it
from the crate root the way a reader of the docs does. rustdoc leaves
`#[doc(hidden)]` items (and `__private_v0_1` with them) out of the JSON, so
what is counted is what is both reachable and visible.

Counted, each once: modules, structs, enums and their variants, public
fields, traits and their items, functions, constants, statics, type aliases,
macros, the items of inherent impls (methods, associated constants), and a
re-export of another crate's item (`pub use http::StatusCode`) as one item.
Not counted: trait impls (their items are the trait's), and auto and blanket
impls, which rustdoc adds to every type.

    python3 benches/public_surface.py                # count
    python3 benches/public_surface.py --list         # and list them by path
    python3 benches/public_surface.py --json FILE    # count a JSON built before
    python3 benches/public_surface.py --hidden       # hidden yet callable items

`--hidden` builds with `--document-hidden-items` and counts the other side:
items a user can name although the docs hide them (`#[doc(hidden)]`, or
inside something hidden), outside `__private_v0_1`, the one module the
derive's generated code is meant to reach.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Its own target directory: the nightly build does not evict the stable one.
TARGET = ROOT / "target" / "public-surface"


PRIVATE = "__private_v0_1"


def build(hidden):
    target = TARGET / ("hidden" if hidden else "visible")
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    extra = ["--document-hidden-items"] if hidden else []
    subprocess.run(
        ["cargo", "+nightly", "rustdoc", "-p", "errcode-core", "--all-features",
         "--", "-Z", "unstable-options", "--output-format", "json", *extra],
        cwd=ROOT, env=env, check=True,
    )
    return target / "doc" / "errcode_core.json"


def is_hidden(item):
    return any("doc(hidden)" in json.dumps(a) for a in item["attrs"])


def kind(item):
    return next(iter(item["inner"]))


def walk(doc):
    """(path, kind, hidden) of every counted item, in the order the docs show
    them; hidden: the item or one it is reached through is `#[doc(hidden)]`."""
    index = doc["index"]
    seen = set()
    found = []

    def visit(item_id, path, hidden=False):
        key = str(item_id)
        if key in seen:
            return
        seen.add(key)
        item = index.get(key)
        if item is None:
            # Another crate's item, re-exported here.
            found.append((path, "re-export", hidden))
            return
        k = kind(item)
        inner = item["inner"][k]
        hidden = hidden or is_hidden(item)
        if k == "module" and item["name"] == PRIVATE:
            return
        if k == "use":
            seen.discard(key)
            target = inner["id"]
            if inner["is_glob"]:
                module = index.get(str(target))
                if module is not None:
                    for child in module["inner"]["module"]["items"]:
                        visit(child, f"{path.rsplit('::', 1)[0]}::{name_of(child, index)}", hidden)
            elif target is not None:
                visit(target, path, hidden)
            else:
                found.append((path, "re-export", hidden))
            return
        if k == "impl":
            return
        found.append((path, k, hidden))
        if k == "module":
            for child in inner["items"]:
                visit(child, f"{path}::{name_of(child, index)}", hidden)
        elif k == "struct":
            shape = inner["kind"]  # "unit", {"plain": ...} or {"tuple": [...]}
            fields = []
            if isinstance(shape, dict):
                fields = shape.get("plain", {}).get("fields", [])
                fields += [f for f in shape.get("tuple", []) if f is not None]
            for field in fields:
                visit(field, f"{path}.{name_of(field, index)}", hidden)
            inherent(inner["impls"], path, hidden)
        elif k == "enum":
            for variant in inner["variants"]:
                visit(variant, f"{path}::{name_of(variant, index)}", hidden)
            inherent(inner["impls"], path, hidden)
        elif k == "union":
            for field in inner["fields"]:
                visit(field, f"{path}.{name_of(field, index)}", hidden)
            inherent(inner["impls"], path, hidden)
        elif k == "trait":
            for child in inner["items"]:
                visit(child, f"{path}::{name_of(child, index)}", hidden)

    def inherent(impls, path, hidden):
        for impl_id in impls:
            impl_ = index[str(impl_id)]["inner"]["impl"]
            if impl_["trait"] is None and not impl_["is_synthetic"]:
                for child in impl_["items"]:
                    visit(child, f"{path}::{name_of(child, index)}", hidden)

    root = index[str(doc["root"])]
    visit(doc["root"], root["name"])
    return found


def name_of(item_id, index):
    item = index.get(str(item_id))
    if item is None:
        return "?"
    if kind(item) == "use":
        return item["inner"]["use"]["name"]
    return item["name"] or "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="a rustdoc JSON file built before")
    parser.add_argument("--list", action="store_true", help="list the items by path")
    parser.add_argument("--hidden", action="store_true",
                        help="count hidden items a user can call (outside __private_v0_1)")
    args = parser.parse_args()
    path = args.json or build(args.hidden)
    doc = json.loads(path.read_text())
    # A JSON built without --document-hidden-items has no hidden item.
    found = [(p, k) for p, k, hidden in walk(doc) if hidden == args.hidden]
    if args.list:
        for item_path, k in sorted(found):
            print(f"{k:10} {item_path}")
    counts = collections.Counter(k for _, k in found)
    by_kind = ", ".join(f"{k} {n}" for k, n in counts.most_common())
    what = "hidden items callable outside __private_v0_1" if args.hidden else "public items"
    print(f"{len(found)} {what} ({by_kind})", file=sys.stderr if args.list else sys.stdout)


if __name__ == "__main__":
    main()
