"""The fourth speed pass keeps results: each gate skips only work that could find nothing."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

from conflictdesk import extract
from conflictdesk.extract import triggers
from conflictdesk.extract.caseless import Gated, Needs, needed_words
from conflictdesk.extract.lexicon_en import EN_TRIGGERS

# Words and pieces of the trigger entries, so that random texts hit many of them.
_PIECES = sorted(
    {w for _, pattern in EN_TRIGGERS for w in re.findall(r"[a-z][a-z-]+", pattern)}
    | {"the", "a", "two", "men", "in", "on", "at", "his", "were", "by", "İ", "ſhot", "KILLED"}
)
SENTENCES = [
    "A suicide bomber blew himself up near a checkpoint, killing five.",
    "Gunmen opened fire on a bus and took control of it before a roadside bomb exploded.",
    "The car bomb was found and defused; police arrested two men.",
    "Nothing happened here today.",
    "Rockets and mortars were fired at the base; a drone strike followed.",
    "İstanbul police said the attackers were SHOT dead.",  # lower case changes length
    "Militants ſhot the guard and torched the school.",  # long s: folded to s
    "vbied, v.b.i.e.d and VBIEDs; ak-47s and RPGs; an IED, IEDs.",
]


def _expected(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), str(m.lastgroup)) for m in triggers._english_pattern().finditer(text)
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_gate_keeps_every_match(text: str) -> None:
    assert triggers._english_matches(text) == _expected(text)


def test_trigger_gate_on_random_texts() -> None:
    rng = random.Random(4)
    for _ in range(1500):
        words = rng.choices(_PIECES, k=rng.randint(1, 14))
        text = "".join(w + rng.choice([" ", " ", ", ", "-", ". ", ""]) for w in words)
        assert triggers._english_matches(text) == _expected(text), text


def test_leading_letters_of_a_pattern() -> None:
    def starts(pattern: str) -> set[str]:
        return triggers._starts(list(triggers._PARSER.parse(pattern)))

    assert starts(r"explod\w+|blasts?") == {"expl", "blas"}
    assert starts(r"\bieds?\b") == {"ied", "ieds"}
    assert starts(r"(?:hand[- ])?grenades?") == {"hand", "gren"}
    assert "" in starts(r"[a-z]+ attack")  # no leading letter: always tried
    assert "" in starts(r"-?attack")


def _gated_patterns() -> list[re.Pattern[str]]:
    from conflictdesk.extract import actors, casualties

    return [
        *(p for p, _ in actors._CLAIM_NEEDS),
        *(p for p, _ in actors._ATTRIBUTION_NEEDS),
        *(p for p, _, _ in actors._AGENT_READERS),
        *(p for p, _, _ in actors._PATIENT_READERS),
        actors._CLASH_FIRST,
        *(p for table, _ in casualties._ZERO_TABLES for p, _, _ in table),
        *(
            getattr(casualties, name.removesuffix("_NEEDS"))
            for name in dir(casualties)
            if name.endswith("_NEEDS")
        ),
    ]


def test_needed_words_of_a_pattern() -> None:
    assert needed_words(re.compile(r"\bkilled\s+(?:along\s+)?with\s+\w+")) == ("killed",)
    # the set whose shortest word is longest
    assert needed_words(re.compile(r"(?:claimed|took) (?:credit|responsibility)", re.I)) == (
        "credit",
        "responsibility",
    )
    assert needed_words(re.compile(r"(?:a|an) \w+")) is None  # too short to be worth a test
    assert needed_words(re.compile(r"(?:bomb|\w+) attack")) == (" attack",)
    assert needed_words(re.compile(r"(?:bomb|\w+)?\d+")) is None


SHADOWS = [
    "ⒶⒶⒶ claimed responsibility for the attack, police said, blaming ⒶⒶ.",
    "The attack was blamed on ⒶⒶⒶ, who denied it; ⒶⒶ fighters KILLED two.",
    "Clashes between ⒶⒶ and ⒶⒶⒶ left 12 dead, including 3 civilians, among them a ſoldier.",
    "A third policeman has died, and the bodies of two men were found by ⒶⒶ.",
    "Rabbani and the bomber were killed; ⒶⒶ-linked gunmen killed the cleric with 19 others.",
    "İİ ⒶⒶ ATTACKED a post",  # lower case changes length: never gated
    "There were no casualties; the Taliban denied any casualties, and 3 were unhurt.",
    "The number of dead is unknown, and casualty figures were not released.",
]


@pytest.mark.parametrize("text", SHADOWS)
def test_every_match_holds_a_needed_word(text: str) -> None:
    for pattern in _gated_patterns():
        needs = Needs(pattern)
        for match in pattern.finditer(text):
            assert needs.met(text), pattern.pattern
            assert needs.met(match.group()), pattern.pattern


def _gated_by_name() -> dict[str, Gated]:
    """Every ``Gated`` pattern of the extractor's modules, by module and name."""
    found: dict[str, Gated] = {}
    for info in pkgutil.iter_modules(extract.__path__):
        module = importlib.import_module(f"conflictdesk.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found[f"{info.name}.{name}"] = value
    return found


# Texts made of the words the gates test and of words around them, so that many patterns match.
_GATE_PIECES = sorted(
    {w.strip() for g in _gated_by_name().values() for w in needed_words(g.pattern) or ()}
    | {"the", "a", "two", "men", "were", "was", "his", "their", "of", "in", "by", "who", "had"}
    | {"İ", "ſhot", "KILLED", "Taliban", "police", "later", "dead", "more", "bodies", "how"}
)


def _corpus_sentences() -> list[str]:
    """Every third sentence (cut at stops, roughly) of the dev corpora and the pack samples,
    and the opening half of each (the window a pattern ending in ``$`` reads)."""
    root = Path(__file__).resolve().parents[1]
    paths = [
        *sorted(root.glob("corpora/dev/*/docs/*")),
        *sorted(root.glob("src/conflictdesk/packs/*/samples/docs/*")),
    ]
    texts: list[str] = []
    for path in paths:
        if path.is_file():
            sentences = re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
            for sentence in sentences[::3]:
                texts += [sentence, sentence[: len(sentence) // 2]]
    return texts


def test_gated_patterns_on_the_corpora() -> None:
    texts = _corpus_sentences()
    assert len(texts) > 1000
    for name, gate in _gated_by_name().items():
        pattern = gate.pattern
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in gate.finditer(text)] == spans, (name, text)


def test_gated_patterns_give_the_patterns_matches() -> None:
    gated = _gated_by_name()
    assert len(gated) > 30
    rng = random.Random(7)
    texts = [*SENTENCES, *SHADOWS]
    for _ in range(400):
        words = rng.choices(_GATE_PIECES, k=rng.randint(1, 16))
        texts.append("".join(w + rng.choice([" ", " ", ", ", "-", ". ", ""]) for w in words))
    for name, gate in gated.items():
        pattern = gate.pattern
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in gate.finditer(text)] == spans, (name, text)
            assert gate.findall(text) == pattern.findall(text), (name, text)
            assert gate.sub("#", text) == pattern.sub("#", text), (name, text)
            for pos in (0, len(text) // 2):
                found, expected = gate.search(text, pos), pattern.search(text, pos)
                assert (found and found.span()) == (expected and expected.span()), (name, text)
                found, expected = gate.match(text, pos), pattern.match(text, pos)
                assert (found and found.span()) == (expected and expected.span()), (name, text)
