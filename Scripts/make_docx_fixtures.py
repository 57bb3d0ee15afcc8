#!/usr/bin/env python3
"""Builds the Word (.docx) fixtures in Fixtures/docx/ from seed text files in Fixtures/.

The generated .docx files are committed, so the tests need no Python: run this only to
change or add a fixture. It needs python-docx (PyPI):

    python3 -m venv .venv-docx && .venv-docx/bin/pip install python-docx
    .venv-docx/bin/python Scripts/make_docx_fixtures.py            # writes Fixtures/docx/*.docx
    .venv-docx/bin/python Scripts/make_docx_fixtures.py --big 8 /tmp/big.docx   # benchmark input

Fixtures (each must give the same outline, metrics and placeholders as its seed .txt; the
tests in Tests/GongwenTests/Docx check it):

- 003-auto-numbered.docx: seed 003 with Word's automatic numbering. The typed markers
  一、 （一） 1. （1） are taken out of the text and produced by a list definition in
  word/numbering.xml instead (python-docx has no numbering API, so the part's XML is written
  here). Whether a level restarts under its parent is read from the seed: 003's "1." items
  count on through all sections (w:lvlRestart 0). Its title is in the Title style.
- 000-typed-table.docx: seed 000 with its typed markers, plus a table of three rows at
  the end, a watermark in the page header and a footnote: none of which may change the
  outline, the metrics or the placeholders (headers and footnotes are not body text; a
  table row is never a heading).

--big MB OUT writes a large document (seed 003 repeated, auto-numbered, until
word/document.xml holds about MB megabytes) for Docs/Benchmarks.md; it is not committed.
"""

import argparse
import pathlib
import re
from xml.sax.saxutils import escape
import sys

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Fixtures"
OUT = FIXTURES / "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CHINESE = "一二三四五六七八九十"

# The heading markers of GB/T 9704 reports, level by level, with Word's format and pattern.
LEVELS = [
    # (regex on the seed line, numFmt, lvlText)
    (re.compile(r"^([一二三四五六七八九十]+)、"), "chineseCounting", "%1、"),
    (re.compile(r"^（([一二三四五六七八九十]+)）"), "chineseCounting", "（%2）"),
    (re.compile(r"^(\d{1,2})\.(?!\d)"), "decimal", "%3."),
    (re.compile(r"^（(\d{1,2})）"), "decimal", "（%4）"),
]


def chinese_value(text):
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20 (the numbers a report's headings reach)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CHINESE.index(tens) + 1 if tens else 1) * 10 + (CHINESE.index(ones) + 1 if ones else 0)
    return CHINESE.index(text) + 1


def read_seed(name):
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


def marked_lines(lines):
    """Each line as (level or None, number or None, text without the marker)."""
    result = []
    for line in lines:
        for level, (pattern, _, _) in enumerate(LEVELS):
            match = pattern.match(line)
            if match:
                result.append((level, chinese_value(match.group(1)), line[match.end():]))
                break
        else:
            result.append((None, None, line))
    return result


def restarts(marked):
    """For each level: False when the seed's numbers go on across a shallower heading (so
    the list must say w:lvlRestart 0), True when they start again under each (Word's
    default)."""
    return {level: not continues_across_parents(marked, level) for level in range(len(LEVELS))}


def continues_across_parents(marked, level):
    seen_parent_after = False
    last = None
    for other, number, _ in marked:
        if other is None:
            continue
        if other < level and last is not None:
            seen_parent_after = True
        if other == level:
            if seen_parent_after and number == last + 1:
                return True
            last = number
            seen_parent_after = False
    return False


def numbering_xml(restart_levels):
    levels = []
    for index, (_, fmt, text) in enumerate(LEVELS):
        restart = "" if restart_levels.get(index, True) else '<w:lvlRestart w:val="0"/>'
        levels.append(
            f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        )
    return (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def set_numbering(paragraph, level):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')
    ppr.append(numpr)


def auto_numbered(lines, title_line=None):
    """A document whose heading markers come from word/numbering.xml."""
    document = Document()
    marked = marked_lines(lines)
    for index, (level, _, text) in enumerate(marked):
        style = "Title" if index == title_line else None
        paragraph = document.add_paragraph(text, style=style)
        if level is not None:
            set_numbering(paragraph, level)
    numbering = document.part.numbering_part
    numbering._element = parse_xml(numbering_xml(restarts(marked)))
    return document


def add_footnote(document, paragraph, text):
    """A footnote part with one note, referenced from the end of `paragraph`."""
    xml = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    run = parse_xml(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    )
    paragraph._p.append(run)


def typed_with_table(lines):
    """Typed markers, a table before the trailing blank lines, a header watermark, a footnote."""
    document = Document()
    body = lines
    while body and not body[-1].strip():
        body = body[:-1]
    paragraphs = [document.add_paragraph(line) for line in body]
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("序号", "工作", "责任单位"), ("1.", "编辑大事汇编", "县委史志办"), ("2.", "编纂年鉴", "县委史志办")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    for _ in lines[len(body):]:
        document.add_paragraph("")
    header = document.sections[0].header
    header.paragraphs[0].text = "内部资料 注意保密 2021年第15期"
    add_footnote(document, paragraphs[0], "注：本文数据来源于县统计局，同比增长15%，共计30人。")
    return document


def big(megabytes, out):
    """Seed 003 repeated, auto-numbered, until document.xml holds about `megabytes` MB.

    Each paragraph is cut into runs of 20 characters with their own font and size, as Word
    writes a document that was edited: about 4 bytes of XML per byte of text, where
    python-docx's plain runs would be 1.3."""
    lines = [line for line in read_seed("003_a7bb66045fcf768d.txt") if line.strip()]
    marked = marked_lines(lines)
    text_bytes = sum(len(text.encode("utf-8")) for _, _, text in marked)
    copies = max(1, int(megabytes * 1024 * 1024 / (text_bytes * 4)))
    document = auto_numbered([])
    numbering = document.part.numbering_part
    numbering._element = parse_xml(numbering_xml(restarts(marked * copies)))
    body = document.element.body
    sect = body[-1]
    for level, _, text in marked * copies:
        numpr = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>' if level is not None else ""
        runs = "".join(
            '<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text[i:i + 20])}</w:t></w:r>'
            for i in range(0, len(text), 20)
        )
        sect.addprevious(parse_xml(
            f'<w:p xmlns:w="{W}"><w:pPr>{numpr}<w:spacing w:line="560" w:lineRule="exact"/>'
            f'<w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>{runs}</w:p>'))
    document.save(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", nargs=2, metavar=("MB", "OUT"), help="write a large benchmark .docx to OUT")
    arguments = parser.parse_args()
    if arguments.big:
        big(float(arguments.big[0]), arguments.big[1])
        return
    OUT.mkdir(exist_ok=True)
    seed003 = read_seed("003_a7bb66045fcf768d.txt")
    title = seed003.index("X县委办公室2021年工作要点")
    auto_numbered(seed003, title_line=title).save(OUT / "003-auto-numbered.docx")
    typed_with_table(read_seed("000_2f763b3cc542b0bb.txt")).save(OUT / "000-typed-table.docx")
    print(f"wrote {OUT}/003-auto-numbered.docx and 000-typed-table.docx", file=sys.stderr)


if __name__ == "__main__":
    main()
