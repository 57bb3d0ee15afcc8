#!/usr/bin/env python3
"""Writes adversarial inputs for the output-size and memory trial (issue 14).

Usage: Scripts/adversarial.py OUT_DIR SIZE_MB [PATTERN ...]

Each pattern is repeated to SIZE_MB megabytes (cut at a character boundary). The patterns
are in Fixtures/adversarial-patterns.json, shared with the property test in
Tests/GongwenTests/Reliability/OutputSizeTests.swift.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "Fixtures", "004_9c219bd1e73ba6c0.txt")

with open(os.path.join(HERE, "..", "Fixtures", "adversarial-patterns.json"), encoding="utf-8") as _handle:
    PATTERNS = {entry["name"]: entry["text"] for entry in json.load(_handle)["patterns"]}


def one_line_report():
    """A real report with every line break removed: one huge paragraph."""
    with open(FIXTURE, encoding="utf-8") as handle:
        return handle.read().replace("\n", "")


def make(pattern, size):
    unit = pattern.encode("utf-8")
    data = unit * (size // len(unit) + 1)
    return data[:size].decode("utf-8", "ignore").encode("utf-8")


def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    names = sys.argv[3:] or list(PATTERNS) + ["one-line-report"]
    os.makedirs(out, exist_ok=True)
    size = int(megabytes * 1_000_000)
    for name in names:
        pattern = one_line_report() if name == "one-line-report" else PATTERNS[name]
        with open(os.path.join(out, name + ".txt"), "wb") as handle:
            handle.write(make(pattern, size))


if __name__ == "__main__":
    main()
