"""Arabic: a medical figure set against the official one after "في المقابل" (on the other
hand) is a rival figure, as after "غير أن"; a doctor quoted alone is the toll itself."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.relation) for m in find_other(text, 0, "ar")]


def test_a_doctor_after_on_the_other_hand_is_a_rival_figure() -> None:
    text = "في المقابل، قال طبيب في المستشفى المركزي إن المستشفى استقبل 31 جريحاً."
    assert _read(text) == [("injured", 31, "unofficial")]


def test_a_doctor_quoted_alone_gives_the_count() -> None:
    text = "وقال طبيب في المستشفى المركزي إن المستشفى استقبل 31 جريحاً."
    assert _read(text) == [("injured", 31, "count")]


def test_an_official_after_on_the_other_hand_is_not_a_rival_figure() -> None:
    text = "في المقابل، قال المتحدث باسم الشرطة إن الهجوم أسفر عن مقتل تسعة مدنيين."
    assert [relation for _, _, relation in _read(text)] == ["count"]
