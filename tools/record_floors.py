"""Measure the extractor on every gold corpus and write the floors the quality gate holds.

Run from the repository root: ``.venv/bin/python tools/record_floors.py``. Each score is
rounded down to two decimals. Review the diff: a floor that goes down needs a reason in the
commit message.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from conflictdesk.evaluate.gate import corpora, evaluate_corpus, scores

FLOORS = Path("tests/quality_floors.json")


def floor_of(value: float) -> float:
    """``value`` rounded down to two decimals, never above it: 0.9199999999999999 * 100 is
    92.0 in floating point, which would give a floor of 0.92 the score itself fails."""
    floor = math.floor(value * 100) / 100
    return round(floor - 0.01, 2) if floor > value else floor


def main() -> None:
    floors: dict[str, dict[str, float]] = {}
    for corpus in corpora(Path(".")):
        measured = scores(evaluate_corpus(corpus))
        floors[corpus.name] = {k: floor_of(v) for k, v in sorted(measured.items())}
        print(corpus.name, json.dumps({k: round(v, 3) for k, v in sorted(measured.items())}))
    FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS}")


if __name__ == "__main__":
    main()
