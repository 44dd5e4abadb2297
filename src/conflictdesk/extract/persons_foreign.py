"""Names of people in Russian, Turkish and Arabic text, found by the role that introduces
them: "губернатор провинции Кундуз Мохаммад Омар", "AFP'nin Kabil muhabiri Sardar Ahmad",
"المذيعة التلفزيونية ملالاي ميوند".

Russian and Turkish write names capitalised, so a name is the first run of capitalised
words after the role that is not a place or a group ("Кундуз" in the governor's title).
Turkish puts the name right after its role noun ("Kandahar İl Meclisi Başkanı Ahmed Veli
Karzai'nin"). Arabic has no capitals: the name is the first word after the role's
genitive chain (words with the article, prepositions, places, "ولاية", "قناة") and runs
to a boundary (a comma, "و", a preposition, a time word). Spokesmen are left out: the
roles here are those of people an event concerns, not of its sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from conflictdesk.extract import phrases
from conflictdesk.extract.phrases import word_set
from conflictdesk.resolve.registry import Registry

# A role noun, its case ending left open ("губернатора", "командиром").
_RU_ROLE = re.compile(
    r"(?<![\w-])(?:[Гг]убернатор|[Вв]ице-губернатор|[Лл]идер|[Кк]омандир|[Гг]лавар|[Ээ]мир"
    r"|[Аа]мир|[Кк]омандующ|[Бб]огослов|[Ии]мам|[Пп]рихожан|[Кк]орреспондент|[Жж]урналист|[Вв]едущ"
    r"|[Сс]удь|[Нн]ачальник|[Зз]аместител|[Мм]инистр|[Пп]осол|[Пп]осл[аоу]\b|[Дд]ипломат"
    r"|[Ии]нженер|[Пп]ереводчик|[Вв]рач|[Уу]чител|[Аа]ктивист|[Пп]редседател|[Мм]эр|[Дд]епутат|[Сс]енатор"
    r"|[Рр]уководител|[Оо]сновател|[Пп]роповедник|[Оо]хранник|[Вв]одител|[Вв]ладел[еь]ц"
    # "телеведущего X", "торговца скотом X", "секретарь посольства X"
    r"|[Тт]елеведущ|[Тт]оргов(?:ец|ц)|[Сс]екретар"
    r"|[Гг]лав[аеуы](?=\s+[а-яё])"
    r"|известн\w*\s+как|по имени|по прозвищу"
    # an age ("58-летний Мавлави Абдул Карим") and a passive verb of the person's fate before
    # the name ("был уничтожен Кари Саидулла", "задержан Абу Хамза")
    r"|звал[иа]?(?=\s)|\d{1,3}-летн|(?:убит|уничтожен|ликвидирован|задержан|арестован|застрелен|похищен)[аоы]?"
    r"(?!\w))\w*"
)
# A particle may join the parts of a name inside one word too: "Муджиб-ур-Рахман".
_RU_WORD = r"(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+(?:-(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+)*"
# Capitalised words that open a sentence or a clause and are never a name's first word.
_RU_NOT_FIRST = frozenset({"Сам", "Сама", "Также", "Однако", "Ранее", "Позднее", "Тогда"})

# A role noun with at most its possessive and genitive endings ("muhabiri", "Başkanı'nın"):
# "Valiliği" (the governor's office) is no role.
_TR_ROLE = re.compile(
    r"(?<![\w'’])(?:(?:[Bb]aşkan|[Vv]ali|[Mm]uhabir|[Ss]orumlu|[Kk]omutan|[Ll]ider|[İi]mam"
    r"|[Bb]akan|[Mm]üdür|[Kk]aymakam|[Mm]aslahatgüzar|[Bb]üyükelçi|[Gg]azeteci|[Ss]unucu"
    r"|[Aa]ktivist|[Öö]ğretmen|[Aa]lim|[Hh]oca|[Mm]illetvekil|[Hh]akim|[Ss]avcı|[Mm]ühendis"
    r"|[Dd]oktor|[Rr]ehber|[Ss]ahib|[Cc]umhurbaşkan|[Yy]ardımcı|[Ee]mir|[Şş]of[öo]r|[Kk]oruma|[Çç]alışan)"
    # "Konseyin üyelerinden X", "örgütün komutanlarından X": one of the body's members
    # "inşaat mühendisleri X ile Y", "mühendisler X ve Y": a plural role before two names
    r"(?:s?[ıiuü])?(?:n?[ıiuü]n)?(?:l[ae]r(?:[ıi](?:nd[ae]n|n[ıi]n)?)?)?|[Üü]yeler[ıi]nden"
    r"|olarak (?:tanımlanan|bilinen|tanıtılan)"
    # "Kalküta doğumlu X": where a person was born introduces the name as a role does
    r"|doğumlu"
    # "hücrenin lideri olduğu belirtilen X": the role a statement gave the person
    r"|olduğu (?:belirtilen|bildirilen|açıklanan|söylenen)"
    # an age ("52 yaşındaki X") and the name given ("militanın adı X olarak verildi")
    # (these two introduce a name of one word too: "24 yaşındaki Abdulvali")
    # a kin noun with its possessive ("oğlu Abdulbasir", "kardeşi Nematullah"): the relative
    # of a person just named, often by one given name
    r"|(?P<single>\d{1,3} yaşındaki|(?<=[ıiuün] )adı|(?<![\w'’])(?:oğlu|kardeşi|yeğeni))"
    r")(?![\w'’])"
)
# "D'Souza", "O'Brien": a capital after the apostrophe is the name's, a suffix is lower-case
_TR_WORD = r"[A-ZÇĞİÖŞÜ](?:['’][A-Z])?[a-zçğıöşüâîû]+(?:-[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+)*"

_AR_ROLE = re.compile(
    r"(?<!\w)(?:و|ف)?(?:ال)?(?:مذيع|مذيعة|صحفي|صحفية|مراسل|مراسلة|حاكم|والي|زعيم|قائد|أمير"
    r"|وزير|شيخ|ملا|طبيب|إمام|قاضي|قاض|مدير|رئيس|نائب|سائق|حارس|صاحب"
    r"|عالم|ناشط|ناشطة|مهندس|معلم|معلمة|سفير|دبلوماسي|قيادي|مسؤول|عضو"
    # "رجل الدين البارز X" (the cleric); "بين القتلى X" (among the dead X)
    r"|رجل الدين|عالم الدين|بين القتلى|بين القتيلين|بين الضحايا|بين الجرحى|بين المصابين)"
    r"(?:ها|ه|هم)?(?!\w)"
)
# Given names a person's name opens with in Arabic script (with "عبد" and "أبو" compounds,
# names built on them): the role's genitive chain ("حاكم ولاية بلخ شمالي أفغانستان") is
# passed over up to the first of them.
_AR_GIVEN = word_set(
    """
    محمد محمود أحمد حامد حميد حمد عبد علي حسن حسين خليل داود نور غلام سيد سردار شير جمعة عزيز
    رحمة ضياء ذبيح نصر نصير نجيب حبيب فضل عطاء عطا إسماعيل إبراهيم يوسف يونس موسى عيسى عمر عثمان
    خالد طارق كمال جمال جلال صالح سعيد سعد سيف فريد فرهاد قاسم كريم لطيف مجيب منير مصطفى مرتضى
    معصوم حكمت حشمت عصمت رحيم رحمن رزاق رشيد سلطان صديق ظاهر عبيد فقير قادر قدير مالك مير ناصر
    نبي نعمت همايون وحيد ولي ياسين أمين أمان أنور أسد أشرف أكبر إحسان إكرام بشير بلال برهان
    جاويد جواد حافظ حيات خان خواجة دوست رامين رضا زبير زمان سراج سليمان سميع شاه شريف شفيق شكر
    صادق صبغة صفي طاهر ظفر عارف عاصم عتيق عرفان عصام عمران عوض فاروق فهيم فيض قدرت كبير لال
    مبارك مجاهد مختار مراد مسعود معين منصور مهدي ميرويس نادر نجم نسيم نظام نعيم هاشم هداية وائل
    وزير ياسر يعقوب ملالاي مريم فاطمة زهرة زينب عائشة خديجة نجيبة فرشتة مينا ثريا سهيلة حليمة
    زلمي نقيب قاري حاجي نثار ملالي يما شمس فؤاد روح
    """
)
# Words that end a name: prepositions, particles, time words, relatives.
_AR_END = word_set(
    """
    في من إلى على عن مع أمام خلال أثناء عند بعد قبل قرب داخل خارج برصاص بانفجار بتفجير بعبوة
    بجروح إن أن الذي التي الذين وهو وهي كان قد صباح مساء ظهر ليل ليلة يوم اليوم أمس فجر بين
    بينما حيث
    """
)
# The article words that belong inside a name ("عبد الصمد", "خليل الرحمن", "ذبيح الله").
_AR_NAME_PARTS = word_set(
    """
    الله الرحمن الرحيم الصمد الدين الحق الكريم الغني الواحد القادر الرزاق الجبار الستار الغفور
    الوهاب الأحد الهادي الحكيم المتين الرشيد الملك العزيز السلام المجيد اللطيف الباسط الحي
    الخالق الباقي الرؤوف المنان الحميد الباري النور الأمين
    """
)
_AR_TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u064B-\u0652]+|[^\s\u0621-\u0652]")
# "أبو دجانة", "أبو سعد أوركزي", "أبو حمزة الطاجيكي": a kunya and the nisba after it.
_AR_KUNYA = re.compile(r"(?<!\w)أبو\s+[\u0621-\u064A]+(?:\s+(?!في(?!\w))[\u0621-\u064A]+ي)?(?!\w)")
# How far past the role a name may start, in characters (Russian, Turkish) and in words
# (Arabic): a title's genitive chain is rarely longer ("губернатор северной афганской
# провинции Кундуз", "المذيع السابق في إحدى القنوات التلفزيونية الكبرى").
_REACH = 90
_AR_CHAIN_WORDS = 8


def foreign_names(text: str, language: str, registry: Registry) -> Iterator[tuple[int, int, str]]:
    """The spans of names a role introduces in one Russian, Turkish or Arabic sentence, each
    with the name as gold writes it (a Russian name after a role in the genitive in its
    nominative: "корреспондента Ахмада Шаха" is "Ахмад Шах")."""
    if language == "ru":
        for start, end, genitive in _capitalised_after_role(
            text, _RU_ROLE, _RU_WORD, registry, adjacent=False
        ):
            name = text[start:end]
            yield start, end, nominative_ru(name) if genitive else name
        yield from _as_written(text, _titled(text, _RU_TITLE, _RU_WORD, registry))
    elif language == "tr":
        found = _capitalised_after_role(text, _TR_ROLE, _TR_WORD, registry, adjacent=True)
        yield from ((start, end, text[start:end]) for start, end, _ in found)
        yield from _as_written(text, _titled(text, _TR_TITLE, _TR_WORD, registry))
    elif language == "ar":
        yield from _as_written(text, _arabic_after_role(text, registry))
        yield from _as_written(text, _arabic_titled(text))
        yield from (
            (m.start(), m.end(), m.group())
            for m in _AR_KUNYA.finditer(text)
            if not _AR_NAMED_PLACE.search(text, 0, m.start())
        )


def _as_written(text: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    return ((start, end, text[start:end]) for start, end in spans)


# A role noun in the genitive (or the animate accusative, the same form): the name after it
# is in that case too ("корреспондента ... Ахмада Шаха", "водителей Фарруха Назарова",
# "телеведущего Хамида Сейгани", "58-летнего"). Not "глава" or "судья", which are nominative.
_RU_GENITIVE_ROLE = re.compile(
    r"(?<![Гг]ла)(?:[бвгджзклмнпрстфхцчшщ]а|[лнрт]я|[ое]го|ей|[оеё]в|главы|судьи)$"
)
_RU_CONSONANT_A = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$")
_RU_VOWEL_YA = re.compile(r"(?<=[аеёиоуыэюя])я$")
_RU_CONSONANT_YA = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])я$")


def nominative_ru(name: str) -> str:
    """A man's name read in the genitive, in the nominative: "Ахмада Шаха" is "Ахмад Шах",
    "Махбубуллы" "Махбубулла", "Сергея" "Сергей", "Музаммиля" "Музаммиль"; words that do
    not decline ("Мохеби", "аль-Хорасани") stay."""
    words = []
    for word in name.split():
        if _RU_CONSONANT_A.search(word):
            word = word[:-1]
        elif word.endswith("ы"):
            word = word[:-1] + "а"
        elif _RU_VOWEL_YA.search(word):
            word = word[:-1] + "й"
        elif _RU_CONSONANT_YA.search(word):
            word = word[:-1] + "ь"
        words.append(word)
    return " ".join(words)


# A mosque, school or street named after a companion ("مسجد أبو بكر الصديق", "شارع أبو
# عبيدة"): the kunya after it names the place, not a person of the event.
_AR_NAMED_PLACE = re.compile(r"(?<!\w)(?:مسجد|جامع|مدرسة|شارع|حي|مستشفى|ساحة)\s+$")


# Honorifics and ranks that open a name ("Мулла Шафиулла", "Мавлави Абдул Хай", "Onbaşı
# Marco Ferretti", "Mevlevi Nasrullah"): the writer gives the title as part of the name, so
# one capitalised word after it makes a name, wherever the role (if any) is written.
_RU_TITLE = re.compile(
    r"(?<![\w-])(?:Мулла|Муллы|Мавлави|Маулави|Мавлеви|Кари|Хаджи|Хафиз|Шейх|Абу)(?=\s+[А-ЯЁ])"
)
_TR_TITLE = re.compile(
    r"(?<![\w'’])(?:Molla|Mevlevi|Mevlana|Hafız|Hacı|Kari|Şeyh|Ebu"
    r"|(?P<rank>Onbaşı|Çavuş|Yüzbaşı|Binbaşı|Teğmen|Astsubay|Albay))(?=\s+[A-ZÇĞİÖŞÜ])"
)


def _titled(
    text: str, title: re.Pattern[str], word: str, registry: Registry
) -> Iterator[tuple[int, int]]:
    # a closing quote may end the name: '"Ebu Hamza Nuristani" kod adıyla'
    run = re.compile(rf"\s+{word}(?:\s+{word}){{0,3}}(?![\w-])")
    for hit in title.finditer(text):
        found = run.match(text, hit.end())
        if found is None:
            continue
        # a place or group the run goes on into is not the name's ("Mevlevi Nasrullah Herat")
        words = found.group().split()
        kept = next(
            (i for i in range(1, len(words)) if _not_name_word(" ".join(words[i:]), registry)),
            len(words),
        )
        end = found.start() + found.group().index(words[kept - 1]) + len(words[kept - 1])
        if _PLACE_HEAD.match(text, end) or _GROUP_HEAD.match(text, end):
            continue
        # a military rank is no part of the name ("Onbaşı Marco Ferretti" is Marco Ferretti)
        ranked = "rank" in title.groupindex and hit.group("rank") and kept >= 2
        yield (
            (
                found.start() + len(found.group()) - len(found.group().lstrip())
                if ranked
                else hit.start()
            ),
            end,
        )


# A head noun that makes the name before it a group's: "Hafız Gül Bahadır grubuna", "сеть
# Хаккани".
_GROUP_HEAD = re.compile(
    r"\s+(?:grub|örgüt|ağı|şebeke|hizb|группировк|сет[ьи]|движени|отряд|фракци)", re.I
)


def _not_name_word(rest: str, registry: Registry) -> bool:
    found = (*phrases.find_places(registry, rest), *phrases.find_actors(registry, rest))
    return any(m.start == 0 for m in found)


def _capitalised_after_role(
    text: str, role: re.Pattern[str], word: str, registry: Registry, *, adjacent: bool
) -> Iterator[tuple[int, int, bool]]:
    """Each name's span, and whether its role noun is in the genitive (Russian)."""
    run = re.compile(rf"(?<![\w«\"“]){word}(?:\s+{word}){{0,3}}(?![\w»\"”-])")
    for hit in role.finditer(text):
        window = re.split(r"[.,;:!?]", text[hit.end() : _word_end(text, hit.end() + _REACH)])[0]
        for found in run.finditer(window):
            if adjacent and window[: found.start()].strip():
                break  # Turkish: the name follows its role noun at once
            # an age or "adı" introduces a name of one word as well ("adı Abdulmalik")
            single = "single" in role.groupindex and hit.group("single") is not None
            if single and _TR_TITLE.match(window, found.start()):
                break  # "28 yaşındaki Çavuş X": the title's reader finds X without the rank
            if _PLACE_IN_RUN.search(found.group()):
                break  # "İmam Rıza Hastanesi'ne": a hospital named after the imam
            start, end = _trimmed(found.group(), registry, 1 if single else 2)
            if start is not None and not _PLACE_HEAD.match(window[found.end() :]):
                genitive = _RU_GENITIVE_ROLE.search(hit.group()) is not None
                yield hit.end() + found.start() + start, hit.end() + found.start() + end, genitive
                for second in _coordinated(text, hit.end() + found.end(), run, registry):
                    yield *second, genitive
                break


