"""People who work on a vaccination campaign are NGO staff (GTD codebook: vaccinators are coded
NGO), however the sentence names them ("women", "workers"), and where the reading must not fire.

- "who worked on", "working on", "workers of" a polio or vaccination campaign: NGO.
- People working somewhere else, or a campaign named only as the time of the attack, stay
  private citizens.
"""

from __future__ import annotations

import pytest

from conftest import FirstEvent

CASES: list[tuple[str, str]] = [
    (
        "05/02/2019: Two women who worked on the measles vaccination campaign were shot dead in"
        " Khogyani district, Nangarhar province, Afghanistan. No group"
        " claimed responsibility.",
        "NGO",
    ),
    (
        "10/17/2016: Four men working on polio immunisation were beaten by villagers in"
        " Sarkano district, Kunar province, Afghanistan. All four were treated for bruises.",
        "NGO",
    ),
    (
        "01/08/2014: Gunmen wounded three workers of a polio vaccination drive in Khost city,"
        " Khost province, Afghanistan. The drive was halted for a week.",
        "NGO",
    ),
    # near misses: no vaccination work
    (
        "05/02/2019: Two women who worked in a bakery were shot dead in"
        " Khogyani district, Nangarhar province, Afghanistan. No group claimed responsibility.",
        "Private Citizens & Property",
    ),
    (
        "10/17/2016: During a polio campaign, gunmen shot dead two farmers working on their land"
        " in Sarkano district, Kunar province, Afghanistan.",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected
