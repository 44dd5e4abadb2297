"""The extractor's pack data (actors, targets, people, triggers) is well-formed."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry
from conflictdesk.vocab import ATTACK_TYPES, SUB_EVENT_TYPES, TARGET_TYPES, WEAPON_TYPES


def test_pack_values_use_the_vocabularies_and_known_ids() -> None:
    registry = load_registry()
    ids = set(registry.actors)
    assert {"ISKP", "IS", "TALIBAN", "HAQQANI", "TTP", "AQ", "AQIS", "NRF", "ANDSF"} <= ids
    assert all(t.target_type in TARGET_TYPES for t in registry.targets)
    assert all(t.actor is None or t.actor in ids for t in registry.targets)
    assert all(t.sub_event_type in SUB_EVENT_TYPES for t in registry.triggers)
    assert all(t.attack_type is None or t.attack_type in ATTACK_TYPES for t in registry.triggers)
    assert all(t.weapon_type is None or t.weapon_type in WEAPON_TYPES for t in registry.triggers)
    assert all(p.actor is None or p.actor in ids for p in registry.people)
    assert all(a.parent is None or a.parent in ids for a in registry.actors.values())


def test_aliases_in_every_language_reach_one_id() -> None:
    registry = load_registry()
    for text, expected in (
        ("ISIS-K and Daesh-Khorasan", {"ISKP"}),
        ("IŞİD-Horasan üstlendi", {"ISKP"}),
        ("ответственность взял ИГИЛ-Хорасан", {"ISKP"}),
        ("داعش خراسان", {"ISKP"}),
        ("Талибан и талибы", {"TALIBAN"}),
        ("посольство России", {"RUSSIA"}),
        ("Rus Büyükelçiliği", {"RUSSIA"}),
        ("السفارة الروسية", {"RUSSIA"}),
        ("the Pakistani Taliban", {"TTP"}),
        ("is IS", {"IS"}),
    ):
        assert {h.actor_id for h in find_actors(text, registry)} == expected, text


def test_pack_triggers_in_turkish_russian_and_arabic() -> None:
    registry = load_registry()
    turkish = find_triggers("intihar saldırısında", language="tr", registry=registry)
    assert [h.means for h in turkish] == ["suicide"]
    russian = find_triggers("смертник подорвал себя", language="ru", registry=registry)
    assert russian[0].means == "suicide"
    arabic = find_triggers("والانفجار", language="ar", registry=registry)
    assert [h.means for h in arabic] == ["explosion"]
