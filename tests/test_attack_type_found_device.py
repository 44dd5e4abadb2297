"""A bomb found before it went off is an attempted bombing (GTD), its weapon disrupted
(ACLED); a find that names no device is no bombing. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_bomb_found_under_a_culvert_is_an_attempted_bombing() -> None:
    record = _main(
        "05/12/2006: A bomb was found in a culvert on the main road near Qalat city, Zabul "
        "province, Afghanistan, and police made it safe. No one was hurt."
    )
    assert record["attack_type"] == "Bombing/Explosion"
    assert record["weapon_type"] == "Explosives"
    assert record["sub_event_type"] == "Disrupted weapons use"
    tags = record["tags"]
    assert isinstance(tags, list)
    assert "attempt_failed" in tags


def test_attack_foiled_without_a_device_named_is_no_bombing() -> None:
    events = extract_text(
        "05/12/2006: Police said they had foiled a plot in Qalat city, Zabul province, "
        "Afghanistan.",
        document_id="case",
    ).events
    assert all(e.to_dict()["attack_type"] != "Bombing/Explosion" for e in events)
