"""Attackers a report counted where it told the attack, and later names without a figure
(invented sentences): "the attackers were killed", "the figures do not include the
attackers" take that count."""

from __future__ import annotations

from conflictdesk.extract.attackers_told import attackers_told
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import aggregate_report
from conflictdesk.model import Casualties


def _killed(sentences: list[str], language: str) -> Casualties:
    mentions, starts, offset = [], [], 0
    for sentence in sentences:
        starts.append(offset)
        mentions += find_casualties(sentence, offset=offset, language=language)
        offset += len(sentence) + 1
    told = attackers_told(sentences, language)
    return aggregate_report(mentions, starts, attackers_told=told).fatalities


def test_counts_of_attackers_in_four_languages() -> None:
    assert attackers_told(["Six gunmen stormed the compound at dawn."], "en") == 6
    assert attackers_told(["Polis, 4 genç saldırganın otele girdiğini söyledi."], "tr") == 4
    assert attackers_told(["В здание ворвались трое нападавших."], "ru") == 3
    assert attackers_told(["واقتحم أربعة مسلحين المبنى."], "ar") == 4


def test_no_count_from_a_year_a_toll_or_one_bomber() -> None:
    assert attackers_told(["On 30 July 2023 a suicide bomber struck a rally."], "en") is None
    assert attackers_told(["A suicide bomber killed 40 people."], "en") is None
    assert attackers_told(["The gunmen fled after the attack."], "en") is None


def test_russian_toll_leaving_out_the_attackers_counted() -> None:
    killed = _killed(
        [
            "В здание ворвались трое нападавших.",
            "Погибли 11 человек.",
            "Эти данные не включают нападавших.",
        ],
        "ru",
    )
    assert killed.best == 14


def test_turkish_attackers_killed_without_a_figure() -> None:
    killed = _killed(
        [
            "Bakan, 3 saldırganın binaya girdiğini söyledi.",
            "Saldırıda 9 kişi hayatını kaybetti.",
            "Ölü sayısına saldırganlar dahil değil.",
        ],
        "tr",
    )
    assert killed.best == 12


def test_unnumbered_attackers_stay_unknown_without_a_count() -> None:
    killed = _killed(["Погибли 11 человек.", "Эти данные не включают нападавших."], "ru")
    assert killed.best == 11


def test_no_count_from_the_day_of_a_summary_date() -> None:
    assert attackers_told(["11/14/2019: Gunmen raided a checkpoint."], "en") is None
    assert attackers_told(["14.11.2019: Gunmen raided a checkpoint."], "en") is None
    assert attackers_told(["11/14/2019: Four gunmen raided a checkpoint."], "en") == 4


def test_militants_counted_as_attackers_only_when_they_carry_out_the_attack() -> None:
    led = "Four militants, led by a suicide bomber in a truck, stormed the district office."
    assert attackers_told([led], "en") == 4
    assert attackers_told(["Three insurgents attacked the checkpoint at night."], "en") == 3
    assert attackers_told(["Troops killed 12 militants in a raid on a hideout."], "en") is None
    assert attackers_told(["Nine militants were arrested in the province."], "en") is None
