"""What kind of text a document is, which decides how its sentences become events.

- ``summary``: terse incident summaries, one incident per ``MM/DD/YYYY:`` prefix;
- ``wire``: a news report, one main event plus incidents it mentions separately;
- ``analysis``: long-form writing, many events stated in passing, and general statements
  that are not events.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from conflictdesk.model import DatePrecision, Document

Genre = Literal["summary", "wire", "analysis"]

_PREFIX = re.compile(r"(?m)^[ \t]*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})[ \t]*:")
_DECLARED = {
    "summary": "summary",
    "summaries": "summary",
    "incident": "summary",
    "incident-summary": "summary",
    "gtd": "summary",
    "wire": "wire",
    "news": "wire",
    "local-news": "wire",
    "feed": "wire",
    "article": "wire",
    "analysis": "analysis",
    "long-form": "analysis",
    "longform": "analysis",
    "report": "analysis",
    "think-tank": "analysis",
}
# A report longer than this many words reads as long-form analysis (wire reports run
# 200-700 words; the analysis samples 900 and more).
ANALYSIS_MIN_WORDS = 900


@dataclass(frozen=True, slots=True)
class SummaryBlock:
    """One incident summary: its span in the text and the date of its prefix."""

    start: int
    end: int
    prefix_end: int
    date: dt.date | None
    precision: DatePrecision
    prefix: str


def summary_blocks(text: str) -> list[SummaryBlock]:
    """The ``MM/DD/YYYY:`` incident summaries in ``text`` (empty if there are none)."""
    matches = list(_PREFIX.finditer(text))
    blocks = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        while end > match.start() and text[end - 1].isspace():
            end -= 1
        date, precision = _prefix_date(match)
        start = match.start("m")
        blocks.append(
            SummaryBlock(start, end, match.end(), date, precision, text[start : match.end()])
        )
    return blocks


def _prefix_date(match: re.Match[str]) -> tuple[dt.date | None, DatePrecision]:
    """GTD writes an unknown day or month as 00: 03/00/2023 is March 2023."""
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    try:
        if month == 0:
            return dt.date(year, 1, 1), "year"
        if day == 0:
            return dt.date(year, month, 1), "month"
        return dt.date(year, month, day), "day"
    except ValueError:
        return None, "unknown"


def detect_genre(document: Document) -> Genre:
    """The declared genre when it is one we know, else a guess from the text's shape."""
    declared = _DECLARED.get((document.genre or "").strip().lower())
    if declared == "summary" or (declared is None and _PREFIX.match(document.text.lstrip())):
        return "summary"
    if declared in ("wire", "analysis"):
        return "wire" if declared == "wire" else "analysis"
    words = len(document.text.split())
    return "analysis" if words >= ANALYSIS_MIN_WORDS else "wire"
