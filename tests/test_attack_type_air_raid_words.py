"""Air strikes told by the bombs dropped from the air ("dropped a heavy bomb on"), not by the
word "dropped" alone. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract.triggers import find_triggers


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_dropped_bombs_are_an_air_strike() -> None:
    assert "air" in _means("Warplanes dropped two heavy bombs on a mountain hideout.")
    assert "air" not in _means("The charges against him were dropped after the bombing.")
