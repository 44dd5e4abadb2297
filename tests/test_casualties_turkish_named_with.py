"""Turkish: "NAME ile birlikte ... bir başka X'in de öldürüldüğünü" (another was also killed
together with NAME): the named man died too, one more than the figure told. The texts are
invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> int:
    return sum(
        m.quantity.best or 0
        for m in find_casualties(sentence, language="tr")
        if m.outcome == "killed"
    )


def test_named_man_and_another_killed() -> None:
    sentence = "Polis, Ahmet Nuri ile birlikte iki korumasının da öldürüldüğünü açıkladı."
    assert _killed(sentence) == 3


def test_named_man_who_survived_is_not_counted() -> None:
    sentence = "Vali Ahmet Nuri ile birlikte bulunan iki koruma öldürüldü."
    assert _killed(sentence) == 2
