"""Plain text and Markdown, with an optional front-matter block of ``key: value`` lines.

The front matter is read by this module (no YAML library): one ``key: value`` per line
between two ``---`` lines. Keys other than those of DESIGN section 5 are ignored, including
indented or ``- item`` lines under them, so files written for static-site tools still load.
"""

from __future__ import annotations

import datetime as dt
import re

from conflictdesk.errors import MalformedRecord
from conflictdesk.ingest.identity import normalise_newlines
from conflictdesk.ingest.metadata import METADATA_KEYS, Origin, build_document
from conflictdesk.model import Document

FENCE = "---"
_CLOSING_FENCES = ("---", "...")
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_FRONT_MATTER_REMEDY = (
    "write one 'key: value' per line between two '---' lines, e.g. 'published: 2023-03-27'"
)


def read_text_document(text: str, origin: Origin, *, reference_date: dt.date | None) -> Document:
    metadata, body = split_front_matter(normalise_newlines(text), origin.path)
    where = Origin(origin.path, origin.stem, "front matter") if metadata else origin
    return build_document(body, metadata, where, reference_date=reference_date)


def split_front_matter(text: str, path: str) -> tuple[dict[str, str], str]:
    """Split ``text`` into its front matter and the body after the closing ``---`` line.

    The body is returned exactly as in the file, so offsets into it are offsets into
    ``Document.text``.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSING_FENCES:
            metadata = _parse_block(lines[1:index], path)
            return metadata, "\n".join(lines[index + 1 :])
    raise MalformedRecord(
        "line 1: the front matter that opens with '---' is never closed",
        remedy="end the metadata with a line holding only '---'",
        path=path,
    )


def _parse_block(lines: list[str], path: str) -> dict[str, str]:
    metadata: dict[str, str] = {}
    current_key: str | None = None
    for line_number, line in enumerate(lines, start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" or stripped.startswith("- "):
            _check_continuation(current_key, line_number, path)
            continue
        match = _KEY_VALUE.match(line)
        if match is None:
            raise MalformedRecord(
                f"line {line_number}: {stripped!r} in the front matter is not 'key: value'",
                remedy=_FRONT_MATTER_REMEDY,
                path=path,
            )
        current_key = match.group(1).lower()
        if current_key in metadata:
            raise MalformedRecord(
                f"line {line_number}: '{current_key}' appears twice in the front matter",
                remedy=f"keep one '{current_key}:' line",
                path=path,
            )
        if current_key in METADATA_KEYS:
            metadata[current_key] = _unquote(match.group(2).strip())
    return metadata


def _check_continuation(current_key: str | None, line_number: int, path: str) -> None:
    """Indented and ``- item`` lines may continue only keys conflictdesk ignores."""
    if current_key is None or current_key in METADATA_KEYS:
        raise MalformedRecord(
            f"line {line_number}: an indented or list line in the front matter"
            + (f" continues '{current_key}', which takes one value" if current_key else ""),
            remedy=_FRONT_MATTER_REMEDY,
            path=path,
        )


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
