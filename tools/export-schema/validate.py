#!/usr/bin/env python3
"""Validates catalogue exports against a JSON Schema (draft 2020-12) with
the `jsonschema` package: `validate.py SCHEMA EXPORT...`. Prints every
error with the file and the path inside it; exits 1 on any."""

import json
import sys

from jsonschema import Draft202012Validator


def main(schema_path, exports):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    failed = False
    for path in exports:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for error in validator.iter_errors(doc):
            failed = True
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
