"""Web pages: trafilatura finds the main text, title, date, site name and canonical URL."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from typing import Any

import trafilatura

from conflictdesk.errors import TruncatedMarkup
from conflictdesk.ingest.metadata import Origin, build_document, parse_date
from conflictdesk.model import Document

_HTML_REMEDY = "save the complete page again, or paste its text into a .txt file, and re-ingest"
# How far from the end to look for the closing tags that a complete page has.
_TAIL_CHARS = 4096


def read_html_document(html: str, origin: Origin, *, reference_date: dt.date | None) -> Document:
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    text = _attribute(extracted, "text")
    if text is None:
        raise TruncatedMarkup(_no_text_reason(html), remedy=_HTML_REMEDY, path=origin.path)
    metadata: dict[str, Any] = {
        "title": _attribute(extracted, "title"),
        "url": _attribute(extracted, "url"),
        "publisher": _attribute(extracted, "sitename"),
        "published": _page_date(_attribute(extracted, "date")),
    }
    metadata.update(declared_metadata(html))
    return build_document(text, metadata, origin, reference_date=reference_date)


# <meta name="id" content="..."> and the other document keys, as an archive or a scraper may
# write them; they win over trafilatura's guesses.
DECLARED_KEYS = ("id", "title", "url", "publisher", "published", "accessed", "language", "genre")
_META = re.compile(r"<meta\s+[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(name|property|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def declared_metadata(html: str) -> dict[str, str]:
    found: dict[str, str] = {}
    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:20000]
    for tag in _META.finditer(head):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or "" for m in _ATTR.finditer(tag.group())
        }
        name = attrs.get("name", attrs.get("property", "")).lower().removeprefix("conflictdesk:")
        if name in DECLARED_KEYS and attrs.get("content", "").strip():
            found[name] = html_lib.unescape(attrs["content"].strip())
    return found


def _attribute(extracted: Any, name: str) -> str | None:
    value = getattr(extracted, name, None) if extracted is not None else None
    return (value.strip() or None) if isinstance(value, str) else None


def _page_date(value: str | None) -> dt.date | None:
    """trafilatura's date is a guess from the page; an unreadable one is dropped, not fatal."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None


def looks_truncated(html: str) -> bool:
    tail = html[-_TAIL_CHARS:].lower()
    return "</html>" not in tail and "</body>" not in tail


def _no_text_reason(html: str) -> str:
    if looks_truncated(html):
        return "the HTML is cut off (no closing </body> or </html>) before any main text"
    return "no main text found in the HTML (a broken page, a script-only shell or a login page)"
