"""Rules on actors, claims and persons (helper hac2). Each text is invented."""

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