# A place's head noun written capitalised inside a run of names makes the run a place's
# name: "İmam Rıza Hastanesi", "Sultan Ahmet Camii", "мечеть" is lower-case in Russian.
_PLACE_IN_RUN = re.compile(
    r"(?<=\s)(?:Hastane|Camii|Türbe|Okulu|Lisesi|Üniversite|Mescid|Medrese|Больниц|Университет)"
)


def _word_end(text: str, position: int) -> int:
    """``position`` moved on to the end of the word it falls in and of the capitalised words
    right after it: a reach that ends inside a name ("мавлави Абдул Ха|й Ахмадзай") must not
    cut it."""
    while position < len(text) and (text[position].isalnum() or text[position] == "-"):
        position += 1
    more = _CAPITALISED_NEXT.match(text, position)
    while more is not None:
        position = more.end()
        more = _CAPITALISED_NEXT.match(text, position)
    return position


_CAPITALISED_NEXT = re.compile(r"\s+[A-ZА-ЯЁÇĞİÖŞÜ][\w'’-]*")


# "звали Мулла Шафиулла и Сайед Рахман", "mühendisler Mehmet Kaya ile Serkan Demir": a second
# name joined to the one a role introduced shares its role.
_AND = re.compile(r"\s+(?:и|ve|ile)\s+")


