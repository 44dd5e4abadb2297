"""Tolls of incident summaries: victims told by a vague word beside the counted ones, and
figures that open a clause of their own (docs/quantities.md, docs/gold-format.md)."""

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.model import Casualties, Event


def _event(text: str) -> Event:
    return extract_text(text, published=dt.date(2019, 3, 4), language="en").events[0]


def _fatalities(text: str) -> Casualties:
    return _event(text).fatalities


def test_victim_and_several_others_is_no_usable_toll() -> None:
    text = (
        "03/04/2019: A bomb hidden in a handcart went off outside a bank in Ghazni city, "
        "killing a district judge and several others. No group claimed it."
    )
    assert _fatalities(text) == Casualties()


def test_victim_killed_with_several_aides_is_no_usable_toll() -> None:
    text = (
        "03/04/2019: The head of the provincial council was shot dead with several aides "
        "outside his home in Maidan Shahr. The Taliban denied involvement."
    )
    assert _fatalities(text) == Casualties()


def test_counted_victims_with_vague_attackers_keep_their_figure() -> None:
    # near miss: the vague word counts the attackers, whose uncounted dead add nothing
    text = (
        "03/04/2019: Gunmen raided a checkpoint in Andar district, Ghazni province. Four "
        "policemen were killed along with several militants."
    )
    assert _fatalities(text).best == 4


def test_others_with_a_verb_of_their_own_are_not_more_dead() -> None:
    found = find_casualties(
        "The blast killed two shopkeepers and several others were wounded.", language="en"
    )
    assert [(m.outcome, m.quantity.best) for m in found] == [("killed", 2), ("injured", 3)]


def test_others_after_a_victim_are_more_dead() -> None:
    # near miss: no verb of their own, so the others died with the victim
    found = find_casualties(
        "The blast killed a tribal elder and at least nine other people.", language="en"
    )
    assert sorted(m.quantity.best or 0 for m in found if m.outcome == "killed") == [1, 9]


def _relations(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.relation) for m in find_casualties(sentence, language="en")]


def test_other_speakers_toll_is_a_rival_figure() -> None:
    sentence = "Police said three guards were killed; other sources put the toll at eleven."
    assert _relations(sentence) == [(3, "count"), (11, "unofficial")]


def test_another_attack_is_not_a_rival_speaker() -> None:
    # near miss: "another" moves to another incident, whose figure is not this toll's rival
    sentence = "Officials said four soldiers died; in another attack police said 12 were killed."
    assert [r for _, r in _relations(sentence)] == ["count", "count"]


def test_residents_speaking_of_a_toll_is_unofficial() -> None:
    sentence = "Two farmers were killed, police said; villagers spoke of nine dead."
    assert _relations(sentence)[-1] == (9, "unofficial")


def _injuries(text: str) -> Casualties:
    return _event(text).injuries


def test_a_limb_lost_is_a_wound_in_a_summary() -> None:
    text = (
        "03/04/2019: A mine planted on a footpath went off near Khogyani, Nangarhar "
        "province. A farmer lost a leg."
    )
    assert _injuries(text).best == 1


def test_light_wounds_of_a_survivor_count() -> None:
    for sentence in (
        "The district chief escaped with cuts.",
        "The district chief escaped with a burn to his arm.",
        "The district chief was grazed in the neck.",
        "The district chief was lightly burned in the face.",
        "The district chief suffered slight burns to his hands.",
    ):
        found = find_casualties(sentence, language="en")
        assert [(m.outcome, m.quantity.best) for m in found] == [("injured", 1)], sentence


def test_a_building_burned_is_no_wound() -> None:
    # near miss: "badly burned" of a thing, not a person
    assert not find_casualties("The market was badly burned.", language="en")


def test_a_group_telling_what_it_did_claims_the_toll() -> None:
    for sentence in (
        "The Front said they had raided a police post in Tagab district and killed nine.",
        "The group claimed in a statement that it had killed eleven soldiers.",
    ):
        assert [r for _, r in _relations(sentence)] == ["claim"], sentence


def test_the_taliban_telling_what_they_did_is_not_a_claim() -> None:
    # near miss: after 2021 the Taliban speak as the authorities of the attackers they killed
    sentence = "The Taliban said they lost three fighters and killed four of the raiders."
    assert "claim" not in [r for _, r in _relations(sentence)]


def test_no_damage_or_casualties_is_a_zero_for_both() -> None:
    found = find_casualties("No damage or casualties were reported.", language="en")
    assert sorted((m.outcome, m.quantity.best) for m in found) == [
        ("injured", 0),
        ("killed", 0),
    ]


def test_damage_and_casualties_reported_is_no_zero() -> None:
    # near miss: without "no", casualties were reported (no figure)
    found = find_casualties("The blast caused damage and casualties were reported.", language="en")
    assert all(m.quantity.best is None for m in found)
