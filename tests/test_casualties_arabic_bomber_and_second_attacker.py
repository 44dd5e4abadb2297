"""Arabic: a bomber who blew himself up and a second attacker who fought on "before he was
killed" (the passive that ends its clause, "قبل أن يُقتل.") are two attackers dead. The texts
are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _attackers(sentence: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.relation)
        for m in find_casualties(sentence, language="ar")
        if m.outcome == "killed" and m.group == "attackers"
    ]


def test_bomber_and_second_gunman() -> None:
    sentence = "فجّر انتحاري نفسه أمام المبنى، ثم اقتحم مسلح آخر المكتب وقاتل الحراس قبل أن يُقتل."
    assert _attackers(sentence) == [(1, "count"), (1, "count")]


def test_passive_at_clause_end_alone() -> None:
    assert _attackers("اقتحم مسلح مركز الشرطة وأطلق النار لساعة قبل أن يقتل.") == [(1, "count")]


def test_bomber_alone_stays_implied() -> None:
    assert _attackers("فجّر انتحاري نفسه عند بوابة القاعدة.") == [(1, "implied")]
