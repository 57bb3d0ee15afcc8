#!/usr/bin/env python3
"""Metrics per section role, and the share of masked values, from `gongwen metrics` output.

    gongwen metrics reports/ > metrics.csv                 # or --format jsonl > metrics.jsonl
    python3 Docs/examples/metrics_by_role.py metrics.csv

Uses only the standard library; with pandas the same is
    df = pd.read_csv("metrics.csv")
    df.groupby("role").agg(metrics=("id", "size"), masked=("masked", "mean"))
"""
import collections
import csv
import json
import sys


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        if path.endswith(".jsonl"):
            for line in handle:
                row = json.loads(line)
                row["masked"] = "true" if row["masked"] else "false"
                yield row
        else:
            yield from csv.DictReader(handle)


def main():
    per_role = collections.Counter()
    masked = collections.Counter()
    units = collections.Counter()
    files = set()
    for row in rows(sys.argv[1]):
        role = row["role"] or "(preamble)"
        per_role[role] += 1
        masked[role] += row["masked"] == "true"
        units[row["unit"]] += 1
        files.add(row["file"])
    total = sum(per_role.values())
    if total == 0:
        sys.exit("no metrics found")
    print(f"{total} metrics in {len(files)} files")
    print(f"{'role':<14}{'metrics':>8}{'masked':>9}")
    for role, count in per_role.most_common():
        print(f"{role:<14}{count:>8}{masked[role] / count:>9.0%}")
    print(f"{'all':<14}{total:>8}{sum(masked.values()) / total:>9.0%}")
    print("top units: " + ", ".join(f"{unit} {count}" for unit, count in units.most_common(5)))


if __name__ == "__main__":
    main()
