"""The target pack lists a word and its plural; a word already plural ("forces",
"headquarters", "members") takes no second "-es" ("forceses" is no English word, and "corpses"
for "corps" means the dead, not a military unit)."""

from __future__ import annotations

import json
from pathlib import Path

import conflictdesk

_PACK = Path(conflictdesk.__file__).parent / "packs" / "afghanistan" / "targets.json"


def _doubled_plurals() -> list[str]:
    entries = json.loads(_PACK.read_text(encoding="utf-8"))
    patterns = {e["pattern"] for e in entries}
    doubled = []
    for pattern in sorted(patterns):
        base = pattern[:-2]
        # "campus"/"campuses", "Red Cross"/"Red Crosses" are true plurals
        true_plural = base[-2:-1] in ("s", "u", "i")
        if pattern.endswith("es") and base in patterns and base.endswith("s") and not true_plural:
            doubled.append(pattern)
    return doubled


def test_no_doubled_plurals_in_target_pack() -> None:
    assert _doubled_plurals() == []


def test_true_plurals_kept() -> None:
    patterns = {e["pattern"] for e in json.loads(_PACK.read_text(encoding="utf-8"))}
    assert "district headquarters" in patterns
    assert "forces" in patterns
