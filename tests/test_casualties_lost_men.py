"""Deaths told as a side's losses: "the army lost three soldiers" counts three killed; a loss
without a count ("groups that lost their leaders") or of no person ("lost the district",
"lost both legs") is not a death."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import find_casualties


def killed(sentence: str) -> list[int | None]:
    return [m.quantity.best for m in find_casualties(sentence) if m.outcome == "killed"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The border police lost four officers when the post was overrun.", [4]),
        ("According to the ministry, the army lost a soldier in the clash.", [1]),
        ("The militia said it lost 11 men and killed nine attackers.", [11, 9]),
    ],
)
def test_counted_losses_are_deaths(sentence: str, expected: list[int | None]) -> None:
    assert killed(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: losses in general, places, power, contact, a limb
        "Few insurgent movements have lost their founders so early in their history.",
        "The government lost the district centre after a week of fighting.",
        "The eastern suburbs lost electricity for three days.",
        "Commanders lost contact with two patrols during the storm.",
    ],
)
def test_uncounted_or_impersonal_losses_are_not_deaths(sentence: str) -> None:
    assert killed(sentence) == []


def test_a_lost_limb_is_still_a_wound() -> None:
    mentions = find_casualties("A shopkeeper lost both legs in the explosion.")
    assert [m.outcome for m in mentions] == ["injured"]


def test_a_group_counting_its_own_losses_makes_no_claim() -> None:
    # a perpetrator's claim is the toll it says it inflicted, not the men it says it lost
    mentions = find_casualties("The Front said it lost six fighters in the fighting.")
    assert [(m.quantity.best, m.relation) for m in mentions] == [(6, "count")]
