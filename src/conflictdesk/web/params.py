"""Query parameters read into typed values; a value that cannot be read is a ``BadParameter``.

The event filters are the same on every page and JSON endpoint (``actor since until type
province``), so one ``Filters`` record is read once and applied to every panel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Final
from urllib.parse import urlencode

from conflictdesk.model import parse_iso_date
from conflictdesk.web.errors import BadParameter

FILTER_NAMES: Final[tuple[str, ...]] = ("actor", "since", "until", "type", "province")

# The options each analysis takes, named as on the command line (``from``/``to`` for
# retaliation), mapped to the keyword of ``api.analyse``.
ANALYSIS_PARAMS: Final[dict[str, dict[str, str]]] = {
    "tempo": {"actor": "actor", "freq": "freq", "by": "by", "since": "since", "until": "until"},
    "targets": {
        "actor": "actor",
        "freq": "freq",
        "split": "split",
        "since": "since",
        "until": "until",
    },
    "geography": {"actor": "actor", "freq": "freq", "since": "since", "until": "until"},
    "leadership": {"actor": "actor", "since": "since", "until": "until"},
    "decapitation": {"actor": "actor", "window": "window"},
    "retaliation": {"from": "source", "to": "target", "since": "since", "until": "until"},
    "trend": {"actor": "actor", "freq": "freq", "since": "since", "until": "until"},
}
DATE_PARAMS: Final[frozenset[str]] = frozenset({"since", "until", "split"})
INT_PARAMS: Final[frozenset[str]] = frozenset({"window"})
# Parameters any JSON endpoint accepts besides its own (none are used yet; kept for clients
# that add a cache-buster).
IGNORED: Final[frozenset[str]] = frozenset({"_"})


@dataclass(frozen=True, slots=True)
class Filters:
    """The event filters of every page; ``None`` is "any"."""

    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    admin1: str | None = None

    def api_options(self) -> dict[str, Any]:
        """Keyword arguments of ``api.events``."""
        return asdict(self)

    def query(self, **extra: str) -> str:
        """The filters as a query string (``?actor=ISKP&since=...``), empty when none."""
        pairs = [(k, v) for k, v in self.as_params().items() if v] + list(extra.items())
        return "?" + urlencode(pairs) if pairs else ""

    def as_params(self) -> dict[str, str]:
        return {
            "actor": self.actor or "",
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "type": self.event_type or "",
            "province": self.admin1 or "",
        }

    @property
    def active(self) -> bool:
        return any(self.as_params().values())


def text(query: Mapping[str, str], name: str) -> str | None:
    """A trimmed text parameter; empty is ``None`` (an empty form field means "any")."""
    value = query.get(name, "").strip()
    return value or None


def date(query: Mapping[str, str], name: str) -> dt.date | None:
    value = text(query, name)
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        raise BadParameter(
            f"{name}={value!r} is not a date", remedy=f"write {name} as YYYY-MM-DD"
        ) from None


def integer(query: Mapping[str, str], name: str, *, minimum: int = 0) -> int | None:
    value = text(query, name)
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        raise BadParameter(f"{name}={value!r} is not a whole number") from None
    if number < minimum:
        raise BadParameter(f"{name}={number} is below {minimum}")
    return number


def read_filters(query: Mapping[str, str]) -> Filters:
    filters = Filters(
        actor=text(query, "actor"),
        since=date(query, "since"),
        until=date(query, "until"),
        event_type=text(query, "type"),
        admin1=text(query, "province"),
    )
    if filters.since and filters.until and filters.since > filters.until:
        raise BadParameter(
            f"since {filters.since} is after until {filters.until}",
            remedy="swap the two dates",
        )
    return filters


def check_known(query: Mapping[str, str], known: frozenset[str] | set[str], where: str) -> None:
    """Refuse parameters an endpoint does not take, so a typo never silently widens a query."""
    unknown = sorted(k for k in query if k not in known and k not in IGNORED)
    if unknown:
        raise BadParameter(
            f"{where} does not take {', '.join(unknown)}",
            remedy="use " + ", ".join(sorted(known)) if known else "send no parameters",
        )


def analysis_options(name: str, query: Mapping[str, str]) -> dict[str, Any]:
    """The keyword arguments of ``api.analyse(name, ...)`` from the query string."""
    accepted = ANALYSIS_PARAMS.get(name)
    if accepted is None:
        raise BadParameter(
            f"no analysis named {name!r}", remedy=f"use one of {', '.join(ANALYSIS_PARAMS)}"
        )
    check_known(query, set(accepted), f"analysis {name}")
    options: dict[str, Any] = {}
    for param, keyword in accepted.items():
        if param in DATE_PARAMS:
            value: Any = date(query, param)
        elif param in INT_PARAMS:
            value = integer(query, param, minimum=1)
        else:
            value = text(query, param)
        if value is not None:
            options[keyword] = value
    return options


def page_number(query: Mapping[str, str]) -> int:
    return integer(query, "page", minimum=1) or 1
