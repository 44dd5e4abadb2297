"""Document ids and content hashes: stable, so re-ingesting a file finds the same records."""

from __future__ import annotations

import hashlib
import re

# Eight hex digits (32 bits) keep ids short; collisions matter only between documents that
# share a file stem, where one in four billion is ample.
SHORT_HASH_DIGITS = 8

_NOT_ID_CHARACTER = re.compile(r"[^\w-]+")


def normalise_newlines(text: str) -> str:
    """Turn Windows (``\\r\\n``) and old Mac (``\\r``) line endings into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the document text, which the caller has already normalised."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(value: str) -> str:
    return content_hash(value)[:SHORT_HASH_DIGITS]


def slug(stem: str) -> str:
    """A file stem made safe for an id: lower case, runs of other characters become ``-``."""
    cleaned = _NOT_ID_CHARACTER.sub("-", stem.strip().lower()).strip("-")
    return cleaned or "document"


def derived_id(stem: str, key: str) -> str:
    """An id from a file stem and a short hash of ``key``: ``report-3f2a9c1d``."""
    return f"{slug(stem)}-{short_hash(key)}"
