"""Casualty counting on sentences written for these tests in incident-summary and wire style."""

from __future__ import annotations

import re

import pytest

from conflictdesk.extract.casualties import (
    CasualtyMention,
    CasualtyTotals,
    aggregate,
    find_casualties,
    related_incidents,
)
from conflictdesk.model import Casualties, DeathsBySide

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"])")


def _mentions(text: str, language: str = "en") -> list[CasualtyMention]:
    found: list[CasualtyMention] = []
    start = 0
    for part in _SENTENCE_END.split(text):
        offset = text.index(part, start)
        found.extend(find_casualties(part, offset=offset, language=language))
        start = offset + len(part)
    return found


def _totals(text: str, language: str = "en", **kwargs: object) -> CasualtyTotals:
    return aggregate(_mentions(text, language), **kwargs)  # type: ignore[arg-type]


# (text, fatalities.best, injuries.best); None is "not stated".
TOTALS: list[tuple[str, int | None, int | None]] = [
    # -- terse incident summaries --
    (
        "03/27/2023: A suicide bomber detonated an explosives-laden vest near a ministry in Kabul "
        "city, Kabul province, Afghanistan. At least six civilians were killed and 12 others were "
        "injured in the blast. The Islamic State Khorasan Province claimed responsibility.",
        6,
        12,
    ),
    (
        "05/02/2019: Assailants opened fire on a checkpoint in Nad Ali district, Helmand province, "
        "Afghanistan. Two soldiers and three assailants were killed in the clash.",
        5,
        None,
    ),
    ("Assailants attacked a police post, killing two police officers and wounding three.", 2, 3),
    ("The blast killed 5 people, including the bomber.", 5, None),
    ("A suicide bomber struck a checkpoint; the suicide bomber was the only fatality.", 1, None),
    ("Gunmen stormed the compound. The assailant was killed by guards.", 1, None),
    (
        "Three assailants were killed when the explosives they were carrying detonated early.",
        3,
        None,
    ),
    ("An explosive device detonated near a market. There were no casualties.", 0, 0),
    ("An explosive device detonated near a market. No one was hurt.", 0, 0),
    ("Rockets struck an open field. There were no reported casualties in the attack.", 0, 0),
    ("The attack caused no casualties but damaged two vehicles.", 0, 0),
    ("Four people, including two children, were killed in the explosion.", 4, None),
    ("At least one civilian was killed across both attacks.", None, None),
    ("A police officer was killed in the attack.", 1, None),
    ("Gunmen on a motorcycle killed a district police chief outside his home.", 1, None),
    ("The device exploded, injuring a passerby.", None, 1),
    ("A bomb hidden in a cart wounded the governor.", None, 1),
    ("The explosion left 4 dead and 9 wounded.", 4, 9),
    ("The blast claimed the lives of seven worshippers.", 7, None),
    ("At least 10 people were killed in the attack. The death toll later rose to 20.", 20, None),
    ("Casualties were high. The toll climbed to 31 on Tuesday.", 31, None),
    (
        "Mohammad Karim, the local police chief, was killed and two other officers were injured in "
        "the assault.",
        1,
        2,
    ),
    ("The officer was injured in the blast.", None, 1),
    ("One police officer was killed and two were injured in the ensuing clash.", 1, 2),
    (
        "At least two people, including the village chief and his wife, were killed and his son "
        "was injured.",
        2,
        1,
    ),
    (
        "In addition to the assailant, 14 people were killed and at least six others were injured "
        "in the blast.",
        15,
        6,
    ),
    ("Security forces repelled the assault, killing 18 assailants.", 18, None),
    ("Assailants publicly executed five men accused of spying.", 5, None),
    ("The assailant was killed and there were no other reported casualties.", 1, 0),
    ("A local council member was not harmed in the blast.", None, None),
    ("Assailants shot and killed three lawyers between the two towns.", 3, None),
    ("At least 21 people, including 12 assailants, were killed in the clash.", 21, None),
    (
        "Four assailants and one police officer were killed and five police officers were wounded.",
        5,
        5,
    ),
    ("All three assailants were killed.", 3, None),
    ("Both attackers were killed by the guards.", 2, None),
    ("Two of the assailants were killed and one was arrested.", 2, None),
    ("Thirty-three worshippers, including the imam, and the bomber were killed.", 34, None),
    ("Nine guests, including foreigners, and the four gunmen were killed.", 13, None),
    ("At least 29 people, most of them students, were killed and 60 were injured.", 29, 60),
    (
        "Officials said 21 people, not including the bomber, were killed and 50 were wounded.",
        22,
        50,
    ),
    ("Twenty people were killed along with all three attackers.", 23, None),
    ("A gunman opened fire on worshippers, killing a cleric and wounding another.", 1, 1),
    ("A rocket landed on a house, killing a woman and her two children.", 3, None),
    ("The bomb killed the deputy governor and two of his guards.", 3, None),
    (
        "Assailants abducted two off-duty police officers. Their bodies were found two days later.",
        2,
        None,
    ),
    ("Gunmen abducted a tribal elder. His body was found the next day.", 1, None),
    ("The elder was found killed the next day.", 1, None),
    ("Both policemen stationed at the post were killed.", 2, None),
    ("Two judges working for the provincial court were shot and killed.", 2, None),
    ("The reporter was taken to hospital with head injuries.", None, 1),
    ("All three girls suffered burns in the acid attack.", None, 3),
    (
        "The vice president escaped with minor burns; 10 civilians were killed and 15 other people "
        "were wounded.",
        10,
        16,
    ),
    (
        "Two gunmen tried to storm the training centre and were killed by guards at the gate.",
        2,
        None,
    ),
    ("The hostages were released unharmed three days later.", 0, 0),
    ("Insurgents attacked a bus and killed them all.", None, None),
    ("Fighting killed or wounded 30 people, officials said.", None, None),
    ("Assailants fired on a minibus, killing two and wounding six, one of whom later died.", 3, 5),
    ("The blast killed six people, four of them children.", 6, None),
    ("Six people, four of them children, were killed.", 6, None),
    ("Four of them were later killed and the others were released.", 4, None),
    ("A roadside bomb killed its two riders, a teacher and his nephew.", 2, None),
    ("At least 50 people were killed or wounded.", None, None),
    ("A policeman was shot dead and his colleague wounded.", 1, 1),
    ("Killed were two soldiers and a civilian.", 3, None),
    ("A gunman opened fire on soldiers, killing two of them before he was shot dead.", 3, None),
    ("Eleven civilians, mostly women and children, were killed.", 11, None),
    ("The bombing left 12 people dead and 20 others injured.", 12, 20),
    # -- numbers that are not casualties --
    (
        "The bomber detonated two vehicles at 10 a.m. about 15 km from Police District 6.",
        None,
        None,
    ),
    ("A 25-year-old man was killed by a roadside bomb 1,000 metres from the base.", 1, None),
    ("In 2019, the group carried out 40 attacks; one of the attackers escaped.", None, None),
    ("Two vehicles were destroyed and three houses were damaged.", None, None),
    # -- wire style --
    (
        "KABUL (Agency) - A suicide bomber killed at least 14 people and wounded eight in an "
        "attack on a minibus, officials said.",
        14,
        8,
    ),
    ("Interior ministry spokesman said 14 people had been killed and eight wounded.", 14, 8),
    ("The explosion also wounded 16 service members and one contractor.", None, 17),
    ("Officials said four soldiers died and six others sustained injuries.", 4, 6),
    ("Seven people lost their lives and dozens were hurt.", 7, 12),
    ("Several civilians were wounded in the crossfire.", None, 3),
    ("Gunmen kidnapped an engineer and his two guards on the highway.", None, None),
    ("One guard died; four people, two of his drivers among them, were hurt.", 1, 4),
    ("Two people were killed and nine others were treated for wounds.", 2, 9),
    ("Five men died, two guards and three drivers, and eleven were wounded.", 5, 11),
    ("Four policemen died, as did the bomber.", 5, None),
]


