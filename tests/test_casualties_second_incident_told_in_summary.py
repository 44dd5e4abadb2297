"""A second attacker or blast told beside the main one, with its own toll marked as more
("a second bomber killed 12 more"), is another incident: its figure is not the main one's.
Invented sentences."""

from __future__ import annotations

import pytest

from conflictdesk.extract.tolls import totals_of


def _killed(*sentences: str) -> int | None:
    return totals_of(sentences, "en").fatalities.best


@pytest.mark.parametrize(
    "second",
    [
        "Two hours later a second bomber killed 12 more outside the Ministry of Mines.",
        "A nearly simultaneous blast in Herat killed 12 more.",
        "The earlier explosion nearby had killed 12 other people.",
        "Another car bomb near Kandahar airport killed 12 more.",
        "The same evening a guard opened fire at the gate, killing 12 more.",
    ],
)
def test_the_toll_of_a_second_attack_is_left_out(second: str) -> None:
    main = "A roadside bomb struck a bus in Ghazni, killing nine passengers."
    assert _killed(main, second) == 9


def test_the_bomber_of_the_second_attack_is_left_out_with_its_toll() -> None:
    main = "A truck bomb exploded in a market in Kunduz, killing nine shoppers."
    second = "The same night a recruit blew himself up at the police base, killing 12 more."
    assert _killed(main, second) == 9


def test_a_figure_not_told_as_more_stays_the_main_attacks() -> None:
    # near miss: the second bomber is the main act, and his toll has no "more"
    main = "A second bomber blew himself up among rescuers, killing nine of them."
    assert _killed(main) == 10


def test_a_later_time_word_after_the_figure_leaves_it_alone() -> None:
    # near miss: "the same evening" follows the figure, which stays this incident's
    sentence = "The blast killed a judge and four other people; it was claimed the same evening."
    assert _killed(sentence) == 5


def test_a_second_bomber_at_the_same_site_is_left_to_the_main_toll() -> None:
    # near miss: no place of its own, so "more" may be more of this incident's dead
    main = "A bomb exploded at a wedding hall, killing nine guests."
    second = "A second bomber then struck the rescuers, killing 12 more."
    assert _killed(main, second) == 21


def test_a_bomber_dying_with_his_victims_reaches_the_casualty_reader() -> None:
    from conflictdesk.extract.facts import _CASUALTY_HINT

    # "dying" is not "die": without it the sentence never reaches the reader
    assert _CASUALTY_HINT.search("A bomber detonated his vest, dying with six guards.")
    # near miss: a sentence of no casualty word stays unread
    assert not _CASUALTY_HINT.search("A bomber detonated his vest at the gate.")


def _killed_with_attackers_told(sentence: str, told: int | None) -> int | None:
    from conflictdesk.extract.casualties import find_casualties
    from conflictdesk.extract.tolls import aggregate_report

    mentions = find_casualties(sentence, offset=0, language="en")
    return aggregate_report(mentions, [0], attackers_told=told).fatalities.best


def test_attackers_left_out_of_a_toll_are_as_many_as_took_part() -> None:
    sentence = "Police said 14 people died, not counting the attackers, all of whom were shot."
    assert _killed_with_attackers_told(sentence, 6) == 20


def test_attackers_left_out_without_a_count_told_add_nothing() -> None:
    # near miss: the report never says how many attacked
    sentence = "Police said 14 people died, not counting the attackers."
    assert _killed_with_attackers_told(sentence, None) == 14


def test_a_person_among_a_toll_of_a_pair_of_groups_is_inside_it() -> None:
    sentence = "The district chief was among 14 soldiers and villagers killed."
    assert _killed(sentence) == 14


def test_a_pair_of_groups_without_a_figure_is_no_toll() -> None:
    # near miss: no counted group opens the list
    assert _killed("Soldiers and villagers killed in the war were buried.") is None
