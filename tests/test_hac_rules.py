"""Rules on actors, persons and event membership (helper hac). Each text is invented."""

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
