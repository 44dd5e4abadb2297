"""Claims and blame told as reported speech. Turkish: the group itself the subject of a
statement that its members carried the attack out ("Örgüt, yaptığı açıklamada saldırıyı iki
üyesinin gerçekleştirdiğini iddia etti") claims it; a speaker who says a group in the
genitive carried it out ("saldırıyı Hakkani Ağı'nın düzenlediğini öne sürdü") blames it.
Arabic: officials in the plural who hold a group responsible ("حمّلوا حركة طالبان المسؤولية")
blame it; a spokesman who announces the group's responsibility for the attack ("أعلن المتحدث
... مسؤولية الحركة عن الهجوم") claims it. English: the Islamic State's branch named short
("The Khorasan branch claimed the attack") claims it.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="tr")]


def test_a_group_telling_its_members_carried_out_the_attack_claims_it() -> None:
    text = "Terör örgütü DEAŞ, yaptığı açıklamada saldırıyı üç militanının gerçekleştirdiğini "
    text += "iddia etti."
    assert ("IS", "claim") in _roles(text)


def test_an_official_statement_on_what_militants_did_is_no_claim() -> None:
    text = "Valilik, yaptığı açıklamada saldırıyı militanların düzenlediğini duyurdu."
    assert all(role != "claim" for _, role in _roles(text))


def test_a_group_in_the_genitive_before_the_reported_act_is_blamed() -> None:
    text = "İstihbarat yetkilileri ise bombalı saldırıyı Hakkani Ağı'nın düzenlediğini öne sürdü."
    assert ("HAQQANI", "attribution") in _roles(text)


def test_a_state_in_the_genitive_leaves_the_speakers_group_unblamed() -> None:
    text = "Taliban hükümetinin sözcüsü Ahmet Yılmaz, saldırıyı Pakistan'ın düzenlediğini söyledi."
    roles = _roles(text)
    assert ("TALIBAN", "attribution") not in roles
    assert ("PAKISTAN", "attribution") in roles


def test_a_denied_reported_act_blames_no_one() -> None:
    text = "Yetkililer, saldırıyı Taliban'ın düzenlediğini reddetti."
    assert ("TALIBAN", "attribution") not in _roles(text)


def test_a_group_organising_a_press_conference_is_not_blamed() -> None:
    text = "Taliban'ın düzenlediği basın toplantısında yeni vali tanıtıldı."
    assert ("TALIBAN", "attribution") not in _roles(text)


def test_a_groups_spokesman_telling_a_place_passed_to_its_fighters_claims_it() -> None:
    text = "Taliban sözcüsü Zebihullah Mücahid, ilçe merkezinin mücahitlerin kontrolüne "
    text += "geçtiğini ileri sürdü."
    assert ("TALIBAN", "claim") in _roles(text)


def test_a_governors_spokesman_telling_a_place_taken_claims_nothing() -> None:
    text = "Vali sözcüsü Ahmet Kaya, ilçe merkezinin Taliban militanlarının kontrolüne "
    text += "geçtiğini kabul etti."
    assert ("TALIBAN", "claim") not in _roles(text)


def _ar_roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="ar")]


def test_officials_in_the_plural_holding_a_group_responsible_blame_it() -> None:
    text = "وقال شهود إن الانفجار هز السوق، وحمّلوا حركة طالبان المسؤولية."
    assert ("TALIBAN", "attribution") in _ar_roles(text)


def test_a_spokesman_announcing_the_groups_responsibility_for_the_attack_claims_it() -> None:
    text = "وأعلن المتحدث باسم طالبان مسؤولية الحركة عن التفجير الذي استهدف قافلة عسكرية."
    assert ("TALIBAN", "claim") in _ar_roles(text)


def test_a_ministers_words_on_the_governments_responsibility_claim_nothing() -> None:
    text = "وأعلن وزير الداخلية مسؤولية الحكومة عن حماية المدنيين من هجمات طالبان."
    assert ("TALIBAN", "claim") not in _ar_roles(text)


def _en_roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="en")]


def test_the_khorasan_branch_named_short_claims() -> None:
    text = "The Khorasan branch claimed the bombing of the bus station within a day."
    assert ("ISKP", "claim") in _en_roles(text)


def test_the_khorasan_region_is_no_group() -> None:
    text = "Traders from the Khorasan region said the bombing of the bus station closed the road."
    assert all(actor != "ISKP" for actor, _ in _en_roles(text))
