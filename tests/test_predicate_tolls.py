"""Russian casualty nouns told as a predicate, the suicide bomber a Turkish toll includes,
and a vehicle that hit a mine (docs/quantities.md 2a)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of


def test_victims_as_predicate_count_each_group_after_the_verb() -> None:
    totals = totals_of(
        [
            "Жертвами обстрела, начавшегося утром на окраине Герата, стали 40 жителей "
            "и 5 пограничников."
        ],
        "ru",
    )
    assert totals.fatalities.best == 45
    assert totals.deaths_by_side.actor2 == 5


def test_wounds_as_predicate_after_an_aside() -> None:
    totals = totals_of(["Ранения, по словам врачей, получили 30 человек."], "ru")
    assert totals.injuries.best == 30


def test_predicate_without_a_figure_counts_nobody() -> None:
    assert totals_of(["Жертвами нападения стали местные торговцы."], "ru").fatalities.best is None


def test_vehicle_that_hit_a_mine_is_no_bomber() -> None:
    sentence = "Бронемашина подорвалась на самодельном взрывном устройстве у Кандагара."
    assert find_casualties(sentence, language="ru") == []
    bomber = find_casualties("Смертник подорвался у ворот базы.", language="ru")
    assert [(m.group, m.relation) for m in bomber] == [("attackers", "implied")]


def test_turkish_toll_including_the_suicide_bomber() -> None:
    with_bomber = totals_of(
        [
            "Saldırgan kalabalığın içinde kendini patlattı.",
            "Ölü sayısı canlı bomba dahil 8'e çıktı.",
        ],
        "tr",
    )
    assert (with_bomber.fatalities.best, with_bomber.deaths_by_side.actor1) == (8, 1)
    without = totals_of(
        ["Saldırgan kalabalığın içinde kendini patlattı.", "Ölü sayısı 8'e çıktı."], "tr"
    )
    assert without.fatalities.best == 9


def test_russian_sentence_of_a_bomber_alone_is_read_for_casualties() -> None:
    from conflictdesk.extract.facts import read_sentence
    from conflictdesk.extract.sentences import Sentence
    from conflictdesk.resolve.registry import load_registry

    registry = load_registry()

    def read(text: str) -> list[tuple[str, str]]:
        facts = read_sentence(
            Sentence(0, 0, len(text), text), registry, language="ru", reference=None
        )
        return [(m.group, m.relation) for m in facts.casualties]

    assert read("Смертник подорвал себя у ворот посольства.") == [("attackers", "implied")]
    assert read("Бронемашина подорвалась на мине у Кандагара.") == []
