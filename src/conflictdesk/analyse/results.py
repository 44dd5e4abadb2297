"""What every analysis returns: frozen records that turn into JSON-ready dicts.

``JsonRecord.to_dict`` walks a dataclass: dates become ISO strings, tuples lists, non-finite
floats ``None`` (JSON has no infinity), nested records dicts. Verdict words are shared here so
the CLI, reports and tests use one spelling.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any, Final

# Verdicts of analyses that test a claim.
DECLINE: Final[str] = "decline"
INCREASE: Final[str] = "increase"
NO_CHANGE: Final[str] = "no detectable change"
NOT_ENOUGH_DATA: Final[str] = "not enough data"


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types (dict, list, str, int, float, bool, None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        return jsonable(value.item())
    return value


class JsonRecord:
    """Mixin for frozen result dataclasses: ``to_dict()`` gives the JSON form."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        data = jsonable(self)
        assert isinstance(data, dict)
        return data
