"""The subject of a passive harm verb is what was attacked, for the verbs of seizing and
destroying too: "two reporters ... were seized", "a phone mast ... was blown up", "an engineer
... was pulled from his car", "the fighters were struck by a bomber". Whoever follows "by"
after such a verb acted ("was blown up by unknown people"), and a participle that only
describes the subject ("pilgrims whose flights had been delayed dragged the minister") is no
passive of harm. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_reporters_seized_on_a_road_are_the_target_not_the_road() -> None:
    event = _main(
        "05/11/2008: Three reporters working for a private radio station were seized by "
        "armed men on the road near Qalat, Zabul province, Afghanistan. They were freed a "
        "week later."
    )
    assert event["target_type"] == "Journalists & Media"


def test_mast_blown_up_by_unknown_people() -> None:
    event = _main(
        "03/00/2009: A telecommunication mast of a phone company in Shah Joy district, Zabul, "
        "was blown up by unknown people at night. No one was hurt."
    )
    assert event["target_type"] == "Telecommunication"


def test_engineer_pulled_from_his_car() -> None:
    event = _main(
        "06/14/2004: Karim Dad, a water engineer with the ICRC, was pulled from his car by "
        "gunmen on the road to Spin Boldak, Kandahar province, and shot dead."
    )
    assert event["target_type"] == "NGO"


def test_a_describing_participle_is_no_passive_of_harm() -> None:
    """Near miss: "whose flights had been delayed" describes the crowd that acted; the
    minister they dragged from the plane is the target."""
    event = _main(
        "03/02/2003: A crowd of travellers angry that their flights had been delayed dragged "
        "Ghulam Sakhi, the Minister of Transport, from an aircraft at Kabul airport in Kabul "
        "city, Kabul province, Afghanistan, and beat him to death."
    )
    assert event["target_type"] == "Government (General)"
