"""Sites of worship and passive subjects as targets (extract/targets.py)."""

from __future__ import annotations

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry

RELIGIOUS = "Religious Figures/Institutions"


def _target_type(sentence: str) -> str | None:
    chosen = choose(sentence, load_registry(), offset=0, trigger_at=None, exclude=[], date=None)
    return chosen.target_type if chosen is not None else None


def test_pilgrims_at_a_named_shrine_make_a_religious_target() -> None:
    text = "A gunman walked into a shrine in the old town and fired on pilgrims, killing four."
    assert _target_type(text) == RELIGIOUS


def test_a_shrine_as_subject_of_a_passive_attack_is_the_target() -> None:
    text = "The shrine was attacked once more in spring, when an assailant killed three people."
    assert _target_type(text) == RELIGIOUS


def test_pilgrims_without_a_place_of_worship_stay_civilians() -> None:
    text = "Gunmen fired on pilgrims travelling by road, killing four."
    assert _target_type(text) != RELIGIOUS
