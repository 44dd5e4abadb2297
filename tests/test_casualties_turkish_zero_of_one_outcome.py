"""Turkish zeros name their outcome: "ölen olmadı" (nobody died) is no zero for the wounded,
"kimse yaralanmadı" (nobody was wounded) no zero for the dead; "can kaybı ya da yaralanan
yok" zeroes both. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _zeros(text: str) -> set[str]:
    return {m.outcome for m in find_other(text, 0, "tr") if m.quantity.best == 0}


def test_nobody_died_is_a_zero_for_the_dead_only() -> None:
    assert _zeros("Yetkililere göre saldırıda ölen olmadı.") == {"killed"}


def test_nobody_wounded_is_a_zero_for_the_wounded_only() -> None:
    assert _zeros("Polis sözcüsü, patlamada kimse yaralanmadı dedi.") == {"injured"}
    assert _zeros("Saldırıda yaralanan olmadı.") == {"injured"}


def test_neither_dead_nor_wounded_zeroes_both() -> None:
    assert _zeros("Yangında can kaybı ya da yaralanan yok.") == {"killed", "injured"}
    assert _zeros("Baskında kimse zarar görmedi.") == {"killed", "injured"}
