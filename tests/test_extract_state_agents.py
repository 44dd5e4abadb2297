"""Unnamed state forces that act are the state of that place and date (pack data)."""

from __future__ import annotations

import datetime as dt
import hashlib

from conflictdesk.extract import extract_document
from conflictdesk.extract.state_agents import (
    militants_hit,
    names_state_agent,
    ranked_groups,
    state_side,
)
from conflictdesk.extract.target_rules import refine
from conflictdesk.extract.targets import TargetChoice
from conflictdesk.model import Document, Event
from conflictdesk.resolve.registry import Actor, Pack, load_registry, registry_from


def _events(text: str, published: dt.date) -> list[Event]:
    document = Document(
        id="analysis-1",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        published=published,
        language="en",
        genre="analysis",
    )
    return list(extract_document(document, load_registry()).events)


def test_officers_who_act_are_recognised_but_impostors_are_not() -> None:
    assert names_state_agent("On 3 May, intelligence officers detained four men in Herat.")
    assert names_state_agent("Weeks later the directorate arrested the cell's leader.")
    assert not names_state_agent("Gunmen dressed as police officers stormed a clinic.")
    assert not names_state_agent("The men were arrested by intelligence officers.")


def test_the_state_side_follows_the_governing_group_in_the_pack_data() -> None:
    rebels = Actor(id="R", name="Rebels", kind="militant", governs_since=dt.date(2030, 1, 1))
    army = Actor(id="ARMY", name="Army", kind="state_forces", country="X")
    registry = registry_from([Pack(name="t", country="X", actors=(rebels, army))])
    assert state_side(registry, dt.date(2029, 6, 1), "X") == "ARMY"
    assert state_side(registry, dt.date(2031, 6, 1), "X") == "R"
    assert state_side(registry, dt.date(2031, 6, 1), None) == "R"
    assert state_side(registry, dt.date(2031, 6, 1), "Elsewhere") is None


def test_an_arrest_by_unnamed_intelligence_officers_has_the_state_as_perpetrator() -> None:
    registry = load_registry()
    events = _events(
        "On 14 March 2024, intelligence officers arrested six men in Jalalabad, Nangarhar "
        "province, who were said to be building bombs.",
        published=dt.date(2024, 4, 2),
    )
    assert events
    assert events[0].actor1 == registry.government_on(dt.date(2024, 3, 14))


def test_the_militants_a_state_acts_on_belong_to_the_documents_other_armed_group() -> None:
    groups = ("GOVERNING_GROUP", "INSURGENTS")
    text = "A raid killed four fighters and a commander."
    assert militants_hit(text, groups, "GOVERNING_GROUP") == "INSURGENTS"
    assert militants_hit("A raid killed four shepherds.", groups, "GOVERNING_GROUP") is None


def test_armed_groups_are_ranked_by_how_often_they_are_named() -> None:
    registry = load_registry()
    ranked = ranked_groups(["TALIBAN", "ISKP", "ISKP", "US", "TALIBAN", "ISKP"], registry)
    assert ranked == ("ISKP", "TALIBAN")


def test_civilians_among_whom_tourists_are_named_are_a_tourist_target() -> None:
    civilians = TargetChoice("visitors", "Private Citizens & Property")
    account = "Gunmen shot dead five people, two of them Italian tourists, at a shrine."
    assert refine(civilians, account) == TargetChoice("visitors", "Tourists")
    plain = "Gunmen shot dead five people at a market."
    assert refine(civilians, plain) == civilians


def test_militants_are_not_the_side_hit_when_the_lead_tells_civilians_as_the_dead() -> None:
    groups = ("TALIBAN",)
    # the striking side's own account names militants; the lead says civilians died
    assert (
        militants_hit(
            "A drone strike killed eleven civilians at a wedding in Kunar. The army said "
            "it had targeted militants.",
            groups,
            "US",
        )
        is None
    )
    assert (
        militants_hit(
            "Семь мирных жителей, в том числе трое детей, погибли при обстреле. Военные "
            "заявили, что стреляли по боевикам.",
            groups,
            "PAKISTAN",
        )
        is None
    )
    assert (
        militants_hit(
            "Hava saldırısında 9 sivil hayatını kaybetti; ordu militanları vurduğunu söyledi.",
            groups,
            "US",
        )
        is None
    )
    # civilians among the dead but not the dead told: the militants may still be the side hit
    assert (
        militants_hit(
            "An air strike killed six militants in Kunar, officials said, and villagers "
            "said two of the dead were civilians.",
            groups,
            "US",
        )
        == "TALIBAN"
    )


def test_a_turkish_operation_with_no_agent_that_killed_or_caught_people_is_the_states() -> None:
    assert names_state_agent(
        "Geçen cuma Herat'ta düzenlenen operasyonda üç DEAŞ militanı öldürüldü."
    )
    assert names_state_agent("Kunduz'da gerçekleştirilen gece baskınında iki şüpheli yakalandı.")
    # an attack carried out, or an operation with no outcome told, is not read so
    assert not names_state_agent("Kabil'de düzenlenen saldırıda dört sivil öldürüldü.")
    assert not names_state_agent("Düzenlenen operasyon hakkında bilgi verilmedi.")
