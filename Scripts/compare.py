#!/usr/bin/env python3
"""The timing half of Scripts/compare.sh: gongwen and the Python peers on one input file."""
import json
import logging
import re
import subprocess
import sys
import time
import warnings

warnings.filterwarnings("ignore")
# JioNLP logs a traceback for every time expression it cannot resolve.
logging.disable(logging.CRITICAL)


def time_gongwen(binary, path, runs=3):
    """Best of `runs` whole `gongwen parse` runs (process start included), and its output."""
    best, output = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([binary, "parse", path], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
        output = result.stdout
    return best, json.loads(output)


def time_numbers(binary, path, runs=3):
    """Best of `runs` `gongwen numbers` runs (NumberRecognizer alone), and how many it found."""
    best, count = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([binary, "numbers", path], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
        count = result.stdout.count(b"\n")
    return best, count


def time_lines(function, lines, budget):
    """Runs `function` on lines until all are done or `budget` seconds have passed."""
    done_bytes, done_lines, items, start = 0, 0, 0, time.perf_counter()
    for line in lines:
        items += function(line)
        done_bytes += len(line.encode()) + 1
        done_lines += 1
        if time.perf_counter() - start > budget:
            break
    return time.perf_counter() - start, done_bytes, done_lines, items


def main():
    binary, path, budget = sys.argv[1], sys.argv[2], float(sys.argv[3])
    text = open(path, encoding="utf-8").read()
    total_bytes = len(text.encode())
    lines = [line for line in text.split("\n") if line.strip()]

    seconds, document = time_gongwen(binary, path)
    gongwen_rate = total_bytes / 1e6 / seconds
    rows = [
        ("gongwen", "everything: tree + metrics + placeholders + dates + refs + JSON",
         sum(len(document[k]) for k in ("metrics", "placeholders", "dates", "references", "titles")), gongwen_rate),
        ("gongwen", "metrics (same run)", len(document["metrics"]), gongwen_rate),
        ("gongwen", "dates (same run)", len(document["dates"]), gongwen_rate),
    ]
    numbers_seconds, numbers_found = time_numbers(binary, path)
    numbers_rate = total_bytes / 1e6 / numbers_seconds
    rows.append(("gongwen", "numbers: every number, fraction, percentage (NumberRecognizer)", numbers_found, numbers_rate))

    import jionlp
    import cn2an
    from recognizers_number import Culture, recognize_number, recognize_percentage
    from recognizers_number_with_unit import recognize_dimension

    digits = re.compile(r"\d+")
    peers = [
        ("JioNLP", "extract_money", lambda line: len(jionlp.ner.extract_money(line))),
        ("JioNLP", "extract_time", lambda line: len(jionlp.ner.extract_time(line))),
        ("cn2an", "transform cn2an (numerals)",
         lambda line: max(0, len(digits.findall(cn2an.transform(line, "cn2an"))) - len(digits.findall(line)))),
        ("Recognizers-Text", "recognize_number zh-cn", lambda line: len(recognize_number(line, Culture.Chinese))),
        ("Recognizers-Text", "recognize_percentage zh-cn", lambda line: len(recognize_percentage(line, Culture.Chinese))),
        ("Recognizers-Text", "recognize_dimension zh-cn", lambda line: len(recognize_dimension(line, Culture.Chinese))),
    ]
    for tool, task, function in peers:
        function(lines[0])  # load models and caches outside the timing
        elapsed, done, done_lines, items = time_lines(function, lines, budget)
        rate = done / 1e6 / elapsed
        note = "" if done_lines == len(lines) else f" [{done / 1e6:.2f} of {total_bytes / 1e6:.2f} MB in {budget:.0f} s]"
        rows.append((tool, task + note, items, rate))

    print(f"input: {path}, {total_bytes / 1e6:.2f} MB, {len(lines)} non-empty lines")
    # "parse ×": whole gongwen parse against the row; "numbers ×": gongwen numbers against it,
    # the fair comparison for number and percentage recognisers.
    print(f"{'tool':<18} {'task':<72} {'items':>8} {'MB/s':>9} {'parse ×':>8} {'numbers ×':>10}")
    for tool, task, items, rate in rows:
        print(f"{tool:<18} {task:<72} {items:>8} {rate:>9.3f} {gongwen_rate / rate:>8.1f} {numbers_rate / rate:>10.1f}")


if __name__ == "__main__":
    main()
