"""Arabic: a passive verb in the feminine singular ("قُتلت", "أصيبت") names one woman harmed,
as the masculine names one man; a security force (grammatically feminine) after such a verb
is who did the killing, not a victim. Journalists and other civilian trades are civilians."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, str, int | None]]:
    return [(m.outcome, m.group, m.quantity.best) for m in find_other(text, 0, "ar")]


def test_a_woman_killed_is_one() -> None:
    assert _read("قُتلت معلمة مساء أمس في قندهار.") == [("killed", "civilians", 1)]


def test_a_schoolgirl_wounded_is_one() -> None:
    assert _read("وأصيبت طالبة بشظايا في ساقها.") == [("injured", "civilians", 1)]


def test_a_reporter_killed_is_a_civilian() -> None:
    assert _read("قُتل مراسل محلي في هلمند.") == [("killed", "civilians", 1)]


def test_the_police_as_feminine_subject_killed_nobody_of_theirs() -> None:
    assert _read("وقتلت الشرطة مسلحا في غزني.") == []