def _coordinated(
    text: str, end: int, run: re.Pattern[str], registry: Registry
) -> Iterator[tuple[int, int]]:
    joined = _AND.match(text, end)
    found = run.match(text, joined.end()) if joined is not None else None
    if found is None:
        return
    start, stop = _trimmed(found.group(), registry)
    if start == 0:  # a place or a group after "и" is not a second person
        yield found.start(), found.start() + stop


# A head noun that makes the name before it a place's: "Hoca Mevdud Çişti türbesinde", "Абдул
# Рахман мечеть".
_PLACE_HEAD = re.compile(
    r"\s+(?:türbe|cami|mescid|okul|lise|hastane|mahalle|cadde|sokağ|köy|üniversite|mecet"
    r"|мечет|школ|больниц|улиц|район|кишлак)",
    re.IGNORECASE,
)


def _trimmed(run: str, registry: Registry, fewest: int = 2) -> tuple[int | None, int]:
    """The part of a capitalised run that is a name: the run without the places and groups
    it opens with ("Кундуз Мохаммад Омар"), if ``fewest`` words (two) remain."""
    start = 0
    while True:
        rest = run[start:]
        first = rest.split()[0] if rest.split() else ""
        known = [
            m
            for m in (*phrases.find_places(registry, rest), *phrases.find_actors(registry, rest))
            if m.start == 0
        ]
        if known:
            start += max(m.end for m in known)
        elif first in _RU_NOT_FIRST:
            start += len(first)
        else:
            break
        start += len(run[start:]) - len(run[start:].lstrip())
    if len(run[start:].split()) < fewest:
        return None, 0
    return start, len(run)


