"""Metadata (id, title, dates, language, genre) checked and turned into a ``Document``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from conflictdesk.errors import BadMetadata, EmptyDocument
from conflictdesk.ingest.identity import content_hash, derived_id, normalise_newlines
from conflictdesk.ingest.language import detect_language
from conflictdesk.model import Document

METADATA_KEYS: tuple[str, ...] = (
    "id",
    "title",
    "url",
    "publisher",
    "published",
    "accessed",
    "language",
    "genre",
)
GENRES: tuple[str, ...] = ("wire", "summary", "analysis")

# Written dates besides ISO and RFC 822: "27 March 2023", "27 Mar 2023", "March 27, 2023".
_WRITTEN_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d %B, %Y")
_DATE_REMEDY = "write it as YYYY-MM-DD, e.g. 2023-03-27, or as '27 March 2023'"

# Three-letter and common non-ISO codes analysts use, mapped to ISO 639-1.
_LANGUAGE_ALIASES = {
    "prs": "fa",
    "fas": "fa",
    "per": "fa",
    "pus": "ps",
    "pbt": "ps",
    "pbu": "ps",
    "eng": "en",
    "tur": "tr",
    "rus": "ru",
    "ara": "ar",
    "urd": "ur",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: the file, its stem, and the place in it for messages."""

    path: str
    stem: str
    where: str | None = None

    def prefix(self) -> str:
        return f"{self.where}: " if self.where else ""


def parse_date(value: object) -> dt.date:
    """Read an ISO date or timestamp, '27 March 2023', 'March 27, 2023' or an RFC 822 date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for reader in (_iso_date, _written_date, _rfc822_date):
        found = reader(text)
        if found is not None:
            return found
    raise ValueError(f"not a date: {text!r}")


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _written_date(text: str) -> dt.date | None:
    for pattern in _WRITTEN_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _rfc822_date(text: str) -> dt.date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def build_document(
    text: str,
    metadata: Mapping[str, object],
    origin: Origin,
    *,
    reference_date: dt.date | None,
) -> Document:
    """Check ``metadata`` and make the Document; raise BadMetadata naming the bad field."""
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyDocument(
            f"{origin.prefix()}there is no text", remedy="add the report's text", path=origin.path
        )
    digest = content_hash(text)
    explicit_language = _language(metadata.get("language"), origin)
    return Document(
        id=_text_field(metadata, "id", origin) or derived_id(origin.stem, text),
        text=text,
        content_hash=digest,
        title=_text_field(metadata, "title", origin),
        url=_text_field(metadata, "url", origin),
        publisher=_text_field(metadata, "publisher", origin),
        published=_date_field(metadata, "published", origin) or reference_date,
        accessed=_date_field(metadata, "accessed", origin),
        language=explicit_language or detect_language(text),
        path=origin.path,
        genre=_genre(metadata.get("genre"), origin),
    )


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text_field(metadata: Mapping[str, object], key: str, origin: Origin) -> str | None:
    value = metadata.get(key)
    if _is_blank(value):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise BadMetadata(
            f"{origin.prefix()}'{key}' must be text, not {type(value).__name__}",
            remedy=f"write {key} as a plain string",
            path=origin.path,
        )
    return str(value).strip()


def _date_field(metadata: Mapping[str, object], key: str, origin: Origin) -> dt.date | None:
    value = metadata.get(key)
    if _is_blank(value):
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise BadMetadata(
            f"{origin.prefix()}'{key}' is {value!r}, which is not a date",
            remedy=f"{_DATE_REMEDY}, or leave {key} out",
            path=origin.path,
        ) from None


def normalise_language(value: object) -> str | None:
    """``en``, ``EN``, ``en-US``, ``eng`` and ``prs`` (Dari) become ISO 639-1; None if not."""
    if not isinstance(value, str):
        return None
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return primary if len(primary) == 2 and primary.isascii() and primary.isalpha() else None


def _language(value: object, origin: Origin) -> str | None:
    if _is_blank(value):
        return None
    code = normalise_language(value)
    if code is None:
        raise BadMetadata(
            f"{origin.prefix()}'language' is {value!r}, not a language code",
            remedy="write a two-letter ISO 639-1 code such as en, tr, ru, ar, fa or ps",
            path=origin.path,
        )
    return code


def _genre(value: object, origin: Origin) -> str | None:
    if _is_blank(value):
        return None
    genre = str(value).strip().lower()
    if genre not in GENRES:
        raise BadMetadata(
            f"{origin.prefix()}'genre' is {value!r}",
            remedy=f"use one of {', '.join(GENRES)}, or leave genre out",
            path=origin.path,
        )
    return genre
