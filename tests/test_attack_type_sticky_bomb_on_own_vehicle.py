"""A bomb stuck, fixed or planted on the vehicle of one prominent person is an assassination
(GTD), also when the person's own guards rode with him ("their vehicle"); a bomb on the
vehicle of ordinary travellers stays a bombing. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


AIMED = [
    # "stuck to his car"
    "KANDAHAR, Afghanistan, May 4 - A district judge was killed on Monday when a sticky bomb "
    "stuck to his car blew up outside the court in Kandahar city, police said.",
    # the holder and his bodyguard: "their pickup"
    "HERAT, Afghanistan, May 4 - The police chief of Guzara district and his driver died on "
    "Monday when a magnetic bomb fixed under their pickup exploded, officials said.",
    # "planted on"
    "GHAZNI, Afghanistan, May 4 - A provincial council member was killed on Monday when a bomb "
    "planted on her vehicle went off in Ghazni city, officials said.",
]


@pytest.mark.parametrize("text", AIMED, ids=[t[:12] for t in AIMED])
def test_bomb_on_holders_own_vehicle_is_assassination(text: str) -> None:
    assert _main(text)["attack_type"] == "Assassination"


def test_bomb_on_travellers_vehicle_stays_a_bombing() -> None:
    record = _main(
        "HERAT, Afghanistan, May 4 - Four farmers were killed on Monday when a magnetic bomb "
        "fixed under their pickup exploded near Guzara, officials said."
    )
    assert record["attack_type"] == "Bombing/Explosion"


def test_named_holder_killed_by_a_sticky_bomb_is_assassination() -> None:
    """A sticky bomb is set on one person's car by design: a named holder killed by one was
    its aim, even when the car is not mentioned."""
    record = _main(
        "KABUL, May 4 - Nasir Ahmad Haidari, a reporter for a local radio station, was killed "
        "by a magnetic bomb in Kabul on Monday, police said."
    )
    assert record["attack_type"] == "Assassination"


def test_sticky_bomb_on_a_police_car_stays_a_bombing() -> None:
    record = _main(
        "KABUL, May 4 - Two policemen were killed on Monday when a sticky bomb went off in a "
        "street of Kabul, police said."
    )
    assert record["attack_type"] == "Bombing/Explosion"