def _arabic_after_role(text: str, registry: Registry) -> Iterator[tuple[int, int]]:
    tokens = [(m.start(), m.end(), m.group()) for m in _AR_TOKEN.finditer(text)]
    for hit in _AR_ROLE.finditer(text):
        if any(m.start == 0 for m in phrases.find_places(registry, text[hit.start() :][:40])):
            continue  # "حي وزير أكبر خان": a place named after an office
        at = next((i for i, t in enumerate(tokens) if t[0] >= hit.end()), len(tokens))
        first = _first_given_name(tokens, at)
        if first is None:
            continue
        if first > at and tokens[first - 1][2] == _AR_HAJI:
            first -= 1
        end = _name_end(tokens, first)
        if end - first >= 2:
            yield tokens[first][0], tokens[end - 1][1]


def _name_end(tokens: list[tuple[int, int, str]], first: int) -> int:
    """The token after the name that opens at ``first``: up to four name words, and an
    adjective of origin closing them ("مولانا محمد صديق البلوشي")."""
    end = first + 1
    while end < len(tokens) and end - first < 4 and _in_name(tokens[end][2]):
        end += 1
    if end < len(tokens) and end - first < 4 and _nisba(tokens[end][2]):
        end += 1
    return end


def _nisba(word: str) -> bool:
    return (
        word.startswith("ال") and word.endswith("ي") and len(word) > 4 and word not in _AR_NOT_NISBA
    )