@pytest.mark.parametrize(("text", "killed", "injured"), TOTALS, ids=lambda v: str(v)[:40])
def test_totals(text: str, killed: int | None, injured: int | None) -> None:
    totals = _totals(text)
    assert (totals.fatalities.best, totals.injuries.best) == (killed, injured)


def test_there_are_at_least_sixty_sentences() -> None:
    assert len(TOTALS) >= 60


# -- mentions: outcome, count, group ----------------------------------------------------------


def _summary(text: str) -> list[tuple[str, int | None, str, str]]:
    return [(m.outcome, m.quantity.best, m.group, m.relation) for m in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least six civilians were killed and 12 others were injured.",
            [("killed", 6, "civilians", "count"), ("injured", 12, "unknown", "count")],
        ),
        (
            "Two soldiers and three assailants were killed.",
            [("killed", 2, "security", "count"), ("killed", 3, "attackers", "count")],
        ),
        (
            "killing two police officers and wounding three",
            [("killed", 2, "security", "count"), ("injured", 3, "security", "count")],
        ),
        (
            "Four people, including two children, were killed.",
            [("killed", 4, "unknown", "count"), ("killed", 2, "civilians", "subset")],
        ),
        (
            "Assailants abducted 15 passengers from a bus.",
            [("kidnapped", 15, "civilians", "count")],
        ),
        ("A civilian was abducted near the market.", [("kidnapped", 1, "civilians", "count")]),
        (
            "Five Taliban fighters were killed in the ambush.",
            [("killed", 5, "target_side", "count")],
        ),
        ("The death toll rose to 20.", [("killed", 20, "unknown", "revision")]),
        ("A total of nine people were killed.", [("killed", 9, "unknown", "total")]),
        (
            "Three policemen were arrested and two guards were reported missing.",
            [("arrested", 3, "security", "count"), ("missing", 2, "security", "count")],
        ),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, int | None, str, str]]) -> None:
    assert _summary(text) == expected


