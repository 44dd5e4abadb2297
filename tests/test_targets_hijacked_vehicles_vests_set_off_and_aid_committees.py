"""Target and attack-type rules for incident summaries, round 2 (GTD codebook): whoever cuts
a mast attacked it, a hijacked bus stays the target over where it was driven, an order to the
driver to follow is a hijacking, a prominent person among the crowd is the aim. Each text is
invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text

PCP = "Private Citizens & Property"


def _event(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


# -- the subject who cuts something is the attacker --------------------------------------------


def test_militants_who_cut_the_wires_of_a_mast_are_not_its_target() -> None:
    text = (
        "03/00/2011: Militants cut the wires of a Roshan mast in Alasay district, Kapisa "
        "province, Afghanistan, and set its generator room on fire. Nobody was hurt."
    )
    assert _event(text)["target_type"] == "Telecommunication"


def test_a_cut_that_is_a_noun_leaves_the_subject_alone() -> None:
    # "a power cut" names no attacker: the guards shot at stay the target
    text = (
        "03/00/2011: During a power cut, gunmen fired on police guards at a checkpoint in "
        "Alasay district, Kapisa province, Afghanistan, wounding two."
    )
    assert _event(text)["target_type"] == "Police"


# -- where hijackers drove the vehicle is no target --------------------------------------------


def test_village_the_driver_was_forced_to_go_to_is_not_the_target() -> None:
    text = (
        "06/04/2015: Armed men halted a passenger coach on the Kabul-Jalalabad highway in "
        "Sarobi district, Kabul province, Afghanistan, took control of it and forced the "
        "driver to go to a mountain hamlet, where they questioned the travellers. All were "
        "freed unharmed."
    )
    event = _event(text)
    assert event["attack_type"] == "Hijacking"
    assert event["target_type"] == "Transportation"


def test_a_village_attacked_after_driving_there_stays_a_target() -> None:
    # the village is the object of the attack, not the end of a forced drive
    text = (
        "06/04/2015: Gunmen attacked a village in Sarobi district, Kabul province, "
        "Afghanistan, killing three farmers."
    )
    assert _event(text)["target_type"] == PCP


# -- an order to the driver to follow -----------------------------------------------------------


def test_driver_ordered_to_follow_the_gunmen_is_a_hijacking() -> None:
    text = (
        "02/00/2019: Four gunmen in a car blocked a minibus on the Kabul-Logar road near "
        "Mohammad Agha, Logar province, and ordered the driver to follow them. The minibus "
        "was never found."
    )
    event = _event(text)
    assert event["attack_type"] == "Hijacking"
    assert event["target_type"] == "Transportation"


def test_driver_ordered_out_of_the_vehicle_is_no_hijacking() -> None:
    text = (
        "02/00/2019: Four gunmen ordered the driver out of a minibus near Mohammad Agha, "
        "Logar province, and shot him dead."
    )
    assert _event(text)["attack_type"] != "Hijacking"


# -- a prominent person among the crowd ---------------------------------------------------------


def test_former_police_chief_among_the_spectators_is_the_aim() -> None:
    text = (
        "04/11/2009: A suicide bomber blew himself up in a crowd watching a buzkashi game near "
        "Mazar-e Sharif city, where Gul Ahmad Noori, a former provincial police chief, was "
        "among the spectators. Twenty people were killed."
    )
    event = _event(text)
    assert event["attack_type"] == "Assassination"
    assert event["target_type"] == "Police"


def test_ordinary_villagers_among_the_spectators_stay_the_target() -> None:
    text = (
        "04/11/2009: A suicide bomber blew himself up in a crowd watching a buzkashi game near "
        "Mazar-e Sharif city, where many farmers were among the spectators. Twenty people "
        "were killed."
    )
    event = _event(text)
    assert event["attack_type"] == "Bombing/Explosion"
    assert event["target_type"] == PCP


# -- the attackers' own vehicle -----------------------------------------------------------------


def test_car_the_gunmen_rode_in_is_not_the_target() -> None:
    text = (
        "07/00/2017: Three gunmen in a car halted a bus of the Kabul-Ghazni line near Chak, "
        "Wardak province, and ordered the driver to follow them."
    )
    assert _event(text)["target"] != "car"


def test_car_the_gunmen_fired_on_stays_the_target() -> None:
    text = (
        "07/00/2017: Gunmen opened fire on a car in Chak district, Wardak province, "
        "Afghanistan, wounding two men."
    )
    assert _event(text)["target_type"] == PCP


# -- a worn vest told to have gone off ---------------------------------------------------------


def test_vest_set_off_in_the_passive_makes_a_bombing() -> None:
    text = (
        "09/02/2012: Three gunmen in suicide vests stormed a guesthouse in Kabul city, Kabul "
        "province, Afghanistan. One vest was set off at the door; four guests died."
    )
    assert _event(text)["attack_type"] == "Bombing/Explosion"


def test_gunman_who_triggered_his_vest_makes_a_bombing() -> None:
    text = (
        "09/02/2012: A man in police uniform opened fire on recruits and then triggered his "
        "suicide vest at a training centre in Kabul city, Kabul province, Afghanistan."
    )
    assert _event(text)["attack_type"] == "Bombing/Explosion"


def test_vests_never_told_to_go_off_stay_an_armed_assault() -> None:
    text = (
        "09/02/2012: Three gunmen in suicide vests stormed a guesthouse in Kabul city, Kabul "
        "province, Afghanistan, and shot four guests dead before police killed them."
    )
    assert _event(text)["attack_type"] == "Armed Assault"


# -- pack: aid committees and vaccination volunteers -------------------------------------------


def test_clinic_run_by_an_aid_committee_is_ngo() -> None:
    text = (
        "05/00/2010: Gunmen set fire to a school run by a Danish aid committee in Chak "
        "district, Wardak province, Afghanistan. No one was hurt."
    )
    assert _event(text)["target_type"] == "NGO"


def test_a_committee_of_elders_is_no_aid_body() -> None:
    text = (
        "05/00/2010: Gunmen set fire to a shop run by a village committee in Chak district, "
        "Wardak province, Afghanistan. No one was hurt."
    )
    assert _event(text)["target_type"] != "NGO"


def test_vaccination_volunteer_shot_is_ngo() -> None:
    text = (
        "11/00/2013: Gunmen shot dead Nadia, a measles vaccination volunteer, as she walked "
        "home in Ghazni province, Afghanistan."
    )
    assert _event(text)["target_type"] == "NGO"


# -- the UN's people living at a guesthouse --------------------------------------------------


def test_guesthouse_where_un_staff_lived_is_diplomatic() -> None:
    text = (
        "03/02/2011: Gunmen attacked the Park guesthouse in Kabul city, Kabul province, "
        "Afghanistan, where UN election workers stayed. Three guards were killed."
    )
    assert _event(text)["target_type"] == "Government (Diplomatic)"


def test_guesthouse_where_unnamed_election_workers_stayed_stays_business() -> None:
    text = (
        "03/02/2011: Gunmen attacked the Park guesthouse in Kabul city, Kabul province, "
        "Afghanistan, where election workers stayed. Three guards were killed."
    )
    assert _event(text)["target_type"] == "Business"
