"""The optional LLM extraction: passages, answer validation, quote verification and merging.

No model and no network here: answers are written by hand. A small registry built in the test
keeps these checks independent of the Afghanistan pack's data. The HTTP side, against a
stand-in server, is in ``test_llm_server.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from conflictdesk.llm import client, passages
from conflictdesk.llm.merge import LLM_ONLY_CONFIDENCE, merge_events
from conflictdesk.llm.passages import Batch, Passage, batches, candidate_passages
from conflictdesk.llm.prompt import build_prompt
from conflictdesk.llm.schema import DroppedField, parse_answer
from conflictdesk.llm.verify import (
    Unsupported,
    VerifiedEvent,
    Verifier,
    check_numbers,
    numbers_in,
)
from conflictdesk.model import Casualties, Document, Event, FieldSpan, Source
from conflictdesk.resolve.registry import (
    Actor,
    Alias,
    KnownPerson,
    Pack,
    Place,
    Registry,
    Trigger,
    registry_from,
)

TEXT = (
    "KABUL, March 27, 2023 - A suicide bomber detonated an explosives vest near the Ministry "
    "of Foreign Affairs in Kabul city. At least six civilians were killed and 12 others were\n"
    "injured. The Islamic State Khorasan Province claimed responsibility for the attack.\n\n"
    "The weather in the capital was mild and markets reopened by evening.\n\n"
    "Separately, gunmen shot dead two police officers at a checkpoint in Jalalabad on "
    "March 25, 2023. Ahmad Ahangar was seen near the scene."
)


def make_registry() -> Registry:
    actors = (
        Actor("IS", "Islamic State", "militant", (Alias("Daesh"),)),
        Actor(
            "ISKP",
            "Islamic State Khorasan Province",
            "militant",
            (Alias("ISIS-K"),),
            parent="IS",
        ),
        Actor("TALIBAN", "Taliban", "militant"),
    )
    places = (
        Place("country:afghanistan", "Afghanistan", "country", "Afghanistan", geo_precision=3),
        Place("province:kabul", "Kabul", "province", "Afghanistan", "Kabul", None, 34.5, 69.3, 3),
        Place("town:kabul", "Kabul", "town", "Afghanistan", "Kabul", "Kabul", 34.52, 69.17, 1),
        Place("province:nangarhar", "Nangarhar", "province", "Afghanistan", "Nangarhar"),
        Place(
            "town:jalalabad",
            "Jalalabad",
            "town",
            "Afghanistan",
            "Nangarhar",
            "Jalalabad",
            34.42,
            70.45,
            1,
            ("Jelalabad",),
        ),
        Place("province:herat", "Herat", "province", "Afghanistan", "Herat"),
        Place(
            "district:achin",
            "Achin",
            "district",
            "Afghanistan",
            "Nangarhar",
            "Achin",
            34.1,
            70.7,
            2,
        ),
    )
    people = (KnownPerson("ahmad-ahangar", "Ahmad Ahangar", ("Abu Usman al-Kashmiri",), "ISKP"),)
    triggers = (Trigger("intihar saldırı*", "tr", "Suicide bomb", suicide=True),)
    pack = Pack(
        "test", "Afghanistan", actors=actors, places=places, people=people, triggers=triggers
    )
    return registry_from([pack])


REGISTRY = make_registry()
DOCUMENT = Document(
    id="doc-1",
    text=TEXT,
    content_hash="h1",
    title="Blast in Kabul",
    published=dt.date(2023, 3, 28),
    language="en",
)


def span(field: str, words: str, method: str = "rules") -> FieldSpan:
    start = TEXT.index(words)
    return FieldSpan(field, "doc-1", start, start + len(words), words, method)


def rule_event() -> Event:
    """What the rule extractor might have made of the first paragraph, with gaps."""
    first_sentence = TEXT[: TEXT.index("Kabul city.") + len("Kabul city.")]
    return Event(
        event_id="ev-rule-1",
        event_date=dt.date(2023, 3, 27),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        attack_type="Bombing/Explosion",
        weapon_type="Explosives",
        suicide=True,
        country="Afghanistan",
        admin1="Kabul",
        location="Kabul",
        fatalities=Casualties(6, 6, None),
        sources=(Source("doc-1", first_sentence, 0, len(first_sentence)),),
        confidence=0.7,
        field_spans=(
            span("event_type", "suicide bomber"),
            span("fatalities", "six civilians were killed"),
        ),
    )


def answer(*events: dict[str, Any]) -> str:
    return json.dumps({"events": list(events)})


def q(value: Any, quote: str) -> dict[str, Any]:
    return {"value": value, "quote": quote}


def whole_batch() -> Batch:
    return Batch(tuple(candidate_passages(DOCUMENT, REGISTRY)))


def verify(raw: str) -> tuple[list[VerifiedEvent], list[DroppedField]]:
    parsed = parse_answer(raw, REGISTRY)
    verifier = Verifier(DOCUMENT, REGISTRY)
    verified: list[VerifiedEvent] = []
    dropped = list(parsed.dropped)
    for event in parsed.events:
        result, lost = verifier.verify(event, whole_batch())
        dropped.extend(lost)
        if result is not None:
            verified.append(result)
    return verified, dropped


# -- passages ------------------------------------------------------------------------------------
def test_passages_keep_violent_paragraphs_with_exact_offsets() -> None:
    found = candidate_passages(DOCUMENT, REGISTRY)
    assert [p.text[:12] for p in found] == ["KABUL, March", "Separately, "]
    for passage in found:
        assert TEXT[passage.start : passage.end] == passage.text


def test_passages_use_pack_triggers_for_other_languages() -> None:
    text = "Kabil'de bir intihar saldırısı oldu.\n\nHava güzeldi."
    document = Document(id="tr", text=text, content_hash="h")
    assert [p.text for p in candidate_passages(document, REGISTRY)] == [text.split("\n\n")[0]]
    assert len(candidate_passages(document, REGISTRY, everything=True)) == 2


def test_long_paragraph_is_cut_at_sentences_and_requests_are_capped() -> None:
    sentence = "Fighters attacked a post near the river and one guard was wounded there. "
    text = sentence * 60
    document = Document(id="long", text=text, content_hash="h")
    found = candidate_passages(document, REGISTRY)
    assert len(found) > 1
    assert all(len(p.text) <= passages.MAX_PASSAGE_CHARS for p in found)
    assert all(p.text.endswith("there.") for p in found)
    assert all(text[p.start : p.end] == p.text for p in found)
    selection = batches(found)
    assert all(b.chars <= passages.MAX_REQUEST_CHARS for b in selection.batches)
    assert sum(len(b.passages) for b in selection.batches) == len(found)


def test_requests_beyond_the_cap_are_counted_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passages, "MAX_REQUESTS_PER_DOCUMENT", 2)
    many = [Passage(i * 10, i * 10 + 5, "x" * 4000) for i in range(5)]
    selection = batches(many)
    assert len(selection.batches) == 2
    assert selection.skipped_passages == 3


def test_prompt_names_fields_vocabularies_ids_and_passages() -> None:
    prompt = build_prompt(DOCUMENT, whole_batch(), REGISTRY)
    for needed in ("event_date", "deaths_by_side", "Suicide bomb", "Government (Diplomatic)"):
        assert needed in prompt.system
    assert "ISKP: Islamic State Khorasan Province" in prompt.system
    assert "verbatim" in prompt.system or "character for character" in prompt.system
    assert "Report date: 2023-03-28" in prompt.user
    assert "[2] Separately" in prompt.user
    assert "weather" not in prompt.user
    assert [m["role"] for m in prompt.messages()] == ["system", "user"]


# -- schema --------------------------------------------------------------------------------------
def test_answer_in_code_fence_or_as_bare_list_is_read() -> None:
    event = {"event_type": q("battles", "gunmen shot dead")}
    fenced = "```json\n" + answer(event) + "\n```"
    for raw in (fenced, json.dumps([event])):
        parsed = parse_answer(raw, REGISTRY)
        assert parsed.events[0].claims[0].value == "Battles"


@pytest.mark.parametrize("raw", ['{"events": [{"event_type": ', "no json here", '{"items": []}'])
def test_unusable_answer_is_refused_as_a_whole(raw: str) -> None:
    with pytest.raises(client.LlmBadAnswer) as caught:
        parse_answer(raw, REGISTRY)
    assert caught.value.code == "E653"
    assert caught.value.remedy


def test_bad_fields_are_dropped_one_by_one() -> None:
    raw = answer(
        {
            "attack_type": q("Car bombing", "A suicide bomber"),
            "actor1": q("BOKO", "gunmen"),
            "actor2": q("Islamic State Khorasan Province", "Islamic State Khorasan Province"),
            "weapon_type": q("explosives", "explosives vest"),
            "injuries": q({"low": 20, "best": 12}, "12 others"),
            "suicide": "yes",
            "mood": q("grim", "mild"),
            "target": q(None, "near the Ministry"),
        }
    )
    parsed = parse_answer(raw, REGISTRY)
    kept = {c.field: c.value for c in parsed.events[0].claims}
    assert kept == {"actor2": "ISKP", "weapon_type": "Explosives"}
    reasons = {d.field: d.reason for d in parsed.dropped}
    assert set(reasons) == {"attack_type", "actor1", "injuries", "suicide", "mood"}
    assert "GTD attack types" in reasons["attack_type"]
    assert "not an actor id" in reasons["actor1"]
    assert "low <= best <= high" in reasons["injuries"]
    assert next(d for d in parsed.dropped if d.field == "attack_type").quote == "A suicide bomber"


def test_dates_keep_their_precision() -> None:
    raw = answer(
        {"event_date": q("2023-03", "March 27, 2023")}, {"event_date": q("2023-02-30", "x")}
    )
    parsed = parse_answer(raw, REGISTRY)
    value = parsed.events[0].claims[0].value
    assert value.date == dt.date(2023, 3, 1)  # type: ignore[union-attr]
    assert value.precision == "month"  # type: ignore[union-attr]
    assert parsed.dropped[0].field == "event_date"


# -- verification --------------------------------------------------------------------------------
def test_numbers_in_digits_and_words() -> None:
    assert {6, 12} <= numbers_in("At least six civilians were killed and 12 others")
    assert 25 in numbers_in("twenty-five wounded")
    assert 1200 in numbers_in("1,200 displaced")
    assert numbers_in("140") == {140}
    assert 7 not in numbers_in("At least six civilians were killed")


def test_a_count_may_be_the_sum_of_the_quote() -> None:
    check_numbers(Casualties.exactly(5), "two soldiers and three attackers were killed")
    check_numbers(Casualties.exactly(3), "a soldier and two attackers were killed in 2023")
    with pytest.raises(Unsupported):
        check_numbers(Casualties.exactly(4), "two soldiers and three attackers were killed")


def test_one_is_read_from_singular_words() -> None:
    assert 1 in numbers_in("A civilian was injured")
    assert 1 not in numbers_in("Civilians were injured")


def test_unknown_counts_are_skipped_not_dropped() -> None:
    raw = answer({"fatalities": q({"low": None, "best": None, "high": None}, "killed")})
    parsed = parse_answer(raw, REGISTRY)
    assert parsed.events == ()
    assert parsed.dropped == ()


def test_district_and_unknown_village_as_location() -> None:
    text = "Gunmen killed two farmers in Nawabad village, Achin district, on Friday."
    document = Document(id="doc-2", text=text, content_hash="h2")
    batch = Batch(tuple(candidate_passages(document, REGISTRY)))
    verifier = Verifier(document, REGISTRY)
    made = []
    for location in ("Nawabad village", "Achin district"):
        raw = answer(
            {"event_type": q("Battles", "Gunmen killed"), "location": q(location, location)}
        )
        verified, dropped = verifier.verify(parse_answer(raw, REGISTRY).events[0], batch)
        assert dropped == []
        assert verified is not None
        made.append(merge_events([], [verified], document).events[0])
    village, district = made
    assert (village.location, village.latitude, village.admin1) == ("Nawabad", None, None)
    assert (district.location, district.admin1, district.geo_precision) == (
        "Achin district",
        "Nangarhar",
        2,
    )
    raw = answer({"location": q("Nangarhar", "Achin district")})
    _, dropped = verifier.verify(parse_answer(raw, REGISTRY).events[0], batch)
    assert "is not a town/landmark/area/district" in dropped[0].reason


def test_quote_found_across_a_line_break_gets_document_offsets() -> None:
    raw = answer({"injuries": q(12, "12 others were injured")})
    verified, dropped = verify(raw)
    assert dropped == []
    field = verified[0].fields[0]
    assert field.span.method == "llm"
    assert field.span.text == "12 others were\ninjured"
    assert TEXT[field.span.start : field.span.end] == field.span.text


def test_invented_or_unbacked_quotes_are_dropped() -> None:
    raw = answer(
        {
            "event_type": q("Explosions/Remote violence", "A suicide bomber detonated"),
            "actor1": q("ISKP", "ISIS-K fighters stormed the ministry"),
            "fatalities": q(7, "At least six civilians were killed"),
            "claimed_by": q("TALIBAN", "claimed responsibility for the attack"),
            "event_date": q("2022-03-27", "March 27, 2023"),
            "location": q("Kabul", "in Kabul city"),
            "admin1": q("Herat", "Kabul city"),
            "target": q("Interior Ministry", "near the Ministry of Foreign Affairs"),
        }
    )
    verified, dropped = verify(raw)
    reasons = {d.field: d.reason for d in dropped}
    assert reasons["actor1"] == "quote not found in the text"
    assert "number 7" in reasons["fatalities"]
    assert "does not name TALIBAN" in reasons["claimed_by"]
    assert "year 2023" in reasons["event_date"]
    assert "does not name Herat" in reasons["admin1"]
    assert "target" in reasons["target"]
    kept = {f.field for f in verified[0].fields}
    assert kept == {"event_type", "location"}


def test_places_resolve_to_the_gazetteer_and_must_agree() -> None:
    raw = answer(
        {"location": q("Jelalabad", "in Jalalabad"), "admin1": q("Kabul", "Kabul city")},
        {"location": q("Atlantis", "Jalalabad"), "event_type": q("Battles", "gunmen shot dead")},
    )
    verified, dropped = verify(raw)
    reasons = {d.field: d.reason for d in dropped}
    assert reasons["location"].startswith("'Atlantis' is not a town")
    jalalabad = [d for d in dropped if d.quote == "in Jalalabad"]
    assert jalalabad[0].reason == "Jalalabad is not in Kabul"
    assert [f.field for f in verified[0].fields] == ["admin1"]


def test_actor_named_by_its_parent_and_persons_by_name() -> None:
    text_quote = "The Islamic State Khorasan Province claimed responsibility"
    raw = answer(
        {
            "claimed_by": q("IS", text_quote),
            "persons": [
                {"name": "Ahmad Ahangar", "role": None, "outcome": None, "quote": "Ahmad Ahangar"},
                {"name": "Mullah Nobody", "outcome": "killed", "quote": "Ahmad Ahangar was seen"},
            ],
        }
    )
    verified, dropped = verify(raw)
    fields = verified[0].fields
    assert fields[0].value == "IS"
    person = fields[1].value
    assert person.person_id == "ahmad-ahangar"  # type: ignore[union-attr]
    assert [d.reason for d in dropped] == ["the quote does not name Mullah Nobody"]


def test_sub_type_must_sit_under_the_type() -> None:
    raw = answer(
        {
            "event_type": q("Battles", "gunmen shot dead"),
            "sub_event_type": q("Grenade", "shot dead"),
        }
    )
    verified, dropped = verify(raw)
    assert [f.field for f in verified[0].fields] == ["event_type"]
    assert "not a sub-event type of 'Battles'" in dropped[0].reason


ODD_ANSWERS = [
    answer({"fatalities": q("12", "12")}, {"fatalities": q(True, "six")}),
    answer({"fatalities": q(-3, "At least six")}, {"injuries": q(1.5, "12 others")}),
    answer({"event_date": q(20230327, "2023")}, {"event_date": q("", "March")}),
    answer({"persons": {"name": "A", "quote": "A"}}, {"tags": q("claim", "claimed")}),
    answer({"location": q(["Kabul"], "Kabul")}, {"target": q("x" * 500, "Ministry")}),
    answer({"actor1": q("", "Islamic State")}, {"suicide": q("maybe", "suicide")}),
    answer({"event_type": q("Battles", "   ")}, {"deaths_by_side": q({"civilians": "six"}, "six")}),
    json.dumps({"events": [None, 3, "text", [], {}]}),
    json.dumps({"events": [{"event_type": {"value": "Battles"}}]}),
    answer({"admin1": q("Kabul", "Kabul")}, {"country": q("Pakistan", "Kabul")}),
]


@pytest.mark.parametrize("raw", ODD_ANSWERS)
def test_odd_answers_never_raise(raw: str) -> None:
    try:
        verified, _ = verify(raw)
    except client.LlmBadAnswer:
        return
    merged = merge_events([rule_event()], verified, DOCUMENT)
    assert merged.events[0].event_id == "ev-rule-1"


# -- merging -------------------------------------------------------------------------------------
def test_rule_values_stay_and_gaps_are_filled_by_the_model() -> None:
    raw = answer(
        {
            "event_date": q("2023-03-27", "March 27, 2023"),
            "event_type": q("Explosions/Remote violence", "A suicide bomber"),
            "fatalities": q(12, "12 others"),
            "actor1": q("ISKP", "The Islamic State Khorasan Province"),
            "attack_type": q("Armed Assault", "A suicide bomber"),
            "injuries": q({"low": 12, "best": 12}, "12 others were injured"),
        }
    )
    verified, _ = verify(raw)
    merged = merge_events([rule_event()], verified, DOCUMENT)
    assert len(merged.events) == 1
    event = merged.events[0]
    assert event.event_id == "ev-rule-1"
    assert event.fatalities == Casualties(6, 6, None)
    assert event.attack_type == "Bombing/Explosion"
    assert event.actor1 == "ISKP"
    assert event.injuries == Casualties(12, 12, None)
    methods = {(f.field, f.method) for f in event.field_spans}
    assert methods == {
        ("event_type", "rules"),
        ("fatalities", "rules"),
        ("actor1", "llm"),
        ("injuries", "llm"),
    }
    assert event.confidence == 0.7


def test_unmatched_model_event_is_added_with_lower_confidence() -> None:
    raw = answer(
        {
            "event_type": q("Battles", "gunmen shot dead two police officers"),
            "event_date": q("2023-03-25", "on March 25, 2023"),
            "location": q("Jalalabad", "in Jalalabad"),
            "fatalities": q(2, "shot dead two police officers"),
        },
        {"target": q("police officers", "two police officers")},
    )
    verified, _ = verify(raw)
    merged = merge_events([rule_event()], verified, DOCUMENT)
    assert merged.events[0].event_id == "ev-rule-1"
    added = merged.events[1]
    assert added.event_id.startswith("ev-")
    assert added.confidence == LLM_ONLY_CONFIDENCE < rule_event().confidence
    assert (added.admin1, added.location, added.geo_precision) == ("Nangarhar", "Jalalabad", 1)
    assert added.fatalities == Casualties(2, 2, 2)
    assert all(f.method == "llm" for f in added.field_spans)
    evidence = added.sources[0]
    assert evidence.evidence.startswith("Separately")
    assert evidence.evidence.endswith("2023.")
    assert TEXT[evidence.start : evidence.end] == evidence.evidence
    # the second model event had no type and matched the new event through its quote
    assert added.target == "police officers"
    assert merged.dropped == ()


def test_event_without_type_matching_nothing_is_reported() -> None:
    raw = answer({"injuries": q(12, "12 others were injured")})
    verified, _ = verify(raw)
    merged = merge_events([], verified, DOCUMENT)
    assert merged.events == ()
    assert merged.dropped[0].field == "event"


def test_contradicting_date_prevents_a_match() -> None:
    raw = answer(
        {
            "event_type": q("Explosions/Remote violence", "A suicide bomber"),
            "event_date": q("2023-03-25", "March 25, 2023"),
            "location": q("Kabul", "in Kabul city"),
        }
    )
    verified, _ = verify(raw)
    merged = merge_events([rule_event()], verified, DOCUMENT)
    assert len(merged.events) == 2
    assert merged.events[0] == rule_event()


# -- client helpers ------------------------------------------------------------------------------
def test_endpoint_and_key_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    route = "http://127.0.0.1:8080/v1/chat/completions"
    for url in ("http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1/"):
        assert client.chat_endpoint(url) == route
    monkeypatch.setenv(client.API_KEY_ENV, "from-env")
    assert client.api_key_from(None) == "from-env"
    assert client.api_key_from("given") == "given"
    with client.LlmClient("http://127.0.0.1:9", "m", api_key="secret-key") as llm:
        assert "secret-key" not in repr(llm)
