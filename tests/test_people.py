from __future__ import annotations

import datetime as dt

from conflictdesk.model import Event, PersonRef, Source
from conflictdesk.resolve.people import build_people, find_person, name_key
from conflictdesk.resolve.registry import KnownPerson, Pack, Role, registry_from

REGISTRY = registry_from(
    [
        Pack(
            name="t",
            country="Afghanistan",
            people=(
                KnownPerson(
                    "p:ahangar",
                    "Ahmad Ahangar",
                    aliases=("Abu Usman al-Kashmiri",),
                    actor="ISKP",
                    roles=(Role("media official", "ISKP"),),
                    leader=True,
                ),
            ),
        )
    ]
)


def _event(eid: str, day: int, ref: PersonRef, *, publishers: tuple[str, ...] = ("A",)) -> Event:
    return Event(
        event_id=eid,
        event_date=dt.date(2023, 5, day),
        actor1="TALIBAN",
        actor2="ISKP",
        persons=(ref,),
        sources=tuple(Source(f"{eid}-{p}", "x", 0, 1, publisher=p) for p in publishers),
    )


def test_aliases_across_spellings_meet_one_person() -> None:
    assert name_key("Qari Fateh") == name_key("Kari Fateh")
    assert name_key("Zia ud-Din") == name_key("Ziauddin")
    events = [
        _event("e1", 1, PersonRef("Abu Usman el-Kashmiri", outcome="killed")),
        _event("e2", 2, PersonRef("Qari Fateh", role="intelligence chief", outcome="killed")),
        _event("e3", 9, PersonRef("Kari Fateh", outcome="killed"), publishers=("A", "B")),
    ]
    people = {p.person_id: p for p in build_people(REGISTRY, events)}
    ahangar = people["p:ahangar"]
    assert ahangar.status == "reported killed"
    assert ahangar.actor == "ISKP"
    [fateh] = [p for p in people.values() if p.name == "Qari Fateh"]
    assert "Kari Fateh" not in fateh.aliases  # same key: not a separate alias
    assert [h.status for h in fateh.history] == ["reported killed", "confirmed killed"]
    assert fateh.actor == "ISKP"
    assert [r.title for r in fateh.roles] == ["intelligence chief"]
    assert find_person(list(people.values()), "Kari Fateh") == [fateh]


def test_conflicting_outcomes_are_disputed_and_rejected_events_ignored() -> None:
    events = [
        _event("e1", 1, PersonRef("Sheikh Abdul Hamid", outcome="killed")),
        _event("e2", 5, PersonRef("Shaykh Abdul Hamid", outcome="captured")),
        _event("e3", 6, PersonRef("Sheikh Abdul Hamid", outcome="injured")).replace(
            review_status="rejected"
        ),
    ]
    [*_, hamid] = [p for p in build_people(REGISTRY, events) if "Hamid" in p.name]
    assert hamid.status == "disputed"
    assert len(hamid.history) == 3


def test_denials_and_family_ties_are_read_from_the_reports() -> None:
    from conflictdesk.model import Document

    events = [_event("e1", 1, PersonRef("Ahmad Ahangar", outcome="killed"))]
    docs = [
        Document(
            id="d9",
            text=(
                "Two weeks later ISKP denied that Abu Usman al-Kashmiri had been killed. "
                "Yusuf Ahangar, the brother of Ahmad Ahangar, was arrested in Kunar."
            ),
            content_hash="h",
            publisher="Wire",
            published=dt.date(2023, 5, 15),
        )
    ]
    people = {p.person_id: p for p in build_people(REGISTRY, events, docs)}
    ahangar = people["p:ahangar"]
    assert [h.status for h in ahangar.history] == [
        "reported killed",
        "denied by the group",
        "disputed",
    ]
    denial = ahangar.history[1]
    assert denial.event_id is None
    assert denial.sources[0].evidence.startswith("Two weeks later ISKP denied")
    assert ahangar.status == "disputed"
    assert people["p:ahangar"].relations == ()


def test_a_tie_between_two_known_people() -> None:
    from conflictdesk.model import Document

    events = [
        _event("e1", 1, PersonRef("Ahmad Ahangar", outcome="killed")),
        _event("e2", 2, PersonRef("Yusuf Ahangar", outcome="captured")),
    ]
    docs = [
        Document(
            id="d1",
            text="Yusuf Ahangar, the brother of Ahmad Ahangar, was detained in Kunar.",
            content_hash="h",
        )
    ]
    people = {p.name: p for p in build_people(REGISTRY, events, docs)}
    assert people["Yusuf Ahangar"].relations == (("brother of", "p:ahangar"),)
