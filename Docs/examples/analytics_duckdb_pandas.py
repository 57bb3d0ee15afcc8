#!/usr/bin/env python3
"""Gongwen's CSV, JSONL and SQLite outputs read with DuckDB and pandas, checked against each other.

    python3 -m venv .venv && .venv/bin/pip install duckdb pandas
    .venv/bin/python Docs/examples/analytics_duckdb_pandas.py .build/release/gongwen Fixtures [--big MB]

Converts INPUT (files or folders) three ways — `convert --format csv`, `--format jsonl`,
`--format sqlite` — plus `gongwen metrics --format jsonl` (one metric per line), then:

- DuckDB on the CSV tables: the Guide's join of metrics to documents, metrics per document;
- pandas on documents.jsonl (one document per line) and on the SQLite database;
- DuckDB `read_json_auto` on the metric-per-line JSONL: the GDP-growth targets;

and asserts that every route gives the same number of metrics for every document. With
--big MB it also builds a report of about MB megabytes (a fixture repeated), and shows
that its one-line document JSON is too large for DuckDB's default `read_json_auto`
(16 MB per object) while its metric-per-line JSONL loads with default settings.
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

import duckdb
import pandas as pd


def run(gongwen, *args, stdout=None):
    subprocess.run([gongwen, *args], check=True, stdout=stdout)


def per_document(frame, file_column, count_column):
    return dict(zip(frame[file_column], frame[count_column].astype(int)))


def big_report(gongwen, work, megabytes):
    """A report of about `megabytes` MB: one fixture's sections repeated."""
    seed = os.path.join(os.path.dirname(__file__), "..", "..", "Fixtures", "004_9c219bd1e73ba6c0.txt")
    with open(seed, encoding="utf-8") as handle:
        text = handle.read()
    path = os.path.join(work, "big.txt")
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        while written < megabytes * 1_000_000:
            out.write(text + "\n")
            written += len(text.encode("utf-8")) + 1
    line = os.path.join(work, "big.json")
    started = time.monotonic()
    with open(line, "wb") as out:
        run(gongwen, "parse", path, stdout=out)
    parsed = time.monotonic() - started
    print(f"\nbig report: {written / 1e6:.1f} MB of text -> one JSON line of "
          f"{os.path.getsize(line) / 1e6:.1f} MB ({parsed:.1f} s)")
    try:
        duckdb.sql(f"SELECT count(*) FROM read_json_auto('{line}')").fetchall()
        print("  read_json_auto on the document JSON: loaded with default settings")
        refused = False
    except duckdb.Error as error:
        print(f"  read_json_auto on the document JSON: refused ({str(error).splitlines()[0][:110]}…)")
        refused = True
    table = os.path.join(work, "big-metrics.jsonl")
    with open(table, "wb") as out:
        run(gongwen, "metrics", path, "--format", "jsonl", stdout=out)
    count, = duckdb.sql(f"SELECT count(*) FROM read_json_auto('{table}')").fetchall()[0]
    print(f"  read_json_auto on `gongwen metrics --format jsonl` ({os.path.getsize(table) / 1e6:.1f} MB): "
          f"{count} metrics, default settings")
    assert count > 0
    return refused


def main():
    args = sys.argv[1:]
    big = None
    if "--big" in args:
        at = args.index("--big")
        big = float(args[at + 1])
        del args[at:at + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    gongwen, inputs = os.path.abspath(args[0]), args[1:]

    with tempfile.TemporaryDirectory() as work:
        csv_dir, jsonl_dir = os.path.join(work, "csv"), os.path.join(work, "jsonl")
        database = os.path.join(work, "corpus.sqlite")
        metrics_jsonl = os.path.join(work, "metrics.jsonl")
        run(gongwen, "convert", *inputs, "-o", csv_dir, "--format", "csv", "--quiet")
        run(gongwen, "convert", *inputs, "-o", jsonl_dir, "--format", "jsonl", "--quiet")
        run(gongwen, "convert", *inputs, "-o", database, "--format", "sqlite", "--quiet")
        with open(metrics_jsonl, "wb") as out:
            run(gongwen, "metrics", *inputs, "--format", "jsonl", stdout=out)

        # DuckDB on the CSV tables: the Guide's example ("Tables"), then metrics per document.
        documents_csv, metrics_csv = os.path.join(csv_dir, "documents.csv"), os.path.join(csv_dir, "metrics.csv")
        sample = duckdb.sql(f"""SELECT d.title, d.period_year, m.text FROM '{metrics_csv}' m
                                JOIN '{documents_csv}' d USING (file) LIMIT 5""").fetchall()
        assert len(sample) == 5, sample
        by_csv = duckdb.sql(f"""
            SELECT d.file, d.title, d.doc_type, d.period_year, d.metrics AS stated, count(m.id) AS metrics,
                   count(m.id) FILTER (WHERE m.masked) AS masked
            FROM '{documents_csv}' d LEFT JOIN '{metrics_csv}' m USING (file)
            GROUP BY ALL ORDER BY d.file""").df()
        assert (by_csv["stated"] == by_csv["metrics"]).all(), by_csv
        print("metrics per document (DuckDB on documents.csv and metrics.csv):")
        shown = by_csv.assign(file=by_csv["file"].map(os.path.basename))
        print(shown[["file", "doc_type", "period_year", "metrics", "masked"]].to_string(index=False))

        # pandas on documents.jsonl: one compact document per line, nested as in `gongwen parse`.
        documents = pd.read_json(os.path.join(jsonl_dir, "documents.jsonl"), lines=True)
        documents["file"] = documents["source"].map(lambda source: source["path"])
        documents["count"] = documents["metrics"].map(len)
        by_jsonl = per_document(documents, "file", "count")

        # pandas on the SQLite database.
        with sqlite3.connect(database) as connection:
            by_sqlite_frame = pd.read_sql(
                """SELECT d.file, count(m.id) AS metrics FROM documents d
                   LEFT JOIN metrics m USING (sha256) GROUP BY d.sha256""", connection)
        by_sqlite = per_document(by_sqlite_frame, "file", "metrics")

        # DuckDB on the metric-per-line JSONL.
        by_metrics_jsonl = per_document(
            duckdb.sql(f"SELECT file, count(*) AS n FROM read_json_auto('{metrics_jsonl}') GROUP BY file").df(),
            "file", "n")
        by_csv_counts = per_document(by_csv, "file", "metrics")
        assert by_jsonl == by_csv_counts, (by_jsonl, by_csv_counts)
        assert by_sqlite == by_csv_counts, (by_sqlite, by_csv_counts)
        assert by_metrics_jsonl == {f: n for f, n in by_csv_counts.items() if n}, by_metrics_jsonl
        total = sum(by_csv_counts.values())
        print(f"{len(by_csv_counts)} documents, {total} metrics: the same per document from CSV (DuckDB), "
              f"documents.jsonl (pandas), SQLite (pandas) and metrics JSONL (DuckDB)")

        targets = duckdb.sql(f"""
            SELECT regexp_extract(file, '[^/]*$') AS report, year, text, value, range_low, range_high
            FROM read_json_auto('{metrics_jsonl}')
            WHERE indicator = 'gdp_growth' AND status = 'target' AND year IS NOT NULL
            ORDER BY year, report""").df()
        print(f"\nGDP growth targets ({len(targets)}):")
        print(targets.to_string(index=False) if len(targets) else "  none in these inputs")

        if big is not None:
            big_report(gongwen, work, big)


if __name__ == "__main__":
    main()
