"""A training centre of the intelligence service is the service's (GTD: Government (General),
intelligence), not a school; a plain training centre stays Educational."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 1, 21), "genre": "summary", "language": "en"}


def test_an_nds_training_centre_is_the_intelligence_service(first_event: FirstEvent) -> None:
    text = (
        "01/20/2031: A suicide bomber detonated an explosives-laden truck at the gate of a "
        "National Directorate of Security training centre in Pul-e Alam city, Logar province, "
        "Afghanistan."
    )
    assert first_event(text, **_SUMMARY).target_type == "Government (General)"


def test_a_vocational_training_centre_is_a_school(first_event: FirstEvent) -> None:
    # near miss: nobody's service owns it
    text = (
        "01/20/2031: Assailants set fire to a vocational training centre in Pul-e Alam city, "
        "Logar province, Afghanistan."
    )
    assert first_event(text, **_SUMMARY).target_type == "Educational Institution"
