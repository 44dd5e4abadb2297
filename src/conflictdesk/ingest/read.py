"""One file to documents: size and format checks, then the reader for its extension."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from conflictdesk.errors import DocumentTooLarge, InputError, NoSuchPath, UnknownFormat
from conflictdesk.ingest.decode import decode_declared, decode_text, refuse_binary
from conflictdesk.ingest.feeds import read_feed
from conflictdesk.ingest.html import read_html_document
from conflictdesk.ingest.jsonl import read_jsonl
from conflictdesk.ingest.metadata import Origin
from conflictdesk.ingest.report import FileReading
from conflictdesk.ingest.text import read_text_document

# 20 MB: far above any single report or a day's feed, small enough to refuse a mistaken
# upload (a database dump, a video) before reading it into memory.
DEFAULT_MAX_BYTES = 20_000_000

_Reader = Callable[[bytes, Origin, dt.date | None], FileReading]


def _text_reader(data: bytes, origin: Origin, reference_date: dt.date | None) -> FileReading:
    text = decode_text(data, origin.path)
    return FileReading((read_text_document(text, origin, reference_date=reference_date),))


def _html_reader(data: bytes, origin: Origin, reference_date: dt.date | None) -> FileReading:
    html = decode_declared(data, origin.path)
    return FileReading((read_html_document(html, origin, reference_date=reference_date),))


def _jsonl_reader(data: bytes, origin: Origin, reference_date: dt.date | None) -> FileReading:
    return read_jsonl(decode_text(data, origin.path), origin, reference_date=reference_date)


def _feed_reader(data: bytes, origin: Origin, reference_date: dt.date | None) -> FileReading:
    refuse_binary(data, origin.path)
    return read_feed(data, origin, reference_date=reference_date)


READERS: dict[str, _Reader] = {
    ".txt": _text_reader,
    ".md": _text_reader,
    ".html": _html_reader,
    ".htm": _html_reader,
    ".jsonl": _jsonl_reader,
    ".xml": _feed_reader,
    ".rss": _feed_reader,
    ".atom": _feed_reader,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)

# Formats people often try, with what to do instead.
_CONVERSIONS = {
    ".pdf": "convert it with pdftotext first: pdftotext FILE.pdf FILE.txt",
    ".docx": "save it as plain text (.txt) or HTML from the word processor",
    ".doc": "save it as plain text (.txt) or HTML from the word processor",
    ".odt": "save it as plain text (.txt) or HTML from the word processor",
    ".rtf": "save it as plain text (.txt) from the word processor",
    ".json": "write one document per line as JSON Lines and name the file .jsonl",
}


def read_file(path: Path, *, max_bytes: int, published: dt.date | None) -> FileReading:
    """Read one file; whole-file problems raise, bad records come back in ``problems``."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise _unknown_format(path)
    data = _read_bytes(path, max_bytes)
    return reader(data, Origin(str(path), path.stem), published)


def _unknown_format(path: Path) -> UnknownFormat:
    supported = " ".join(SUPPORTED_SUFFIXES)
    remedy = _CONVERSIONS.get(path.suffix.lower(), f"rename or convert it to one of {supported}")
    what = f"'{path.suffix}'" if path.suffix else "no extension"
    return UnknownFormat(
        f"{what} is not a supported format (supported: {supported})", remedy=remedy, path=str(path)
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentTooLarge(
                f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes",
                remedy=f"split it, or raise the limit with --max-bytes {size}",
                path=str(path),
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise NoSuchPath("no such file", remedy="check the path", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder", remedy="pass the folder itself", path=str(path)) from None
    except OSError as error:
        raise InputError(
            f"cannot be read ({error.strerror})",
            remedy="check the file's permissions",
            path=str(path),
        ) from None
