"""A summary that opens on a named person and his prominent role, killed ("Nasir Ahmad Safi,
governor of Paktika province, was killed when a bomb ...", "The head of the provincial council,
Haji Karim Noori, was killed by a roadside bomb"): the account is about him, so the attack was
aimed at him (GTD: an assassination, by any means). Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


HOLDERS = [
    # the role after the name, with no article
    "04/11/2012: Nasir Ahmad Safi, governor of Paktika province, was killed when a bomb "
    "hidden in a lectern exploded as he addressed elders in Sharana, Paktika province, "
    "Afghanistan. Nine others were wounded.",
    "06/03/2014: Gul Mohammad Stanikzai, mayor of Ghazni city, was killed when a suicide "
    "bomber blew himself up at the gate of the municipality in Ghazni city, Ghazni province, "
    "Afghanistan.",
    # the role before the name
    "02/19/2009: The head of the Laghman provincial council, Haji Karim Noori, was killed by "
    "a roadside bomb on the way to Mehtarlam, Laghman province, Afghanistan. Two of his guards "
    "were wounded.",
    "08/27/2007: Governor of Nimroz, Abdul Sattar Wardak, was killed when a suicide bomber "
    "detonated himself beside his car in Zaranj, Nimroz province, Afghanistan.",
]


@pytest.mark.parametrize("text", HOLDERS, ids=[t[:10] for t in HOLDERS])
def test_named_holder_opening_is_assassination(text: str) -> None:
    assert _main(text)["attack_type"] == "Assassination"


@pytest.mark.parametrize(
    "text",
    [
        "04/11/2012: Nasir Ahmad Safi, owner of a tea shop, was killed when a bomb hidden in a "
        "cart exploded in the bazaar of Sharana, Paktika province, Afghanistan.",
        "02/19/2009: A shopkeeper in the main bazaar, Haji Karim Noori, was killed by a "
        "roadside bomb on the way to Mehtarlam, Laghman province, Afghanistan.",
    ],
)
def test_named_person_of_no_prominent_role_is_bombing(text: str) -> None:
    assert _main(text)["attack_type"] == "Bombing/Explosion"
