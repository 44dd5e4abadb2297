"""Turkish: forces "attached to" a group, set off by a comma, are the group acting ("X'e
bağlı ekipler, ... operasyon düzenledi"); a name that only glosses the next one ("DEAŞ'ın
Horasan kolu olarak bilinen İŞİD-K'ya ait bir hücreye") is no subject (sentences written for
this test)."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _hits(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.role) for h in find_actors(text, load_registry(), language="tr")]


def test_forces_attached_to_the_group_act_and_the_glossed_cell_is_hit() -> None:
    hits = dict(
        _hits(
            "Taliban'a bağlı ekipler, dün gece Kunduz'da DEAŞ'ın Horasan kolu olarak bilinen "
            "İŞİD-K'ya ait bir eve operasyon düzenledi."
        )
    )
    assert hits["Taliban"] == "agent"
    assert hits["DEAŞ'ın Horasan kolu"] != "agent"
    assert hits["İŞİD-K"] != "agent"


def test_a_group_that_is_no_gloss_stays_the_subject() -> None:
    hits = dict(
        _hits("DEAŞ'ın Horasan kolu, geçen hafta Nangarhar'da bir polis karakoluna saldırdı.")
    )
    assert hits["DEAŞ'ın Horasan kolu"] == "agent"
