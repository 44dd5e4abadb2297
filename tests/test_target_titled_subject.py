"""A summary that opens with a titled name and its description ("Dr. X, the aid worker who ...,
was shot dead") types the victim by that description, as it does an untitled name. The
sentences are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _target_type(text: str) -> str | None:
    return extract_text(text, language="en", genre="summary").events[0].target_type


def test_a_titled_name_opening_the_summary_is_typed_by_its_description() -> None:
    text = (
        "06/11/2018: Dr. Karim Haidari, the Danish aid worker who worked in Kunar for years, was"
        " shot dead with his four Afghan guards and driver in Asadabad. No group claimed it."
    )
    assert _target_type(text) == "NGO"


def test_a_title_without_a_description_gives_no_type_from_it() -> None:
    # near miss: no apposition after the name, so the subject rule has nothing to type
    text = (
        "06/11/2018: Dr. Karim Haidari was shot dead with his driver at a clinic in Asadabad,"
        " Kunar province. No group claimed it."
    )
    assert _target_type(text) != "NGO"
