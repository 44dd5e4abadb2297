"""Actors and persons: roles before names, the side a raid hits, state strikes in Russian, names
of clans and bodies that are no persons, Russian genitive names, claims told in the group's
own words, link lines of agency copy. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def _names(event: dict[str, object]) -> list[str]:
    persons = event["persons"]
    assert isinstance(persons, list)
    return [p["name"] for p in persons]


def test_lower_case_role_word_right_before_a_name_makes_a_person() -> None:
    event = _main(
        "04/12/2012: Gunmen shot prosecutor Wali Jan Hotak in Qalat city, Zabul province, "
        "Afghanistan. The prosecutor was killed. No group claimed responsibility."
    )
    assert _names(event) == ["Wali Jan Hotak"]


def test_capitalised_role_word_is_no_title_before_a_name() -> None:
    # "Amir" opens a given name here, it is no role
    event = _main(
        "04/12/2012: Gunmen shot Amir Khan Sadiqi in Qalat city, Zabul province, "
        "Afghanistan. No group claimed responsibility."
    )
    assert "Khan Sadiqi" not in _names(event)


def test_victim_named_among_many_dead_is_no_assassination() -> None:
    event = _main(
        "05/02/2013: Gunmen opened fire in a hotel restaurant in Kabul city, Kabul province, "
        "Afghanistan. Seven people, including local journalist Nabil Omid Karimi, were killed."
    )
    assert _names(event) == ["Nabil Omid Karimi"]
    assert event["attack_type"] == "Armed Assault"


def test_victim_shot_alone_is_an_assassination() -> None:
    event = _main(
        "05/02/2013: Gunmen shot dead journalist Nabil Omid Karimi outside his home in Kabul "
        "city, Kabul province, Afghanistan."
    )
    assert _names(event) == ["Nabil Omid Karimi"]
    assert event["attack_type"] == "Assassination"


def test_russian_name_with_a_particle_inside_one_word_is_read_whole() -> None:
    names = _names(
        _main(
            "КАБУЛ, 3 марта. Взрыв в мечети убил богослова Зиа-уль-Хак Рахими и ещё пять "
            "человек, сообщила полиция провинции Кабул."
        )
    )
    assert names == ["Зиа-уль-Хак Рахими"]


def _roles(text: str) -> dict[str, str]:
    from conflictdesk.extract.actors import find_actors
    from conflictdesk.resolve.registry import load_registry

    return {h.actor_id: h.role for h in find_actors(text, load_registry())}


def test_suspected_group_members_killed_are_not_blamed() -> None:
    roles = _roles(
        "Intelligence officers raided a house in Kunduz, where three suspected ISKP "
        "fighters were killed."
    )
    assert roles.get("ISKP") == "patient"


def test_suspected_group_members_who_attacked_are_blamed() -> None:
    roles = _roles("Three suspected ISKP fighters attacked a checkpoint in Kunduz.")
    assert roles.get("ISKP") == "attribution"


def test_group_that_is_the_object_of_killed_is_not_the_next_verbs_subject() -> None:
    roles = _roles("In March their forces killed six ISKP members and detained four in Herat.")
    assert roles.get("ISKP") == "patient"


def test_group_that_opens_the_clause_is_the_verbs_subject() -> None:
    roles = _roles("In March six ISKP members and their allies detained four guards in Herat.")
    assert roles.get("ISKP") == "agent"


def _roles_ru(text: str) -> dict[str, str]:
    from conflictdesk.extract.actors import find_actors
    from conflictdesk.resolve.registry import load_registry

    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="ru")}


def test_russian_strike_dealt_by_a_state_aircraft_named_after_the_verb() -> None:
    roles = _roles_ru("Удар по жилому дому в уезде Бармаль нанёс пакистанский беспилотник.")
    assert roles.get("PAKISTAN") == "agent"


def test_russian_strike_dealt_by_a_state_aircraft_as_a_source_reports_it() -> None:
    roles = _roles_ru(
        "Представитель властей заявил, что удар по рынку нанёс пакистанский беспилотник."
    )
    assert roles.get("PAKISTAN") == "attribution"


def test_russian_state_adjective_after_the_verb_without_an_aircraft() -> None:
    roles = _roles_ru("Удар по жилому дому нанёс серьёзный ущерб пакистанской торговле.")
    assert roles.get("PAKISTAN") == "mention"


def test_a_states_strike_whose_dead_include_children_hit_no_armed_group() -> None:
    from conflictdesk.extract.state_agents import militants_hit

    text = (
        "A drone strike killed nine people, including four children, in Barmal. "
        "Officials said militants used the area."
    )
    assert militants_hit(text, ("TALIBAN",), "PAKISTAN") is None
    assert (
        militants_hit("A drone strike killed nine militants in Barmal.", ("TALIBAN",), "PAKISTAN")
        == "TALIBAN"
    )


def test_a_group_called_on_to_act_is_not_acted_upon() -> None:
    roles = _roles("The union called on the Islamic Emirate to protect reporters in Khost.")
    assert roles.get("TALIBAN") == "mention"


def test_a_group_fired_on_is_acted_upon() -> None:
    roles = _roles("Gunmen opened fire on the Islamic Emirate's checkpoint in Khost.")
    assert roles.get("TALIBAN") == "patient"


def test_russian_fate_told_next_by_the_surname_alone() -> None:
    names = _names(
        _main(
            "КАБУЛ, 4 мая (Памир). Неизвестный обстрелял машину в Кабуле в четверг. По данным "
            "полиции, инженер компании Игорь Белов ехал на работу, когда к машине подошёл "
            "вооружённый человек. Белов получил ранение в руку."
        )
    )
    assert names == ["Игорь Белов"]


def test_russian_name_with_no_fate_told_next_is_left_out() -> None:
    names = _names(
        _main(
            "КАБУЛ, 4 мая (Памир). Неизвестный обстрелял машину в Кабуле в четверг. По данным "
            "полиции, инженер компании Игорь Белов ехал на работу, когда к машине подошёл "
            "вооружённый человек. Его водитель получил ранение в руку."
        )
    )
    assert names == []


def test_capitalised_role_word_opening_a_sentence_is_not_part_of_the_name() -> None:
    event = _main(
        "04/12/2012: Gunmen opened fire on a car in Khost city, Khost province, Afghanistan. "
        "Photographer Laila Noor Sadat was killed."
    )
    assert _names(event) == ["Laila Noor Sadat"]


def test_a_given_name_that_is_also_a_role_word_stays_in_the_name() -> None:
    event = _main(
        "04/12/2012: Gunmen opened fire on a car in Khost city, Khost province, Afghanistan. "
        "Amir Noor Sadat was killed."
    )
    assert _names(event) == ["Amir Noor Sadat"]


def test_a_clan_village_named_with_a_title_is_no_person() -> None:
    event = _main(
        "01/18/2009: Assailants burned a school in Deh Mullah Khel village, Nahr-e Saraj "
        "district, Helmand province, Afghanistan. No one was hurt."
    )
    assert _names(event) == []


def test_a_titled_person_is_still_a_person() -> None:
    event = _main(
        "01/18/2009: Gunmen shot dead Mullah Rahim Gul in Lashkar Gah city, Helmand "
        "province, Afghanistan."
    )
    assert _names(event) == ["Rahim Gul"]


def test_a_body_opened_by_a_title_word_is_no_person() -> None:
    event = _main(
        "05/03/2022: Fighters of the General Directorate of Intelligence raided a house in "
        "Jalalabad city, Nangarhar province, Afghanistan, and killed two ISKP members."
    )
    assert _names(event) == []


def test_a_general_named_after_his_rank_is_a_person() -> None:
    event = _main(
        "05/03/2012: A roadside bomb killed General Wali Jan Sabri in Jalalabad city, "
        "Nangarhar province, Afghanistan."
    )
    assert _names(event) == ["Wali Jan Sabri"]


def test_russian_name_after_a_role_in_the_genitive_is_given_in_the_nominative() -> None:
    names = _names(
        _main(
            "ГАЗНИ, 5 мая (Памир). В Газни неизвестные застрелили журналиста местного радио "
            "Карима Шарифа Наваза. Об этом сообщила полиция провинции."
        )
    )
    assert names == ["Карим Шариф Наваз"]


def test_russian_name_after_a_role_in_the_nominative_stays_as_written() -> None:
    names = _names(
        _main(
            "ГАЗНИ, 5 мая (Памир). Глава уезда Андар Хабибулла Сафи погиб при взрыве мины в "
            "Газни. Об этом сообщила полиция провинции."
        )
    )
    assert names == ["Хабибулла Сафи"]


_BLAST = (
    "03/14/2019: A suicide bomber blew himself up at a wedding hall in Kabul city, Kabul "
    "province, Afghanistan. Twelve people were killed. "
)


def test_group_naming_the_bomber_in_its_claim_claimed_the_attack() -> None:
    event = _main(_BLAST + "IS-KP named the bomber in its claim.")
    assert (event["actor1"], event["claimed_by"]) == ("ISKP", "ISKP")


def test_a_claim_opening_the_sentence_is_the_group_after_it() -> None:
    event = _main(_BLAST + "In a claim posted online, ISKP named the bomber.")
    assert (event["actor1"], event["claimed_by"]) == ("ISKP", "ISKP")


def test_a_report_that_names_the_bomber_is_no_claim() -> None:
    event = _main(_BLAST + "Police named the bomber in their report.")
    assert (event["actor1"], event["claimed_by"]) == (None, None)


def _roles_in(text: str) -> list[tuple[str, str]]:
    from conflictdesk.extract.actors import find_actors
    from conflictdesk.resolve.registry import load_registry

    return [(hit.actor_id, hit.role) for hit in find_actors(text, load_registry())]


def test_a_linked_headline_of_another_story_gives_no_claim() -> None:
    roles = _roles_in("Read more: ISKP claims responsibility for Herat market blast")
    assert roles == [("ISKP", "mention")]


def test_the_same_claim_told_in_the_story_is_a_claim() -> None:
    roles = _roles_in("ISKP claims responsibility for Herat market blast")
    assert roles == [("ISKP", "claim")]


def test_spokesman_saying_the_groups_fighters_captured_posts_claims_them() -> None:
    roles = _roles_in(
        "Taliban spokesman Qari Ahmad Nuri, in a statement to reporters, said the group's "
        "fighters had captured two posts."
    )
    assert roles[0] == ("TALIBAN", "claim")


def test_saying_another_groups_fighters_captured_posts_is_no_claim() -> None:
    roles = _roles_in("The Taliban said the ISKP fighters had captured two posts.")
    assert roles[0] == ("TALIBAN", "mention")


def test_fighters_of_a_group_opening_the_sentence_make_it_the_agent() -> None:
    roles = _roles_in("Fighters of the Islamic State in Khorasan stopped a bus near Jalalabad.")
    assert roles == [("ISKP", "agent")]


def test_fighters_of_a_group_who_were_killed_are_no_agent() -> None:
    roles = _roles_in("Fighters of the Islamic State in Khorasan were killed near Jalalabad.")
    assert roles == [("ISKP", "patient")]


def test_a_groups_men_placed_by_a_comma_phrase_before_their_verb_are_the_agent() -> None:
    roles = _roles_in(
        "Taliban fighters in Dara district of Panjshir province, Afghanistan, burned a school."
    )
    assert roles == [("TALIBAN", "agent")]


def test_a_groups_men_placed_before_a_speaker_are_no_agent() -> None:
    roles = _roles_in("Taliban fighters in Dara district, officials reported, were killed.")
    assert roles == [("TALIBAN", "mention")]
