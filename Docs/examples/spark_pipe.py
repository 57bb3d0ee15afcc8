#!/usr/bin/env python3
"""Pipes a folder of reports through `gongwen stream` with Spark, and checks the results.

    python3 Docs/examples/spark_pipe.py /opt/gongwen/bin/gongwen 'reports/*.txt' [--check]

Reads every file with `binaryFiles` (raw bytes: a GB18030 or UTF-16 report is decoded by
gongwen, not by Spark), sends each as one `{"id", "bytes": base64, "path"}` request line
through `RDD.pipe` to `gongwen stream`, and parses the result lines. The binary is named by
an absolute path: Spark starts the command on the workers without a shell, and `gongwen` is
not on their PATH. On a cluster, install it at the same path on every worker (the static
build needs no Swift toolchain there: Guide, "Running on a cluster").

With --check, every result is compared with `gongwen parse FILE` of the same file: the
result minus its `id` must equal it. Runs on `local[2]` (override with SPARK_MASTER) and
prints the time the job took, Spark's start-up apart.
"""
import base64
import json
import os
import subprocess
import sys
import time


def request(item):
    uri, data = item
    path = uri[len("file:"):] if uri.startswith("file:") else uri
    return json.dumps({"id": uri, "bytes": base64.b64encode(data).decode("ascii"), "path": path})


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    gongwen = os.path.abspath(args[0])
    if not os.access(gongwen, os.X_OK):
        sys.exit(f"{gongwen}: not an executable")
    pattern = os.path.abspath(args[1])

    started = time.monotonic()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # workers run this venv's Python
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(os.environ.get("SPARK_MASTER", "local[2]"))
            .setAppName("gongwen-stream").set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    ready = time.monotonic()
    try:
        results = (sc.binaryFiles(pattern)
                   .map(request)
                   .pipe(f"{gongwen} stream")      # an absolute path: workers have no gongwen on PATH
                   .map(json.loads)
                   .collect())
    finally:
        done = time.monotonic()
        sc.stop()

    errors = [r for r in results if "error" in r]
    documents = len(results) - len(errors)
    metrics = sum(len(r.get("metrics", [])) for r in results)
    size = sum(r["source"]["bytes"] for r in results if "source" in r)
    print(f"spark: {documents} documents ({size / 1e6:.1f} MB), {metrics} metrics, "
          f"{len(errors)} errors; job {done - ready:.1f} s, Spark start-up {ready - started:.1f} s")
    for error in errors:
        print(f"  error: {error}", file=sys.stderr)

    encodings = {}
    for result in results:
        if "source" in result:
            encodings[result["source"]["encoding"]] = encodings.get(result["source"]["encoding"], 0) + 1
    print("encodings: " + ", ".join(f"{name} {count}" for name, count in sorted(encodings.items())))

    if not check:
        sys.exit(1 if errors or not results else 0)
    mismatches = 0
    for result in results:
        uri = result.pop("id")
        path = uri[len("file:"):] if uri.startswith("file:") else uri
        expected = json.loads(subprocess.run([gongwen, "parse", path], check=True,
                                             capture_output=True).stdout)
        if result != expected:
            mismatches += 1
            keys = sorted(k for k in set(result) | set(expected) if result.get(k) != expected.get(k))
            print(f"  {path}: differs from `gongwen parse` in {keys}", file=sys.stderr)
    print(f"check: {len(results) - mismatches} of {len(results)} results equal `gongwen parse`")
    if errors or mismatches or not results:
        sys.exit(1)


if __name__ == "__main__":
    main()
