"""Arabic blame is read from the verbs "نسب" (ascribed) and "حمّل ... المسؤولية" (held
responsible), not from the nouns that share their letters: "بالنسبة" (as for), "نسبة" (a
rate), "يحمل" (carries). Each text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2019, 7, 6)
_BLAST = (
    "قندهار - انفجرت عبوة ناسفة صباح اليوم السبت في سوق بمدينة قندهار، "
    "ما أسفر عن مقتل ثلاثة مدنيين. "
)

NOT_BLAME = [
    "وقال مسؤول محلي إن الوضع الأمني صعب بالنسبة لحركة طالبان والحكومة على حد سواء.",
    "وقال شاهد إن رجلا كان يحمل علم حركة طالبان شوهد في السوق قبل الانفجار.",
]


@pytest.mark.parametrize("tail", NOT_BLAME, ids=["as-for", "carries"])
def test_nouns_sharing_blame_letters_blame_no_one(tail: str) -> None:
    events = extract_text(_BLAST + tail, published=_DAY, language="ar").events
    assert events
    assert events[0].actor1 is None


BLAME = [
    "وحمّل حاكم الولاية حركة طالبان مسؤولية الهجوم.",
    "ونسبها المسؤولون المحليون إلى حركة طالبان.",
]


@pytest.mark.parametrize("tail", BLAME, ids=["held-responsible", "ascribed"])
def test_blame_verbs_name_the_perpetrator(tail: str) -> None:
    events = extract_text(_BLAST + tail, published=_DAY, language="ar").events
    assert events
    assert events[0].actor1 == "TALIBAN"
