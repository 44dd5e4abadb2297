"""Rule-based event extraction: a ``Document`` in, ``Event`` records with evidence out.

Offline and deterministic: spaCy's blank English pipeline splits sentences; everything else
is regular expressions over sentences and the registry's phrase matchers. Stages:

1. ``sentences``: split the text; ``language`` and ``genre`` decide how to read it;
2. ``facts``: per sentence, triggers, actors with roles, dates, casualties and the place;
3. ``frames``: group sentences into events (one per incident summary, a main event and side
   incidents in wire reports, many events in analysis);
4. ``assemble``: type, perpetrator, target, place, date, toll, persons, evidence spans;
5. ``merge``: the same incident told twice in a document becomes one event.

English builds events from its own lexicon; other languages from the pack's trigger words
(Turkish and Russian in the Afghanistan pack). For a language with no trigger words the
extractor returns the mentions it found and ``needs_translation=True``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re

from conflictdesk.extract import dates
from conflictdesk.extract.actors import (
    GROUP_ANAPHOR,
    acting_groups,
    resolve_anaphors,
    topic_group,
)
from conflictdesk.extract.assemble import Context, build_event, spread_claims
from conflictdesk.extract.facts import Facts, full_date, read_sentence
from conflictdesk.extract.frames import build_frames, reference_point
from conflictdesk.extract.genre import Genre, detect_genre, summary_blocks
from conflictdesk.extract.language import detect_language
from conflictdesk.extract.mentions import collect_mentions
from conflictdesk.extract.merge import fold_claims, merge_duplicates
from conflictdesk.extract.missions import per_mission
from conflictdesk.extract.persons import surnames
from conflictdesk.extract.places import district_of, place_of
from conflictdesk.extract.sentences import Sentence, split_clauses, split_sentences
from conflictdesk.extract.state_agents import ranked_groups
from conflictdesk.model import Document, Event, Extraction
from conflictdesk.resolve.registry import Registry, load_registry

__all__ = ["extract_document", "extract_text"]

# A dateline: up to 80 characters on the first line, with a comma or a parenthesis (city,
# date, agency), ending in a dash.
_DATELINE = re.compile(r"\s*(?P<city>[^\n,،(—–]{2,40})[,،(][^\n—–]{0,60}?\s[—–-]{1,2}\s")
# A local outlet's dateline closes with a colon after its name: "TALOQAN (Shamal Press):",
# "كابل - الشرق اليوم:". The agency's name is no part of the text ("اليوم", today, in it
# dates nothing).
_AGENCY_DATELINE = re.compile(
    r"\s*(?P<city>[^\n,،(:—–-]{2,40}?)\s*(?:\([^\n()]{1,40}\)|[—–-]\s*[^\n:()—–-]{2,40}?)\s*:\s"
)
# The city of a dateline: capitals ("MAZAR-I-SHARIF"), up to three capitalised words (a
# Turkish capital too: "Şibirgan, 12 Haziran (THA) -"), or a
# name in a script without case.
_CITY = re.compile(r"[^a-z]+|(?:[A-ZÇĞİÖŞÜ][\w'.-]*\s?){1,3}")
_CAPITALS = re.compile(r"[^a-z]+")


def _builds_events(language: str, registry: Registry) -> bool:
    return language == "en" or any(t.language == language for t in registry.triggers)


def _context(
    document: Document,
    registry: Registry,
    language: str,
    facts: list[Facts],
    dateline: dates.DateMention | None,
    body_start: int,
    genre: Genre,
) -> Context:
    dateline_date = dateline.date if dateline is not None else None
    first = facts[0] if facts else None
    dateline_place = None
    if first is not None:
        head = document.text[:body_start] if body_start else first.sentence.text[:80]
        start = 0 if body_start else first.sentence.start
        dateline_place = place_of(head, registry, offset=start, loose=True)
    return Context(
        document=document,
        registry=registry,
        language=language,
        genre=genre,  # detected once per document by extract_document
        reference=dateline_date or document.published,
        dateline_place=dateline_place,
        dateline_date=dateline_date,
        dateline_end=body_start,
        surnames=surnames((f.sentence.text for f in facts), registry),
    )


def dateline_end(text: str) -> int:
    """Where a dateline ("KABUL, Sept 5 (Reuters) —", "كابل، 13 سبتمبر —") ends, or 0."""
    found = _DATELINE.match(text)
    if found is None or not _CITY.fullmatch(found.group("city").strip()):
        return 0
    return found.end()


def agency_end(text: str) -> int:
    """Where a local outlet's dateline ends ("TALOQAN (Shamal Press):", "كابل - الشرق
    اليوم:"), or 0. Only the event's date skips it: with the head kept as sentence text,
    its place still guides how a report's sentences split into incidents (measured: moving
    the frames' start too merged true side incidents of Arabic wire reports)."""
    found = _AGENCY_DATELINE.match(text)
    # the city in capitals or in a script without case: "Gunmen (two of them):" is no dateline
    if found is None or not _CAPITALS.fullmatch(found.group("city").strip()):
        return 0
    return found.end()


