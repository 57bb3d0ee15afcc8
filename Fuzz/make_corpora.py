#!/usr/bin/env python3
"""Regenerates Fuzz/seeds/ and the hand-made files of Fuzz/regressions/ from Fixtures/.

The outputs are committed; this script only documents how they were made and rebuilds them
if the fixtures change. Files the fuzzer found (crash-*, bound-*) are never touched.
Run from the repository root: python3 Fuzz/make_corpora.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Fixtures"
SEEDS = ROOT / "Fuzz" / "seeds"
REGRESSIONS = ROOT / "Fuzz" / "regressions"
LIMIT = 100 * 1024  # every regression file stays below 100 KB


def write(directory, name, data):
    directory.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) <= LIMIT, (name, len(data))
    (directory / name).write_bytes(data)


def lines(name):
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()


def head(name, count):
    """The first `count` bytes of a fixture, cut back to a whole line."""
    data = (FIXTURES / name).read_bytes()[:count]
    return data[: data.rfind(b"\n") + 1] if b"\n" in data else data


def repeat_to(unit, size):
    """`unit` repeated to at most `size` UTF-8 bytes (at least once)."""
    count = max(1, size // len(unit.encode("utf-8")))
    return unit * count


# MARK: Seeds: small fixture-derived inputs, one per shape the parser reads.

for fixture in sorted(FIXTURES.glob("*.txt")):
    stem = fixture.stem
    if stem.startswith("003-") or stem == "short-gbk":
        write(SEEDS, f"{stem}.head", fixture.read_bytes()[:2048])
    else:
        write(SEEDS, f"{stem[:3]}.head.txt", head(fixture.name, 2048))
write(SEEDS, "stream-text.jsonl", '{"id":"a","text":"一、总结\\n完成调研8次。"}')
write(SEEDS, "stream-number-id.jsonl", '{"id":7,"text":"（一）主要成效\\n一是完成XX项；二是建成2个。"}')

# MARK: Regressions: inputs that once were (or would be) slow, huge or crashing.

report = lines("000_2f763b3cc542b0bb.txt")
paragraphs = "".join(line for line in report[:8] if line.strip())

write(REGRESSIONS, "enum-quadratic-yi-fu-er-x2400.txt", "（一）；富。（二）" * 2400)
write(REGRESSIONS, "one-line-report-60k.txt", repeat_to(paragraphs, 60 * 1024))

enumerations = []
for separator in ["。", "；", "，", "、", ""]:
    enumerations.append(
        f"一是加强学习{separator}二是完善制度{separator}三是狠抓落实{separator}四是强化督查{separator}")
enumerations.append("一是加强学习，首先组织培训，其次开展交流；二是完善制度，首先梳理清单；其次修订办法。三是狠抓落实")
write(REGRESSIONS, "enum-yishi-separators-nested-one-line.txt", repeat_to("".join(enumerations), 32 * 1024))

write(REGRESSIONS, "marker-per-line-yi-dun-x8000.txt", "一、\n" * 8000)
write(REGRESSIONS, "masks-xx-county-town.txt", repeat_to("XX县XX镇", 16 * 1024))
write(REGRESSIONS, "masks-bare-xx.txt", "XX" * 8000)
write(REGRESSIONS, "masks-xx-separated.txt", repeat_to("XX，XX、XX；XX。XX XX\n", 16 * 1024))

chinese = "\n".join(report[:6]) + "\n"
half = len(chinese) // 2
write(REGRESSIONS, "mixed-utf8-then-gbk.txt", chinese[:half].encode("utf-8") + chinese[half:].encode("gbk"))
write(REGRESSIONS, "mixed-gbk-then-utf8.txt", chinese[:half].encode("gbk") + chinese[half:].encode("utf-8"))
write(REGRESSIONS, "replacement-chars-only.txt", "\ufffd" * 10000)

write(REGRESSIONS, "stream-path-dev-zero.jsonl", '{"id":1,"path":"/dev/zero"}')
write(REGRESSIONS, "stream-path-traversal-shadow.jsonl", '{"id":2,"path":"../../../../etc/shadow"}')
write(REGRESSIONS, "stream-path-escaped-key.jsonl", '{"id":4,"p\\u0061th":"/dev/zero"}')
write(REGRESSIONS, "stream-text.jsonl", '{"id":3,"text":"一、总结\\n完成调研8次。"}')
write(REGRESSIONS, "stream-malformed.jsonl", '{"id":5,"text":"一、总结\\u12"')
