"""Turkish tolls: a hospital's figure set "after the attack" against the official one is
unofficial, as one set against it with no time word is; one person wounded or killed in a
reported clause used as a subject ("yaralandığı bildirildi") or in the pluperfect of a side
incident ("yaralanmıştı") counts one. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None, str, str]]:
    return [
        (m.outcome, m.quantity.best, m.group, m.relation)
        for m in find_casualties(text, language="tr")
    ]


def test_a_hospital_after_the_attack_is_unofficial() -> None:
    text = "Ancak şehir hastanesi, patlamanın ardından 40 yaralının getirildiğini bildirdi."
    assert _read(text) == [("injured", 40, "unknown", "unofficial")]


def test_a_hospital_giving_a_later_figure_revises() -> None:
    text = "Ancak şehir hastanesi daha sonra 40 yaralının getirildiğini bildirdi."
    assert _read(text) == [("injured", 40, "unknown", "count")]


def test_one_wounded_in_a_reported_subject_clause() -> None:
    text = "Nöbetteki bekçinin ağır yaralandığı bildirildi."
    assert _read(text) == [("injured", 1, "security", "count")]


def test_one_wounded_in_the_pluperfect() -> None:
    text = "Geçen ay aynı yolda bir bomba patlamış, vali yardımcısı yaralanmıştı."
    assert _read(text) == [("injured", 1, "target_side", "count")]


def test_a_plural_subject_is_not_one() -> None:
    assert _read("Bekçilerin yaralandığı bildirildi.") == []
