"""Turkish: a state's aircraft or forces as the subject of "düzenlediği saldırı" act; a
group set off by a comma at the head of a long sentence is the subject of its final verb."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="tr")}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Kunar'da ABD'ye ait bir insansız hava aracının gece düzenlediği saldırıda üç kişi "
            "öldü.",
            "US",
        ),
        (
            "Pakistan savaş uçaklarının pazar sabahı düzenlediği hava saldırılarında 9 sivil "
            "hayatını kaybetti.",
            "PAKISTAN",
        ),
        (
            "Pakistan ordusunun sınır boyunca düzenlediği bombardımanda iki çoban yaralandı.",
            "PAKISTAN",
        ),
    ],
)
def test_a_states_aircraft_carrying_out_an_attack_is_its_agent(text: str, state: str) -> None:
    assert _roles(text).get(state) == "agent"


def test_a_states_aircraft_that_crashed_is_not_an_agent() -> None:
    text = "Pakistan'a ait bir askeri helikopter Kunar sınırında düştü."
    assert _roles(text).get("PAKISTAN") != "agent"


def test_a_group_set_off_by_a_comma_is_the_subject_of_the_last_verb() -> None:
    text = (
        "Taliban militanları, Kunduz vilayetinin kuzeyinde bulunan ve Tacikistan sınırına "
        "yakın olan stratejik öneme sahip ilçe merkezini pazartesi sabahı ele geçirdi."
    )
    assert _roles(text).get("TALIBAN") == "agent"


def test_a_group_named_after_a_full_stop_is_not_the_next_sentences_subject() -> None:
    text = "Taliban, açıklama yapmadı. Bölgede kimliği belirsiz silahlı kişiler iki polisi öldürdü."
    assert _roles(text).get("TALIBAN") != "agent"
