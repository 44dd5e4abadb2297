"""Reading gold annotation files (docs/gold-format.md)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from conflictdesk.errors import GoldError


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event. ``record`` holds the annotated keys only: absent keys are not scored."""

    document_id: str
    record: Mapping[str, Any]
    main: bool = False
    cluster: str | None = None
    line: int = 0

    def has(self, dotted: str) -> bool:
        head, _, tail = dotted.partition(".")
        if head not in self.record:
            return False
        if not tail:
            return True
        inner = self.record[head]
        return isinstance(inner, Mapping) and tail in inner

    def get(self, dotted: str) -> Any:
        head, _, tail = dotted.partition(".")
        value = self.record.get(head)
        if tail:
            return value.get(tail) if isinstance(value, Mapping) else None
        return value


def gold_files(path: Path) -> list[Path]:
    """A gold file, or every ``gold*.jsonl`` below a folder."""
    if path.is_dir():
        found = sorted(path.rglob("gold*.jsonl"))
        if not found:
            raise GoldError(
                "no gold*.jsonl file in this folder",
                path=str(path),
                remedy="name a gold file or a folder holding gold.jsonl",
            )
        return found
    if not path.exists():
        raise GoldError("no such gold file", path=str(path), remedy="check the path")
    return [path]


def read_gold(path: Path) -> list[GoldEvent]:
    events: list[GoldEvent] = []
    for file in gold_files(path):
        events.extend(_read_file(file))
    if not events:
        raise GoldError("the gold file holds no events", path=str(path), remedy="add events")
    return events


def _read_file(file: Path) -> Iterable[GoldEvent]:
    for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise GoldError(
                f"line {number} is not JSON: {exc}", path=str(file), remedy="fix that line"
            ) from exc
        if not isinstance(data, dict) or not data.get("document_id"):
            raise GoldError(
                f"line {number} has no document_id",
                path=str(file),
                remedy="every gold event names the document it is read from",
            )
        _check_date(data.get("event_date"), number, file)
        yield GoldEvent(
            document_id=str(data["document_id"]),
            record=MappingProxyType(data),
            main=bool(data.get("main", False)),
            cluster=data.get("cluster"),
            line=number,
        )


def _check_date(value: Any, number: int, file: Path) -> None:
    """A gold date is a full ISO day or null: a month or a year is written as its first day
    with ``date_precision`` saying how much of it is meant ("2017-04" is 2017-04-01, month)."""
    if value is None:
        return
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        dt.date.fromisoformat(value)
    except ValueError:
        raise GoldError(
            f"line {number}: event_date {value!r} is not a day written YYYY-MM-DD",
            path=str(file),
            remedy="write a month or a year as its first day (2017-04-01) and set "
            'date_precision to "month" or "year"; null when the date is unknown',
        ) from None
