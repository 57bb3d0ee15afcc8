#!/usr/bin/env bash
# Builds gongwen with the Swift runtime linked in (--static-swift-stdlib) and checks that it
# needs nothing from the Swift toolchain on a worker: ldd names only system libraries, and
# the binary parses the fixtures exactly as REFERENCE (a gongwen built the usual way) does,
# with the toolchain's folder hidden when this machine allows a private mount (root).
#
# usage: Scripts/check_static_build.sh REFERENCE [SCRATCH]     prints the binary's path last
set -euo pipefail
cd "$(dirname "$0")/.."
reference=$1
scratch=${2:-.build-static}

swift build -c release --static-swift-stdlib --scratch-path "$scratch" 2>&1 | tail -1
binary=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)/gongwen

echo "-- ldd $binary"
ldd "$binary" | tee "$scratch/ldd.txt"
if grep -E "libswift|libFoundation|libdispatch|libBlocksRuntime|not found" "$scratch/ldd.txt"; then
  echo "the static build still needs the libraries above" >&2
  exit 1
fi
echo "-- Debian packages a worker needs:"
for library in $(awk '/=>/ { print $3 }' "$scratch/ldd.txt"); do
  dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null || echo "?: $library"
done | cut -d: -f1 | sort -u | tr '\n' ' '
echo

toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
hidden=""
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  hidden="unshare -m sh -c 'mount -t tmpfs none \"\$0\" && exec \"\$@\"' $toolchain"
  echo "-- parsing with $toolchain hidden"
fi
for file in Fixtures/0*.txt Fixtures/short-gbk.txt; do
  expected=$("$reference" parse "$file" | sha256sum)
  actual=$(eval "$hidden" '"$binary"' parse '"$file"' | sha256sum)
  if [ "$expected" != "$actual" ]; then
    echo "$file: the static build's JSON differs from $reference's" >&2
    exit 1
  fi
done
echo "static build: same JSON as $reference on $(ls Fixtures/0*.txt Fixtures/short-gbk.txt | wc -l) fixtures"
echo "$binary"