# Titles before a name, which an apposition may open with ("قائد الشرطة، المولوي عبد الهادي").
# Ranks ("النقيب", "الرائد") and "the one called" ("المدعو") open such an apposition too:
# "قائد النقطة، المدعو صالح محمد، كان بين القتلى", "قائد النقطة، النقيب عبد الرؤوف، قُتل".
_AR_TITLES = word_set(
    "الجنرال المولوي مولوي الملا الشيخ الدكتور المهندس اللواء العقيد النقيب الرائد المقدم"
    " العميد الملازم المدعو المدعوة المكنى يدعى تدعى يُدعى تُدعى"
)
# "الحاج" (one who made the pilgrimage) is part of the name a writer gives, as "Haji" is in
# English ("ومن بين القتلى الحاج نور آغا"): kept where it opens the name.
_AR_HAJI = "الحاج"
# An adjective of origin (a nisba) may close a name ("محمد صديق البلوشي"); these adjectives
# after a name tell something else ("the current", "the local").
_AR_NOT_NISBA = word_set(
    "الذي الحالي الثاني المحلي الماضي الأمني الرسمي الحكومي الشرقي الغربي الشمالي الجنوبي"
)


def _arabic_titled(text: str) -> Iterator[tuple[int, int]]:
    """A name a title or rank opens with no role before it ("ومن بين القتيلين المقدم X Y",
    "إن المولوي X Y، رئيس ..."): two words at least after the title."""
    tokens = [(m.start(), m.end(), m.group()) for m in _AR_TOKEN.finditer(text)]
    for index, (start, _, word) in enumerate(tokens):
        if word not in _AR_TITLES or not _opens_name(tokens, index + 1):
            continue
        if _AR_NAMED_PLACE.search(text, 0, start):
            continue  # "مستشفى الشيخ ...": a place named after a person
        first = index + 1
        end = _name_end(tokens, first)
        if end - first >= 2:
            yield tokens[first][0], tokens[end - 1][1]


