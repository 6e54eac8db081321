#!/usr/bin/env bash
# Instructions per decode, errcode against the hand-written decoder, counted
# by callgrind (deterministic: unaffected by other load on the machine).
# Each benchmark runs with 100 and with 200 samples of 100 iterations; the
# difference divided by 10,000 is one iteration, without divan's set-up.
#
#   bash benches/decode_instructions.sh            # needs valgrind
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cargo bench --bench runtime --no-run 2>&1 | grep -o 'target/release/deps/runtime-[0-9a-f]*' | head -1)
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --bench "decode::$1" \
    --sample-count "$2" --sample-size 100 2>&1 >/dev/null | grep -o 'refs: *[0-9,]*' | tr -dc 0-9
}
for body in static field escaped; do
  line="$body:"
  for who in errcode hand; do
    a=$(count "${body}_$who" 100)
    b=$(count "${body}_$who" 200)
    eval "$who=$(( (b - a) / 10000 ))"
    line="$line $who ${!who}"
  done
  echo "$line  ratio $(python3 -c "print(f'{$errcode / $hand:.2f}x')")"
done
