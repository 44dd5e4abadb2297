"""Analysis articles: when the sentence telling an event counts the people of the armed group
the title names among its dead or wounded, and names nobody acting, the group was hit: the
state of the place on the day fought it, and the group is the side acted upon. The texts are
invented for these tests."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 2, 1)
TITLE = "Hunting the Khorasan branch: ISKP in the eastern valleys"


def _events(text: str, title: str = TITLE) -> list[Event]:
    found = extract_text(
        text, document_id="sgh-1", published=PUBLISHED, genre="analysis", title=title
    )
    return list(found.events)


def test_the_groups_fighters_killed_make_the_state_the_actor() -> None:
    text = (
        "The clearest case came on 4 May 2024 in Dangam district of Kunar, where, a district"
        " official said, seven ISKP fighters were killed and three others fled into the hills."
    )
    (event,) = _events(text)
    assert event.actor1 == "TALIBAN"
    assert event.actor2 == "ISKP"


def test_a_commander_of_the_group_killed_by_an_unnamed_they() -> None:
    text = (
        "A district elder told us they killed an ISKP commander known as Abu Talha in"
        " Nurgal district of Kunar on 9 September 2023."
    )
    (event,) = _events(text)
    assert event.actor1 == "TALIBAN"
    assert event.actor2 == "ISKP"


def test_before_the_taliban_took_power_the_state_forces_fought_the_group() -> None:
    text = (
        "On 12 March 2019, in Achin district of Nangarhar, nine ISKP fighters were killed,"
        " the provincial governor's office said."
    )
    (event,) = _events(text)
    assert event.actor1 not in (None, "ISKP", "TALIBAN")
    assert event.actor2 == "ISKP"


def test_near_miss_an_attack_killing_others_stays_the_groups() -> None:
    # the group's name is outside the dead: the analysis' group remains the perpetrator
    text = (
        "On 4 May 2024 a roadside bomb in Dangam district of Kunar killed seven villagers"
        " returning from a funeral."
    )
    (event,) = _events(text)
    assert event.actor1 == "ISKP"


def test_near_miss_the_groups_fighters_as_killers_stay_the_actor() -> None:
    text = "On 4 May 2024 ISKP fighters killed seven villagers in Dangam district of Kunar."
    (event,) = _events(text)
    assert event.actor1 == "ISKP"


def test_near_miss_without_a_title_group_nobody_is_inferred() -> None:
    text = (
        "The clearest case came on 4 May 2024 in Dangam district of Kunar, where, a district"
        " official said, seven ISKP fighters were killed and three others fled into the hills."
    )
    (event,) = _events(text, title="Notes from the eastern valleys")
    assert event.actor1 != "ISKP"


def test_near_miss_the_groups_dead_in_a_later_sentence_do_not_turn_the_sides() -> None:
    # the bodies of the next sentence are another matter than the ambush told first
    text = (
        "In May 2024 his men ambushed a Taliban pickup in Dangam district of Kunar and killed"
        " four fighters. Bodies of suspected ISKP members began to appear on the roadsides in"
        " the same weeks."
    )
    event = _events(text)[0]
    assert event.actor1 == "ISKP"
    assert event.actor2 == "TALIBAN"
