"""JSON Lines: one document per line; a bad line fails alone and the others are read."""

from __future__ import annotations

import datetime as dt
import json

from conflictdesk.errors import AnnotationFile, ConflictdeskError, MalformedRecord
from conflictdesk.ingest.identity import normalise_newlines
from conflictdesk.ingest.metadata import Origin, build_document
from conflictdesk.ingest.report import FileReading
from conflictdesk.model import Document

_LINE_REMEDY = (
    'write each line as one JSON object with a "text" key, e.g. {"id": "r1", "text": "..."}'
)


def read_jsonl(text: str, origin: Origin, *, reference_date: dt.date | None) -> FileReading:
    lines = normalise_newlines(text).split("\n")
    if _is_gold(lines):
        problem = AnnotationFile(
            "gold events (document_id, no text), not documents; skipped",
            remedy=f"score against it with: conflictdesk evaluate {origin.path}",
            path=origin.path,
        )
        return FileReading((), (problem,))
    documents: list[Document] = []
    problems: list[ConflictdeskError] = []
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = Origin(origin.path, origin.stem, f"line {line_number}")
        try:
            documents.append(_read_line(line, where, reference_date))
        except ConflictdeskError as error:
            problems.append(error)
    return FileReading(tuple(documents), tuple(problems))


def _read_line(line: str, where: Origin, reference_date: dt.date | None) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(
            f"{where.where}: not valid JSON ({exc.msg} at column {exc.colno})",
            remedy=_LINE_REMEDY,
            path=where.path,
        ) from None
    if not isinstance(record, dict):
        raise MalformedRecord(
            f"{where.where}: a JSON {type(record).__name__}, not an object",
            remedy=_LINE_REMEDY,
            path=where.path,
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedRecord(
            f"{where.where}: " + ("no 'text' key" if text is None else "'text' is not a string"),
            remedy=_LINE_REMEDY,
            path=where.path,
        )
    return build_document(text, record, where, reference_date=reference_date)


def _is_gold(lines: list[str]) -> bool:
    """Whether a JSONL file holds gold events (every object has ``document_id`` and no
    ``text``), as the corpora's ``gold.jsonl`` do, rather than documents."""
    records = []
    for line in lines:
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            return False
        if len(records) == 3:
            break
    return bool(records) and all(
        isinstance(r, dict) and "document_id" in r and "text" not in r for r in records
    )
