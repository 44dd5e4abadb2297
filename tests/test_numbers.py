"""Quantities: the rule table in docs/quantities.md is checked row by row against the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictdesk.extract.numbers import (
    RULES,
    Quantity,
    figure_value,
    iter_quantities,
    match_quantity,
    parse_quantity,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "quantities.md"


def _doc_rows() -> list[list[str]]:
    """Rows of the first table whose header starts with "| phrase | language |"."""
    rows: list[list[str]] = []
    in_table = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| phrase | language |"):
            in_table = True
            continue
        if in_table and line.startswith("|---"):
            continue
        if in_table and line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif in_table:
            break
    return rows


def _cell(value: str) -> int | None:
    return int(value) if value else None


def test_the_doc_has_a_rule_table() -> None:
    assert len(_doc_rows()) >= len(RULES)


@pytest.mark.parametrize("row", _doc_rows(), ids=lambda row: f"{row[1]}:{row[0]}")
def test_doc_row_agrees_with_parse_quantity(row: list[str]) -> None:
    phrase, language, low, best, high, vague = row[:6]
    found = parse_quantity(phrase, language)
    assert found is not None, f"{phrase!r} is not read as a quantity"
    assert (found.low, found.best, found.high) == (_cell(low), _cell(best), _cell(high))
    assert found.vague is (vague == "yes")


def test_every_rule_has_its_example_in_the_doc() -> None:
    documented = {(row[0], row[1]) for row in _doc_rows()}
    for rule in RULES:
        assert (rule.example, "en") in documented, rule.example


@pytest.mark.parametrize(
    ("text", "language", "best"),
    [
        ("1,200 people", "en", 1200),
        ("two hundred and five", "en", 205),
        ("ninety-nine", "en", 99),
        ("at least 14 people were killed", "en", 14),
        ("some 30 villagers", "en", 30),
        ("yirmi üç", "tr", 23),
        ("iki yüz", "tr", 200),
        ("пятерых", "ru", 5),
        ("двадцать пять", "ru", 25),
        ("١٢", "ar", 12),
        ("۱۵", "fa", 15),
        ("3 bin 35 sivil", "tr", 3035),
        ("3 тысячи человек", "ru", 3000),
        ("2 ألف شخص", "ar", 2000),
    ],
)
def test_figures(text: str, language: str, best: int) -> None:
    found = parse_quantity(text, language)
    assert found is not None
    assert found.best == best


@pytest.mark.parametrize(
    ("text", "language"),
    [("iki", "en"), ("two", "tr"), ("три", "en"), ("the attack", "en"), ("", "en")],
)
def test_other_languages_and_non_quantities_are_not_read(text: str, language: str) -> None:
    assert parse_quantity(text, language) is None


def test_parse_quantity_text_is_the_phrase_only() -> None:
    found = parse_quantity("  at least six civilians", "en")
    assert found == Quantity(6, 6, 6, False, "at least six")


def test_iter_quantities_gives_spans_into_the_original_text() -> None:
    text = "Assailants killed ٣ guards and wounded at least 12 others."
    found = list(iter_quantities(text, "en"))
    assert [text[q.start : q.end] for q in found] == ["٣", "at least 12"]
    assert [q.quantity.best for q in found] == [3, 12]


def test_article_needs_a_following_word() -> None:
    found = [q.quantity.text for q in iter_quantities("it was a", "en")]
    assert found == []


def test_match_quantity_at_a_position() -> None:
    text = "killing two and wounding three"
    found = match_quantity(text, text.index("three"))
    assert found is not None
    assert found.quantity.best == 3
    assert match_quantity(text, 0) is None


def test_figure_value() -> None:
    assert figure_value("1.200", "tr") == 1200
    assert figure_value("twenty-one") == 21
    assert figure_value("on beş", "tr") == 15
    assert figure_value("nonsense") is None