def _read(
    sentences: list[Sentence],
    registry: Registry,
    language: str,
    reference: dt.date | None,
    *,
    rolling: bool,
    body_start: int,
) -> list[Facts]:
    """Facts of every sentence. With ``rolling`` (long-form analysis), a year-less date
    ("on 15 October") resolves against the last full date written before it, not against
    the publication date: "On 8 October 2021 ... a week later, on 15 October" is 2021."""
    facts = []
    ceiling = reference if rolling else None
    for sentence in sentences:
        item = read_sentence(
            sentence,
            registry,
            language=language,
            reference=_year_start(sentence.text, reference) if rolling else reference,
            body_start=body_start,
            ceiling=ceiling,
        )
        facts.append(item)
        if rolling and _moves_clock(item):
            reference = _last_full_date(item, reference) or reference
        if rolling and not item.dates:
            reference = _part_of_year(item.sentence.text, reference) or reference
        elif rolling:
            reference = _year_of_writing(item, reference) or reference
        if rolling:
            reference = _opening_of_year(item.sentence.text) or reference
            reference = _heading_year(item, reference) or reference
    return facts


# A heading or title that names the year it covers ("2024 in review: the year ISKP went
# global", "## 2021", "Kabul, 2019"): the narrative under it is in that year. A year after
# "since", "after" or "before" bounds a period instead ("Ten attacks since 2021").
_HEADING_YEAR = re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)(?![\w-])")
_HEADING_LENGTH = 130
_HEADING_BOUND = re.compile(r"\b(?:since|after|before|until|from|to|and|vs|versus)\W*$", re.I)


def _heading_year(item: Facts, running: dt.date | None) -> dt.date | None:
    """The middle of the one year a heading names, when the running date is not in it."""
    text = item.sentence.text.strip()
    # a title may run long ("Annual Security Review 2023: Afghanistan operating environment
    # for humanitarian organisations"); a sentence ends on its stop
    if len(text) >= _HEADING_LENGTH or text.endswith((".", "!", "?")) or item.dates:
        return None
    found = list(_HEADING_YEAR.finditer(text))
    if len(found) != 1 or _HEADING_BOUND.search(text[: found[0].start()]):
        return None
    year = int(found[0].group("year"))
    if running is not None and running.year == year:
        return None
    return dt.date(year, 7, 1)


# "The year opened with the bombings in Kerman on 3 January": the year the narrative is in,
# not the January nearest its December.
_THE_YEAR_OPENED = re.compile(
    r"\bthe year (?:opened|began|started|kicked off)\b"
    r"|\b(?:at the (?:start|beginning|outset)|early|earlier) (?:of|in) the year\b",
    re.IGNORECASE,
)


def _year_start(text: str, running: dt.date | None) -> dt.date | None:
    """The date a sentence's year-less dates are placed from: 1 January of the running year
    when the sentence tells how that year opened, else the running date."""
    if running is None or _THE_YEAR_OPENED.search(text) is None:
        return running
    return running.replace(month=1, day=1)


