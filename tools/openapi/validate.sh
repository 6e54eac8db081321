#!/usr/bin/env bash
# Validates OpenAPI documents with the three tools errcode's documents must
# pass: openapi-spec-validator (PyPI), @apidevtools/swagger-parser and
# `redocly lint` with its recommended rules (both npm, installed here by
# `npm ci`). Every tool sees every file; exits non-zero if any rejects one.
#
#   tools/openapi/validate.sh FILE.json...
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ "$#" -gt 0 ] || { echo "usage: $0 FILE.json..." >&2; exit 2; }

status=0
echo "-- openapi-spec-validator"
python3 -m openapi_spec_validator "$@" || status=1
echo "-- swagger-parser"
node -e '
    const parser = require(process.argv[1]);
    (async () => {
        let failed = 0;
        for (const file of process.argv.slice(2)) {
            try {
                await parser.validate(file);
                console.log(`${file}: valid`);
            } catch (e) {
                failed += 1;
                console.error(`${file}: ${e.message}`);
            }
        }
        process.exit(failed ? 1 : 0);
    })();
' "$here/node_modules/@apidevtools/swagger-parser" "$@" || status=1
echo "-- redocly lint (recommended)"
"$here/node_modules/.bin/redocly" lint --config "$here/redocly.yaml" --format=stylish "$@" || status=1
exit "$status"
