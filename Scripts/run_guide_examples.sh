#!/usr/bin/env bash
# Runs every ```sh block of Docs/Guide.md in order, as a reader would: from the repository's
# folder, with the release build's `gongwen` on the PATH. A block whose first line is
# `# ci: skip (…)` says which other check runs it instead.
# Needs: .build/release/gongwen, python3 with venv, sqlite3 and GNU parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.build/release:$PATH"

blocks=$(mktemp -d)
trap 'rm -rf "$blocks"' EXIT
awk -v dir="$blocks" '
  /^```sh$/ { inside = 1; n++; file = sprintf("%s/%02d.sh", dir, n); next }
  /^```/ { inside = 0; next }
  inside { print > file }
' Docs/Guide.md

ran=0
for block in "$blocks"/*.sh; do
  if head -1 "$block" | grep -q '^# ci: skip'; then
    echo "-- skipped: $(head -1 "$block")"
    continue
  fi
  echo "-- Guide block $(basename "$block" .sh):"
  sed 's/^/   /' "$block"
  bash -euo pipefail "$block" > "$block.out" 2>&1 || { cat "$block.out" >&2; echo "Guide block failed" >&2; exit 1; }
  ran=$((ran + 1))
done
echo "-- $ran Guide blocks ran"
