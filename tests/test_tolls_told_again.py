"""A victim told again with "a" or Turkish "bir" after a larger toll (invented sentences): one of
the dead, never a new overall toll of one."""

from __future__ import annotations

from conflictdesk.extract.casualties import CasualtyMention, find_casualties
from conflictdesk.extract.tolls import aggregate_report
from conflictdesk.model import Casualties


def _killed(language: str, *sentences: str) -> Casualties:
    mentions: list[CasualtyMention] = []
    starts: list[int] = []
    offset = 0
    for sentence in sentences:
        starts.append(offset)
        mentions += find_casualties(sentence, offset=offset, language=language)
        offset += len(sentence) + 1
    return aggregate_report(mentions, starts).fatalities


def test_turkish_bir_after_a_larger_toll_is_one_of_the_dead() -> None:
    killed = _killed(
        "tr",
        "Polis, saldırıda Kaymakam Ahmet ile üç korumasının öldüğünü açıkladı.",
        "Bakanlık, Ahmet'in bir saldırıda şehit olduğunu duyurdu.",
    )
    assert killed.best == 4


def test_english_a_person_after_a_larger_toll_is_one_of_the_dead() -> None:
    killed = _killed(
        "en",
        "Five people were killed when the bomb went off near the bazaar.",
        "A person was killed as he walked past the bus stop, a witness said.",
    )
    assert killed.best == 5


def test_a_later_overall_figure_still_replaces_the_toll() -> None:
    killed = _killed(
        "en",
        "Five people were killed when the bomb went off.",
        "Hospital officials later said seven people had been killed.",
    )
    assert killed.best == 7
