#!/usr/bin/env python3
"""Validates Gongwen's output against the JSON Schemas in Docs/schema (draft 2020-12).

Usage: validate_schema.py GONGWEN_BINARY

Checks, with the `jsonschema` package:
  1. `gongwen parse` of every fixture against gongwen-v2.schema.json;
  2. `gongwen documents|metrics|placeholders|sections --format jsonl` rows and `gongwen stream`
     result lines against gongwen-v2-tables.schema.json;
  3. that the schema catches a contract change: a renamed top-level key, a renamed nested
     key and an unknown enum value must each fail validation.
Exits non-zero on the first problem, naming the file and the JSON path.
"""
import base64
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMAS = os.path.join(ROOT, "Docs", "schema")


def load(name):
    with open(os.path.join(SCHEMAS, name), encoding="utf-8") as handle:
        return json.load(handle)


def run(binary, *arguments, stdin=None):
    result = subprocess.run([binary, *arguments], input=stdin, capture_output=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(arguments)}: exit {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def check(validator, instance, where):
    errors = sorted(validator.iter_errors(instance), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        path = "/".join(str(part) for part in error.absolute_path)
        sys.exit(f"{where}: /{path}: {error.message}")


def main():
    binary = sys.argv[1]
    document_schema = load("gongwen-v2.schema.json")
    tables_schema = load("gongwen-v2-tables.schema.json")
    Draft202012Validator.check_schema(document_schema)
    Draft202012Validator.check_schema(tables_schema)
    # The tables schema refers to the document schema by its file name, resolved against its
    # own $id, which is the document schema's $id.
    registry = Registry().with_resources(
        [(document_schema["$id"], Resource.from_contents(document_schema))])
    documents = Draft202012Validator(document_schema, registry=registry)

    fixtures = sorted(glob.glob(os.path.join(ROOT, "Fixtures", "*.txt"))
                      + glob.glob(os.path.join(ROOT, "Fixtures", "families", "*.txt"))
                      + glob.glob(os.path.join(ROOT, "Fixtures", "docx", "*.docx")))
    parsed = {}
    for fixture in fixtures:
        document = json.loads(run(binary, "parse", fixture))
        check(documents, document, os.path.relpath(fixture, ROOT))
        parsed[fixture] = document
    print(f"schema: {len(fixtures)} fixture documents valid")

    rows = 0
    for kind in ("documents", "metrics", "placeholders", "sections"):
        validator = Draft202012Validator({**tables_schema, "$ref": f"#/$defs/{kind}Row"}, registry=registry)
        for line in run(binary, kind, "--format", "jsonl", *fixtures).splitlines():
            check(validator, json.loads(line), f"{kind} row")
            rows += 1
    stream = Draft202012Validator({**tables_schema, "$ref": "#/$defs/streamResult"}, registry=registry)
    gb18030 = os.path.join(ROOT, "Fixtures", "003-gb18030.txt")
    with open(gb18030, "rb") as handle:
        encoded = base64.b64encode(handle.read()).decode()
    requests = "\n".join([json.dumps({"id": "a", "text": "一、总结\n完成调研8次以上。"}, ensure_ascii=False),
                          "not json", json.dumps({"id": 2, "path": fixtures[0]}),
                          json.dumps({"id": "b", "bytes": encoded, "path": "003-gb18030.txt"})]) + "\n"
    for line in run(binary, "stream", stdin=requests.encode()).splitlines():
        check(stream, json.loads(line), "stream result")
        rows += 1
    errors_line = Draft202012Validator({**tables_schema, "$ref": "#/$defs/errorsLine"}, registry=registry)
    with tempfile.TemporaryDirectory() as folder:
        bad = os.path.join(folder, "binary.txt")
        with open(bad, "wb") as handle:
            handle.write(bytes(range(256)) * 16)
        output = os.path.join(folder, "out")
        subprocess.run([binary, "convert", fixtures[0], bad, os.path.join(folder, "missing.txt"), "-o", output, "-q"],
                       capture_output=True)
        with open(os.path.join(output, "errors.jsonl"), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
        if len(lines) != 2:
            sys.exit(f"errors.jsonl: expected 2 failures, found {len(lines)}")
        for line in lines:
            check(errors_line, json.loads(line), "errors.jsonl line")
            rows += 1
    print(f"schema: {rows} table rows, stream results and errors.jsonl lines valid")

    # A documents row with an unknown docType, a short sha256 or a missing count is rejected.
    documents_row = Draft202012Validator({**tables_schema, "$ref": "#/$defs/documentsRow"}, registry=registry)
    row = json.loads(run(binary, "documents", "--format", "jsonl", fixtures[0]).splitlines()[0])
    for name, change in [("unknown doc_type", {"doc_type": "novel"}), ("short sha256", {"sha256": "abc"}),
                         ("string count", {"metrics": "3"})]:
        if documents_row.is_valid({**row, **change}):
            sys.exit(f"schema: a documents row with {name} still validates")
    missing = dict(row)
    del missing["sections"]
    if documents_row.is_valid(missing):
        sys.exit("schema: a documents row without sections still validates")
    print("schema: documents rows with a bad doc_type, sha256 or count, or a missing column, are rejected")

    # The schema must notice a changed contract.
    sample = parsed[fixtures[0]]
    renamed_top = copy.deepcopy(sample)
    renamed_top["metric"] = renamed_top.pop("metrics")
    renamed_nested = copy.deepcopy(sample)
    section = renamed_nested["document"]["sections"][0]
    section["span"]["begin"] = section["span"].pop("start")
    unknown_kind = copy.deepcopy(sample)
    unknown_kind["document"]["kind"] = "report"
    bumped = copy.deepcopy(sample)
    bumped["schemaVersion"] = 3
    unknown_type = copy.deepcopy(sample)
    unknown_type["document"]["docType"] = "novel"
    for name, mutant in [("renamed metrics", renamed_top), ("renamed span.start", renamed_nested),
                         ("unknown kind", unknown_kind), ("unknown docType", unknown_type),
                         ("schemaVersion 3", bumped)]:
        if documents.is_valid(mutant):
            sys.exit(f"schema: a document with {name} still validates")
    print("schema: renamed keys, unknown enum values and another schemaVersion are rejected")


if __name__ == "__main__":
    main()
