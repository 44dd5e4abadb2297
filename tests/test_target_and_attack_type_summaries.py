"""Target and attack types of incident summaries, on invented sentences (GTD codebook,
docs/gold-format.md target_type and attack_type).

- "Taliban employees" after 2021-08-15 are the state's employees (Government (General)), not
  its fighters; Taliban fighters stay Military.
- A force named before a bus or its men owns them: "a police academy bus", "Afghan Local Police
  men" are Police; a pickup carrying farmers stays Private Citizens & Property.
- Workers take the type of whom they work for: "a worker for the UN refugee agency" is
  diplomatic, "engineers with an aid group" NGO; "a worker at a brick kiln" stays a civilian.
- Whom a dinner was held for is whom a bomb at it struck: "a dinner for the visiting
  ambassador of Qatar" is diplomatic; a dinner for no one named leaves the governor's house.
- A summary that opens on a named person in a prominent role who "was killed" is about him:
  an assassination (by any means) with his role as the target, not the place he was at. A
  named shopkeeper, or a prominent man only wounded, leaves the bombing of the place.
- A madrasa teacher is a religious figure, prominent as a cleric is (an assassination when
  shot dead); a school teacher is neither.
- "the head of the Iranian consulate" is one prominent person (an assassination when shot at);
  "guards of the consulate" are no one prominent.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

TARGET_TYPES: list[tuple[str, str]] = [
    (
        "05/14/2023: A bomb left on a handcart went off outside the provincial pension office in"
        " Pul-e Khumri city, Baghlan province, Afghanistan, as Taliban employees waited to"
        " collect their pay. Four people were killed. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "05/14/2023: A bomb left on a handcart went off beside a pickup of Taliban fighters in"
        " Pul-e Khumri city, Baghlan province, Afghanistan. Four people were killed. No group"
        " claimed responsibility.",
        "Military",
    ),
    (
        "06/02/2013: A roadside bomb struck a police academy bus on the road outside Gardez city,"
        " Paktia province, Afghanistan. Six trainees were killed. No group claimed it.",
        "Police",
    ),
    (
        "08/11/2013: A landmine exploded under a pickup carrying Afghan Local Police men in Nad"
        " Ali district, Helmand province, Afghanistan. Four of them were killed.",
        "Police",
    ),
    (
        "08/11/2013: A landmine exploded under a pickup carrying farmers in Nad Ali district,"
        " Helmand province, Afghanistan. Four of them were killed.",
        "Private Citizens & Property",
    ),
    (
        "04/03/2014: Two gunmen shot dead a Swiss worker for the UN refugee agency as he drove"
        " through Gardez city, Paktia province, Afghanistan. No group claimed it.",
        "Government (Diplomatic)",
    ),
    (
        "04/03/2014: Gunmen abducted two engineers with an aid group on the road to Gardez city,"
        " Paktia province, Afghanistan. They were freed a week later.",
        "NGO",
    ),
    (
        "04/03/2014: Two gunmen shot dead a worker at a brick kiln as he walked home in Gardez"
        " city, Paktia province, Afghanistan. No group claimed it.",
        "Private Citizens & Property",
    ),
    (
        "03/12/2016: A bomb hidden in a chair went off in the guesthouse of the Herat governor"
        " during a dinner for the visiting ambassador of Qatar. Four people were killed.",
        "Government (Diplomatic)",
    ),
    (
        "03/12/2016: A bomb hidden in a chair went off in the guesthouse of the Herat governor"
        " during a dinner. Four people were killed.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_TYPES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected


_BOMB_AT_CEREMONY = (
    " when a bomb hidden in a flower pot exploded during a ceremony at a school in Sharana"
    " city, Paktika province, Afghanistan. No group claimed responsibility."
)
ATTACKS: list[tuple[str, str, str]] = [
    (
        "03/08/2016: Gul Ahmad Stanikzai, the deputy governor of Paktika province, was killed"
        + _BOMB_AT_CEREMONY,
        "Assassination",
        "Government (General)",
    ),
    (
        "05/02/2019: A gunman fired at the head of the Iranian consulate as he left his car in"
        " Herat city, Herat province, Afghanistan. He was unhurt. No group claimed it.",
        "Assassination",
        "Government (Diplomatic)",
    ),
    (
        "05/02/2019: A gunman fired at guards of the Iranian consulate in Herat city, Herat"
        " province, Afghanistan. One guard was wounded. No group claimed it.",
        "Armed Assault",
        "Government (Diplomatic)",
    ),
    (
        "07/09/2015: Two gunmen shot dead a madrasa teacher, Qari Abdul Samad, in a village of"
        " Khost province, Afghanistan. No group claimed it.",
        "Assassination",
        "Religious Figures/Institutions",
    ),
    (
        "07/09/2015: Two gunmen shot dead a teacher, Abdul Samad, in a village of Khost province,"
        " Afghanistan. No group claimed it.",
        "Armed Assault",
        "Educational Institution",
    ),
    (
        "03/08/2016: Gul Ahmad Stanikzai, a shopkeeper, was killed" + _BOMB_AT_CEREMONY,
        "Bombing/Explosion",
        "Educational Institution",
    ),
    (
        "03/08/2016: Gul Ahmad Stanikzai, the deputy governor of Paktika province, was wounded"
        + _BOMB_AT_CEREMONY,
        "Bombing/Explosion",
        "Educational Institution",
    ),
]


@pytest.mark.parametrize(("text", "attack_type", "target_type"), ATTACKS)
def test_named_holder_killed(text: str, attack_type: str, target_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert (events[0].attack_type, events[0].target_type) == (attack_type, target_type)
