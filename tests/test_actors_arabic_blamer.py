"""Who blames and who is blamed. Arabic: the one who blames follows the verb, the one blamed
follows "إلى"
("نسبتها طالبان إلى غارات باكستانية": the Taliban attributed them to Pakistani strikes).
Russian: the one who blames stands before a singular past verb ("МВД талибов обвинило Иран").

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="ar")]


def test_the_group_after_the_verb_blames_the_state_after_ila() -> None:
    text = "وسُمع دوي انفجارين في خوست مساء الأحد، نسبتها طالبان إلى ضربات جوية باكستانية."
    roles = _roles(text)
    assert ("PAKISTAN", "attribution") in roles
    assert ("TALIBAN", "attribution") not in roles


def test_a_group_blamed_after_ila_keeps_the_blame() -> None:
    text = "ونسب مسؤولون محليون الهجوم إلى طالبان."
    assert ("TALIBAN", "attribution") in _roles(text)


def _ru_roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="ru")]


def test_a_russian_group_before_a_singular_verb_of_blaming_blames() -> None:
    text = "МВД талибов обвинило Иран в обстреле пограничного поста в провинции Герат."
    roles = _ru_roles(text)
    assert ("IRAN", "attribution") in roles
    assert ("TALIBAN", "attribution") not in roles


def test_a_russian_group_before_an_impersonal_verb_is_blamed() -> None:
    text = "Талибов обвинили в нападении на пост в провинции Герат."
    assert ("TALIBAN", "attribution") in _ru_roles(text)
