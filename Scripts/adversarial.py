#!/usr/bin/env python3
"""Writes adversarial inputs for the output-size and memory trial (issue 14).

Usage: Scripts/adversarial.py OUT_DIR SIZE_MB [PATTERN ...]

Each pattern is repeated to SIZE_MB megabytes (cut at a character boundary). The same
patterns, at 64 KB, are the property test in Tests/GongwenTests/Reliability/; keep the two
lists in step.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "Fixtures", "004_9c219bd1e73ba6c0.txt")

PATTERNS = {
    # Enumeration markers repeated, with every separator.
    "paren-semicolon": "（一）；富。（二）",
    "numeral-is-semicolon": "一是甲；二是乙。",
    "numeral-is-comma": "一是甲，二是乙，",
    "numeral-is-none": "一是二是",
    "ordinal-comma": "第一，甲。第二，乙。",
    "circled": "①甲②乙",
    # Nested markers of several families in one paragraph.
    "nested": "一是首先①甲②乙其次（1）丙（2）丁二是第一，戊第二，己",
    # One marker per line.
    "marker-lines": "一、\n",
    "paren-lines": "（一）\n",
    "arabic-lines": "1.\n",
    "article-lines": "第一条\n",
    # Masks.
    "masks": "XX县XX镇",
    "masks-bare": "XX",
    "masks-comma": "XX，",
    "masks-ascii-comma": "XX,",
    "masks-lines": "XX\n",
    "stars": "**省第**次",
    # Dense entities.
    "percent-comma": "增长5.5%，",
    "dates": "2021年3月5日",
    "quotes": "“《",
}


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
