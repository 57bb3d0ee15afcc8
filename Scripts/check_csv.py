#!/usr/bin/env python3
"""Checks that a `gongwen metrics` CSV loads with the expected column count.

Usage: check_csv.py FILE COLUMNS

Reads FILE with Python's csv module (and with DuckDB's read_csv_auto when the duckdb
package is installed) and exits non-zero when a row has another number of columns.
"""
import csv
import sys


def main() -> int:
    path, columns = sys.argv[1], int(sys.argv[2])
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    bad = [index for index, row in enumerate(rows) if len(row) != columns]
    if bad or len(header) != columns:
        print(f"csv: rows {bad[:10]} do not have {columns} columns")
        return 1
    print(f"csv: {len(body)} rows x {columns} columns")
    try:
        import duckdb  # optional
    except ImportError:
        print("duckdb: not installed, skipped")
        return 0
    relation = duckdb.sql(f"SELECT * FROM read_csv_auto('{path}', header=true)")
    if len(relation.columns) != columns or relation.count("*").fetchone()[0] != len(body):
        print(f"duckdb: {len(relation.columns)} columns, expected {columns}")
        return 1
    print(f"duckdb: {len(body)} rows x {columns} columns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
