"""A mosque or school inside the compound of the police, the army or a ministry serves that
body's people, and the attack on it is coded by the body (GTD); a mosque beside a police
station, not inside its compound, stays the mosque."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _type(text: str, verb: str) -> str | None:
    found = choose(
        text,
        load_registry(),
        offset=0,
        trigger_at=text.index(verb),
        exclude=[],
        date=dt.date(2019, 5, 1),
    )
    return found.target_type if found is not None else None


def test_a_mosque_inside_the_police_compound_is_a_police_target() -> None:
    text = "استهدف التفجير مسجدا داخل مجمع قيادة الشرطة في المدينة أثناء صلاة الظهر"
    assert _type(text, "التفجير") == "Police"


def test_a_mosque_inside_an_army_base_is_a_military_target() -> None:
    text = "A bomb exploded in a mosque inside an army base during noon prayers."
    assert _type(text, "exploded") == "Military"


def test_a_mosque_next_to_a_police_station_stays_the_mosque() -> None:
    text = "A bomb exploded at the gate of a mosque next to a police station in the town."
    assert _type(text, "exploded") == "Religious Figures/Institutions"
