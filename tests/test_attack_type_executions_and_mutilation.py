"""Executions and mutilation with blades are armed assaults (GTD), not killings of unknown
means; "executed the plan" is no killing. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_men_executed_at_a_checkpoint_are_an_armed_assault() -> None:
    record = _main(
        "06/11/2010: Insurgents halted a minivan in Arghandab district, Kandahar province, "
        "Afghanistan, and executed nine passengers they accused of working for the army."
    )
    assert record["attack_type"] == "Armed Assault"
    assert record["weapon_type"] == "Firearms"


def test_execution_words_are_assault_means() -> None:
    assert "assault" in _means("Four shopkeepers were executed in the bazaar.")
    assert "assault" in _means("Witnesses described an execution-style killing of two guards.")
    assert "assault" in _means("The public execution of a woman was filmed by villagers.")


def test_executing_a_plan_is_no_assault() -> None:
    assert "assault" not in _means("The cell executed its plan over several weeks.")
    assert "assault" not in _means("The execution of the operation took three months.")


def test_fingers_cut_off_are_an_armed_assault_with_blades() -> None:
    record = _main(
        "09/20/2014: Militants seized three farmers returning from a polling centre in Jaghori "
        "district, Ghazni province, Afghanistan, and chopped off their inked fingers."
    )
    assert record["attack_type"] == "Armed Assault"
    assert record["weapon_type"] == "Melee"


def test_mutilation_words_are_melee() -> None:
    assert "melee" in _means("They sliced off the ears of a shepherd.")
    assert "melee" in _means("The boy's hand was cut off in the square.")


def test_supplies_cut_off_are_no_mutilation() -> None:
    assert "melee" not in _means("The road was cut off by floods for a week.")
    assert "melee" not in _means("Rebels cut off the water supply to the town.")


def _pack_means(text: str, language: str) -> list[str]:
    return [h.means for h in find_triggers(text, language=language, registry=load_registry())]


def test_beheading_is_melee_in_russian_and_turkish() -> None:
    assert "melee" in _pack_means("Боевики обезглавили двух пастухов.", "ru")
    assert "melee" in _pack_means("Militanlar iki çobanın başını kesti.", "tr")
    assert "melee" in _pack_means("Öğretmenin kafası kesildi.", "tr")


def test_cutting_trees_is_no_beheading() -> None:
    assert "melee" not in _pack_means("Köylüler ağaçları kesti.", "tr")
    assert "melee" not in _pack_means("Рабочие отрезали кабель.", "ru")
