"""An incident summary telling a state's raid in which the raiders were killing ("raided a
hideout, killing 2 and detaining 3") codes the fight an armed assault; one telling only that
militants were killed codes no attack type. Invented sentences."""

from __future__ import annotations

from test_attack_type_kidnap_passive import _attack_type


def test_raid_killing_the_raided_is_an_armed_assault() -> None:
    text = (
        "03/14/2023: Taliban intelligence said it raided an ISKP cell in Kunduz city, Kunduz "
        "province, killing 3 and detaining 4. No Taliban casualties were reported."
    )
    assert _attack_type(text) == "Armed Assault"


def test_raid_with_militants_killed_in_the_passive_has_no_attack_type() -> None:
    text = (
        "03/14/2023: Taliban security forces raided a house used by ISKP in Kunduz city, Kunduz "
        "province. Two militants were killed. No Taliban casualties were reported."
    )
    assert _attack_type(text) is None