def _first_given_name(tokens: list[tuple[int, int, str]], at: int) -> int | None:
    """The first given name among the words after a role, before the clause ends, or after a
    comma that opens the name in apposition ("قائد الشرطة، المولوي عبد الهادي ظاهر")."""
    for index in range(at, min(at + _AR_CHAIN_WORDS, len(tokens))):
        word = tokens[index][2]
        if word in ("،", ",") and index + 1 < len(tokens):
            following = tokens[index + 1][2]
            if following in _AR_TITLES or following in _AR_GIVEN:
                continue
        if not word[0].isalpha():
            return None  # a comma or a quote: no name follows the role
        if word in _AR_GIVEN:
            return index
        if word in _AR_TITLES and _opens_name(tokens, index + 1):
            # "إمام المسجد المولوي أمير محمد كابلي": the word after a title opens the name
            # even when it is also a role word ("أمير") or a given name the list lacks
            return index + 1
    return None


def _opens_name(tokens: list[tuple[int, int, str]], at: int) -> bool:
    if at >= len(tokens):
        return False
    word = tokens[at][2]
    return word[0].isalpha() and word not in _AR_END and not word.startswith("ال")


def _in_name(word: str) -> bool:
    if not word[0].isalpha() or word in _AR_END or word.startswith("و"):
        return False
    return word in _AR_NAME_PARTS or not word.startswith("ال")
