"""RSS and Atom feeds through feedparser: each entry becomes a document."""

from __future__ import annotations

import datetime as dt
import re
import time
from html.parser import HTMLParser
from typing import Any

import feedparser

from conflictdesk.errors import ConflictdeskError, EmptyDocument, MalformedRecord
from conflictdesk.ingest.identity import derived_id
from conflictdesk.ingest.metadata import Origin, build_document, normalise_language
from conflictdesk.ingest.report import FileReading
from conflictdesk.model import Document

_FEED_REMEDY = "download the feed again and check it opens in a browser or feed reader"
_BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
_SKIPPED_TAGS = frozenset({"script", "style"})


def read_feed(data: bytes, origin: Origin, *, reference_date: dt.date | None) -> FileReading:
    """Parse feed bytes (feedparser honours the XML encoding declaration)."""
    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        raise _no_entries_error(parsed, origin.path)
    publisher = _clean(parsed.feed.get("title"))
    language = normalise_language(parsed.feed.get("language"))
    documents: list[Document] = []
    problems: list[ConflictdeskError] = []
    for number, entry in enumerate(entries, start=1):
        where = Origin(origin.path, origin.stem, f"entry {number}")
        try:
            documents.append(_entry_document(entry, where, publisher, language, reference_date))
        except ConflictdeskError as error:
            problems.append(error)
    return FileReading(tuple(documents), tuple(problems))


def _no_entries_error(parsed: Any, path: str) -> ConflictdeskError:
    if parsed.bozo:
        reason = parsed.get("bozo_exception")
        return MalformedRecord(
            f"not a readable RSS or Atom feed ({reason})", remedy=_FEED_REMEDY, path=path
        )
    return EmptyDocument(
        "the feed has no entries", remedy="check the feed was saved with its items", path=path
    )


def _entry_document(
    entry: Any,
    where: Origin,
    publisher: str | None,
    language: str | None,
    reference_date: dt.date | None,
) -> Document:
    title = _clean(entry.get("title"))
    text = _entry_text(entry) or title
    if not text:
        raise MalformedRecord(
            f"{where.where}: no title, summary or content",
            remedy="give each item a <description> or <content>",
            path=where.path,
        )
    key = entry.get("id") or entry.get("link") or text
    metadata = {
        "id": entry_id(str(key), where.stem),
        "title": title,
        "url": entry.get("link"),
        "publisher": publisher,
        "published": _entry_date(entry),
        "language": language,
    }
    return build_document(text, metadata, where, reference_date=reference_date)


# A <guid> that is already a plain identifier (no slashes or spaces) is kept as the
# document id, so gold files and citations can name feed items; URLs and long keys are hashed.
_PLAIN_ID = re.compile(r"[\w.:-]{1,120}")


def entry_id(key: str, stem: str) -> str:
    return key if _PLAIN_ID.fullmatch(key) else derived_id(stem, key)


def _entry_text(entry: Any) -> str | None:
    contents = entry.get("content") or []
    values = [part.get("value", "") for part in contents] or [entry.get("summary", "")]
    return _clean(strip_markup("\n".join(value for value in values if value)))


def _entry_date(entry: Any) -> dt.date | str | None:
    """The parsed published (else updated) date; the raw string when feedparser could not
    read it, so metadata checking reports it as a bad date."""
    for key in ("published", "updated"):
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed is not None:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        if entry.get(key):
            return str(entry.get(key))
    return None


def _clean(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def strip_markup(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, blocks on their own lines, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)
