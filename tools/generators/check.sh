#!/usr/bin/env bash
# Feeds OpenAPI documents to the client generators teams use, and fails if
# any refuses one or what it generates does not compile:
#   openapi-typescript (npm, installed here by `npm ci`; typescript.mjs), then
#     `tsc --strict --noEmit` over its output and the *.ts assertions beside
#     the documents (which import the generated types);
#   datamodel-code-generator with its defaults (PyPI), its models imported;
#   progenitor (tools/progenitor, crates.io): a client crate generated from
#     the OpenAPI 3.0 documents, built.
# Each tool reports how many documents it accepted.
#
#   tools/generators/check.sh DIR
# DIR holds the documents (*.json: all to openapi-typescript and
# datamodel-code-generator; *-by-status-3.0.json, OpenAPI 3.0 documents
# whose operations each have one error schema, also to progenitor) and the
# assertions (*.ts).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="$(cd "${1:?usage: $0 DIR}" && pwd)"
status=0
out="$dir/generated"
rm -rf "$out" && mkdir -p "$out/ts" "$out/py" "$out/progenitor"

documents=("$dir"/*.json)
total=${#documents[@]}

echo "-- openapi-typescript, then tsc --strict --noEmit"
node "$here/typescript.mjs" "$out/ts" "${documents[@]}" || status=1
cp "$dir"/*.ts "$out/ts/" 2>/dev/null
if ! (cd "$out/ts" && "$here/node_modules/.bin/tsc" --strict --noEmit --target es2022 \
      --module nodenext --moduleResolution nodenext --skipLibCheck false ./*.ts); then
  echo "tsc --strict: failed"; status=1
else
  echo "tsc --strict: $(ls "$out/ts"/*.ts | wc -l) files type-check"
fi

echo "-- datamodel-code-generator (defaults)"
accepted=0
for doc in "${documents[@]}"; do
  name="$(basename "$doc" .json | tr -- '-.' '__')"
  if datamodel-codegen --input "$doc" --input-file-type openapi --output "$out/py/m_$name.py" 2>"$out/py/$name.err" \
     && (cd "$out/py" && python3 -c "import m_$name"); then
    accepted=$((accepted + 1))
  else
    echo "$name: refused by datamodel-code-generator: $(tail -n 3 "$out/py/$name.err")"; status=1
  fi
done
echo "datamodel-code-generator: $accepted of $total accepted"

echo "-- progenitor"
mkdir -p "$out/progenitor/documents"
cp "$dir"/*-by-status-3.0.json "$out/progenitor/documents/" 2>/dev/null
count=$(ls "$out/progenitor/documents" | wc -l)
if ERRCODE_OPENAPI_3_0="$out/progenitor/documents" CARGO_TARGET_DIR="$root/target/progenitor" \
   cargo build --quiet --offline --manifest-path "$here/../progenitor/Cargo.toml"; then
  echo "progenitor: $count of $count accepted, the client crate builds"
else
  echo "progenitor: failed"; status=1
fi
exit "$status"
