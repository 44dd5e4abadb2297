"""A Russian report's energy company is a utility (GTD: Utilities), not a business, in any
case form; another company stays a business. The sentences are invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import phrases
from conflictdesk.resolve.registry import load_registry


def _types(text: str) -> list[str]:
    return [term.target_type for _, term in phrases.find_targets(load_registry(), text)]


@pytest.mark.parametrize(
    "text",
    [
        "По данным энергетической компании, подача тока прекращена.",
        "Боевики обстреляли офис энергетической компанией управляемой сети.",
        "Взрыв повредил склад, принадлежащий энергетическая компания региона.",
        "Пострадали сотрудники электроэнергетической компании.",
    ],
)
def test_energy_company_is_a_utility(text: str) -> None:
    assert "Utilities" in _types(text)


def test_building_company_stays_a_business() -> None:
    types = _types("Нападавшие подожгли технику строительной компании.")
    assert "Utilities" not in types
