#!/usr/bin/env bash
# Builds the libFuzzer target Fuzz/GongwenFuzz.swift (with AddressSanitizer) and runs it:
#   1. every file in Fuzz/regressions/ once — each must pass;
#   2. then fuzzing for SECONDS (default 60) from Fuzz/seeds/ and Fixtures/*.txt, growing a
#      working corpus in .build-fuzz/fuzz/corpus/.
# Exits non-zero on any finding (crash, sanitizer report, linear-output bound violation,
# timeout, out-of-memory) and on a toolchain without libFuzzer/ASan. See Docs/Fuzzing.md.
#
# Usage: Scripts/fuzz.sh [SECONDS]
# Environment: GONGWEN_FUZZ_NO_BOUND=1 turns off the JSON size bound (read by the target);
#              GONGWEN_FUZZ_SCRATCH overrides the scratch path (default .build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
  echo "usage: Scripts/fuzz.sh [SECONDS]" >&2
  exit 2
fi
scratch=${GONGWEN_FUZZ_SCRATCH:-.build-fuzz}
out="$scratch/fuzz"
fuzzer="$out/gongwen-fuzz"
# libFuzzer options shared by both phases. -max_len fits every file of Fuzz/regressions/
# (at most 100 KB each).
options=(-rss_limit_mb=4096 -timeout=30 -max_len=131072)

fail() {
  echo "fuzz.sh: $*" >&2
  exit 1
}

# The Swift runtime's crash handler reads the crashed stack in a way ASan reports as a
# stack-buffer-underflow, and leaves a swift-backtrace process hanging: let libFuzzer report.
export SWIFT_BACKTRACE=enable=no

# MARK: Toolchain: libFuzzer and ASan come with the Swift toolchain, nothing else is used.

swiftc_path=$(readlink -f "$(command -v swiftc)") || fail "swiftc not found"
toolchain_bin=$(dirname "$swiftc_path")
for runtime in fuzzer asan; do
  if ! find "$toolchain_bin"/../lib/clang/*/lib -name "libclang_rt.$runtime[-.]*a" 2>/dev/null | grep -q .; then
    fail "the Swift toolchain at $toolchain_bin has no libclang_rt.$runtime (looked in ../lib/clang/*/lib);" \
      "libFuzzer + AddressSanitizer are required: use a swift.org toolchain for Linux"
  fi
done
pkg-config --exists icu-uc icu-i18n || fail "ICU development files are missing (apt-get install libicu-dev pkg-config)"
linker=()
if [[ -x $toolchain_bin/ld.lld ]]; then
  linker=(-use-ld=lld) # the toolchain's lld; gold warns about every ASan check symbol
fi

# MARK: Build: the library with SwiftPM, the entry point and the link with swiftc.

sanitize=(-sanitize=fuzzer,address)
echo "== Building the Gongwen library (release, ${sanitize[*]}) in $scratch"
swift_build=(swift build --scratch-path "$scratch" -c release -Xswiftc "${sanitize[0]}")
nice "${swift_build[@]}" --target Gongwen
bin=$("${swift_build[@]}" --show-bin-path)

# The objects of the current sources only (a deleted source leaves a stale .o behind).
objects=()
# GongwenDocx and ZIPFoundation read .docx input (Docs/Docx.md); FoundationXML, which
# GongwenDocx imports, is linked by the objects' autolink entries.
for target in GongwenICU ZIPFoundation GongwenDocx Gongwen; do
  while IFS= read -r object; do objects+=("$object"); done < <(
    python3 - "$bin/$target.build/output-file-map.json" <<'EOF'
import json, sys
for source, outputs in json.load(open(sys.argv[1])).items():
    if source.endswith(".swift"):
        print(outputs["object"])
EOF
  )
done

echo "== Linking $fuzzer"
mkdir -p "$out"
nice swiftc "${sanitize[@]}" -parse-as-library -O -swift-version 6 "${linker[@]}" \
  -I "$bin/Modules" -Xcc -fmodule-map-file=Sources/CICU/module.modulemap \
  -Xcc -fmodule-map-file=Sources/CSQLite/module.modulemap \
  -Xcc -fmodule-map-file="$scratch/checkouts/ZIPFoundation/Sources/CZLib/module.modulemap" \
  Fuzz/GongwenFuzz.swift "${objects[@]}" $(pkg-config --libs icu-uc icu-i18n sqlite3 zlib) -o "$fuzzer"

# MARK: Phase 1: the regression corpus, one file at a time so that every failure is named.

echo "== Replaying Fuzz/regressions/"
failed=()
for input in Fuzz/regressions/*; do
  log="$out/replay.log"
  if "$fuzzer" "${options[@]}" "$input" >"$log" 2>&1; then
    echo "  ok    $input"
  else
    echo "  FAIL  $input"
    grep -E "GONGWEN FUZZ|ERROR|Fatal error|SUMMARY|ALARM|out-of-memory|timeout" "$log" | head -5 | sed 's/^/        /'
    failed+=("$input")
  fi
done
if ((${#failed[@]})); then
  fail "${#failed[@]} regression input(s) failed: ${failed[*]} (rerun one with: SWIFT_BACKTRACE=enable=no $fuzzer ${options[*]} FILE)"
fi

# MARK: Phase 2: fuzzing. New inputs go to the first directory only. The regressions are not
# seeds: they are large (tens of KB), and mutating them would cut the executions per second.

corpus="$out/corpus"
fixture_seeds="$out/fixture-seeds"
artifacts="$out/artifacts"
mkdir -p "$corpus" "$fixture_seeds" "$artifacts"
cp Fixtures/*.txt "$fixture_seeds/"
echo "== Fuzzing for ${seconds}s (working corpus $corpus, findings in $artifacts/)"
set +e +o pipefail
nice "$fuzzer" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" Fuzz/seeds "$fixture_seeds" 2>&1 |
  tee "$out/fuzz.log" | grep --line-buffered -v -E "^#[0-9]+[[:space:]]+(NEW|REDUCE) "
status=${PIPESTATUS[0]}
set -e -o pipefail
if ((status != 0)); then
  fail "libFuzzer reported a finding (exit $status); reproducer in $artifacts/, log in $out/fuzz.log." \
    "Add it to Fuzz/regressions/ under a descriptive name (Docs/Fuzzing.md)"
fi
echo "== Fuzzing finished without findings"
