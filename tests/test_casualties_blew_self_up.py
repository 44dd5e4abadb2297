"""A bomber who blew himself up, in Turkish, Russian and Arabic (invented sentences): his death
is implied and counts when the report gives no attackers' dead of its own; the figure beside
its own noun ("خمسة أشخاص") is not the bombers'."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of


def _killed(language: str, *sentences: str) -> int | None:
    return totals_of(sentences, language).fatalities.best


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("tr", "İntihar bombacısı kendini pazar yerinde patlattı, 7 kişi öldü."),
        ("ru", "Смертник подорвал себя на рынке, погибли семь человек."),
        ("ar", "فجّر انتحاري نفسه في السوق ما أسفر عن مقتل سبعة أشخاص."),
    ],
)
def test_the_bomber_who_blew_himself_up_is_counted(language: str, sentence: str) -> None:
    assert _killed(language, sentence) == 8


def test_the_bomber_counted_by_the_report_is_not_counted_twice() -> None:
    killed = _killed(
        "tr",
        "İntihar bombacısı kendini pazar yerinde patlattı, 7 kişi öldü.",
        "Saldırgan da olay yerinde öldü.",
    )
    assert killed == 8


def test_people_killed_by_a_bomber_are_not_bombers() -> None:
    found = find_casualties("فجر الانتحاري نفسه فقتل خمسة أشخاص.", language="ar")
    counted = [(m.quantity.best, m.group) for m in found if m.relation == "count"]
    assert counted == [(5, "unknown")]
