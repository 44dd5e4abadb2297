"""A name with the lower-case particles of Arabic names ("Mujib ur Rahman", "Zia ul Haq") is
still a name: a bomb that killed such a named cleric first among the dead was aimed at him
(an assassination). Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_DAY = dt.date(2023, 6, 2)


def test_name_with_particle_before_role_is_assassination() -> None:
    text = (
        "KABUL, June 2 - A suicide bomber killed Sami ul Haq Wardak, a senior cleric, and at "
        "least nine other people at a mosque in the city of Ghazni on Friday, police said."
    )
    events = extract_text(text, published=_DAY).events
    assert events
    assert events[0].attack_type == "Assassination"


def test_cleric_among_the_dead_unnamed_stays_bombing() -> None:
    text = (
        "KABUL, June 2 - A suicide bomber killed nine worshippers, among them a cleric, at a "
        "mosque in the city of Ghazni on Friday, police said."
    )
    events = extract_text(text, published=_DAY).events
    assert events
    assert events[0].attack_type == "Bombing/Explosion"