def test_militants_are_attackers_only_when_the_sentence_says_so() -> None:
    attacked = find_casualties("Militants attacked the post and five militants were killed.")
    assert [m.group for m in attacked] == ["attackers"]
    plain = find_casualties("Five militants were killed in an air strike.")
    assert [m.group for m in plain] == ["unknown"]


def test_spans_and_offset() -> None:
    sentence = "At least six civilians were killed in the blast."
    [mention] = find_casualties(sentence, offset=100)
    assert (mention.start, mention.end) == (100, 100 + len("At least six civilians were killed"))
    assert mention.text == "At least six civilians were killed"
    assert mention.group_text == "At least six civilians"


def test_combined_killed_or_wounded_keeps_only_the_ceiling() -> None:
    found = find_casualties("The shelling killed or wounded 30 people.")
    assert {m.outcome for m in found} == {"killed", "injured"}
    assert all((m.quantity.best, m.quantity.high, m.quantity.vague) == (None, 30, True)
               for m in found)  # fmt: skip


# -- aggregation rules ------------------------------------------------------------------------


def test_revision_gives_low_first_best_last() -> None:
    totals = _totals("At least six people were killed. The death toll later rose to 20.")
    assert totals.fatalities == Casualties(6, 20, 20)


def test_single_figure_is_low_best_high() -> None:
    assert _totals("At least six civilians were killed.").fatalities == Casualties(6, 6, 6)


def test_range_keeps_the_upper_figure_as_high() -> None:
    totals = _totals("Between 10 and 15 villagers were killed.")
    assert totals.fatalities == Casualties(10, 10, 15)


def test_deaths_by_side_with_a_subset_bomber() -> None:
    totals = _totals("At least 13 people, including the bomber, were killed.")
    assert totals.deaths_by_side == DeathsBySide(actor1=1, actor2=None, civilians=None,
                                                 unknown=12)  # fmt: skip
    assert totals.attackers_killed == 1


def test_deaths_by_side_by_group() -> None:
    totals = _totals("Two soldiers, four civilians and three assailants were killed.")
    assert totals.fatalities.best == 9
    assert totals.deaths_by_side == DeathsBySide(actor1=3, actor2=2, civilians=4, unknown=None)
    swapped = _totals("Two soldiers and three assailants were killed.", attackers_side="actor2")
    assert (swapped.deaths_by_side.actor1, swapped.deaths_by_side.actor2) == (2, 3)


def test_a_later_restatement_of_a_subset_is_not_added() -> None:
    totals = _totals("Thirteen people, including the bomber, were killed. The bomber was killed.")
    assert totals.fatalities.best == 13


def test_unknown_stays_none_and_silence_is_zero_only_in_a_closed_world() -> None:
    text = "Two soldiers were killed in the attack."
    assert _totals(text).injuries == Casualties(None, None, None)
    assert _totals(text, closed_world=True).injuries == Casualties(0, 0, 0)
    nothing = _totals("Assailants set fire to a school.")
    assert nothing.fatalities.best is None
    assert nothing.injuries.best is None
    closed = _totals("Assailants set fire to a school.", closed_world=True)
    assert (closed.fatalities.best, closed.injuries.best) == (0, 0)
    assert closed.deaths_by_side == DeathsBySide(0, 0, 0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Several people were killed in the clash.",
        "Casualty figures were not available.",
        "Officials confirmed casualties but gave no figures.",
        "The Taliban claimed that 12 soldiers were killed.",
        "At least two people were killed across the three attacks.",
    ],
)
def test_casualties_without_a_usable_figure_stay_none_in_a_closed_world(text: str) -> None:
    totals = _totals(text, closed_world=True)
    assert totals.fatalities.best is None
    assert totals.deaths_by_side == DeathsBySide()


