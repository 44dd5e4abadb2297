"""A body the pack itself types keeps that type for what of it is attacked: the UN (and its
agencies) is coded as a diplomatic mission (GTD: Government (Diplomatic)), while NATO's and an
army's vehicles stay Military; a state named near the UN's compound does not own it. The
sentences are invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _event(text: str) -> Event:
    return extract_text(text, language="en", genre="summary").events[0]


@pytest.mark.parametrize(
    ("text", "target_type"),
    [
        (
            "05/02/2022: Gunmen fired on a truck of the United Nations children's agency near"
            " Qala-e Naw, Badghis province. The driver was hurt.",
            "Government (Diplomatic)",
        ),
        # near miss: a foreign army's vehicle is the military's, not a mission's
        (
            "05/02/2012: Gunmen fired on a vehicle of NATO near Qala-e Naw, Badghis province."
            " The driver was hurt.",
            "Military",
        ),
    ],
)
def test_an_owned_vehicle_takes_its_owners_type(text: str, target_type: str) -> None:
    assert _event(text).target_type == target_type


def test_a_state_named_near_the_uns_compound_does_not_own_it() -> None:
    event = _event(
        "08/03/2012: A crowd angry at a film made in the United States stormed the compound"
        " of the United Nations in Herat city, Herat province. Two guards were killed."
    )
    assert event.target_type == "Government (Diplomatic)"
    assert event.actor2 == "UN"
