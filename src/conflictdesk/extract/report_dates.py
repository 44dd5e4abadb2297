"""A date that says when something was said, not when it happened, in each language.

Wire reports date the statement in their lead ("officials said on Monday") and the attack in a
later sentence ("the bomber struck on Sunday"). Each language puts the speech verb in its own
place: English and Russian before the date ("said on Monday", "сообщили в субботу"), Arabic
before its subject, which comes before the date ("قال مسؤولون اليوم الخميس"), and Turkish after
it ("pazartesi günü yaptığı açıklamada", "salı günü açıkladı").
"""

from __future__ import annotations

import re

from conflictdesk.extract.caseless import Gated

# "officials said on Monday", "told reporters on Tuesday", "announced late on Sunday",
# "the death toll ... rose to 54 on Monday" (the day the toll was given).
_EN_BEFORE = Gated(
    re.compile(
        r"\b(?:said|says|told(?: \w+){0,2}|announced|reported|confirmed|added|stated|"
        r"claimed(?: responsibility)?|published|released|gave a toll|updated"
        r"|(?:rose|risen|climbed|reached|increased|jumped|grown)\s+(?:to\s+)?\d[\d,]*(?:\s+\w+)?)"
        r"\s*(?:late |early )?$",
        re.IGNORECASE,
    )
)

# Russian puts the verb right before the date ("сообщили в субботу власти", "заявил в
# четверг представитель МВД", "взяла в пятницу на себя ответственность"), or right after it
# ("в субботу сообщили в полиции").
_RU_VERB = (
    r"(?:сообщ|заяв|рассказ|объяв|подтверд|уточн|отмет|добав|признал|взял|выросл|возросл"
    r"|увеличил|достигл|говорит)\w*"
)
_RU_BEFORE = re.compile(_RU_VERB + r"\s*$", re.IGNORECASE)
_RU_AFTER = re.compile(
    r"^\s*(?:(?:утром|днём|днем|вечером|ночью)\s+)?(?:сообщ|заяв|рассказ|объяв|подтверд|уточн)",
    re.IGNORECASE,
)

# Arabic: verb, then its subject of a few words, then the date ("أعلنت وزارة الداخلية
# اليوم الخميس", "تبنى التنظيم أمس"); the article of "اليوم" may stay before the date.
_AR_VERB = (
    r"(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|صرح|صرّح|أوضح|أوضحت"
    r"|أضاف|أضافت|تبنى|تبنّى|تبنت|تبنّت|أعلن مسؤوليته|نقلت|نشر|نشرت|ارتفعت|ارتفع|خفضت|خفّضت)"
)
_AR_BEFORE = re.compile(
    # the clause a speech verb introduces ("قال ... إن مسلحين هاجموا أمس") is not the statement
    r"(?:^|\s|و)" + _AR_VERB + r"(?:\s+(?!(?:إن|أن|ان)\s)\S+){0,4}\s+(?:ال)?$",
)

# Turkish: the date, then the statement ("Pazartesi günü yaptığı açıklamada", "dün açıkladı",
# "cumartesi günü bildirdi").
_TR_AFTER = re.compile(
    r"^\s*(?:günü\s+)?(?:(?:yaptığı|yapılan|yayımlanan|yayınlanan)\s+(?:yazılı\s+)?açıklama"
    r"|açıkla(?:dı|yan)|bildir(?:di|en)|duyur(?:du|an)|söyle(?:di|yen)|belirt(?:ti|en)"
    r"|doğrula(?:dı|yan)|kaydetti)",
    re.IGNORECASE,
)


# A short quoted title that ends in "today" («الخليج اليوم», "Kabul Today", «Сегодня»): an
# outlet's name; the word in it dates only the report, which is the outlet's day.
_QUOTED_NAME_OPENING = re.compile(r"[«“\"](?:[^\s«»“”\"]+\s+){0,2}$")
_QUOTE_CLOSERS = ("»", "”", '"')


def _ends_a_quoted_name(text: str, start: int, end: int) -> bool:
    """A date word closing a quoted name of one to three words; not a longer quotation
    ("«المسلحون هاجموا المركز اليوم»"), which may date what the speaker tells."""
    if not text.startswith(_QUOTE_CLOSERS, end):
        return False
    return bool(_QUOTED_NAME_OPENING.search(text, max(0, start - 60), start))


def said_on(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``text[start:end]`` dates a statement rather than an event."""
    if _ends_a_quoted_name(text, start, end):
        return True
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if language == "ru":
        return bool(_RU_BEFORE.search(before[-40:]) or _RU_AFTER.match(after))
    if language == "ar":
        return bool(_AR_BEFORE.search(before))
    if language == "tr":
        return bool(_TR_AFTER.match(after))
    return bool(_EN_BEFORE.search(before[-40:]))


# A date that only opens or closes a period ("operations since 2010", "led the group after
# 2019", "the worst blow before 2021") dates no event: English "since 2010", Russian "с 2010
# года" / "начиная с 2010 года" / "после 2019 года", Arabic "منذ عام 2010", and Turkish,
# where the bound follows the year ("2010'dan bu yana", "2010'dan beri").
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:since|after|before|until|till)|\bс|\bсо|начиная с|после|منذ)\s+(?:عام\s+|سنة\s+)?$",
    re.IGNORECASE,
)
_BOUND_AFTER_TR = re.compile(r"^[\w'’]*\s*(?:bu yana|beri|itibaren)", re.IGNORECASE)


def bounds_period(text: str, start: int, end: int, language: str) -> bool:
    """Whether the date at ``text[start:end]`` only bounds a period."""
    if language == "tr":
        return bool(_BOUND_AFTER_TR.match(text[end : end + 20]))
    before = text[max(0, start - 20) : start]
    return bool(_BOUND_BEFORE.search(before))