def test_vague_words_count_outside_the_closed_world() -> None:
    assert _totals("Several people were killed in the clash.").fatalities == Casualties(3, 3, None)


def test_official_figure_beats_a_claim_which_only_raises_high() -> None:
    text = (
        "Officials said no soldiers were killed; the Taliban, who claimed the attack, said 10 died."
    )
    assert _totals(text, closed_world=True).fatalities == Casualties(0, 0, 10)
    later = _totals("Four police officers were killed. The Taliban claimed responsibility for "
                    "the attack and stated that nine officers had died.")  # fmt: skip
    assert later.fatalities == Casualties(4, 4, 9)


def test_official_figure_beats_residents() -> None:
    text = "Officials said two civilians were killed, while residents put the toll at nine."
    assert _totals(text).fatalities == Casualties(2, 2, 9)


def test_residents_stand_in_when_no_one_else_counts() -> None:
    assert _totals("Residents said seven villagers were killed.").fatalities == Casualties(7, 7, 7)


def test_a_later_official_figure_revises_an_earlier_report() -> None:
    text = ("Initial reports said four soldiers had been killed; the defence ministry later said "
            "seven soldiers and the bomber died.")  # fmt: skip
    totals = _totals(text)
    assert totals.fatalities == Casualties(5, 8, 8)
    assert totals.deaths_by_side == DeathsBySide(actor1=1, actor2=7, civilians=None, unknown=None)


def test_sides_add_up_to_a_revised_toll() -> None:
    totals = _totals("Six civilians were killed. The death toll later rose to 20.")
    assert totals.fatalities.best == 20
    assert totals.deaths_by_side == DeathsBySide(None, None, civilians=6, unknown=14)


def test_implied_bomber_death_counts_once_and_only_if_not_stated() -> None:
    implied = _totals("A suicide bomber blew himself up at a checkpoint, killing two soldiers.")
    assert implied.fatalities.best == 3
    stated = _totals("A suicide bomber blew himself up at a checkpoint. Two soldiers and the "
                     "bomber were killed.")  # fmt: skip
    assert stated.fatalities.best == 3
    assert stated.attackers_killed == 1


def test_vague_counts() -> None:
    totals = _totals("Dozens of people were wounded.")
    assert totals.injuries == Casualties(12, 12, None)


def test_shared_figures_are_divided_only_when_asked() -> None:
    text = ("This was one of six related attacks. At least 21 people were killed and 30 others "
            "were injured across the attacks.")  # fmt: skip
    assert related_incidents(text) == 6
    divided = _totals(text, related=related_incidents(text))
    assert (divided.fatalities.best, divided.injuries.best) == (4, 5)
    plain = _totals(text, closed_world=True)
    assert (plain.fatalities.best, plain.injuries.best) == (None, None)


def test_own_figures_win_over_shared_ones() -> None:
    text = ("Two police officers were killed in the attack. At least five people were killed "
            "across the three attacks.")  # fmt: skip
    assert _totals(text).fatalities.best == 2


def test_kidnapped_total() -> None:
    totals = _totals("Assailants abducted 15 passengers from a bus. Two of them were later freed.")
    assert totals.kidnapped == 15
    assert totals.fatalities.best is None


# -- other languages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "killed", "injured"),
    [
        ("Saldırıda 3 asker şehit oldu, 5 asker yaralandı.", "tr", 3, 5),
        ("Patlamada en az altı sivil hayatını kaybetti.", "tr", 6, None),
        ("İki polis yaralandı.", "tr", None, 2),
        ("Saldırıda kimse yaralanmadı.", "tr", None, 0),  # nobody wounded: the dead untold
        ("В результате взрыва погибли пять человек, еще семеро получили ранения.", "ru", 5, 7),
        ("Погибли двое военнослужащих.", "ru", 2, None),
        ("Никто не пострадал.", "ru", 0, 0),
        ("قتل ثلاثة مدنيين وأصيب خمسة آخرون في الانفجار.", "ar", 3, 5),
        ("لقي ٤ جنود حتفهم.", "ar", 4, None),
    ],
)
def test_other_languages(text: str, language: str, killed: int | None, injured: int | None) -> None:
    totals = _totals(text, language)
    assert (totals.fatalities.best, totals.injuries.best) == (killed, injured)


def test_russian_groups() -> None:
    found = find_casualties("Погибли трое полицейских.", language="ru")
    assert [(m.quantity.best, m.group) for m in found] == [(3, "security")]
