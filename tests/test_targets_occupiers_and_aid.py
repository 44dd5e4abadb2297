"""Who seized a building to fire from, aid volunteers and camps for deportees (GTD codebook)."""

from __future__ import annotations

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _target_type(sentence: str) -> str | None:
    chosen = choose(sentence, load_registry(), offset=0, trigger_at=None, exclude=[], date=None)
    return chosen.target_type if chosen is not None else None


def test_insurgents_who_occupied_a_building_are_the_attackers() -> None:
    text = (
        "Insurgents occupied an empty tower across from the embassy and fired rockets at the "
        "embassy compound."
    )
    assert _target_type(text) == "Government (Diplomatic)"


def test_a_building_seized_by_militants_stays_in_play() -> None:
    text = "A bomb exploded in a house seized by the Taliban, killing three."
    assert _target_type(text) == "Private Citizens & Property"


def test_church_aid_volunteers_are_an_ngo_not_a_church() -> None:
    text = "Gunmen kidnapped four church aid volunteers on the road to Jalalabad."
    assert _target_type(text) == "NGO"


def test_a_church_itself_stays_religious() -> None:
    assert _target_type("Gunmen attacked a church in the city.") == "Religious Figures/Institutions"


def test_a_camp_for_deportees_is_other_like_a_refugee_camp() -> None:
    text = "A grenade was thrown into a tent at a camp for deportees near the border crossing."
    assert _target_type(text) == "Other"
