"""How many attackers a report says took part: "Ten attackers took part", "3 saldırganın
hastaneye girerek", "в толпу проникли двое смертников", "قبل أن يقتحمه ثلاثة مسلحين".

A report often counts the attackers where it tells the attack and later says only that "the
attackers were killed" ("Saldırganların ... öldürüldüğünü") or that a toll leaves them out
("Оба показателя не включают нападавших"). Those unnumbered attackers are the ones it
counted (docs/quantities.md, section 3a, rule 8), as a definite group takes the count of the
group abducted earlier (section 3, rule 9).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from conflictdesk.extract.numbers import iter_quantities

# Nouns of the people who carried out the attack, not of militants at large (whom a raid
# also counts): attackers, gunmen, bombers.
_ATTACKER_NOUNS: Final[dict[str, re.Pattern[str]]] = {
    "en": re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|(?:suicide\s+)?bombers?)\b", re.I),
    "tr": re.compile(r"\b(?:saldırgan|bombacı|intiharcı)\w*", re.I),
    "ru": re.compile(r"\b(?:нападавш|смертник)\w*", re.I),
    "ar": re.compile(r"(?<!\w)(?:و|ال|وال)?(?:مهاجم|انتحاري|مسلح)\w*"),
}
# Militants at large are no attackers, but militants who are the subject of the attack are
# ("Five militants, led by a suicide bomber, stormed the base"; "Three militants attacked
# the checkpoint"), so an English count of militants holds when the attack follows.
_ATTACKING_MILITANTS: Final = re.compile(
    r"\b(?:militants|insurgents)\b(?=,?\s+led\s+by\b|[^.;]{0,80}?\b(?:attacked|stormed|raided)\b)",
    re.I,
)
# A noun right after its numeral, or after one adjective, is the numeral's ("4 genç
# saldırgan", "two armed attackers", not "2023 a suicide bomber"); an Arabic numeral may also
# follow its noun ("المهاجمين الأربعة"). The word between holds no digit, so the day of a
# summary's date ("03/25/2020: Gunmen stormed") is no count of gunmen.
_NEAR: Final = re.compile(r"^\W*(?:[^\W\d]+\W+)?$")
# A figure written against a slash or a dot with digits is part of a date ("03/25/2020").
_DATE_PART: Final = re.compile(r"\d[/.]$|^[/.]\d")
# More attackers than this in one attack is no count of the men who took part (a year, a toll).
_MOST_ATTACKERS: Final = 60


def attackers_told(sentences: Sequence[str], language: str) -> int | None:
    """The first count of attackers the sentences give (two or more), else ``None``."""
    nouns = _ATTACKER_NOUNS.get(language)
    if nouns is None:
        return None
    for sentence in sentences:
        found = list(nouns.finditer(sentence))
        if language == "en" and ("militants" in sentence or "insurgents" in sentence):
            found += _ATTACKING_MILITANTS.finditer(sentence)
        if not found:  # the cheap test before reading numbers
            continue
        for figure in iter_quantities(sentence, language):
            q = figure.quantity
            if q.vague or q.best is None or not 2 <= q.best <= _MOST_ATTACKERS or q.low != q.high:
                continue
            if _in_a_date(sentence, figure.start, figure.end):
                continue
            for noun in found:
                after = noun.start() >= figure.end and _NEAR.match(
                    sentence[figure.end : noun.start()]
                )
                before = (
                    language == "ar"
                    and noun.end() <= figure.start
                    and not sentence[noun.end() : figure.start].strip()
                )
                if after or before:
                    return q.best
    return None


def _in_a_date(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a day or month of a date written with slashes
    or dots ("03/25/2020")."""
    return bool(
        _DATE_PART.search(sentence[max(0, start - 2) : start])
        or _DATE_PART.search(sentence[end : end + 2])
    )
