"""Alternations grouped by first letter (``caseless.factored``) match exactly as written."""

from __future__ import annotations

import random
import re

import pytest

from conflictdesk.extract.caseless import factored

PATTERNS = (
    # plain word lists, with a barrier branch (a group) in the middle
    r"shot|stabbed|(?:car|truck) bomb|strangled|burned|bodies",
    r"\b(?:killed|kidnapped|(?P<who>gunmen|guards)|killing|died|dead)\b",
    # the first entry in order wins at one position: "kill" before "killed"
    r"kill|die|killed|dying",
    # nested groups, a look-ahead and a named group
    r"\b(?:(?P<blast>blast(?:ed|s)?|bomb(?=ing)|bombed)|(?:mortar|missile)s?)",
    # a look-behind keeps its own alternation
    r"(?<=by |of )(?:police|army|people)",
    # quantified first letters are barriers: "s?hot" cannot be grouped with "shot"
    r"shell|s?hot|shot|sheer",
    r"[abc]ttack|attack|ambush|\dth|a",
    r"ölü|öldü|yaralı|убит|убиты|ранен|قتل|قتلى",
)
SENTENCES = (
    "Gunmen shot dead two guards and stabbed a third before the car bomb went off.",
    "The killing of the bodies' owners was kill-listed; one died, the dead were burned.",
    "Blasts and blasted walls: a bombing, then mortars and a missile bombed the village.",
    "It was carried out by police, backed by army units, at the request of people there.",
    "Shell shock: shots were heard, hot metal, sheer panic, shell casings everywhere.",
    "an attack, a 5th ambush, bttack; attackers ambushed",
    "İki kişi öldü, üç kişi yaralı; двое убиты, один ранен; قتل ثلاثة وقتلى",
    "",
)


def _signature(pattern: re.Pattern[str], text: str) -> list[object]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_factored_matches_as_written(pattern: str) -> None:
    written, grouped = re.compile(pattern), re.compile(factored(pattern))
    assert grouped.groupindex == written.groupindex
    words = " ".join(SENTENCES).split()
    rng = random.Random(7)
    shuffled = [" ".join(rng.choice(words) for _ in range(12)) for _ in range(300)]
    for text in (*SENTENCES, *shuffled):
        assert _signature(grouped, text) == _signature(written, text)


def test_branches_sharing_a_letter_are_grouped() -> None:
    assert factored("kill|dead|kidnap|death") == "k(?:ill|idnap)|d(?:ead|eath)"
    assert factored(r"\b(?:shot|stab|shell)\b") == r"\b(?:s(?:hot|tab|hell))\b"


def test_no_branch_moves_past_a_barrier() -> None:
    # "(?:car|van) bomb" may start with anything: "cart" stays after it
    assert factored("cars|(?:car|van) bomb|cart") == "cars|(?:car|van) bomb|cart"
    assert factored(r"\w+ed|walked|waited") == r"\w+ed|w(?:alked|aited)"


def test_left_alone() -> None:
    assert factored(r"(?i)kill|kidnap") == r"(?i)kill|kidnap"  # inline flags
    assert factored(r"(?<=by |be )x") == r"(?<=by |be )x"  # a look-behind's width
    assert factored(r"(a)?(?(1)b|c)") == r"(a)?(?(1)b|c)"  # a conditional
    assert factored(r"[|k]ill|kid") == r"[|k]ill|kid"  # a class first: a barrier


IGNORECASE_PATTERNS = (
    r"\b(?:Kill\w*|kidnap\w*|Dead|death|Shot|stab)",
    # a Turkish and a Russian word open with letters that have other case forms: not grouped
    r"şehit|Şiddet|ölü|öldü|Убит|убиты|ранен",
    r"ıs|is|İs|ſhot|shot|\u212aill|kill",
)
IGNORECASE_TEXTS = (
    "KILLED, Kidnapped, DEAD and deaths; SHOT, Stabbed.",
    "ŞEHİT, şiddet, ÖLÜ, öldü; УБИТ, Убиты, РАНЕН.",
    "IS is İs ıs ſhot SHOT Kill \u212aILL kILL",
)


@pytest.mark.parametrize("pattern", IGNORECASE_PATTERNS)
def test_factored_under_ignorecase(pattern: str) -> None:
    written = re.compile(pattern, re.IGNORECASE)
    grouped = re.compile(factored(pattern, ignorecase=True), re.IGNORECASE)
    for text in (*IGNORECASE_TEXTS, *SENTENCES):
        assert _signature(grouped, text) == _signature(written, text)


def test_ignorecase_groups_ascii_letters_only() -> None:
    assert factored("Kill|kidnap|dead", ignorecase=True) == "K(?:ill|idnap)|dead"
    assert factored("şehit|şiddet", ignorecase=True) == "şehit|şiddet"
    assert factored("قتل|قتلى", ignorecase=True) == "ق(?:تل|تلى)"  # no case: grouped
