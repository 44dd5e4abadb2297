"""Scoring predicted events against gold: matching, per-field accuracy, event P/R/F1.

Events are matched within each document (a predicted event belongs to every document it
cites) by an optimal assignment on a similarity of key fields. Per-field accuracy is computed
over matched pairs, for the fields each gold event annotates; ``null`` in gold is a value
("not stated") and is scored like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from conflictdesk.evaluate.gold import GoldEvent
from conflictdesk.extract.places import lookup
from conflictdesk.model import Event
from conflictdesk.resolve.matcher import phrase_key
from conflictdesk.resolve.registry import load_registry
from conflictdesk.resolve.spelling import skeleton

# Fields scored per event, in report order. Nested fields use a dot.
SCORED_FIELDS: tuple[str, ...] = (
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "attack_type",
    "weapon_type",
    "suicide",
    "actor1",
    "actor2",
    "claimed_by",
    "target_type",
    "country",
    "admin1",
    "location",
    "fatalities.best",
    "fatalities.low",
    "fatalities.high",
    "injuries.best",
    "deaths_by_side.actor1",
    "deaths_by_side.civilians",
    "persons",
    "tags",
)

# Fields that decide which predicted event a gold event is paired with, and their weights.
MATCH_WEIGHTS: Mapping[str, float] = {
    "event_date": 2.0,
    "admin1": 1.0,
    "location": 1.0,
    "sub_event_type": 1.0,
    "actor1": 0.5,
    "target_type": 0.5,
    "persons": 1.0,
}
# A pair needs at least this share of the weighted key fields to agree to count as a match.
# Calibrated on the sample gold: same-document distinct events share at most ~0.3.
MIN_MATCH_SIMILARITY = 0.34


@dataclass(frozen=True, slots=True)
class FieldScore:
    field: str
    scored: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.scored if self.scored else None


@dataclass(frozen=True, slots=True)
class Mismatch:
    document_id: str
    field: str
    gold: Any
    predicted: Any
    event_id: str


@dataclass(frozen=True, slots=True)
class FusionScore:
    """Pairwise fusion quality over gold events of different documents that were matched.

    A pair is "same" in gold when both carry the same ``cluster`` key, and "same" in the
    prediction when both were matched to one predicted event.
    """

    pairs: int
    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def precision(self) -> float | None:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs,
            "true_positive": self.true_positive,
            "false_positive": self.false_positive,
            "false_negative": self.false_negative,
            "precision": self.precision,
            "recall": self.recall,
        }


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    gold_events: int
    predicted_events: int
    matched: int
    fields: tuple[FieldScore, ...]
    mismatches: tuple[Mismatch, ...]
    documents: int
    fusion: FusionScore | None = None

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_events if self.predicted_events else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_events if self.gold_events else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, field: str) -> float | None:
        for score in self.fields:
            if score.field == field:
                return score.accuracy
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events": {
                "gold": self.gold_events,
                "predicted": self.predicted_events,
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "fields": {
                s.field: {
                    "scored": s.scored,
                    "correct": s.correct,
                    "accuracy": None if s.accuracy is None else round(s.accuracy, 4),
                }
                for s in self.fields
            },
            "fusion": self.fusion.to_dict() if self.fusion else None,
        }


def value_of(event: Event, dotted: str) -> Any:
    record = event.to_dict()
    head, _, tail = dotted.partition(".")
    value = record.get(head)
    return value.get(tail) if tail and isinstance(value, Mapping) else value


def same(field: str, gold: Any, predicted: Any) -> bool:
    """Whether a predicted value counts as the gold value for ``field``."""
    if field == "persons":
        if not gold:
            return not predicted
        found = set().union(*(_person_keys(p) for p in _records(predicted)))
        return all(_person_keys(p) & found for p in _records(gold))
    if field == "tags":
        return set(gold or ()) <= set(predicted or ())
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if field == "location":
        return same_place(str(gold), str(predicted))
    if field in ("target", "admin1", "country"):
        return phrase_key(str(gold)) == phrase_key(str(predicted))
    if field == "event_date":
        return str(gold)[:10] == str(predicted)[:10]
    if isinstance(gold, str) and isinstance(predicted, str):
        return gold.casefold() == predicted.casefold()
    return bool(gold == predicted)


def same_place(gold: str, predicted: str) -> bool:
    """One place: the same words, or two spellings the gazetteer holds for one entry of the
    same kind ("Pul-e-Khumri" and "Pul-i-Khumri"; "Nad-e Ali district" and "Nad Ali
    district"). A district is never its centre town, even where they share a name. A place the
    gazetteer lacks (a village) may be written as the report writes it or romanised: the same
    consonant skeleton in two scripts is one place ("Намакаб" and "Namakab", "سرخ مرغاب" and
    "Surkh Murghab")."""
    if phrase_key(gold) == phrase_key(predicted):
        return True
    gold_entries, predicted_entries = _entries(gold), _entries(predicted)
    if gold_entries & predicted_entries:
        return True
    if gold_entries or predicted_entries or _known(gold) or _known(predicted):
        return False  # a place the gazetteer holds is only ever its own spellings
    consonants = skeleton(gold)
    return len(consonants) >= _MIN_PLACE_SKELETON and consonants == skeleton(predicted)


# A village's consonant skeleton shorter than this ("Sin", "Shewan") names too many places.
_MIN_PLACE_SKELETON = 3


def _known(name: str) -> bool:
    """The gazetteer holds the name, as written or without "district", as any kind of place."""
    registry = load_registry()
    return bool(lookup(name.strip(), registry) or lookup(_DISTRICT.sub("", name.strip()), registry))


_DISTRICT = re.compile(r"\s+district$", re.IGNORECASE)


def _entries(name: str) -> frozenset[str]:
    written = name.strip()
    bare = _DISTRICT.sub("", written)
    if bare == written:
        kinds: tuple[str, ...] = ("town", "area", "landmark")
        found = lookup(bare, load_registry())
    else:
        # The gazetteer holds a district's spelling with its generic word where the bare
        # spelling names a town or another district ("Dehdadi district" for Dihdadi, while
        # "Dehdadi" is the town): look the name up as written and bare.
        kinds = ("district",)
        found = (*lookup(written, load_registry()), *lookup(bare, load_registry()))
    return frozenset(p.id for p in found if p.kind in kinds)


def _records(persons: Any) -> list[Mapping[str, Any]]:
    return [p for p in persons or () if isinstance(p, Mapping)]


# A consonant skeleton shorter than this ("Ali", "Omar") is too common to name one person.
_MIN_NAME_SKELETON = 4


def _person_keys(person: Mapping[str, Any]) -> set[object]:
    """A person's name as written, the registry person it names, and the name's consonant
    skeleton: "محمد داود مزمل" in a gold line and "Mullah Dawood Muzammil" (person_id
    dawood-muzammil) predicted are one man, and so are "Сергей Калинин" and "Sergei Kalinin",
    or "Muhammed Davud Muzemmil" and "Mohammad Dawood Muzammil" (the same name in another script
    or transliteration, as gold written in English for a Russian report gives it)."""
    written = str(person.get("name", ""))
    keys: set[object] = set()
    for form in dict.fromkeys((written, _without_honorific(written))):
        name = phrase_key(form)
        keys.add(name)
        known = person.get("person_id") or _registry_names().get(name)
        if known:
            keys.add(("person_id", known))
        consonants = skeleton(form)
        if len(consonants) >= _MIN_NAME_SKELETON:
            keys.add(("skeleton", consonants))
    return keys


# Religious honorifics writers keep or drop before a name as they please ("Mawlawi Abdul
# Qadir Saqib" in one gold line, "Abdul Qadir Saqib" in another): the name without them is
# the same person.
_HONORIFICS = frozenset(
    [
        "mullah",
        "mulla",
        "mawlawi",
        "mawlavi",
        "maulvi",
        "moulvi",
        "mowlawi",
        "maulawi",
        "maulana",
        "mawlana",
        "mevlana",
        "mevlevi",
        "molla",
        "sheikh",
        "shaikh",
        "şeyh",
        "мулла",
        "молла",
        "мавлави",
        "маулави",
        "мовлави",
        "шейх",
        "ملا",
        "الملا",
        "مولوي",
        "المولوي",
        "مولانا",
        "الشيخ",
        "شيخ",
    ]
)


def _without_honorific(written: str) -> str:
    """The name with its leading religious honorifics taken off, or as written when nothing
    would be left of it."""
    words = written.split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


@cache
def _registry_names() -> dict[tuple[str, ...], str]:
    """Every name and alias of the registry's people (one person each), to its person_id."""
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for person in load_registry().people:
        for name in (person.name, *person.aliases):
            found[phrase_key(name)].add(person.person_id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


def similarity(gold: GoldEvent, event: Event) -> float:
    """The share of the gold event's key fields (weighted) that the predicted event agrees on."""
    return _agreement(gold, event)[0]


# In the assignment, each unit of agreeing weight adds this much, so that between two
# candidates with the same share, the one agreeing on more evidence wins (a sparse gold line
# agreeing on one field must not take the event a fuller line matches on five).
EVIDENCE_BONUS = 0.02


def _agreement(gold: GoldEvent, event: Event) -> tuple[float, float]:
    total = agree = 0.0
    for field, weight in MATCH_WEIGHTS.items():
        if not gold.has(field):
            continue
        total += weight
        if field == "event_date":
            agree += weight * _date_closeness(gold.get(field), event.event_date)
        elif same(field, gold.get(field), value_of(event, field)):
            agree += weight
    return (agree / total if total else 0.5), agree


def _date_closeness(gold: Any, predicted: dt.date | None) -> float:
    if gold is None or predicted is None:
        return 1.0 if gold is None and predicted is None else 0.0
    days = abs((dt.date.fromisoformat(str(gold)[:10]) - predicted).days)
    return 1.0 if days == 0 else 0.5 if days <= 3 else 0.0


def match_document(
    gold: Sequence[GoldEvent], predicted: Sequence[Event]
) -> list[tuple[GoldEvent, Event]]:
    if not gold or not predicted:
        return []
    pairs = [[_agreement(g, e) for e in predicted] for g in gold]
    share = np.array([[p[0] for p in row] for row in pairs])
    evidence = np.array([[p[1] for p in row] for row in pairs])
    rows, cols = linear_sum_assignment(-(share + EVIDENCE_BONUS * evidence))
    return [
        (gold[r], predicted[c])
        for r, c in zip(rows, cols, strict=True)
        if share[r, c] >= MIN_MATCH_SIMILARITY
    ]


def score(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> EvaluationReport:
    """Score events predicted for the gold documents. Events of other documents are ignored."""
    gold_by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g.document_id].append(g)
    pred_by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in predicted:
        for doc_id in dict.fromkeys(s.document_id for s in event.sources):
            if doc_id in gold_by_doc:
                pred_by_doc[doc_id].append(event)
    counts: dict[str, list[int]] = {f: [0, 0] for f in SCORED_FIELDS}
    mismatches: list[Mismatch] = []
    matched = 0
    assigned: list[tuple[GoldEvent, Event]] = []
    for doc_id, gold_events in gold_by_doc.items():
        pairs = match_document(gold_events, pred_by_doc.get(doc_id, []))
        matched += len(pairs)
        assigned.extend(pairs)
        for g, event in pairs:
            for field in SCORED_FIELDS:
                if not g.has(field):
                    continue
                counts[field][0] += 1
                ok = same(field, g.get(field), value_of(event, field))
                counts[field][1] += int(ok)
                if not ok:
                    mismatches.append(
                        Mismatch(
                            doc_id, field, g.get(field), value_of(event, field), event.event_id
                        )
                    )
    return EvaluationReport(
        gold_events=len(gold),
        predicted_events=sum(len(v) for v in pred_by_doc.values()),
        matched=matched,
        fields=tuple(FieldScore(f, n, c) for f, (n, c) in counts.items() if n),
        mismatches=tuple(mismatches),
        documents=len(gold_by_doc),
        fusion=fusion_score(assigned),
    )


def fusion_score(assigned: Sequence[tuple[GoldEvent, Event]]) -> FusionScore | None:
    clustered = [(g, e) for g, e in assigned if g.cluster]
    tp = fp = fn = pairs = 0
    for i, (g1, e1) in enumerate(clustered):
        for g2, e2 in clustered[i + 1 :]:
            if g1.document_id == g2.document_id:
                continue
            pairs += 1
            gold_same, predicted_same = g1.cluster == g2.cluster, e1.event_id == e2.event_id
            tp += gold_same and predicted_same
            fp += predicted_same and not gold_same
            fn += gold_same and not predicted_same
    return FusionScore(pairs, tp, fp, fn) if pairs else None
