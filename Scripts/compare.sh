#!/usr/bin/env bash
# Times gongwen against the Python tools people use for this job today, on the same input,
# and prints one table: tool, task, items found, MB/s, ratio to gongwen.
#
# usage: Scripts/compare.sh [MEGABYTES] [SECONDS_PER_PYTHON_TASK]
#
# The input is the five seed fixtures repeated to MEGABYTES (default 2). The Python peers
# (JioNLP, cn2an, Microsoft Recognizers-Text) are installed from PyPI into .venv-bench; they
# are benchmark peers only, never dependencies of the library. Slow peers are timed on as
# many lines as they get through in SECONDS_PER_PYTHON_TASK (default 20) and their MB/s is
# computed on the bytes they actually processed.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-2}
budget=${2:-20}

if [ ! -x .venv-bench/bin/python ]; then
  python3 -m venv .venv-bench
  # Recognizers-Text imports UNICODE_EMOJI, which emoji 1.0 removed.
  .venv-bench/bin/pip install --quiet --disable-pip-version-check jionlp cn2an recognizers-text-suite "emoji<1.0"
fi
swift build -c release --product gongwen > /dev/null

input=$(mktemp --suffix=.txt)
trap 'rm -f "$input"' EXIT
python3 - "$input" "$megabytes" <<'PY'
import glob, sys
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("Fixtures/00?_*.txt"))]
text, target = "", int(float(sys.argv[2]) * 1_000_000)
while len(text.encode()) < target:
    text += "\n".join(seeds) + "\n"
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
.venv-bench/bin/python Scripts/compare.py .build/release/gongwen "$input" "$budget"
