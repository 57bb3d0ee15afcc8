#!/usr/bin/env bash
# Output size, time and peak memory of `gongwen parse` on the adversarial patterns of
# Scripts/adversarial.py, at each size given (MB). Prints a Markdown table for
# Docs/Benchmarks.md.
#
#   swift build -c release && Scripts/measure_adversarial.sh 1 10 50
#   PATTERNS="masks one-line-report" Scripts/measure_adversarial.sh 1 10   # some patterns only
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/gongwen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| pattern | MB | JSON ÷ input | seconds | s/MB | peak RSS MB | RSS ÷ input |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for size in "$@"; do
  rm -rf "$work/in"
  # shellcheck disable=SC2086  # PATTERNS is a list of names
  python3 Scripts/adversarial.py "$work/in" "$size" ${PATTERNS:-}
  for input in "$work"/in/*.txt; do
    name=$(basename "$input" .txt)
    bytes=$(stat -c%s "$input")
    /usr/bin/time -f "%e %M" -o "$work/time" "$binary" parse --max-bytes 1G "$input" > "$work/out.json"
    read -r seconds kilobytes < "$work/time"
    out=$(stat -c%s "$work/out.json")
    python3 - "$name" "$size" "$bytes" "$out" "$seconds" "$kilobytes" <<'PY'
import sys
name, size, inp, out, sec, kb = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
mb = inp / 1e6
print(f"| {name} | {size:g} | {out / inp:.1f} | {sec:.2f} | {sec / mb:.3f} | {kb / 1024:.0f} | {kb * 1024 / inp:.1f} |")
PY
  done
done