# "The first weeks of 2025 suggest that the pattern of 2024 will continue. On 11 February
# ...": the opening of the year named sets the clock, whatever year the sentence names after.
_OPENING_OF_YEAR = re.compile(
    r"\b(?:the (?:first|opening|early) (?:days|weeks|months) of|the (?:start|beginning) of"
    r"|early) (?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _opening_of_year(text: str) -> dt.date | None:
    found = _OPENING_OF_YEAR.search(text)
    return dt.date(int(found.group("year")), 1, 15) if found is not None else None


# "came at the end of 2024", "in the spring of 2019": a part of a year the date reader leaves
# unread; it sets a narrative's clock, so that "On the night of 24 December" after it is 2024.
_PART_OF_YEAR = re.compile(
    r"\bthe (?P<part>end|close|start|beginning|middle|spring|summer"
    r"|autumn|fall|winter) of (?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PART_DAYS = {
    "end": (11, 15),
    "close": (11, 15),
    "start": (2, 1),
    "beginning": (2, 1),
    "middle": (7, 1),
    "spring": (4, 15),
    "summer": (7, 15),
    "autumn": (10, 15),
    "fall": (10, 15),
    "winter": (12, 15),
}


def _part_of_year(text: str, running: dt.date | None) -> dt.date | None:
    """The day a sentence with no date read in it sets the clock to when it names a part of
    a year ("The first strike ... came at the end of 2024"); None when it names none, or a
    year the running date already lies in."""
    found = _PART_OF_YEAR.search(text)
    if found is None:
        return None
    year = int(found.group("year"))
    if running is not None and running.year == year:
        return None
    month, day = _PART_DAYS[found.group("part").lower()]
    return dt.date(year, month, day)


def _year_of_writing(item: Facts, running: dt.date | None) -> dt.date | None:
    """The 1 January a narrative's clock moves to when a sentence names the year of writing
    or the one before ("Let's fast-forward to this year."), so that "January third" after it
    is in that year; None when no such year is named or the running date lies in it."""
    for mention in item.dates:
        year = mention.date if mention.relative and mention.precision == "year" else None
        if year is not None and (running is None or running.year != year.year):
            return year
    return None


def _moves_clock(item: Facts) -> bool:
    """Whether a sentence of a narrative sets the running date: it tells an event, names a
    month or a day, or is a heading ("## 2021"). A bare year in passing ("three years on
    from 2021, the group ...") does not."""
    text = item.sentence.text.strip()
    heading = text.startswith("#") or (len(text) < 60 and not text.endswith((".", "!", "?")))
    dated = any(d.date is not None and d.precision in ("day", "week", "month") for d in item.dates)
    short = len(text) < 100  # "The first signal came in spring 2022."
    return heading or bool(item.triggers) or dated or (short and bool(item.dates))


def _last_full_date(item: Facts, running: dt.date | None = None) -> dt.date | None:
    """The date a narrative last told: its last day date with a year, or a year-less one
    placed by the narrative ("a week later, on 15 October"), or a month or year it names
    ("## October 2021", "Consider 2024:"; a year stands for its middle). A year the running
    date already lies in keeps that date ("On 12 December ... the governments engaging the
    Taliban in 2022 ... On 4 January" is January 2023, not 2022)."""
    dates_told = [d for d in item.dates if _narrated(item, d)]
    full = [d.date for d in dates_told if full_date(d)]
    if full:
        return full[-1]
    told = [d for d in dates_told if d.date is not None and not d.relative]
    if not told:
        return None
    last = told[-1]
    assert last.date is not None
    if last.precision != "year":
        return last.date
    if running is not None and running.year == last.date.year:
        return running
    return dt.date(last.date.year, 7, 1)


# A date that only bounds a period ("since August 2021", "before the takeover in 2021") or
# sits in a flashback clause ("a commander who had led the fight in 2019") does not move a
# narrative's clock.
_BOUNDING_BEFORE = re.compile(
    r"\b(?:since|before|after|until|till|prior to|as of|in the wake of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}$|\bwho\s+had\b[^,;.]*$",
    re.IGNORECASE,
)
# A pluperfect clause tells what came before the incident, however long its object ("Muzammil
# had led the Taliban's campaign against ISKP as governor of Nangarhar in 2021 and 2022").
_FLASHBACK = re.compile(r"\b[\w'’-]+\s+had\s+(?!been\b)[a-z]+(?:ed|led|ught|un|one|en)\b[^,;.]*$")
_FLASHBACK_REACH = 120


def _narrated(item: Facts, mention: dates.DateMention) -> bool:
    """Not a date that bounds a period, in English or another language ("Taliban'ın 2021'de
    yeniden iktidara gelmesinden bu yana": since the takeover in 2021)."""
    text = item.sentence.text
    at = mention.start - item.sentence.start
    before = text[max(0, at - 60) : max(0, at)]
    end = mention.end - item.sentence.start
    clause = text[max(0, at - _FLASHBACK_REACH) : max(0, at)]
    bounded = _BOUNDING_BEFORE.search(before) or _FLASHBACK.search(clause)
    return not (bounded or reference_point(text, at, end))


def extract_document(document: Document, registry: Registry | None = None) -> Extraction:
    """The events and mentions of one document."""
    registry = registry if registry is not None else load_registry()
    language = detect_language(document.text, document.language)
    sentences = split_sentences(document.text)
    # a dateline without a year ("KABUL, May 17 -") takes the publication's year
    head = dates.dateline(document.text[:300], language=language, reference=document.published)
    reference = (head.date if head is not None else None) or document.published
    genre = detect_genre(document)
    if genre == "analysis" and language == "en":
        sentences = split_clauses(sentences)
    found_end = dateline_end(document.text) if genre != "summary" else 0
    body_start = max(found_end, head.end if head is not None else 0)
    facts = _read(
        sentences,
        registry,
        language,
        reference,
        rolling=genre == "analysis",
        body_start=body_start,
    )
    topic = topic_group([a for f in facts for a in f.actors], registry)
    governing = frozenset(a for a in registry.actors if registry.governs(a, reference))
    before = acting_groups([f.actors for f in facts], registry, governing)
    facts = [
        dataclasses.replace(f, actors=resolve_anaphors(f.actors, last or topic))
        if any(a.actor_id == GROUP_ANAPHOR for a in f.actors)
        else f  # nothing to resolve: the same facts
        for f, last in zip(facts, before, strict=True)
    ]
    mentions = collect_mentions(facts, registry)
    if not _builds_events(language, registry):
        return Extraction(document, (), mentions, needs_translation=True)
    ctx = dataclasses.replace(
        _context(document, registry, language, facts, head, body_start, genre),
        groups=ranked_groups([a.actor_id for f in facts for a in f.actors], registry),
    )
    blocks = summary_blocks(document.text) if ctx.genre == "summary" else []
    # The event's date is never read in an outlet's name ("الشرق اليوم": "today"); the
    # frames keep reading the head as before (see agency_end).
    dated_from = max(body_start, agency_end(document.text) if genre != "summary" else 0)
    ctx = dataclasses.replace(ctx, dateline_end=dated_from)
    report_day = ctx.dateline_date or document.published
    frames = build_frames(ctx.genre, facts, blocks, body_start, report_day)  # type: ignore[arg-type]
    events = [e for e in (build_event(f, facts, ctx) for f in frames) if e is not None]
    events = _same_place(spread_claims(events, facts, ctx), registry)
    events = per_mission(events, facts, registry)
    return Extraction(document, tuple(merge_duplicates(fold_claims(events))), mentions)


_SAME_PLACE = re.compile(
    r"\b(?:in|at|near) the same (?:city|town|village|district|province|area|place)\b"
    # a building struck again: "another gunman struck the same shrine"
    r"|\bthe same (?:mosque|shrine|school|hotel|hospital|university|embassy|consulate|market"
    r"|bazaar|compound|base|checkpoint|prison|church|temple|gurdwara|hall|stadium)s?\b"
    r"|(?<!\w)(?:здесь|там же|в том же (?:городе|районе|месте)|burada|aynı (?:kentte|yerde|bölgede)"
    r"|في المكان نفسه|في المدينة نفسها|هنا)(?!\w)",
    re.IGNORECASE,
)
_PLACE_FIELDS = (
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)


# "in the same district" names the district of the event before, not the village in it:
# the gold codes the district as written with its generic word (docs/gold-format.md).
_SAME_DISTRICT = re.compile(
    r"\b(?:in|at) the same district\b|(?<!\w)(?:aynı ilçede|в том же уезде"
    r"|في (?:نفس المديرية|المديرية نفسها|ذات المديرية))(?!\w)",
    re.IGNORECASE,
)


def _same_place(events: list[Event], registry: Registry) -> list[Event]:
    """ "a bomb exploded at his funeral ... in the same city", "В октябре 2021 года смертники
    атаковали здесь ...": the place of the event told just before; "aynı ilçede" (in the
    same district) its district."""
    out: list[Event] = []
    for event in events:
        evidence = event.sources[0].evidence if event.sources else ""
        if out and out[-1].admin1 is not None:
            before = out[-1]
            place = {name: getattr(before, name) for name in _PLACE_FIELDS}
            if _SAME_DISTRICT.search(evidence) and before.admin2 and before.location:
                district = district_of(before.location, before.admin1, before.admin2, registry)
                event = event.replace(**{**place, "location": district})
            elif _SAME_PLACE.search(evidence):
                event = event.replace(**place)
        out.append(event)
    return out


def extract_text(
    text: str,
    *,
    published: dt.date | None = None,
    document_id: str = "text",
    language: str | None = None,
    genre: str | None = None,
    title: str | None = None,
) -> Extraction:
    """Extract from a bare string (no metadata other than what is given here; ``genre``
    "analysis" reads it as a long-form narrative, see ``genre.detect_genre``)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    document = Document(
        id=document_id,
        text=text,
        content_hash=digest,
        published=published,
        language=language,
        genre=genre,
        title=title,
    )
    return extract_document(document)
