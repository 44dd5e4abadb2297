"""A claim sentence in Turkish, Russian or Arabic names the incident just told, as English
"X claimed the attack" does, so that in an analysis it joins that incident instead of
opening one (sentences written for this test)."""

from __future__ import annotations

import pytest

from conflictdesk.extract.frames import _CLAIMED_IT_FOREIGN


@pytest.mark.parametrize(
    "sentence",
    [
        "Saldırıyı örgüt iki gün sonra bir açıklamayla üstlendi.",
        "Grup her iki saldırıyı da üstlenmişti.",
        "Через сутки ответственность за взрыв взяла на себя местная ячейка группировки.",
        "Ответственность взяло на себя «Исламское государство».",
        "Группировка взяла на себя ответственность.",
        "وأعلن التنظيم مسؤوليته عن التفجير في بيان.",
        "وتبنى التنظيم الهجوم عبر وكالته.",
    ],
)
def test_a_claim_of_the_incident_told(sentence: str) -> None:
    assert _CLAIMED_IT_FOREIGN.search(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # the group's record, not the incident told
        "Группировка ранее брала на себя ответственность за целый ряд похищений.",
        "Группировка взяла ответственность на себя за серию похищений на трассе.",
        # an indefinite attack of another size: no claim of this one
        "وهذه أول مرة يتبنى فيها التنظيم هجوما بهذا الحجم.",
        "Örgüt daha önce birçok eylemin sorumluluğunu reddetti.",
    ],
)
def test_no_claim_of_the_incident_told(sentence: str) -> None:
    assert _CLAIMED_IT_FOREIGN.search(sentence) is None
