#!/usr/bin/env bash
# Runs every ```sh block of README.md (but `swift test`, which CI has just run), then the
# analytics example of Docs/examples on real output, so that neither can rot.
set -euo pipefail
cd "$(dirname "$0")/.."

script=$(mktemp)
trap 'rm -f "$script"' EXIT
awk '/^```sh$/ { inside = 1; next } /^```/ { inside = 0 } inside && $0 !~ /^swift test$/ { print }' README.md > "$script"
echo "-- README commands:"
cat "$script"
bash -eu "$script" > /dev/null

echo "-- Docs/examples/metrics_by_role.py"
table=$(mktemp --suffix=.csv)
.build/debug/gongwen metrics Fixtures/00?_*.txt > "$table"
python3 Docs/examples/metrics_by_role.py "$table"
rm -f "$table"
