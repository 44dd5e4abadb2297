"""Arabic: an event verb whose subject right after it has the article ("انفجرت العبوة", the
bomb went off) tells the blast already told, even in a sentence placed in another province;
with no article ("انفجرت عبوة", a bomb went off) it may tell another. Reports invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

LEAD = (
    "قندهار - (وكالة الجنوب): قُتل جنديان من قوات الأمن الأفغانية صباح الأحد عندما انفجرت"
    " عبوة ناسفة على جانب الطريق لدى مرور دوريتهما في مديرية أرغنداب بولاية قندهار."
)
PUBLISHED = dt.date(2019, 3, 10)


def _dates(text: str) -> list[dt.date | None]:
    result = extract_text(text, published=PUBLISHED, language="ar")
    return [e.event_date for e in result.events]


def test_the_bomb_with_the_article_is_the_one_already_told() -> None:
    text = (
        LEAD + "\n\nوقال المتحدث باسم الشرطة إن الدورية كانت عائدة من ولاية هلمند عندما"
        " انفجرت العبوة قرب الجسر."
    )
    assert len(_dates(text)) == 1


def test_a_bomb_without_the_article_in_another_province_is_another_incident() -> None:
    text = LEAD + "\n\nوفي ولاية هلمند انفجرت عبوة ناسفة أخرى بسيارة مدنية وقتل ثلاثة من ركابها."
    assert len(_dates(text)) == 2
