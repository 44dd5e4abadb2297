"""Women's affairs is a department of the state (the ministry and its provincial offices): its
head or staff attacked are Government (General) (GTD codebook), and where the reading must not
fire.

- "the acting head of women's affairs in Ghor", named by the department alone: government.
- Women named as victims, no department named, stay private citizens.
"""

from __future__ import annotations

import pytest

from conftest import FirstEvent

CASES: list[tuple[str, str]] = [
    (
        "07/03/2015: Gunmen shot dead Shakila Hamidi, the acting head of women's affairs in"
        " Ghor, as she was walking to work in Chaghcharan city.",
        "Government (General)",
    ),
    (
        "07/03/2015: Gunmen shot dead two women walking to a wedding in Chaghcharan city, Ghor"
        " province, Afghanistan.",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected
