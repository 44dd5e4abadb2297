"""Casualty counting in Turkish, Russian and Arabic reports: figures linked to casualty words.

Each language has a table: its casualty words, the groups its nouns name, its tolls ("ölü
sayısı 17'ye yükseldi", "число погибших достигло 25", "ارتفعت حصيلة القتلى إلى 20"), its
explicit zeros, the words that mark a superseded figure ("ilk olarak", "ранее", "في البداية"),
the words that say the attacker is left out of a toll, and the side on which a figure usually
stands (Turkish puts it before the verb, Arabic after it, Russian either way). A figure is
linked to the nearest casualty word within its clause: never across a comma or another
casualty word. Arabic is read without its short-vowel marks. Rules in docs/quantities.md 2a.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from conflictdesk.extract.casualties import CasualtyMention
from conflictdesk.extract.casualty_mention import told_over
from conflictdesk.extract.numbers import Quantity, figure_value, iter_quantities

# Tokens a figure may stand from its casualty word ("en az 50 kişi hayatını kaybetti").
WINDOW: Final = 4
# Turkish and Russian put more words between a figure and its verb ("İki Afgan güvenlik
# görevlisi de şarapnel parçalarıyla hafif yaralandı"; "Двое сотрудников местной полиции
# погибли"): a figure there may stand one token further.
_WIDER_WINDOW: Final = {"tr": 5, "ru": 5}
# Tokens a toll phrase may stand from its figure within one clause ("Число погибших в
# результате нападения на военный госпиталь ... во вторник достигло 25").
TOLL_WINDOW: Final = 24
# Tokens back from "N others" to the casualty word it continues ("قُتل حاكم ... واثنان آخران").
OTHERS_REACH: Final = 16
# Characters after a figure where "others" marks it as more ("وأصيب 50 آخرون").
_MORE_REACH: Final = 12

_BOTH: Final = ("killed", "injured")
_WORD: Final = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
# Arabic short vowels, shadda, sukun and tatweel: dropped before reading.
_MARKS: Final = re.compile(r"[\u064B-\u0652\u0670\u0640]")
_CLAUSE_END: Final = frozenset({",", ";", ":", ".", "—", "–", "،", "؛", "(", ")"})


def strip_marks(text: str) -> str:
    """Arabic text without its short-vowel marks (other scripts unchanged)."""
    return _MARKS.sub("", text)


@dataclass(frozen=True)
class _Table:
    outcomes: tuple[tuple[re.Pattern[str], str], ...]  # token -> outcome
    groups: tuple[tuple[re.Pattern[str], str], ...]  # token -> group
    zeros: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    tolls: tuple[tuple[re.Pattern[str], str], ...]  # toll phrase -> outcome
    singular: re.Pattern[str]  # a casualty word that names one person ("погиб", "öldü")
    one: re.Pattern[str]  # ... even with no noun beside it ("hayatını kaybetti", "погиб")
    earlier: re.Pattern[str]  # "initially": the figure after it was superseded
    more: re.Pattern[str]  # "others", "another": a figure that adds
    among: re.Pattern[str]  # "among them": a part of a figure already given
    excluded: re.Pattern[str]  # "not counting the bomber"
    counts: dict[str, int]  # words the number reader does not know ("dördü", "شخصين")
    figure_first: bool  # the figure usually comes before the casualty word
    units: re.Pattern[str]  # a time unit after a figure: a duration, not people ("40 gün")
    rise: re.Pattern[str]  # "rose to", "reached": the toll's new figure stands beside it
    aside: re.Pattern[str]  # ", не считая смертника,": an inserted phrase a link skips
    claim: re.Pattern[str]  # "iddia edildi", "утверждается", "زاعما": a figure only alleged
    claim_after: bool  # the allegation's verb follows its figure (Turkish) or precedes it
    kin: re.Pattern[str]  # "and his driver": one more person beside a named victim
    ranking: re.Pattern[str]  # "the most senior official killed since 2021": no new death
    prefixes: tuple[str, ...] = ()  # clitics glued to a word ("و", "ال")
    # Residents, witnesses, relatives or local sources speaking: their figures only widen
    # the range ("yerel kaynaklar ise ...", "двое соседей рассказали", "قال سكان محليون").
    unofficial: re.Pattern[str] = re.compile(r"(?!x)x")
    # A relative clause that "among them" opens and the figure heads: "aralarında
    # gazetecilerin de bulunduğu 5 kişi" (5 people, journalists among them) is the whole count.
    among_head: re.Pattern[str] = re.compile(r"(?!x)x")


def _words(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), v) for p, v in pairs)


def _zeros(
    *pairs: tuple[str, tuple[str, ...]],
) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile(p, re.IGNORECASE), v) for p, v in pairs)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


TABLES: Final[dict[str, _Table]] = {
    "tr": _Table(
        outcomes=_words(
            (
                r"^(?:öldü|öldürül|öldürd|ölü$|ölüm|ölen|öldüğ|ölmüş|hayatını|yaşamını|şehit|"
                r"can verdi|cansız)",
                "killed",
            ),
            (r"^(?:yaralan|yaralı|yaraladı|yaralayan)", "injured"),
            (r"^(?:kaçırıl|kaçırd|rehin)", "kidnapped"),
            (r"^(?:gözaltına|tutuklan|yakalan)", "arrested"),
            (r"^(?:kayıp)", "missing"),
        ),
        groups=_words(
            (r"^(?:saldırgan|terörist|bombacı|intiharcı|fail|militan)", "attackers"),
            (
                r"^(?:taliban|vali|bakan|yetkili|hakim|savcı|milletvekili|diplomat|büyükelçi"
                r"|maslahatgüzar|konsolos)",
                "target_side",
            ),
            (r"^(?:asker|polis|güvenlik|subay|komutan|muhafız|bekçi|er$|erler)", "security"),
            (
                r"^(?:sivil|çocuk|kadın|öğrenci|öğretmen|yolcu|köylü|gazeteci|işçi|turist|"
                r"cemaat|hacı|çalışan|alim|oğl|yeğen|kuzen)",
                "civilians",
            ),
            (r"^(?:kişi|insan)", "unknown"),
        ),
        zeros=_zeros(
            (
                r"\b(?:(?:can kaybı|ölen|yaralanan) ya da (?:yaralanan|ölen)|can kaybı) "
                r"(?:olmadı|yok|yaşanmadı)",
                _BOTH,
            ),
            # "ölen olmadı" (nobody died) says nothing of the wounded, "yaralanan olmadı" and
            # "kimse yaralanmadı" (nobody was wounded) nothing of the dead
            (r"\bölen (?:olmadı|yok|yaşanmadı)", ("killed",)),
            (r"\b(?:yaralanan (?:olmadı|yok|yaşanmadı)|kimse yaralanmadı)", ("injured",)),
            (r"\bkimse zarar görmedi", _BOTH),
            (r"\b(?:hayatını kaybeden|ölen|can veren)(?:ler)? (?:olmadı|yok)", ("killed",)),
            (
                r"\b(?:(?:başka )?kimsenin|hiçbiri(?:nin)?) "
                r"(?:yaralanma(?:dı|dığını|mış|madı)\w*)",
                ("injured",),
            ),
        ),
        tolls=(
            (
                _re(
                    r"(?:ölü|ölen(?:ler(?:in)?)?|hayatını kaybeden(?:ler(?:in)?)?|can kaybı)"
                    r"\s+sayısı\w*"
                ),
                "killed",
            ),
            (_re(r"(?:yaralı|yaralanan(?:lar(?:ın)?)?)\s+sayısı\w*"), "injured"),
        ),
        # also the reported clause as a subject ("görevlisinin yaralandığı bildirildi") and the
        # pluperfect of a side incident ("yetkili yaralanmıştı")
        singular=_re(
            r"^(?:öldü|öldürüldü|hayatını|yaşamını|şehit|yaralandı|öldüğünü|öldürüldüğünü|"
            r"yaralandığını|öldüğü|öldürüldüğü|yaralandığı|ölmüştü|öldürülmüştü|yaralanmıştı)$"
        ),
        one=_re(r"^(?:hayatını|yaşamını)$"),
        earlier=_re(
            r"\b(?:ilk (?:olarak|açıklama\w*|belirleme\w*|bilgi\w*|etapta)|daha önce|"
            r"başlangıçta)\b"
        ),
        more=_re(r"\b(?:daha|diğer|başka)\b"),
        among=_re(r"\b(?:aralarında|bunlardan|arasında)\b"),
        among_head=_re(r"\b(?:bulunduğu|olduğu|yer aldığı)\s*$"),
        excluded=_re(
            r"\b(?:saldırgan|bombacı|intiharcı|fail)\w*\s+(?:dahil değil|hariç|dahil edilmedi|"
            r"sayılmadı|dahil ol(?:ma|mu)[dy]\w*)"
        ),
        counts={
            "ikisi": 2,
            "üçü": 3,
            "dördü": 4,
            "beşi": 5,
            "altısı": 6,
            "yedisi": 7,
            "sekizi": 8,
            "dokuzu": 9,
            # the same in the genitive, the subject of a reported clause ("saldırganların
            # dördünün de öldürüldüğünü"), and in the accusative ("üçünü öldürdü")
            "ikisinin": 2,
            "üçünün": 3,
            "dördünün": 4,
            "beşinin": 5,
            "altısının": 6,
            "yedisinin": 7,
            "sekizinin": 8,
            "dokuzunun": 9,
            "ikisini": 2,
            "üçünü": 3,
            "dördünü": 4,
            "beşini": 5,
            "altısını": 6,
            "yedisini": 7,
            "sekizini": 8,
            "dokuzunu": 9,
        },
        figure_first=True,
        units=_re(
            r"^(?:saat|dakika|saniye|gün|hafta|ay|yıl|sene)(?:['’]\w*|d[ıiuü]r|l[ıi]k|[ıiuü]n?|"
            r"d[ae]n?)?$|^yaş"
        ),
        rise=_re(r"^(?:yüksel|çık|ulaş)\w*$"),
        aside=_re(r",\s*(?:[\w'’]+\s+){1,2}(?:dahil|hariç)\s*,"),
        claim=_re(r"\b(?:iddia (?:etti|edildi|ediyor|eden|olundu)|iddiasında|ileri sür|öne sür)"),
        claim_after=True,
        kin=_re(
            r"(?:ve|ile)\s+(?:\w+\s+)?(?:şoför|sürücü|koruma|oğl|kardeş|yeğen|eşi|kızı|torun)\w*"
        ),
        ranking=_re(r"\ben (?:üst düzey|kıdemli|önemli|yüksek rütbeli)\b"),
        unofficial=_re(
            r"\b(?:köylü|sakin|görgü tanığ|yerel kaynak|yakınlar|hayatta kalan|aileler)\w*"
            r"(?:\s+ise|\s*,|\s+\S+(?:ine|ına|una|üne|['’][yn]?[ae]))"
            # a hospital's figure set against the official one: "Ancak hastane kaynakları ..."
            # a later figure revises; "saldırının ardından" (after the attack) is no later
            r"|^(?![^.;]*(?:\b(?:daha sonra|sonradan)\b|(?<!ın )(?<!in )(?<!un )(?<!ün )ardından))"
            r"\s*(?:ancak|fakat|buna karşın|buna karşılık)\b[^.;]{0,40}?"
            r"\b(?:hastane|doktor|sağlık kaynak)"
        ),
    ),
    "ru": _Table(
        outcomes=_words(
            (
                r"^(?:погиб|убит|убил|убиты|убив$|уничтож|ликвидир|скончал|жертв|расстрел|"
                r"застрел|тела$|тел$|унёс|унес|унесл)",  # "унёс жизни шести человек"
                "killed",
            ),
            (
                # "госпитализированы", "11 человек с ожогами" (with burns): hurt
                r"^(?:ранен|ранил|ранены|ранив$|ранения|ранение|пострадал|пострадавш|травм"
                r"|госпитализ|ожог)",
                "injured",
            ),
            (r"^(?:похищ|похитил|заложник)", "kidnapped"),
            (r"^(?:задержан|арестован|задержал)", "arrested"),
            (r"^(?:пропал|пропавш)", "missing"),
            (r"^(?:освобожд|освободил)", "released"),
        ),
        groups=_words(
            (r"^(?:боевик|террорист|смертник|нападавш|бандит|нарушител)", "attackers"),
            (
                # "Дипломат ранен": a mission's staff, as officials are
                r"^(?:талиб|губернатор|министр|чиновник|судь|прокурор|депутат|сотрудник"
                r"|дипломат|посол|консул)",
                "target_side",
            ),
            (
                r"^(?:военн|солдат|полицейск|силовик|пограничн|охранник|военнослужащ|"
                r"сотрудник(?:а|ов)? (?:полиции|охраны|безопасности|разведки)"
                # the group's own word for the soldiers it fights ("20 «оккупантов»")
                r"|оккупант|захватчик|интервент)",
                "security",
            ),
            (
                r"^(?:мирн|жител|гражданск|дет|ребен|ребён|женщин|школьник|студент|журналист|"
                r"турист|верующ|паломник|сын$|сына$|брат$|брата$|племянник|внук|"
                # people at work the attack struck: "водитель получил ранение", "грузчик ранен"
                r"водител|грузчик|пассажир|прохож|врач|учител)",
                "civilians",
            ),
            (r"^(?:человек|люд)", "unknown"),
        ),
        zeros=_zeros(
            (r"никто не (?:пострадал|погиб|ранен)", _BOTH),
            (r"(?:обошлось )?без (?:жертв|пострадавших)", _BOTH),
            (r"(?:жертв|пострадавших) нет", _BOTH),
            (r"погибших нет", ("killed",)),
        ),
        tolls=(
            (_re(r"число (?:погибших|жертв|убитых)"), "killed"),
            (_re(r"число (?:раненых|пострадавших)"), "injured"),
        ),
        # the passive of shooting dead: "Нападавший был застрелен охраной"
        singular=_re(
            r"^(?:погиб|убит|ранен|погибла|убита|ранена|скончался|скончалась|застрелен|"
            r"застрелена|ликвидирован|ликвидирована)$"
        ),
        one=_re(r"^(?:погиб|убит|погибла|убита|скончался|скончалась)$"),
        # "ранее", and a statement in the imperfective past, of any number or gender ("в МВД
        # сообщали о 18 погибших", "полиция говорила о 16": was saying, before the figure the
        # report gives as current; the perfective "сообщила" is the current one)
        earlier=_re(
            r"\b(?:ранее|первоначально|сначала|по (?:первым|первоначальным) данным"
            r"|(?:сообща|говори|называ)л(?:а|о|и)?|сообщалось)\b"
        ),
        more=_re(r"\b(?:ещё|еще|другие|других|остальные)\b"),
        among=_re(r"\b(?:среди (?:них|погибших|раненых|жертв)|в том числе)\b"),
        excluded=_re(
            r"\b(?:не считая|не включая|без учёта|без учета|кроме"
            # a finite verb: "данные не включают смертника", "цифра не учитывает нападавших"
            r"|не (?:включа|учитыва)(?:ют|ет))\s+(?:\w+\s+)?"
            r"(?:смертник|нападавш|террорист|боевик)\w*"
            r"|\b(?:смертник|нападавш|террорист|боевик)\w*\s+(?:[\w-]+\s+){0,3}?"
            r"не\s+(?:входят|входит|включены|включен|учтены|учтен|учитываются|учитывается)"
        ),
        counts={},
        figure_first=True,
        units=_re(
            r"^(?:секунд\w*|минут\w*|час\w*|сут\w*|дня|дней|день|недел\w*|месяц\w*|год|года|"
            r"году|лет)$"
        ),
        rise=_re(r"^(?:достиг|возросл|вырос|увеличил|составил|составля)\w*$"),
        aside=_re(
            r",\s*(?:не считая|не включая|включая|в том числе|кроме|без учета|без учёта)"
            r"(?:\s+[\w-]+){1,2}"
            # the one named may be described in a second aside: ", в том числе её главарь,
            # известный под именем Абу Хамза,"
            r"(?:\s*,\s*(?:известн|именуем|называем)\w*(?:\s+[\w-]+){1,5}?)?\s*,"
        ),
        claim=_re(
            r"\b(?:утвержда\w+|якобы|по (?:собственным |их |ее |её |его )?(?:данным|словам|"
            r"утверждению) (?:боевиков|группировки|террористов|нападавших))"
            # the group's spokesman says its fighters killed: "представитель движения ...
            # заявил, что боевики уничтожили 20 полицейских"
            r"|\b(?:представител|пресс-секретар|спикер)\w* (?:движения|талибов|группировки)"
            r"[^.;]{0,80}?(?:заявил|сообщил|написал)\w*,? что (?:его |её |ее |их )?"
            r"(?:боевики|бойцы|моджахеды)\s+(?:уничтожили|убили|ликвидировали)"
            # what a group asserts its own men did: "По утверждению ФНС, его бойцы уничтожили
            # шестерых", "По его утверждению, боевики убили 12 полицейских"
            r"|\bпо (?:его |её |ее |их )?утверждению\b[^.;]{0,60}?(?:его |её |ее |их )?"
            r"(?:боевики|бойцы|моджахеды)\s+(?:уничтожили|убили|ликвидировали)"
            # what the movement's spokesman states of the other side's dead: "Представитель
            # «Талибана» ... заявил, что ... в боях были убиты более 30 солдат"
            r"|\b(?:представител|пресс-секретар|спикер)\w* (?:движения )?«?(?:талибан|талибов)"
            r"[^.;]{0,80}?(?:заявил|сообщил|написал|утверждал)\w*,? что"
            r"(?=[^.;]*\b(?:солдат|военнослужащ|военных|полицейск|силовик|сотрудник))"
            # a statement in the group's own words, quoted: "заявил, что в результате
            # «мученической операции» погибли 20 «оккупантов»" (no official calls an attack a
            # martyrdom or the dead invaders and their hirelings)
            # the words may open the quotation or stand inside it ("что в результате взрыва были
            # «уничтожены семь иностранных оккупантов»"), and the verb may take a phrase
            # before "что" ("заявил по телефону агентству, что")
            r"|\b(?:заявил|заявила|заявили|сообщил|сообщила|сообщили|написал|утверждал)\w*"
            r"(?:\s+[^\s,.;«»]+){0,3}?,? что"
            r"(?=[^.;]*«[^».;]{0,40}?(?:мученическ|оккупант|захватчик|наёмник|наемник|марионет"
            r"|крестонос|вероотступ))"
        ),
        claim_after=False,
        kin=_re(
            r"и\s+(?:его|ее|её)\s+(?:\w+\s+)?(?:водител|охранник|телохранител|сын|брат|"
            r"племянник|жена|супруг|дочь|внук)\w*"
        ),
        ranking=_re(r"\b(?:самы[йм]|наиболее) (?:высокопоставленн|крупн|известн)\w*"),
        unofficial=_re(
            r"\b(?:(?:местн\w+\s+)?жител\w*|очевид\w*|свидетел\w*|сосед\w*|родственник\w*|"
            r"местн\w+ источник\w*)\s+(?:[\w-]+\s+)?(?:рассказ|сообщ|заяв|утвержда|говор)\w*"
            r"|\bпо (?:словам|данным) (?:местных )?(?:жител|очевид|свидетел|сосед|родственник)\w*"
            # a hospital's figure set against the official one: "Вместе с тем госпиталь ..."
            r"|^(?![^.;]*\b(?:позднее|позже|затем)\b)"  # a later figure revises
            r"\s*(?:вместе с тем|однако|тем не менее|в то же время)\b[^.;]{0,40}?"
            r"\b(?:госпитал|больниц|медик|врач)"
        ),
    ),
    "ar": _Table(
        outcomes=_words(
            (
                r"^(?:و|ف|ب|ل)?(?:ال)?(?:قتل|مقتل|قتلى|قتيل|حتف|استشهد|شهداء|شهيد|مصرع|وفاة|"
                r"ضحايا|يقتل|لقي|جثث|جثة|جثتي)"
                # "ما أودى بحياة 63 مصليا" (which claimed the lives of 63 worshippers)
                r"|^بحياة$",
                "killed",
            ),
            (
                r"^(?:و|ف|ب|ل)?(?:ال)?(?:جرح|جرحى|جريح|إصابة|اصابة|أصيب|اصيب|إصابات|مصاب|"
                r"يصاب)",
                "injured",
            ),
            (r"^(?:و|ف|ب|ل)?(?:ال)?(?:اختطاف|خطف|اختطف|مخطوف|رهائن)", "kidnapped"),
            (r"^(?:و|ف|ب|ل)?(?:ال)?(?:اعتقال|اعتقل|توقيف|القبض)", "arrested"),
        ),
        groups=_words(
            (r"^(?:و|ال|وال)?(?:انتحاري|مهاجم|مسلح|إرهابي|ارهابي|منفذ)", "attackers"),
            (
                r"^(?:و|ال)?(?:طالبان|حاكم|والي|مسؤول|وزير|قاض|نائب|دبلوماسي|سفير|قنصل)",
                "target_side",
            ),
            (
                r"^(?:و|ال|وال)?(?:جندي|جنود|شرطي|شرطة|عسكري|أمن|حارس|حراس|حرس|ضابط|عناصر)",
                "security",
            ),
            (
                r"^(?:و|ال|وال)?(?:مدني|مدنيين|أطفال|طفل|نساء|امرأة|طلاب|طالب|مصلين|مصل|"
                r"سائح|سياح|حجاج|موظف|نزيل|صحفي|صحافي|مذيع|إعلامي|اعلامي|مراسل|ناشط|طبيب|"
                r"معلم|مدرس)",
                "civilians",
            ),
            # "أحد المارة" (one of the passers-by), a broken plural (see ``_plural``)
            (r"^(?:و|ال|وال)?مارة$", "civilians"),
            (r"^(?:و|ال|وال)?(?:شخص|أشخاص|اشخاص|آخر|آخرين|آخرون|رجل)", "unknown"),
            (r"^و?(?:ثالث|ثالثة|رابع|رابعة)$", "unknown"),  # "وأصيب ثالث": a third person
        ),
        zeros=_zeros(
            (r"(?:دون|بدون) (?:وقوع )?(?:إصابات|اصابات|ضحايا)", _BOTH),
            (r"لم (?:يصب|يسفر عن|تسفر عن) (?:أحد|اي|أي)", _BOTH),
            (r"لا (?:إصابات|ضحايا)", _BOTH),
            (r"(?:دون|بدون) أن (?:يسفر|تسفر)(?: \S+){0,2} عن (?:سقوط |وقوع )?قتلى", ("killed",)),
            # "لم يسفر الانفجار عن قتلى": no dead (a wounded guard may still be counted)
            (r"لم (?:يسفر|تسفر|يؤد|تؤد)(?: \S+){0,2} (?:عن|إلى) (?:سقوط |وقوع )?قتلى", ("killed",)),
            # the subject first: "أحداً لم يُصب بأذى" (nobody was hurt)
            (r"(?:أحدا|احدا|أحد) لم (?:يصب|يتعرض|يصب بأذى)", _BOTH),
            # the verb first: "لم يتعرض أحد لأذى" (nobody came to harm)
            (
                r"لم (?:يتعرض|تتعرض) (?:أحد|أي أحد|احد) (?:\S+ )?"
                r"(?:لأذى|لأي أذى|للأذى|لإصابة|لسوء)",
                _BOTH,
            ),
        ),
        tolls=(
            (_re(r"(?:حصيلة|عدد)(?: ال\w+)?(?: (?:القتلى|الضحايا|القتل))?"), "killed"),
            (_re(r"عدد (?:الجرحى|المصابين)"), "injured"),
        ),
        # the feminine passive names one woman as well: "قُتلت المذيعة", "أصيبت طالبة"
        singular=_re(r"^(?:و|ف)?(?:قتل|يقتل|استشهد|لقي|أصيب|اصيب)(?:ت)?$"),
        one=_re(r"^(?!x)x"),
        earlier=_re(
            r"(?:في البداية|في وقت سابق|سابقا|الأولية|أولية|بعدما كانت|بعد أن كانت"
            r"|(?:ال)?(?:حصيلة|أرقام|تقديرات) (?:ال)?أول(?:ى|ية)"
            # the pluperfect of a statement: "وكانت الوزارة قد أعلنت مقتل 12" (had announced)
            r"|(?:^|\s)و?كان(?:ت|وا)?\s+(?:\S+\s+){0,4}?قد\s+(?:أعلن|اعلن|ذكر|قال|أفاد|أكد|"
            r"أحص|نقل)\w*)"
        ),
        # "أيضا" (also) right after the casualty word adds, as "also" does in English
        more=_re(r"(?:آخرون|آخرين|آخران|آخرين|أخرى|أيضا|ايضا)"),
        # "وكان بين القتلى الصحفي ...": among the dead (a part of the toll, not a new count)
        # "وأضاف أن بين الجرحى لاعبين" (among the wounded, two players): a part of them too
        among=_re(r"(?:بينهم|من بينهم|بينهن|بين (?:القتلى|الضحايا|الجرحى|المصابين))"),
        excluded=_re(
            # "قُتل سبعة مصلين إضافة إلى الانتحاري": seven and, on top of them, the bomber
            r"(?:لا (?:تشمل|تضم|يشمل)|(?:دون|بدون) (?:احتساب|حساب)|باستثناء|عدا"
            r"|(?:إضافة|بالإضافة) إلى) "
            r"(?:(?:ال)?(?:حصيلة|أرقام)\w*\s+)?(?:\w+\s+)?(?:ال)?(?:انتحاري|منفذ|مهاجم|مسلح|إرهابي)"
        ),
        counts={
            "شخصين": 2,
            "شخصان": 2,
            "جنديين": 2,
            "جنديان": 2,
            "شرطيين": 2,
            "شرطيان": 2,
            "الانتحاريان": 2,
            "انتحاريان": 2,
            "المهاجمان": 2,
            "مهاجمان": 2,
            "المسلحان": 2,
            "مسلحان": 2,
            "آخران": 2,
            "آخرين": 0,
            "عنصرين": 2,
            "عنصران": 2,
            "موظفان": 2,
            "حارسين": 2,
            "حارسان": 2,
            "طفلين": 2,
            "طفلان": 2,
            "رجلين": 2,
            "رجلان": 2,
            "نزيلان": 2,
            "نزيلين": 2,
            # a singular member of the forces, or "another", after a casualty word is one
            # person: "مقتل عنصر من الشرطة وإصابة آخر", "أسفر عن مقتل جندي" (other singular
            # nouns, such as "سائق" in "مقتله هو وسائقه", are read by the kin rule instead)
            "عنصر": 1,
            "جندي": 1,
            "شرطي": 1,
            "آخر": 1,
        },
        figure_first=False,
        units=_re(
            r"^و?(?:يوما|يوم|أيام|ايام|ساعة|ساعات|دقيقة|دقائق|ثانية|ثوان|أسبوع|أسبوعا|أسابيع|"
            r"شهرا|شهر|أشهر|شهور|عاما|عام|أعوام|سنة|سنوات)$"
        ),
        rise=_re(r"^(?:و|ف)?(?:ارتفع|ارتفعت|بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت)$"),
        # "قُتل على الفور مع أحد حراسه": "on the spot" tells when, not who; a link steps over it
        aside=_re(
            r"[,،]\s*(?:بمن فيهم|بما في ذلك|باستثناء|عدا)(?:\s+\S+){1,2}?\s*[,،]"
            r"|(?<!\w)(?:على الفور|في الحال)(?!\w)"
        ),
        claim=_re(
            r"(?<!\w)(?:زاعم\w*|زعم\w*|يزعم|تزعم|ادعى|ادعت|يدعي|تدعي|مدعي\w*)"
            # the group's spokesman says its fighters killed: "قال المتحدث باسمها ... إن مقاتلي
            # الحركة قتلوا 20 جنديا" (the movement's own words for its men; an official says
            # "مسلحي طالبان")
            r"|(?<!\w)(?:المتحدث|الناطق) باسم(?:ها|ه| الحركة| طالبان| التنظيم)[^.؛]{0,80}?"
            r"(?<!\w)[إأ]ن (?:مقاتلي|عناصر) (?:الحركة|التنظيم|الجماعة)"
        ),
        claim_after=False,
        # "وسائقه" (and his driver), "وأحد حراسه" (and one of his guards)
        kin=_re(
            r"و(?:أحد\s+|احد\s+)?(?:سائق|حارس|حراس|مرافق|ابن|نجل|شقيق|زوج|ابنت|حفيد)\w*(?:ه|ها)"
            r"(?!\w)"
        ),
        ranking=_re(r"(?<!\w)(?:أبرز|أعلى|أكبر|أرفع) (?:\w+ )?(?:مسؤول|قيادي|شخصية|مسئول)"),
        prefixes=("وال", "و", "ال", "ب", "ل"),
        unofficial=_re(
            r"(?<!\w)(?:و?(?:قال|أفاد|ذكر|أكد|يقول)\w*\s+(?:\S+\s+)?|(?:بحسب|وفق|حسب)\s+)"
            r"(?:ال)?(?:سكان|شهود|أهالي|الأهالي|أقارب|ذوي|مصادر محلية|أحد السكان|شيوخ|وجهاء)"
            # a hospital's figure set against the official one: "غير أن مصادر طبية قالت ..."
            r"|^(?![^.؛]*(?:لاحقا|فيما بعد))"  # a later figure revises
            # "في المقابل، قال طبيب ..." (on the other hand, a doctor said) contrasts as well
            r"\s*و?(?:غير أن|لكن|إلا أن|بيد أن|في المقابل\s*،?)\s+(?:\S+\s+){0,2}?"
            # the accusative after "أن" too: "غير أن مصدراً طبياً" (marks dropped: "مصدرا طبيا")
            r"(?:مصادر طبية|مصدرا? طبيا?|طبيبا?|(?:ال)?مستشف(?:ى|يات)|(?:ال)?أطباء)"
        ),
    ),
}
_AR_NUMBER_WORDS: Final = frozenset(
    {"اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}
)


# Monday is "the second" day in Arabic: "الاثنين" / "الإثنين" (with "يوم" or alone) reads
# as the number two once its article is taken off.
_WEEKDAYS_LIKE_NUMBERS: Final = frozenset({"الاثنين", "الإثنين", "والاثنين", "بالاثنين"})


@dataclass(frozen=True)
class _Figure:
    first: int
    last: int  # token index of the figure's last token
    quantity: Quantity


def _figures(
    text: str, tokens: list[re.Match[str]], table: _Table, language: str
) -> dict[int, _Figure]:
    starts = {m.start(): i for i, m in enumerate(tokens)}
    ends = {m.end(): i for i, m in enumerate(tokens)}
    found: dict[int, _Figure] = {}
    for match in iter_quantities(text, language):
        first, last = starts.get(match.start), ends.get(match.end)
        q = match.quantity
        if first is None or (q.text.isdigit() and len(q.text) == 4):
            continue  # a year
        found[first] = _Figure(first, last if last is not None else first, q)
    for i, tok in enumerate(tokens):
        if i in found:
            continue
        word = tok.group(0).lower()
        value = table.counts.get(word)
        if word in _WEEKDAYS_LIKE_NUMBERS:
            continue  # "يوم الاثنين" is Monday, not "the two"
        if value is None and table.prefixes:
            value = _prefixed(word, table)
        if value:
            found[i] = _Figure(i, i, Quantity(value, value, value, False, tok.group(0)))
    return {k: f for k, f in found.items() if not _duration(tokens, f, table)}


def _duration(tokens: list[re.Match[str]], figure: _Figure, table: _Table) -> bool:
    """ "40 gün", "15 минут", "أربعين يوما": a figure of time units counts no people; nor
    does a figure of things ("уничтожили шесть самолётов": destroyed six aircraft)."""
    after = figure.last + 1
    if after >= len(tokens):
        return False
    word = tokens[after].group(0)
    return bool(table.units.match(word)) or bool(_THINGS.match(word))


# Nouns of things a casualty verb may also take ("уничтожить", "imha", "تدمير" destroy
# people and vehicles alike): the figure before them counts no one.
_THINGS: Final = _re(
    r"^(?:самол[её]т|вертол[её]т|машин|автомашин|автомобил|танк|бронетранспорт|грузовик|"
    r"ангар|склад|блокпост|uçağ|uçak|helikopter|araç|tank|kamyon|hangar|"
    r"(?:و|ال|وال)?(?:طائرة|طائرات|طائرتين|مروحي|سيارة|سيارات|مركبة|مركبات|دبابة|دبابات|"
    r"آلية|آليات))"
)


def _prefixed(word: str, table: _Table) -> int | None:
    """A figure with a clitic glued to it: "و13", "الثلاثة"."""
    for prefix in table.prefixes:
        if word.startswith(prefix) and len(word) > len(prefix):
            rest = word[len(prefix) :]
            if rest.isdigit():
                return int(rest)
            if rest in _AR_NUMBER_WORDS or rest in table.counts:
                return figure_value(rest, "ar") or table.counts.get(rest)
    return None


def _match(table: tuple[tuple[re.Pattern[str], str], ...], word: str) -> str | None:
    for pattern, value in table:
        if pattern.match(word.lower()):
            return value
    return None


def _clause(
    tokens: list[re.Match[str]],
    t: int,
    step: int,
    outcomes: set[int],
    aside: frozenset[int] = frozenset(),
    window: int = WINDOW,
) -> Iterator[int]:
    """Token indices from ``t`` in direction ``step`` within the clause and the window; an
    inserted phrase (``aside``) is stepped over and not counted."""
    k, seen = t + step, 0
    while 0 <= k < len(tokens):
        if k in aside:
            k += step
            continue
        seen += 1
        if seen > window or tokens[k].group(0) in _CLAUSE_END or k in outcomes:
            return
        yield k
        k += step


def _nearest(
    tokens: list[re.Match[str]],
    t: int,
    figures: dict[int, _Figure],
    used: set[int],
    outcomes: set[int],
    figure_first: bool,
    aside: frozenset[int] = frozenset(),
    window: int = WINDOW,
) -> _Figure | None:
    by_last = {f.last: f for f in figures.values()}
    directions = (-1, 1) if figure_first else (1, -1)
    for step in directions:
        for k in _clause(tokens, t, step, outcomes, aside, window):
            figure = figures.get(k) if step > 0 else by_last.get(k)
            if figure is not None and figure.first not in used:
                return figure
    return None


def _noun(reader: _Reader, figure: _Figure, t: int) -> str | None:
    """The group noun a figure counts ("خمسة أشخاص", "3 kişi", "трёх полицейских"): the noun
    next to the figure, else next to the casualty word, within their clause."""
    tokens, table = reader.tokens, reader.table
    word = tokens[figure.first].group(0)
    if reader.language == "ar" and _noun_figure(word, table):
        return word  # the figure is a noun itself: "عنصر" (a member), "جنديان" (two soldiers)
    near = [figure.last + 1, figure.last + 2, figure.first - 1, t - 1, t + 1]
    for k in [*near, t - 2, t + 2]:
        if not 0 <= k < len(tokens) or _across_clause(tokens, k, figure.first):
            continue
        if _match(table.groups, tokens[k].group(0)) is not None:
            return tokens[k].group(0)
    return None


def _noun_figure(word: str, table: _Table) -> bool:
    """A noun that counts by itself (the Arabic singular or dual: "عنصر", "جنديان"), not a
    numeral ("ثلاثة", "اثنان") nor "another" ("آخر"); a clitic may be glued to it ("ونزيلان")."""
    lowered = word.lower()
    bare = [lowered[len(p) :] for p in table.prefixes if lowered.startswith(p)]
    lowered = next((b for b in bare if b in table.counts), lowered)
    if lowered not in table.counts or table.more.search(lowered):
        return False
    return figure_value(lowered, "ar") is None and lowered not in _AR_NUMBER_WORDS


def _group(tokens: list[re.Match[str]], figure: _Figure | None, t: int, table: _Table) -> str:
    """The group of the noun next to the figure, else of a noun next to the casualty word,
    within their clause."""
    near: list[int] = []
    if figure is not None:
        own = figure.last + 1
        if own < len(tokens) and _match(table.groups, tokens[own].group(0)) == "unknown":
            # the figure's own noun, "خمسة أشخاص" (five people), names no side, whatever
            # other word stands near: "فجر الانتحاري نفسه فقتل خمسة أشخاص" are not bombers
            return "unknown"
        counted_out_of = _out_of_group_tr(tokens, figure, table)
        if counted_out_of is not None:
            return counted_out_of
        near += [figure.last + 1, figure.last + 2, figure.first - 1]
    near += [t - 1, t + 1, t - 2, t + 2]
    for k in near:
        if not 0 <= k < len(tokens) or _across_clause(tokens, k, figure.first if figure else t):
            continue
        found = _match(table.groups, tokens[k].group(0))
        if found == "target_side" and k + 1 < len(tokens):
            phrase = f"{tokens[k].group(0)} {tokens[k + 1].group(0)}".lower()
            if any(v == "security" and p.match(phrase) for p, v in table.groups):
                return "security"  # "сотрудников полиции": police officers
        if found is not None and found != "unknown":
            return found
    return "unknown"


# The Turkish ablative plural, "saldırganlardan" (of the attackers): the figure after it
# ("saldırganlardan 10'u", ten of them) is counted out of that group.
_ABLATIVE_PLURAL_TR: Final = _re(r"l[ae]r(?:[ıi]n)?d[ae]n$")


def _out_of_group_tr(tokens: list[re.Match[str]], figure: _Figure, table: _Table) -> str | None:
    """ "saldırganlardan 10'unun da güvenlik güçlerince öldürüldüğünü": the group a figure is
    counted out of, not the agent named after it."""
    if figure.first < 1:
        return None
    word = tokens[figure.first - 1].group(0)
    if not _ABLATIVE_PLURAL_TR.search(word):
        return None
    found = _match(table.groups, word)
    return found if found not in (None, "unknown") else None


def _across_clause(tokens: list[re.Match[str]], a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return any(tokens[k].group(0) in _CLAUSE_END for k in range(low, high + 1))


class _Reader:
    """One sentence being read; offsets map the mark-free text back to the original."""

    def __init__(self, sentence: str, offset: int, language: str, table: _Table) -> None:
        self.original = sentence
        self.table = table
        self.language = language
        self.text, self.index = _without_marks(sentence)
        self.offset = offset
        self.tokens = list(_WORD.finditer(self.text))
        self.figures = _figures(self.text, self.tokens, table, language)
        asides = [m.span() for m in table.aside.finditer(self.text)]
        self.aside = frozenset(
            i for i, tok in enumerate(self.tokens) if any(a <= tok.start() < b for a, b in asides)
        )

    def first(self, patterns: Mapping[str, re.Pattern[str]]) -> re.Match[str] | None:
        """The first match in the sentence of this language's pattern, if it has one."""
        pattern = patterns.get(self.language)
        return pattern.search(self.text) if pattern is not None else None

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        a = self.index[start]
        b = self.index[end - 1] + 1 if end > start else a
        return a + self.offset, b + self.offset, self.original[a:b]

    def mention(
        self,
        start: int,
        end: int,
        outcome: str,
        quantity: Quantity,
        group: str,
        relation: str = "count",
        *,
        earlier: bool = False,
        noun: str | None = None,
    ) -> CasualtyMention:
        """The mention of a span; ``noun`` is the group noun the figure counts, kept so that
        the toll across sentences can tell "people" from a group or one person."""
        a, b, text = self.span(start, end)
        tail = re.split(r"[,;.،؛]", self.text[end : end + _MORE_REACH], maxsplit=1)[0]
        more = bool(self.table.more.search(self.text[start:end] + tail))
        return CasualtyMention(
            a, b, text, outcome, quantity, group, noun, relation, None, earlier=earlier, more=more
        )


def _without_marks(sentence: str) -> tuple[str, list[int]]:
    if not _MARKS.search(sentence):
        return sentence, list(range(len(sentence)))
    kept = [(i, ch) for i, ch in enumerate(sentence) if not _MARKS.match(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


# "Раненых, по его данным, 38": an aside naming the speaker already told (or the latest
# figures) stands between a casualty noun and its figure; read without it, it is "Раненых 38".
# An aside that names a source ("по данным талибов") stays: it tells whose figure it is.
_SOURCE_ASIDE_RU: Final = re.compile(
    r",\s*по\s+(?:его|её|ее|их|последним|уточн[её]нным|официальным)\s+"
    r"(?:данным|словам|сведениям)\s*,",
    re.IGNORECASE,
)


def _without_source_aside(sentence: str, language: str) -> str:
    """``sentence`` with a Russian speaker's aside blanked out (same length: spans hold)."""
    if language != "ru" or "по " not in sentence:
        return sentence
    return _SOURCE_ASIDE_RU.sub(lambda m: " " * len(m.group()), sentence)


def find_other(sentence: str, offset: int, language: str) -> list[CasualtyMention]:
    """Casualty mentions of one Turkish, Russian or Arabic sentence (see the module doc)."""
    table = TABLES.get(language)
    if table is None:
        return []
    sentence = _without_source_aside(sentence, language)
    reader = _Reader(sentence, offset, language, table)
    zeros = [
        reader.mention(m.start(), m.end(), outcome, Quantity(0, 0, 0, False, m.group(0)), "unknown")
        for pattern, outcomes in table.zeros
        for m in pattern.finditer(reader.text)
        for outcome in outcomes
    ]
    zeroed = {m.outcome for m in zeros}
    if zeros and zeroed >= set(_BOTH):
        return zeros
    excluded = _excluded_figures(reader)
    used: set[int] = {f.first for f in excluded.values() if f is not None}
    mentions = _tolls(reader, used)
    spans = [(m.start - offset, m.end - offset) for m in mentions]
    mentions += _counts(reader, used, spans)
    mentions += _excluded(reader, mentions, excluded)
    mentions = _instead(mentions, _blew_self_up(reader))
    mentions = _the_next_one(reader, mentions)
    mentions += _captured_wounded(reader, mentions)
    mentions += _active_one(reader, mentions)
    mentions = _vague_parts([_alleged(reader, m) for m in mentions])
    mentions = _wounded_who_died(reader, _others_than_dead(mentions))
    mentions = _combined(reader, mentions)
    mentions = _all_of_group(reader, _on_the_side(reader, mentions))
    mentions = _one_killed_ar(reader, mentions)
    mentions = _also_died(reader, mentions)
    mentions = _part_of_whole(reader, mentions)
    mentions = _together_with(reader, mentions)
    mentions = _relative_heads(reader, mentions)
    mentions = [m for m in mentions if not _relative_of(reader, m, mentions)]
    mentions = [m for m in mentions if not _inside_same(m, mentions)]
    if language == "tr" and "arasında" in sentence:
        mentions = [_among_the_dead_tr(m) for m in mentions]
    if zeros:  # "أصيب موظفان ... دون أن يسفر عن سقوط قتلى": a zero for the dead only
        mentions = [m for m in mentions if m.outcome not in zeroed] + zeros
    return sorted(mentions, key=lambda m: (m.start, m.end, m.outcome))


# "hayatını kaybedenler arasında karakol komutanı da bulunuyor" (among those who died was the
# post commander): the person read with the dead before him is one of them, as "Ölenler
# arasında iki çocuk" already is when a figure follows.
_AMONG_THE_DEAD_TR: Final = re.compile(
    r"^(?:hayatını kaybedenler|ölenler|öldürülenler|yaralananlar|yaralılar)\s+arasında\s",
    re.IGNORECASE,
)


def _among_the_dead_tr(m: CasualtyMention) -> CasualtyMention:
    """A Turkish person told "among those who died/were wounded" is a part of that toll."""
    if m.relation != "count" or not _AMONG_THE_DEAD_TR.match(m.text):
        return m
    return dataclasses.replace(m, relation="subset")


def _instead(mentions: list[CasualtyMention], own: list[CasualtyMention]) -> list[CasualtyMention]:
    """The attacker's own death read by its phrase ("قبل أن يُقتل برصاص الجنود": before he was
    killed by the soldiers' bullets) stands instead of any figure read inside that phrase (the
    soldiers are who killed him, not who died)."""
    kept = [m for m in mentions if not any(o.start < m.end and m.start < o.end for o in own)]
    return kept + own


# "ранив охранника", "убил полицейского", "застрелив его сына": an active casualty verb whose
# object is one person (a singular animate accusative, in -а/-я/-ого/-его/-у/-ю, no numeral).
_ACTIVE_ONE: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(
        r"\b(?P<verb>убил[аи]?|убив|ранил[аи]?|ранив|застрелил[аи]?|застрелив)\s+"
        r"(?:[\w-]+(?:ого|его|ую|юю)\s+)?(?P<noun>[\w-]+(?:а|я|ого|его|у|ю))\b"
    ),
}


def _active_one(reader: _Reader, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """One person harmed, told by an active verb and a singular object the figure readers
    leave alone ("неизвестный открыл огонь по посольству, ранив охранника")."""
    pattern = _ACTIVE_ONE.get(reader.language)
    if pattern is None:
        return []
    out: list[CasualtyMention] = []
    for match in pattern.finditer(reader.text):
        group = _match(reader.table.groups, match.group("noun"))
        if group is None:
            continue
        outcome = "injured" if match.group("verb").lower().startswith("ран") else "killed"
        start, end, _ = reader.span(match.start(), match.end())
        if told_over(found, start, end, outcome):
            continue  # the figure readers linked this verb already
        one = Quantity(1, 1, 1, False, match.group("noun"))
        out.append(reader.mention(match.start(), match.end(), outcome, one, group))
    return out


# A bomber who blew himself up: "kendini patlattı", "подорвал себя", "فجّر نفسه". His death is
# implied; it counts only when the report gives no attackers' dead of its own (see
# ``casualties.effective_mentions``).
_BLEW_SELF_UP: Final[dict[str, re.Pattern[str]]] = {
    "tr": _re(r"\bkendi(?:ni|sini)\s+(?:[\w'’]+\s+){0,3}?(?:patlat|havaya uçur)\w*"),
    # not a vehicle or a patrol that "подорвался на мине" (hit a mine, set off a bomb)
    "ru": _re(
        r"\b(?:подорвал|взорвал)\w*\s+(?:[\w-]+\s+){0,1}?себя\b"
        r"|\bподорвал(?:ся|ась)\b(?!\s+на\s+(?:\w+\s+)?(?:мин|фугас|сву|взрывн|бомб|снаряд))"
        # "двое боевиков подорвали свои пояса" (blew up their belts): the wearers died
        r"|\b(?:подорвал|взорвал|привел\w* в действие)\w*\s+(?:сво\w+\s+)?"
        r"(?:пояс|жилет)\w*"
    ),
    "ar": _re(r"(?<!\w)(?:و|ف)?(?:فجر|يفجر|تفجير|بتفجير)\s+(?:\w+\s+){0,2}?نفس(?:ه|ها)(?!\w)"),
}


# "третий был застрелен" (the third was shot dead), "ещё один погиб": one more of the group
# the sentence has just counted, told by his place in it.
_NEXT_ONE_RU: Final = _re(
    r"\b(?:второй|третий|четв[её]ртый|пятый|шестой|ещё один|еще один)\s+(?:из них\s+)?"
    r"(?:был\s+)?(?:застрелен|убит|ликвидирован|уничтожен|погиб|скончался)\b"
)


def _the_next_one(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "Двое боевиков подорвали свои пояса, третий был застрелен": an ordinal (or "ещё
    один") with a singular verb of death is one more person of the group counted before it in
    the sentence, marked as more."""
    if reader.language != "ru":
        return mentions
    out = list(mentions)
    for found in _NEXT_ONE_RU.finditer(reader.text):
        start, end, text = reader.span(found.start(), found.end())
        before = [m for m in out if m.outcome == "killed" and m.end <= start]
        inside = [m for m in out if m.start < end and start < m.end]
        if not before or any(m.group != "unknown" or m.quantity.best != 1 for m in inside):
            continue
        group = max(before, key=lambda m: m.end).group
        one = Quantity(1, 1, 1, False, text)
        out = [m for m in out if m not in inside]  # the bare verb's one person is this one
        out.append(CasualtyMention(start, end, text, "killed", one, group, None, more=True))
    return out


def _wearers(reader: _Reader, at: int) -> _Figure | None:
    """The figure of the Russian subject right before a plural "подорвали свои пояса" (up to
    one noun between them, "двое боевиков"): that many attackers blew themselves up."""
    tokens = reader.tokens
    if reader.language != "ru":
        return None
    verb = next((i for i, tok in enumerate(tokens) if tok.start() >= at), None)
    if verb is None or not tokens[verb].group(0).lower().endswith("и"):
        return None  # a singular verb ("подорвал свой пояс") is the one bomber
    for k in (verb - 1, verb - 2):
        figure = reader.figures.get(k)
        if k >= 0 and figure is not None and (figure.quantity.best or 0) > 1:
            return figure
    return None


def _blew_self_up(reader: _Reader) -> list[CasualtyMention]:
    match = reader.first(_BLEW_SELF_UP)
    if match is None:
        return _killed_before_he_fled(reader)
    wearers = _wearers(reader, match.start())
    if wearers is not None:  # "Двое боевиков подорвали свои пояса": the two who wore them
        start = reader.tokens[wearers.first].start()
        return [reader.mention(start, match.end(), "killed", wearers.quantity, "attackers")]
    one = Quantity(1, 1, 1, False, match.group(0))
    bomber = reader.mention(match.start(), match.end(), "killed", one, "attackers", "implied")
    # "انتحاري فجّر نفسه ... ثم دخل مسلح ثانٍ ... قبل أن يُقتل": a second attacker, after the
    # bomber, died too
    second = [m for m in _killed_before_he_fled(reader) if m.start >= bomber.end]
    if not second:
        return [bomber]
    # two attackers told dead in one sentence: the bomber is counted, not only implied
    # (and the second is another man, more dead, not a restatement of the bomber)
    return [
        dataclasses.replace(bomber, relation="count"),
        *(dataclasses.replace(m, more=True) for m in second),
    ]


# An attacker taken wounded: "saldırganlardan biri(nin de) yaralı olarak yakalandı", "второй
# (нападавший) задержан с ранением", "одного из нападавших задержали, он ранен в ногу". He is
# one of the wounded (attackers count), though no figure stands beside the word.
_CAPTURED_WOUNDED: Final[dict[str, re.Pattern[str]]] = {
    "tr": _re(
        r"\b(?:saldırgan|militan|fail|terörist|bombacı)\w*?(?:dan|den)\s+biri(?:nin|ni)?\s+"
        r"(?:de\s+|da\s+)?yaralı\s+(?:olarak\s+)?(?:yakalan|ele geçiril|gözaltına)\w*"
        # the one attacker as the subject: "Saldırgan, güvenlik güçleri tarafından yaralı
        # olarak ele geçirildi" (not the plural "Saldırganlar", who are counted elsewhere)
        r"|\b(?:saldırgan|militan|fail|terörist|bombacı)\b,?\s+(?:[\w'’]+\s+){0,4}?"
        r"yaralı\s+(?:olarak\s+)?(?:yakalan|ele geçiril|gözaltına)\w*"
    ),
    "ru": _re(
        r"\b(?:задержан|схвачен|взят в плен)\w*\s+(?:с ранением|раненым)\b"
        r"|(?:задержал|схватил)\w*[^.;]{0,40},\s+он\s+ранен\b"
    ),
}
_ATTACKER_WORD: Final[dict[str, re.Pattern[str]]] = {
    "tr": _re(r"\b(?:saldırgan|militan|fail|terörist|bombacı)"),
    "ru": _re(r"\b(?:нападавш|боевик|террорист|бандит|стрелявш)"),
}


def _captured_wounded(reader: _Reader, found: list[CasualtyMention]) -> list[CasualtyMention]:
    match = reader.first(_CAPTURED_WOUNDED)
    if match is None or not _ATTACKER_WORD[reader.language].search(reader.text[: match.end()]):
        return []
    start, end = reader.offset + match.start(), reader.offset + match.end()
    if any(m.outcome == "injured" and m.start <= end and start <= m.end for m in found):
        return []  # the wound already read with a figure of its own
    one = Quantity(1, 1, 1, False, match.group(0))
    return [reader.mention(match.start(), match.end(), "injured", one, "attackers")]


# "فتح المسلح النار ... قبل أن يقتله الحراس" (the gunman opened fire ... before the guards
# killed him): the attacker the sentence opened with died. The pronoun "ـه" on the verb is him.
_KILLED_BEFORE_AR: Final = re.compile(
    r"قبل\s+أن\s+(?:ي|ت)(?:قتل|قتلو|رد|ردو)(?:ه|ا)(?!\w)|قبل\s+أن\s+(?:ي|ت)(?:قتل|رد)يه(?!\w)"
    # the passive, "before he was killed by the soldiers' bullets": the verb read without
    # its vowels is told passive by how (by bullets, by fire, at the hands of) it came
    r"|قبل\s+أن\s+(?:ي|ت)قتل\s+(?:برصاص|بنيران|بنار|على\s+يد|خلال|في\s+تبادل)"
    r"|قبل\s+أن\s+(?:ي|ت)لقى\s+(?:حتف|مصرع)(?:ه|ها)(?!\w)"
    # the passive that ends its clause ("... قبل أن يُقتل."): the active would take an object
    r"|قبل\s+أن\s+(?:ي|ت)\u064f?قتل(?=\s*(?:[.،؛]|$))"
)
# The Arabic nouns for an attacker: gunman, assailant, suicide bomber, perpetrator.
_AR_ATTACKER_NOUN: Final = r"(?:مهاجم|مسلح|انتحاري|منفذ)"
# the attacker the sentence opened with: named ("المسلح"), or told by his act ("فتح رجل ...
# النار": a man opened fire)
_ATTACKER_AR: Final = re.compile(
    r"(?<!\w)(?:و|ف)?(?:ال)?" + _AR_ATTACKER_NOUN + r"(?!\w)"
    r"|(?<!\w)(?:و|ف)?(?:فتح|أطلق|اطلق)(?!\w)(?:\s+\S+){1,8}?\s+النار(?!\w)"
)


# "... إن المسلحين الأربعة ... قبل أن تقتلهم قوات الأمن" (before the security forces killed
# them): the attackers the sentence counted died, as many as it said ("هما": the two).
_KILLED_THEM_BEFORE_AR: Final = re.compile(r"قبل\s+أن\s+(?:ي|ت)(?:قتل|قتلو)(?:هم|هما)(?!\w)")
_ATTACKERS_COUNTED_AR: Final = re.compile(
    r"(?<!\w)(?:و|ف)?(?:ال)?" + _AR_ATTACKER_NOUN + r"\w*\s+(?P<after>\w+)"
    r"|(?<!\w)(?P<before>\w+)\s+" + _AR_ATTACKER_NOUN + r"\w*"
)


def _killed_them_before(reader: _Reader) -> list[CasualtyMention]:
    match = _KILLED_THEM_BEFORE_AR.search(reader.text)
    if match is None:
        return []
    count = 2 if match.group(0).endswith("هما") else None
    for found in _ATTACKERS_COUNTED_AR.finditer(reader.text, 0, match.start()):
        word = found.group("after") or found.group("before")
        count = figure_value(word.removeprefix("ال"), "ar") or count
    if not count:
        return []  # "them" with no number told: a group without a figure adds nothing
    figure = Quantity(count, count, count, False, match.group(0))
    return [reader.mention(match.start(), match.end(), "killed", figure, "attackers")]


def _killed_before_he_fled(reader: _Reader) -> list[CasualtyMention]:
    if reader.language != "ar":
        return []
    match = _KILLED_BEFORE_AR.search(reader.text)
    if match is None:
        return _killed_them_before(reader)
    if not _ATTACKER_AR.search(reader.text, 0, match.start()):
        return []
    one = Quantity(1, 1, 1, False, match.group(0))
    return [reader.mention(match.start(), match.end(), "killed", one, "attackers")]


# "один из раненых полицейских скончался", "yaralılardan biri hastanede öldü", "توفي أحد
# الجرحى": the wounded who died move from the injured to the dead.
_WOUNDED_DIED: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(
        r"\b(?P<n>[\w-]+) из (?:числа )?(?:раненых|пострадавших)(?:\s+[\w-]+){0,4}?\s+"
        r"(?:скончал|умер)\w*"
        r"|(?<=раненых, )(?P<n2>[\w-]+) из (?:которых|них) (?:позднее |вечером |затем )?"
        r"(?:скончал|умер)\w*"
        # the verb first: "в больнице умерли ещё двое раненых", "скончались трое пострадавших"
        r"|\b(?:скончал|умер)\w*\s+(?:ещё\s+|еще\s+|позднее\s+|затем\s+)?(?P<n3>[\w-]+)\s+"
        r"(?:раненых|пострадавших)\b"
        r"|\b(?P<n4>[\w-]+)\s+(?:раненых|пострадавших)\s+(?:позднее\s+|затем\s+|позже\s+)?"
        r"(?:скончал|умер)\w*"
    ),
    "tr": _re(
        r"\byaral(?:ı|ananlar)(?:lar)?dan (?P<n>\w+)(?:\s+[\w'’-]+){0,4}?\s+"
        r"(?:hayatını kaybetti|öldü)\w*"
    ),
    "ar": _re(
        r"(?:توفي|توفيت)\s+(?P<n>\S+)\s+(?:من\s+)?(?:ال)?(?:جرحى|مصابين)"
        r"|(?P<dual>جريحين|جريحان|مصابين اثنين)\s+(?:توفيا|فارقا الحياة|لقيا حتفهما)"
        # "وفاة السائق متأثرا بجروحه" (the driver died of his wounds): one person, named
        r"|(?:وفاة|توفي|توفيت)\s+(?P<one>ال\S+)\s+(?:\S+\s+){0,2}?متأثر(?:ا|ة|ً)?\s+"
        r"ب(?:جروح|جراح|إصاب|اصاب)\w*"
    ),
}


# One figure for the dead and the wounded together: "убиты или ранены около 20", "20 kişi
# öldü ya da yaralandı", "20 بين قتيل وجريح".
_COMBINED: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(r"\b(?:убит|погиб)\w*\s+или\s+(?:ранен|пострада)\w*"),
    "tr": _re(r"\b(?:öl|ölü)\w*\s+(?:ya da|veya)\s+yaral\w*"),
    "ar": _re(r"بين\s+(?:قتيل|قتلى)\s+و(?:جريح|جرحى|مصاب)"),
}


# "Со стороны нападавших ... убиты пятеро": the side a bare figure's dead belong to.
_SIDE: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(r"\bсо стороны (?P<who>[\w-]+)"),
    "tr": _re(r"\b(?P<who>[\w-]+) (?:tarafında|safında|saflarında)\b"),
}


# "Нападавшие, по данным полиции, потеряли пять человек убитыми": the subject of "lost"
# (past an aside between commas) is whose dead and wounded the figures after it are.
_LOST: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(r"(?P<who>[\w-]+)\s*(?:,[^,]{1,60},\s*)?потерял[иа]?\b"),
}


# "saldırganların «iki şehit» olduğunu duyurdu": a group's claim that its own men are N
# martyrs; the genitive subject of the clause is whose dead the figure counts.
_MARTYRS_OF: Final[dict[str, re.Pattern[str]]] = {
    "tr": _re(r"(?P<who>[\w'’]+?(?:ın|in|un|ün))\s+[\"“«]?[\w'’]+\s+şehit[\"”»]?\s+olduğ"),
}


# "ölen 5 kişinin tamamının sivil olduğunu": the figure just told is all of one group.
_ALL_OF_GROUP: Final[dict[str, re.Pattern[str]]] = {
    "tr": _re(r"\b(?:tamamı|hepsi)(?:nın|nin)?\s+(?P<who>\w+)\s+olduğ"),
}


# "اغتال مسلحان ... الصحفي" (two gunmen assassinated the journalist), "اغتيل القاضي" (the
# judge was assassinated), "مقتل المذيعة" (the killing of the presenter): one death, of the
# first definite singular person the verb or verbal noun reaches (past its agents and times).
_ONE_KILLED_AR: Final = _re(r"^(?:و|ف|ب)?(?:اغتال|اغتيل|اغتيلت|مقتل|باغتيال|اغتيال)$")
_WITH_KIN_AR: Final = _re(r"^(?:سائق|حارس|شقيق|نجل|ابن|زوج|مرافق)(?:ه|ها)$")
_ONE_KILLED_REACH: Final = 8


def _one_killed_ar(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The Arabic assassination of one person told with no figure (see ``_ONE_KILLED_AR``);
    "مع سائقها" (with her driver) after the person is one more dead."""
    if reader.language != "ar" or any(m.outcome == "killed" for m in mentions):
        return mentions
    if "اغت" not in reader.text and "مقتل" not in reader.text:
        return mentions
    tokens = reader.tokens
    for t, tok in enumerate(tokens):
        if not _ONE_KILLED_AR.match(tok.group(0)):
            continue
        for k in range(t + 1, min(len(tokens), t + _ONE_KILLED_REACH)):
            word = tokens[k].group(0)
            if word in _CLAUSE_END:
                break
            group = _match(reader.table.groups, word)
            if group is None or group == "attackers" or word in reader.table.counts:
                continue
            if not word.startswith("ال") or _plural(word, "ar"):
                break  # "مقتل 12 شخصا", "مقتل مدنيين": a figure or a plural, read elsewhere
            if any(k < f.first <= k + _ONE_KILLED_REACH for f in reader.figures.values()):
                break  # "مقتل المعلم ... وسبعة من طلابه": more dead told by a figure
            kin = any(
                tokens[j].group(0) == "مع" and _WITH_KIN_AR.match(tokens[j + 1].group(0))
                for j in range(k + 1, min(len(tokens) - 1, k + 5))
            )
            count = 2 if kin else 1
            figure = Quantity(count, count, count, False, word)
            found = reader.mention(
                tok.start(),
                tokens[k].end(),
                "killed",
                figure,
                group if count == 1 else "unknown",
                noun=word,
            )
            return [*mentions, found]
    return mentions


def _all_of_group(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A figure of no group followed by "all of them were X" is a figure of X's group."""
    return _of_the_group_named(reader, mentions, reader.first(_ALL_OF_GROUP), after=False)


def _of_the_group_named(
    reader: _Reader,
    mentions: list[CasualtyMention],
    found: re.Match[str] | None,
    *,
    after: bool,
) -> list[CasualtyMention]:
    """The counts of no group on one side of ``found`` (after it, or before it) given to the
    group its ``who`` names, when it names one."""
    if found is None:
        return mentions
    group = _match(reader.table.groups, found.group("who"))
    if group is None or group == "unknown":
        return mentions
    at = reader.index[found.start()] + reader.offset
    return [
        dataclasses.replace(m, group=group)
        if m.group == "unknown"
        and (m.start > at if after else m.end <= at)
        and m.relation == "count"
        and m.quantity.best
        else m
        for m in mentions
    ]


# "не считая двух водителей, которые также погибли": people left out of a figure who died
# too, counted on top of it.
_ALSO_DIED: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(
        r"\b(?:не считая|кроме|помимо)\s+(?P<n>[\w-]+)\s+(?P<noun>[\w-]+)(?:\s+[\w-]+)?,\s*"
        r"котор\w+\s+(?:также|тоже)\s+(?:погиб|убит|скончал)\w*"
    ),
}


# "не считая нападавшего, который был убит на месте": a verb in a relative clause tells the
# fate of the person just named, already counted.
_RELATIVE: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(r",\s*(?:который|которая)\s+(?:был[аи]?\s+)?(?:тоже\s+|также\s+)?$"),
}


# "взрыв устроил смертник, который тоже погиб": the noun a relative clause describes.
_RELATIVE_HEAD: Final[dict[str, re.Pattern[str]]] = {
    "ru": _re(
        r"(?P<noun>[\w-]+),\s*(?:который|которая)\s+(?:был[аи]?\s+)?(?P<also>тоже\s+|также\s+)?$"
    ),
}


def _relative_heads(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "Взрыв устроил смертник, который тоже погиб": a bare singular verb in a relative
    clause is the death of the noun the clause describes, of that noun's group, and one more
    when the clause says "тоже" or "также" (the bomber on top of the victims counted)."""
    pattern = _RELATIVE_HEAD.get(reader.language)
    if pattern is None:
        return mentions
    out: list[CasualtyMention] = []
    for m in mentions:
        bare = m.relation == "count" and m.group == "unknown" and m.group_text is None
        found = pattern.search(reader.original[: m.start - reader.offset]) if bare else None
        group = _match(reader.table.groups, found.group("noun")) if found else None
        if found and group not in (None, "unknown") and m.quantity.best == 1:
            more = m.more or bool(found.group("also"))
            m = dataclasses.replace(m, group=group, group_text=found.group("noun"), more=more)
        out.append(m)
    return out


def _inside_same(m: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    """ "Смертник, который был убит охраной, тоже погиб": the verb of a relative clause inside
    the span of its head's own verb tells the same one death."""
    return m.quantity.best == 1 and any(
        o is not m
        and o.outcome == m.outcome
        and o.group == m.group
        and o.quantity.best == 1
        and o.start <= m.start
        and m.end <= o.end
        and (o.start, o.end) != (m.start, m.end)
        for o in mentions
    )


def _relative_of(reader: _Reader, m: CasualtyMention, mentions: list[CasualtyMention]) -> bool:
    pattern = _RELATIVE.get(reader.language)
    if pattern is None or m.quantity.best != 1 or m.group_text is not None:
        return False
    before = [o for o in mentions if o.outcome == m.outcome and o.end <= m.start]
    if not before:
        return False
    head = reader.original[before[-1].end - reader.offset : m.start - reader.offset]
    return bool(pattern.search(head))


# "Serbest bırakılan 17 yolcudan ikisinin yaralı ...": N of the M (the M in the ablative);
# the figure of the casualty is the part.
_PART_OF: Final = _re(
    r"(?P<whole>\b[\w'’]+)\s+[\w'’]+?(?:dan|den|tan|ten)\s+(?P<part>[\w'’]+?)"
    r"(?:['’]?(?:s[ıiuü]n[ıiuü]n|[ıiuü]n[ıiuü]n|s[ıiuü]|n[ıiuü]n|[ıiuü]))\b"
)


# "Вместе с мавлави погиб его сын": the one who died with someone named before is one more.
_TOGETHER: Final[dict[str, re.Pattern[str]]] = {"ru": _re(r"\b(?:вместе|наряду) с\b")}


# "Kari Fateh ile birlikte örgütün bir başka üyesinin de öldürüldüğünü": the named man "with
# whom" another was also ("de") killed died himself; he is one more than the figure told.
_NAMED_WITH_TR: Final = re.compile(
    r"(?P<name>\b[A-ZÇĞİÖŞÜ][\w'’]+(?:\s+[A-ZÇĞİÖŞÜ][\w'’]+){0,3})\s+ile\s+(?:birlikte|beraber)\b"
    r"(?=[^.;:]{0,80}?\b(?:de|da)\s+(?:öldürül|hayatını kaybet|öl(?:dü|mü)))"
)


def _named_with_tr(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    if reader.language != "tr" or "ile" not in reader.text:
        return mentions
    found = _NAMED_WITH_TR.search(reader.text)
    if found is None:
        return mentions
    at = reader.index[found.end()] + reader.offset
    after = [
        m for m in mentions if m.outcome == "killed" and m.relation == "count" and m.start >= at
    ]
    if not after:
        return mentions
    one = Quantity(1, 1, 1, False, found.group("name"))
    named = reader.mention(found.start(), found.end(), "killed", one, after[0].group)
    return [*mentions, dataclasses.replace(named, more=True)]


def _together_with(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    mentions = _named_with_tr(reader, mentions)
    found = reader.first(_TOGETHER)
    if found is None:
        return mentions
    at = reader.index[found.start()] + reader.offset
    return [
        dataclasses.replace(m, more=True)
        if m.outcome == "killed" and m.relation == "count" and m.start > at
        else m
        for m in mentions
    ]


def _part_of_whole(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    if reader.language != "tr":
        return mentions
    out = list(mentions)
    for found in _PART_OF.finditer(reader.text):
        noun = found.group(0)[len(found.group("whole")) :].split()[0]
        if _match(reader.table.outcomes, noun) is not None:
            continue  # "27 yaralıdan 6'sının durumu ağır": a part of the wounded, told aside
        whole = figure_value(found.group("whole"), "tr")
        part = figure_value(found.group("part"), "tr") or _ONE_OF.get(found.group("part"))
        if not whole or not part or part >= whole:
            continue
        first, _, _ = reader.span(found.start("whole"), found.end("whole"))
        out = [
            dataclasses.replace(m, quantity=Quantity(part, part, part, False, found.group(0)))
            if m.start == first and m.quantity.best == whole
            else m
            for m in out
        ]
    return out


def _also_died(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    found = reader.first(_ALSO_DIED)
    if found is None:
        return mentions
    value = figure_value(found.group("n"), reader.language)
    if not value:
        return mentions
    start, end, text = reader.span(found.start("n"), found.end())
    if any(m.outcome == "killed" and start <= m.start < end for m in mentions):
        return mentions
    group = _match(reader.table.groups, found.group("noun")) or "civilians"
    if group == "unknown":
        group = "civilians"
    figure = Quantity(value, value, value, False, found.group("n"))
    added = CasualtyMention(start, end, text, "killed", figure, group, text, more=True)
    return [*mentions, added]


def _on_the_side(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A figure with no group noun of its own after "on the side of X" is X's, and so is
    one after "X lost" ("Нападавшие потеряли пять человек убитыми": the attackers' dead)."""
    found = None
    for table in (_SIDE, _LOST, _MARTYRS_OF):
        found = reader.first(table)
        if found is not None:
            break
    return _of_the_group_named(reader, mentions, found, after=True)


def _combined(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A figure for "killed or wounded" is the ceiling of both outcomes, the best of neither
    (as in English: docs/quantities.md, "Combined figures")."""
    found = reader.first(_COMBINED)
    if found is None:
        return mentions
    first, last, _ = reader.span(found.start(), found.end())
    inside = [
        m
        for m in mentions
        if m.outcome in _BOTH and m.quantity.best and m.start < last + 24 and first - 24 < m.end
    ]
    if len(inside) != 1:
        return mentions
    m = inside[0]
    q = m.quantity
    ceiling = Quantity(None, None, q.high if q.high is not None else q.best, True, q.text)
    twin = "injured" if m.outcome == "killed" else "killed"
    both = [
        dataclasses.replace(m, quantity=ceiling),
        dataclasses.replace(m, outcome=twin, quantity=ceiling),
    ]
    return [x for x in mentions if x is not m] + both


def _others_than_dead(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "قُتل 3 أشخاص وأصيب 7 آخرون", "Погибли двое, ещё трое ранены": "others" after the
    sentence's dead are others than the dead, not more wounded than some told before."""
    out: list[CasualtyMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        before = [o for o in out if o.start < m.start]
        if (
            m.more
            and m.relation == "count"
            and before
            and all(o.outcome != m.outcome for o in before)
        ):
            m = dataclasses.replace(m, more=False)
        out.append(m)
    return out


_ONE_OF: Final = {"biri": 1, "أحد": 1, "إحدى": 1}


def _wounded_who_died(reader: _Reader, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The wounded who later died: the injured figure of the phrase goes, its death is a
    ``transfer`` (one more dead, one fewer wounded)."""
    found = reader.first(_WOUNDED_DIED)
    if found is None:
        return mentions
    start, end, text = reader.span(found.start(), found.end())
    groups = found.groupdict()
    told = groups.get("n") or groups.get("n2") or groups.get("n3") or groups.get("n4")
    word = told or "2"  # "جريحين توفيا": two died
    if groups.get("one"):
        word = "1"  # "وفاة السائق متأثرا بجروحه": the one person named
    value = (
        figure_value(word, reader.language)
        or reader.table.counts.get(word.lower())
        or _ONE_OF.get(word.lower())
    )
    inside = [m for m in mentions if start <= m.start < end]
    if not value and groups.get("n3"):
        # "умерли ещё несколько пострадавших": an unnumbered few of the wounded died; they
        # are not more wounded, and how many died is told by the toll beside them
        return [m for m in mentions if m not in inside or m.outcome != "injured"]
    if not value:
        return mentions
    group = next((m.group for m in inside if m.group != "unknown"), "unknown")
    kept = [m for m in mentions if m not in inside]
    figure = Quantity(value, value, value, False, word)
    return [*kept, CasualtyMention(start, end, text, "killed", figure, group, None, "transfer")]


# "более 100 из них госпитализированы" (over 100 of them were hospitalised): a part.
_OF_THEM: Final = re.compile(r"(?<!\w)из (?:них|которых)(?!\w)", re.IGNORECASE)


def _vague_parts(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "ранения получили 145 человек ..., состояние нескольких пострадавших тяжелое": a vague
    figure after an exact one of the same outcome in its sentence is a part of it, as is one
    told "of them" ("145 человек, более 100 из них госпитализированы")."""
    out: list[CasualtyMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        exact_before = any(
            o.outcome == m.outcome and o.relation in ("count", "revision") and o.quantity.best
            and not o.quantity.vague and o.start < m.start
            for o in out
        )  # fmt: skip
        part = m.quantity.vague or _OF_THEM.search(m.text) is not None
        if part and m.relation == "count" and exact_before:
            m = dataclasses.replace(m, relation="subset")
        out.append(m)
    return out


def _alleged(reader: _Reader, mention: CasualtyMention) -> CasualtyMention:
    """A figure someone only alleges ("7 Taliban mensubunun öldürüldüğü iddia edildi", "в
    заявлении утверждается, что ... убив четырех", "زاعما أنه أسفر عن مقتل 25") is a claim: it
    widens the range, it is never the best figure. Turkish puts the verb after the figure in
    its clause; Russian and Arabic put it before, anywhere earlier in the sentence."""
    if mention.relation not in ("count", "revision") or not mention.quantity.best:
        return mention
    start = mention.start - reader.offset
    if any(reader.index[m.start()] < start for m in reader.table.unofficial.finditer(reader.text)):
        return dataclasses.replace(mention, relation="unofficial")  # residents, not claimants
    for cue in reader.table.claim.finditer(reader.text):
        at = reader.index[cue.start()]
        if reader.table.claim_after:
            between = reader.original[mention.end - reader.offset : at]
            tail = mention.text.split(",")[-1]
            if at >= mention.end - reader.offset and _complements(tail + between):
                return dataclasses.replace(mention, relation="claim")
        elif at < start:
            return dataclasses.replace(mention, relation="claim")
    return mention


# A Turkish reported clause ends in a verbal noun: "öldürüldüğünü", "olduğunu", "olmadığını"
# as the object of "iddia etti", bare ("öldürüldüğü", "olmadığı") as the subject of a passive
# allegation ("ileri sürüldü", "iddia edildi").
_COMPLEMENT: Final = re.compile(r"[ğk][ıiuü](?:n[ıiuü])?\s*$", re.IGNORECASE)


def _complements(between: str) -> bool:
    """Between a figure and the verb that alleges it, only reported clauses listed with
    commas ("11 Taliban militanının öldürüldüğünü, kendi saflarında ise kayıp olmadığını
    iddia etti"): the verb governs every one of them."""
    if re.search(r"[;.،؛]", between):
        return False
    return all(_COMPLEMENT.search(part) for part in between.split(",")[:-1])


def _tolls(reader: _Reader, used: set[int]) -> list[CasualtyMention]:
    """ "ölenlerin sayısı 17'ye yükseldi": the figure after a toll phrase revises the toll."""
    out: list[CasualtyMention] = []
    starts = [m.start() for m in reader.tokens]
    for pattern, outcome in reader.table.tolls:
        for toll in pattern.finditer(reader.text):
            after = next((i for i, s in enumerate(starts) if s >= toll.end()), None)
            if after is None:
                continue
            figure = _toll_figure(reader, after, used) or _risen_to(reader, after, used)
            if figure is None:
                continue
            used.add(figure.first)
            quantity, last = _and_more(reader, figure, used, outcome)
            if outcome == "killed":
                out += _bomber_in_toll(reader, figure)
            between = reader.text[toll.start() : reader.tokens[figure.first].start()]
            earlier = _earlier(reader, toll.start()) or bool(reader.table.earlier.search(between))
            out += _other_outcome_toll(reader, last, used, outcome, earlier)
            out.append(
                reader.mention(
                    toll.start(),
                    reader.tokens[last].end(),
                    outcome,
                    quantity,
                    _toll_group(reader, figure, toll.start()),
                    "revision",
                    earlier=earlier,
                )
            )
    return out


def _bomber_in_toll(reader: _Reader, figure: _Figure) -> list[CasualtyMention]:
    """ "ölenlerin sayısının canlı bomba dahil 9'a yükseldiğini": the suicide bomber a Turkish
    toll says it includes is one of its dead, a part of it."""
    tokens, k = reader.tokens, figure.first
    if reader.language != "tr" or k < 3 or tokens[k - 1].group(0).lower() != "dahil":
        return []
    if (tokens[k - 3].group(0).lower(), tokens[k - 2].group(0).lower()) != ("canlı", "bomba"):
        return []
    one = Quantity(1, 1, 1, False, tokens[k - 2].group(0))
    start, end = tokens[k - 3].start(), tokens[k - 2].end()
    return [reader.mention(start, end, "killed", one, "attackers", "subset")]


def _toll_group(reader: _Reader, figure: _Figure, start: int) -> str:
    """The group a toll's figure counts; an attacker the toll leaves out ("ölü sayısının
    saldırgan hariç 7 olduğunu") is not its group: the seven are the victims."""
    group = _group(reader.tokens, figure, figure.first, reader.table)
    figure_start = reader.tokens[figure.first].start()
    if group == "attackers" and reader.table.excluded.search(reader.text[start:figure_start]):
        return "unknown"
    return group


def _toll_figure(reader: _Reader, after: int, used: set[int]) -> _Figure | None:
    """The first figure after a toll phrase, within its clause."""
    for k in range(after, min(len(reader.tokens), after + TOLL_WINDOW)):
        figure = reader.figures.get(k)
        if figure is not None and figure.first not in used:
            return figure
        if reader.tokens[k].group(0) in _CLAUSE_END:
            return None
    return None


# Tokens between a "rose to" / "reached" verb and its figure ("достигло 133", "17'ye yükseldi").
_RISE_REACH: Final = 3
_SENTENCE_END: Final = frozenset({".", ";", "؛", "!", "?"})


def _risen_to(reader: _Reader, after: int, used: set[int]) -> _Figure | None:
    """ "Число погибших в результате теракта в ..., совершенного накануне, достигло 133": the
    toll's verb and figure come after an inserted clause; the figure stands beside the verb."""
    tokens = reader.tokens
    for k in range(after, len(tokens)):
        if tokens[k].group(0) in _SENTENCE_END:
            return None
        if not reader.table.rise.match(tokens[k].group(0)):
            continue
        for step in (1, -1):  # "достигло 133", "17'ye yükseldi"
            for j in range(k + step, k + step * (_RISE_REACH + 1), step):
                if not after <= j < len(tokens) or tokens[j].group(0) in _CLAUSE_END:
                    break
                figure = reader.figures.get(j) if step > 0 else _ending_at(reader, j)
                if figure is not None and figure.first not in used:
                    return figure
    return None


def _ending_at(reader: _Reader, k: int) -> _Figure | None:
    return next((f for f in reader.figures.values() if f.last == k), None)


def _other_outcome_toll(
    reader: _Reader, last: int, used: set[int], outcome: str, earlier: bool = False
) -> list[CasualtyMention]:
    """ "ارتفعت حصيلة الضحايا إلى خمسة قتلى و11 جريحاً": the figure joined after the toll's
    own, told with a casualty word of the other outcome, is that outcome's new toll (or its
    first, superseded one, with the toll's)."""
    tokens = reader.tokens
    for k in range(last + 1, min(len(tokens), last + 4)):
        if tokens[k].group(0) in _CLAUSE_END:
            return []
        figure = reader.figures.get(k)
        if figure is None or figure.first in used or figure.last + 1 >= len(tokens):
            continue
        other = _match(reader.table.outcomes, tokens[figure.last + 1].group(0))
        if other is None or other == outcome:
            return []
        used.add(figure.first)
        start, end = tokens[figure.first].start(), tokens[figure.last + 1].end()
        quantity = figure.quantity
        return [reader.mention(start, end, other, quantity, "unknown", "revision", earlier=earlier)]
    return []


def _and_more(
    reader: _Reader, figure: _Figure, used: set[int], outcome: str | None = None
) -> tuple[Quantity, int]:
    """A toll given as a list: "170 قتيلاً أفغانياً و13 جندياً" is 183 (not "خمسة قتلى
    و11 جريحاً": the wounded are another toll)."""
    total, last = figure.quantity, figure.last
    k = figure.last + 1
    while k < len(reader.tokens) and k - last <= 3:
        word = reader.tokens[k].group(0)
        if word in _CLAUSE_END:
            break
        nxt = reader.figures.get(k)
        joined = word.startswith(("و", "и", "ve")) or (
            k > 0 and reader.tokens[k - 1].group(0).lower() in ("و", "и", "ve")
        )
        told = _outcome_after(reader, nxt.last) if nxt is not None else None
        if outcome is not None and told is not None and told != outcome:
            break
        if nxt is not None and nxt.first not in used and joined and nxt.quantity.best:
            used.add(nxt.first)
            total = _plus(total, nxt.quantity)
            last = k = nxt.last
        k += 1
    return total, last


# How far after a figure its own outcome word may stand: the noun or verb it counts, then
# the outcome ("87 получили ранения", "87 человек ранены").
_OWN_OUTCOME_REACH: Final = 2


def _outcome_after(reader: _Reader, last: int) -> str | None:
    """The outcome told right after the figure ending at ``last``, within its clause: "31
    человек и 87 получили ранения" tells 87 wounded, not 87 more dead."""
    tokens = reader.tokens
    for k in range(last + 1, min(len(tokens), last + 1 + _OWN_OUTCOME_REACH)):
        word = tokens[k].group(0)
        if word in _CLAUSE_END:
            return None
        told = _match(reader.table.outcomes, word)
        if told is not None:
            return told
    return None


def _plus(a: Quantity, b: Quantity) -> Quantity:
    def add(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    return Quantity(add(a.low, b.low), add(a.best, b.best), add(a.high, b.high), a.vague, a.text)


def _earlier(reader: _Reader, position: int) -> bool:
    """A superseded figure: "ilk olarak", "ранее", "في البداية" earlier in its clause, or a
    Turkish statement in the pluperfect after it ("10 kişinin öldüğünü söylemişti": had said,
    before the figures the report gives as current)."""
    if reader.language == "tr" and _TR_HAD_SAID.search(reader.text, position):
        return True
    return _marked(reader, reader.table.earlier, position)


# A Turkish reporting verb in the pluperfect ("söylemişti", "açıklamıştı"): the statement was
# made before the one the report tells as current.
_TR_HAD_SAID: Final = re.compile(
    r"\b(?:söyle|açıkla|bildir|belirt|aktar|duyur|ifade et|kaydet)m[iıuü]şt[iıuü]\b",
    re.IGNORECASE,
)


# Words joining two figures of one statement ("10 kişinin öldüğünü ve 30'dan fazla ...").
_FIGURE_JOINERS: Final = frozenset({"ve", "ile", "и", "а", "و"})


def _marked(reader: _Reader, marker: re.Pattern[str], position: int) -> bool:
    """A marker ("initially", "among them") earlier in the sentence governs the figure at
    ``position`` unless another figure stands between them not joined to the next by "and":
    "İlk belirlemelere göre 5 kişinin öldüğünü açıklayan yetkililer, ... ölü sayısının 11'e
    yükseldiğini" (only 5 is the first count), "بينهم ثلاثة أطفال، ... استقبل 27 جريحاً"
    (the 27 wounded are not among the dead)."""
    head = reader.text[:position]
    cut = max(head.rfind(ch) for ch in (";", ".", "؛"))
    found = list(marker.finditer(head, cut + 1))
    if not found:
        return False
    tokens = reader.tokens
    starts = [t.start() for t in tokens]
    between = sorted(
        (f.first for f in reader.figures.values() if found[-1].end() <= starts[f.first]),
    )
    nexts = [starts[k] for k in between if starts[k] < position] + [position]
    for at in nexts[1:]:
        k = next((i for i, s in enumerate(starts) if s >= at), len(tokens))
        if k in (0, len(tokens)):
            return False
        word, before = tokens[k].group(0).lower(), tokens[k - 1].group(0).lower()
        if before not in _FIGURE_JOINERS and not _joined_in_arabic(reader, word, before):
            return False
    return True


def _joined_in_arabic(reader: _Reader, word: str, before: str) -> bool:
    """Arabic glues "and" to the next word: to the figure ("و231") or to the outcome noun
    before it ("مقتل 12 شخصاً وإصابة 30 آخرين")."""
    return reader.language == "ar" and (word[:1] == "و" or before[:1] == "و")


# Arabic casualty nouns, counted by the number before them ("64 قتيلاً و347 جريحاً"), as
# against the verbs ("قتل 5"), whose figure follows.
_AR_COUNTED_NOUN: Final = _re(r"^(?:قتيل|قتلى|جريح|جرحى|مصاب)")


def _counting_figure_ar(reader: _Reader, t: int, used: set[int]) -> _Figure | None:
    """The unread figure right before an Arabic casualty noun: "أسفر الهجوم عن 64 قتيلاً
    و347 جريحاً" has 64 dead, not the dead's noun reaching for the next figure."""
    if reader.language != "ar" or t == 0 or not _AR_COUNTED_NOUN.match(reader.tokens[t].group(0)):
        return None
    figure = _ending_at(reader, t - 1)
    return figure if figure is not None and figure.first not in used else None


def _counted_nouns(reader: _Reader, used: set[int], outcome_at: dict[int, str]) -> list[int]:
    """Arabic counts with a noun after the number ("إلى 58 قتيلاً وأكثر من 150 جريحاً"): a
    casualty noun right after a figure a toll has read is that figure's, not a word looking
    for another figure."""
    if reader.language != "ar":
        return []
    read_last = {f.last for f in reader.figures.values() if f.first in used}
    # a toll phrase is read as the dead's ("حصيلة", "عدد"): only their noun is its own
    return [t for t, outcome in outcome_at.items() if t - 1 in read_last and outcome == "killed"]


def _counts(reader: _Reader, used: set[int], tolls: list[tuple[int, int]]) -> list[CasualtyMention]:
    """Figures linked to casualty words; words inside a toll phrase are the toll's."""
    tokens, table = reader.tokens, reader.table
    inside = [(reader.index[a], reader.index[b - 1]) for a, b in tolls] if tolls else []
    outcome_at = {
        t: outcome
        for t, tok in enumerate(tokens)
        if (outcome := _match(table.outcomes, tok.group(0))) is not None
        and not any(a <= reader.index[tok.start()] <= b for a, b in inside)
    }
    out: list[CasualtyMention] = []
    out += _others(reader, outcome_at, used)
    out += _predicate_subjects(reader, outcome_at, used)
    for t in _counted_nouns(reader, used, outcome_at):
        del outcome_at[t]
    for t, outcome in outcome_at.items():
        others = set(outcome_at) - {t}
        after_subject = _object_after_subject(reader, t, used, others)
        figure = (
            after_subject
            or _counting_figure_ar(reader, t, used)
            or _nearest(
                tokens,
                t,
                reader.figures,
                used,
                others,
                table.figure_first,
                reader.aside | _participle(reader),
                _WIDER_WINDOW.get(reader.language, WINDOW),
            )
            or _plural_subject_ar(reader, t, used, others)
            or _subject(reader, t, used, others)
            or _all_of_them(reader, t, used, others)
            or _listed_subject(reader, t, used, others)
        )
        if figure is None:
            single = _single(reader, t, others)
            if single is not None:
                out.append(single)
            continue
        used.add(figure.first)
        first, last = min(figure.first, t), max(figure.last, t)
        start, end = tokens[first].start(), tokens[last].end()
        at = tokens[figure.first].start()
        of_the_dead = _of_the_dead(reader, at)
        relation = (
            "subset"
            if of_the_dead or (_among(reader, max(start, at)) and not _more_before(reader, figure))
            else "count"
        )
        listed = _listed_before(reader, figure, used)
        for after_list in _listed_after_ru(reader, figure, t, used):
            out.append(dataclasses.replace(after_list, outcome=outcome, relation=relation))
        quantity = _companions(reader, figure, t, used)
        group = (
            _object_group(reader, figure, t)
            if after_subject is not None
            else _group(tokens, figure, t, table)
        )
        # "bir sınır muhafızı ve bir polis öldü": items of one side in one list are one
        # figure of that side (told apart, the later one would read as a revision)
        same = [m for m in listed if m.group == group and group != "unknown"]
        for m in same:
            quantity = _plus(m.quantity, quantity)
        for m in listed:
            if m not in same:
                out.append(dataclasses.replace(m, outcome=outcome, relation=relation))
        included = _attackers_inside(reader, figure, used)
        if included is not None and outcome == "killed":
            attackers, n = included
            out.append(attackers)
            quantity = _plus(quantity, Quantity(-n, -n, -n, False, ""))
        mention = reader.mention(
            start,
            end,
            outcome,
            quantity,
            group,
            relation,
            earlier=_earlier(reader, start),
            noun=_noun(reader, figure, t),
        )
        if of_the_dead:  # "Şehitlerin diğer üçü": "diğer" is "the other" of them, not more
            mention = dataclasses.replace(mention, more=False)
        out.append(mention)
        joined = _joined_person(reader, figure, used, outcome)
        if joined is not None:
            out.append(dataclasses.replace(joined, relation=relation, earlier=mention.earlier))
    return out


# Arabic puts the verb first and its subject between it and the object: "قتلت قوات خاصة تابعة
# لطالبان ثلاثة من عناصر التنظيم" (Taliban special forces killed three of the group's
# members), "قتل جندي أفغاني ثلاثة جنود" (an Afghan soldier killed three soldiers). An active
# casualty verb (or its passive, spelt alike without vowels: the figure after either is of the
# victims) ...
_AR_ACTIVE_VERB: Final = _re(r"^(?:و|ف)?(?:قتل|قتلت|قتلوا|قتلا|جرح|جرحت|جرحوا)$")
# ... then a subject of up to this many words ...
_AR_SUBJECT_WORDS: Final = 6
# ... with no preposition or word of time among them (that is a phrase of the verb, not its
# subject: "قتل في الهجوم", "قتل أمس"); "من" and the "ل" glued to a name join the subject's
# own modifiers ("تابعة لطالبان", "عناصر من الشرطة").
_AR_NOT_SUBJECT: Final = frozenset(
    {
        *("في", "على", "إلى", "الى", "عن", "مع", "خلال", "أثناء", "اثناء", "بعد", "قبل"),
        *("عند", "منذ", "داخل", "قرب", "بين", "حتى", "أن", "إن", "ان", "الذي", "التي"),
        *("أمس", "امس", "اليوم", "صباح", "مساء", "ليلة", "يوم", "فجر", "ظهر", "الليلة"),
    }
)


def _object_after_subject(
    reader: _Reader, t: int, used: set[int], outcomes: set[int]
) -> _Figure | None:
    """The object's figure of an Arabic casualty verb with its subject between them: a
    numeral (not one glued to "و", which lists more of one subject, nor a noun that counts by
    itself) after one to ``_AR_SUBJECT_WORDS`` subject words in the verb's clause. A singular
    noun that counts itself right after the verb ("جندي") is then the subject, not a victim."""
    tokens, table = reader.tokens, reader.table
    if reader.language != "ar" or not _AR_ACTIVE_VERB.match(tokens[t].group(0)):
        return None
    end = min(len(tokens), t + 2 + _AR_SUBJECT_WORDS)
    in_unit = False
    for k in range(t + 1, end):
        word = tokens[k].group(0)
        if word in _CLAUSE_END or k in outcomes:
            return None
        if word in _AR_NOT_SUBJECT:
            if not _unit_of_subject(reader, t, k):
                return None
            in_unit = True
            continue
        figure = reader.figures.get(k)
        if figure is None or (k == t + 1 and _noun_figure(word, table)):
            continue
        if k == t + 1 or figure.first in used or word.startswith("و"):
            return None  # the figure right after the verb: the window's own reading
        if k == t + 2 and _definite_numeral_of(reader, k):
            return None  # "قتل المسلحون الثلاثة": the three gunmen were killed
        if _noun_figure(word, table) or (in_unit and not _partitive(reader, figure)):
            return None
        return figure
    return None


def _definite_numeral_of(reader: _Reader, k: int) -> bool:
    """ "المسلحون الثلاثة" (the three gunmen): a numeral with the article right after a noun
    with the article agrees with it as its adjective; it counts that noun, not an object."""
    word, before = reader.tokens[k].group(0), reader.tokens[k - 1].group(0)
    return word.startswith("ال") and before.startswith(("ال", "وال"))


def _unit_of_subject(reader: _Reader, t: int, k: int) -> bool:
    """ "في" right after a one-person subject noun of the verb at ``t`` ("قتل عنصر في الشرطة
    سبعة من زملائه": a member in the police killed seven of his colleagues) names the
    subject's unit, not where the verb happened; read so only when a partitive object ("N من")
    follows (see ``_partitive``)."""
    tokens = reader.tokens
    return (
        k == t + 2
        and tokens[k].group(0) == "في"
        and _noun_figure(tokens[t + 1].group(0), reader.table)
    )


def _partitive(reader: _Reader, figure: _Figure) -> bool:
    """The figure opens "N من X" (N of X): an object counted out of a group, which a verb
    with its place phrase ("قتل جندي في هجوم شنه ثلاثة مسلحين") does not have."""
    k = figure.last + 1
    return k < len(reader.tokens) and reader.tokens[k].group(0) == "من"


def _object_group(reader: _Reader, figure: _Figure, t: int) -> str:
    """The group of the object's own noun after its figure ("ثلاثة جنود", "ثلاثة من عناصر
    التنظيم"): the subject before the figure is who killed them, not who died. "N من زملائه"
    (N of his colleagues, comrades) are of the subject's own group."""
    tokens, table = reader.tokens, reader.table
    for k in (figure.last + 1, figure.last + 2):
        if k >= len(tokens) or tokens[k].group(0) in _CLAUSE_END:
            break
        if _AR_COLLEAGUES.match(tokens[k].group(0)):
            subject = (_match(table.groups, tokens[j].group(0)) for j in range(t + 1, figure.first))
            return next((g for g in subject if g not in (None, "unknown")), "unknown")
        group = _of_group(reader, k) or _match(table.groups, tokens[k].group(0))
        if group is not None:
            return group
    return "unknown"


# "زملائه", "رفاقه", "زملاءه" (his colleagues, comrades), with the pronoun glued on.
_AR_COLLEAGUES: Final = _re(r"^(?:زملا[ءئؤ]|رفا?ق|رفقا[ءئؤ])(?:ه|هم|ها)$")


def _of_group(reader: _Reader, k: int) -> str | None:
    """The group an Arabic "من" phrase names at token ``k`` ("من حركة طالبان": of the
    Taliban movement), within its first three words."""
    tokens = reader.tokens
    if k >= len(tokens) or tokens[k].group(0) != "من":
        return None
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].group(0) in _CLAUSE_END:
            return None
        group = _match(reader.table.groups, tokens[j].group(0))
        if group not in (None, "unknown"):
            return group
    return None


# Tokens after an Arabic figure that its "of the X" phrase and a person joined to it may take
# ("قُتل اثنان من حرس الحدود الإيرانيين وعنصر من حركة طالبان").
_JOINED_REACH: Final = 7


def _joined_person(
    reader: _Reader, figure: _Figure, used: set[int], outcome: str
) -> CasualtyMention | None:
    """Arabic "N من X وعنصر من Y" (N of X and a member of Y): one more person of a group of
    his own, joined by "و" after the phrase the figure's noun opens, in the same clause."""
    tokens = reader.tokens
    if reader.language != "ar" or figure.last + 1 >= len(tokens):
        return None
    if tokens[figure.last + 1].group(0) != "من":
        return None
    for k in range(figure.last + 2, min(len(tokens), figure.last + 1 + _JOINED_REACH)):
        word = tokens[k].group(0)
        if word in _CLAUSE_END or _match(reader.table.outcomes, word) is not None:
            return None
        joined = reader.figures.get(k)
        if joined is None or joined.first in used or not word.startswith("و"):
            continue
        if not _noun_figure(word, reader.table):
            return None
        used.add(joined.first)
        group = _of_group(reader, joined.last + 1) or _group(tokens, joined, k, reader.table)
        start, end = tokens[k].start(), tokens[joined.last].end()
        return reader.mention(start, end, outcome, joined.quantity, group, noun=word)
    return None


# "Şehitlerin diğer üçü", "Ölenlerden ikisi": N of the dead or wounded just counted, a part of
# them (the genitive or ablative of the casualty noun right before the figure).
_OF_THE_DEAD_TR: Final = _re(
    r"\b(?:şehit|ölen|öldürülen|hayatını kaybeden|yaralı|yaralanan|kurban)\w*"
    r"(?:[ıiuü]n|den|dan)\s+(?:diğer\s+)?$"
)


def _of_the_dead(reader: _Reader, at: int) -> bool:
    return reader.language == "tr" and bool(_OF_THE_DEAD_TR.search(reader.text[:at]))


def _attackers_inside(
    reader: _Reader, figure: _Figure, used: set[int]
) -> tuple[CasualtyMention, int] | None:
    """ "3 saldırgan dahil 5 kişi öldü": the attackers a total says it includes, as a mention
    of their own, and their number (the rest of the total are victims)."""
    tokens, k = reader.tokens, figure.first
    if reader.language == "ar":
        return _attackers_among_ar(reader, figure)
    if reader.language != "tr" or k < 3 or tokens[k - 1].group(0).lower() != "dahil":
        return None
    if _match(reader.table.groups, tokens[k - 2].group(0)) != "attackers":
        return None
    inner = _ending_at(reader, k - 3)
    best, total = (inner.quantity.best if inner else None), figure.quantity.best
    if inner is None or best is None or total is None or not 0 < best <= total:
        return None
    used.add(inner.first)
    start, end = tokens[inner.first].start(), tokens[k - 2].end()
    return reader.mention(start, end, "killed", inner.quantity, "attackers"), best


# "قُتل ستة أشخاص، بينهم المسلحون الثلاثة" (six people, among them the three gunmen): the
# attackers an Arabic total names among its dead, with their number after or before them.
_ATTACKERS_AMONG_AR: Final = re.compile(
    r"(?:\s+\S+)?\s*[،,]?\s*(?:من\s+)?بينهم\s+(?:"
    r"(?:ال)?" + _AR_ATTACKER_NOUN + r"\w*\s+(?P<after>\S+)"
    r"|(?P<before>\S+)\s+" + _AR_ATTACKER_NOUN + r"\w*)"
)


def _attackers_among_ar(reader: _Reader, figure: _Figure) -> tuple[CasualtyMention, int] | None:
    tokens = reader.tokens
    match = _ATTACKERS_AMONG_AR.match(reader.text, tokens[figure.last].end())
    if match is None:
        return None
    word = (match.group("after") or match.group("before")).removeprefix("ال")
    best, total = figure_value(word, "ar"), figure.quantity.best
    if best is None or total is None or not 0 < best < total:
        return None
    n = Quantity(best, best, best, False, word)
    start = match.start("after") if match.group("after") else match.start("before")
    return reader.mention(start, match.end(), "killed", n, "attackers", "subset"), best


# Words joining two people in one subject: "Vali ile iki koruması", "губернатор и трое
# охранников", "الوزير وثلاثة من مرافقيه" (Arabic glues "و" to the next word).
_JOINERS: Final = frozenset({"ile", "ve", "и", "و"})
# Arabic prepositions of a one-word phrase that may stand between a person and "و" + figure.
_AR_PLACE_PREPOSITIONS: Final = frozenset({"في", "من", "داخل"})


def _companions(reader: _Reader, figure: _Figure, t: int, used: set[int]) -> Quantity:
    """The figure of one casualty word with the people listed beside it: more figures joined
    by "and" ("ثلاثة سياح إسبان وثلاثة أفغان" is 6) and one named person before "and N"
    ("Vali Muzemmil ile iki korumasının öldüğünü" is 3)."""
    quantity, _ = _and_more(
        reader, figure, used, _match(reader.table.outcomes, reader.tokens[t].group(0))
    )
    tokens, k = reader.tokens, figure.first
    word = tokens[k].group(0)
    glued = reader.language == "ar" and word.startswith("و") and len(word) > 1
    if glued:
        noun = k - 1
        if k >= 3 and tokens[k - 2].group(0) in _AR_PLACE_PREPOSITIONS:
            # "قُتل موظف في الفندق ونزيلان": the person before his "in the hotel"
            noun = k - 3 if _match(reader.table.groups, tokens[k - 3].group(0)) else noun
    elif k >= 2 and tokens[k - 1].group(0).lower() in _JOINERS:
        noun = k - 2
    elif (joiner := _joiner_before_aside_tr(reader, k)) is not None:
        k, noun = joiner + 1, joiner - 1
    else:
        return quantity
    joins_clauses = tokens[k - 1].group(0).lower() != "ile" and not _own_people_tr(reader, figure)
    if reader.language == "tr" and joins_clauses:
        return quantity  # "ve" also joins clauses: "geldi ve 2 kişi öldü"
    if noun < 0 or noun == t or _ending_at(reader, noun) is not None:
        return quantity
    before = _ending_at(reader, noun - 1)
    if before is None and reader.language == "tr" and noun >= 2:
        # "3 İspanyol turist ile 3 Afgan": a Turkish noun stays singular after its figure, an
        # adjective between them
        before = _ending_at(reader, noun - 2)
    governed = before is not None and _told_before(reader, before)
    if before is not None and before.first not in used and before.quantity.best and not governed:
        used.add(before.first)  # "3 asker ile 2 sivil": a list, not one person
        return _plus(before.quantity, quantity)
    if before is not None and before.quantity.best:
        return quantity  # "тела трёх человек и 13 раненых": the noun has a figure of its own
    text = tokens[noun].group(0)
    group = _match(reader.table.groups, text)
    # a name is one person whatever its ending ("Хакими", "Haqqani"), a noun may be plural
    named = reader.language != "ar" and text[:1].isupper() and group is None
    if text in _CLAUSE_END or (_plural(text, reader.language) and not named) or not quantity.best:
        return quantity
    person = group is not None or named
    return _plus(quantity, Quantity(1, 1, 1, False, text)) if person else quantity


# "3 İspanyol turist ile biri tur rehberi 3 Afgan": an aside saying what one (two, three) of
# the next figure's people were stands between "ile" and the figure.
_PARTITIVE_TR: Final = frozenset({"biri", "ikisi", "üçü", "dördü", "beşi", "altısı"})


def _joiner_before_aside_tr(reader: _Reader, k: int) -> int | None:
    """The index of "ile" or "ve" before a partitive aside of one or two words that ends just
    before the figure at ``k``."""
    if reader.language != "tr":
        return None
    tokens = reader.tokens
    for width in (2, 3):
        at = k - width - 1
        if at < 1 or tokens[at].group(0).lower() not in _JOINERS:
            continue
        if tokens[at + 1].group(0).lower() in _PARTITIVE_TR:
            return at
    return None


# Turkish nouns of the people who go with someone, with his possessive ending: "iki koruması"
# (his two guards), "şoförü" (his driver), "oğlu" (his son).
_OWN_PEOPLE_TR: Final = _re(
    r"^(?:koruma|muhafız|şoför|sürücü|oğul|oğl|kardeş|yeğen|yardımcı)\w*?"
    r"(?:s[ıi]|[ıiuü]|lar[ıi]|ler[ıi])(?:n[ıi]n)?$"
)


def _own_people_tr(reader: _Reader, figure: _Figure) -> bool:
    """ "Bakan X ve iki koruması hayatını kaybetti": a figure of someone's own guards or kin
    joined by "ve" lists them with him, as "ile" does; "ve" before other figures may join
    clauses."""
    after = figure.last + 1
    return after < len(reader.tokens) and bool(_OWN_PEOPLE_TR.match(reader.tokens[after].group(0)))


def _listed_before(reader: _Reader, figure: _Figure, used: set[int]) -> list[CasualtyMention]:
    """ "2 Taliban mensubu ile 4 saldırgan hayatını kaybetti", "двое полицейских и трое
    боевиков погибли": a figure and its group noun (one or two words) joined by "and" to the
    figure of the casualty word share that word, as a group of their own; so does each figure
    of a list before it, joined by commas ("3 sivil, 5 polis ve 20 militan öldü")."""
    out: list[CasualtyMention] = []
    joiners = _JOINERS
    while (found := _one_listed_before(reader, figure, used, joiners)) is not None:
        figure, mention = found
        out.append(mention)
        joiners = _LIST_JOINERS  # before "and", the list's other items are set off by commas
    return out


# What sets off the items of a list before its last "and".
_LIST_JOINERS: Final = frozenset({*_JOINERS, ","})


def _one_listed_before(
    reader: _Reader, figure: _Figure, used: set[int], joiners: frozenset[str]
) -> tuple[_Figure, CasualtyMention] | None:
    """The figure and group noun joined to ``figure`` by one of ``joiners``, as a mention."""
    tokens, k = reader.tokens, figure.first
    if not reader.table.figure_first or k < 3 or tokens[k - 1].group(0).lower() not in joiners:
        return None
    for width in (1, 2):
        before = _ending_at(reader, k - 2 - width)
        nouns = [tokens[j].group(0) for j in range(k - 1 - width, k - 1)]
        if before is None or before.first in used or not before.quantity.best:
            continue
        if any(w in _CLAUSE_END or _match(reader.table.outcomes, w) for w in nouns):
            return None
        groups = [g for w in nouns if (g := _match(reader.table.groups, w)) is not None]
        if not groups or _told_before(reader, before):
            return None
        used.add(before.first)
        start, end = tokens[before.first].start(), tokens[k - 2].end()
        return before, reader.mention(start, end, "killed", before.quantity, groups[0])
    return None


def _listed_after_ru(
    reader: _Reader, figure: _Figure, t: int, used: set[int]
) -> list[CasualtyMention]:
    """ "погибли двое военнослужащих НАТО и трое мирных афганцев", "погибли семь полицейских
    и трое боевиков": after a Russian verb, a second figure joined by "и" whose noun names
    another group is a group of its own (the sides are counted apart), not more of the
    first; the first noun may take one word after it ("НАТО"). Items set off by commas before
    that "и" ("погибли трое полицейских, двое детей и пятеро боевиков") are read alike."""
    if reader.language != "ru" or t > figure.first or figure.last + 1 >= len(reader.tokens):
        return []
    # the first noun may follow an adjective: "двое американских военнослужащих"
    nouns = reader.tokens[figure.last + 1 : figure.last + 3]
    first = next((g for w in nouns if (g := _match(reader.table.groups, w.group(0).lower()))), None)
    if first is None:
        return []
    found: list[tuple[_Figure, int, str]] = []
    seen = {first}
    while (item := _next_listed_ru(reader, figure, used, seen)) is not None:
        figure, k, group, joiner = item
        found.append((figure, k, group))
        seen.add(group)
        if joiner == "и":
            break
    else:
        found = found[:0]  # commas with no "и" to close them: no list of groups
    out = []
    for nxt, k, group in found:
        used.add(nxt.first)
        start, end = reader.tokens[nxt.first].start(), reader.tokens[k].end()
        noun = reader.tokens[k].group(0)
        out.append(reader.mention(start, end, "killed", nxt.quantity, group, noun=noun))
    return out


def _next_listed_ru(
    reader: _Reader, figure: _Figure, used: set[int], seen: set[str]
) -> tuple[_Figure, int, str, str] | None:
    """The figure after ``figure``'s noun set off by "и" or a comma, with the token and group
    of its own noun (another group than those ``seen``) and the word that joined it."""
    tokens, table = reader.tokens, reader.table
    for width in (1, 2):
        j = figure.last + 1 + width
        joiner = tokens[j].group(0).lower() if j + 1 < len(tokens) else ""
        if joiner not in ("и", ","):
            continue
        if any(tokens[i].group(0) in _CLAUSE_END for i in range(figure.last + 1, j)):
            return None
        nxt = reader.figures.get(j + 1)
        if nxt is None or nxt.first in used or not nxt.quantity.best:
            return None
        # its noun: one of the two words after it ("трое мирных афганцев")
        named = [
            (i, g)
            for i in range(nxt.last + 1, min(nxt.last + 3, len(tokens)))
            if (g := _match(table.groups, tokens[i].group(0).lower())) is not None
        ]
        if not named or named[0][1] in seen:
            return None
        return nxt, named[0][0], named[0][1], joiner
    return None


def _told_before(reader: _Reader, figure: _Figure) -> bool:
    """ "тела трёх человек и 13 раненых": a figure right after a casualty word of its own
    is that word's, not one more person of the list that follows."""
    k = figure.first - 1
    return k >= 0 and _match(reader.table.outcomes, reader.tokens[k].group(0)) is not None


# Russian titles that open a subject ("глава района", "начальник полиции", "командир").
_RU_TITLE: Final = re.compile(r"(?:глав|начальник|командир|руководител|заместител|мэр|имам|мулл)")
# Tokens after a Russian verb its subject list may run to ("погибли губернатор провинции
# Балх Мухаммад Давуд Музаммиль и двое его охранников").
_LIST_REACH: Final = 12


def _listed_subject(reader: _Reader, t: int, used: set[int], outcomes: set[int]) -> _Figure | None:
    """Russian puts a plural verb first and its subject after it, however long: "В результате
    взрыва погибли глава района Ахмад Хан и трое его охранников" (the district chief and three
    of his guards were killed). The figure after "и" ends the list that starts right after
    the verb with a person; the person before "и" is added to it (``_companions``)."""
    tokens = reader.tokens
    if reader.language != "ru" or not _plural(tokens[t].group(0), "ru") or t + 1 >= len(tokens):
        return None
    head = tokens[t + 1].group(0)
    person = _match(reader.table.groups, head) not in (None, "unknown") or bool(
        _RU_TITLE.match(head)
    )
    if not person and not head[:1].isupper():
        return None
    for k in range(t + 1, min(len(tokens) - 1, t + 1 + _LIST_REACH)):
        word = tokens[k].group(0)
        if word in _CLAUSE_END or k in outcomes:
            return None
        figure = reader.figures.get(k + 1)
        if word.lower() == "и" and figure is not None and figure.first not in used:
            return figure
    return None


# An Arabic verb agrees in number only with a subject before it ("أصيبوا", "قتلوا", "لقوا"):
# the plural ending marks subject-verb order, so the figure stands before the verb.
_AR_PLURAL_VERB: Final = _re(r"^(?:و|ف)?\w+وا$")


def _plural_subject_ar(
    reader: _Reader, t: int, used: set[int], outcomes: set[int]
) -> _Figure | None:
    """ "أربعة عناصر آخرين من الشرطة أصيبوا بجروح": a plural Arabic verb takes the figure of
    the subject before it one token further than the usual window, as "آخرين" (others) and an
    "of the X" phrase stand between them. Only before the verb: a figure after it is another
    clause's ("مقتل الإمام ... وأربعة")."""
    if reader.language != "ar" or not _AR_PLURAL_VERB.match(reader.tokens[t].group(0)):
        return None
    by_last = {f.last: f for f in reader.figures.values()}
    for k in _clause(reader.tokens, t, -1, outcomes, reader.aside, WINDOW + 1):
        figure = by_last.get(k)
        if figure is not None and figure.first not in used:
            return figure
    return None


def _subject(reader: _Reader, t: int, used: set[int], outcomes: set[int]) -> _Figure | None:
    """ "Трое боевиков, напавших в понедельник на гостиницу ..., ликвидированы.": a verb that
    ends its sentence, in a language that names the figure first, takes the figure and group
    noun that open the sentence, however long the clause inserted between them."""
    tokens, table = reader.tokens, reader.table
    if not table.figure_first:
        return None
    begin = max((k for k in range(t) if tokens[k].group(0) in _SENTENCE_END), default=-1) + 1
    figure = reader.figures.get(begin)
    if figure is None or figure.first in used or any(begin < k < t for k in outcomes):
        return None
    if (
        t + 1 < len(tokens)
        and tokens[t + 1].group(0) not in ".!"
        and not _plain_subject(reader, figure, t)
    ):
        return None
    after = figure.last + 1
    if after >= t or _match(table.groups, tokens[after].group(0)) in (None, "unknown"):
        return None
    return figure


# "altı saldırganın tamamı(nın)", "hepsi": all N of a group, the subject of its clause.
_ALL_TR: Final = _re(r"^(?:tamam|hepsi)\w*$")


def _all_of_them(reader: _Reader, t: int, used: set[int], outcomes: set[int]) -> _Figure | None:
    """ "Sözcü, altı saldırganın tamamının Afgan özel kuvvetlerince öldürüldüğünü ...": a
    Turkish figure with its group noun and "all of them" is the subject of the casualty word
    after it in its clause, however many words (the agent) stand between them."""
    tokens = reader.tokens
    if reader.language != "tr":
        return None
    for k in range(t - 1, max(-1, t - _SUBJECT_REACH - 1), -1):
        if tokens[k].group(0) in _CLAUSE_END or k in outcomes:
            return None
        if k < 2 or not _ALL_TR.match(tokens[k].group(0)):
            continue
        figure = next((f for f in reader.figures.values() if f.last == k - 2), None)
        noun = _match(reader.table.groups, tokens[k - 1].group(0))
        if figure is None or figure.first in used or noun in (None, "unknown"):
            return None
        return figure
    return None


# Tokens a Russian subject's noun and the genitives after it may take before a plural verb
# that does not end its sentence.
_SUBJECT_REACH: Final = 8


def _plain_subject(reader: _Reader, figure: _Figure, t: int) -> bool:
    """ "Два военнослужащих Пограничных войск ГКНБ Таджикистана погибли накануне ...": the
    figure opening the sentence, its noun of a group and the genitives after it, with no comma
    before a plural Russian verb, is that verb's subject however many words the noun takes."""
    tokens = reader.tokens
    if reader.language != "ru" or not _plural(tokens[t].group(0), "ru"):
        return False
    if t - figure.last > _SUBJECT_REACH:
        return False
    return not any(tokens[k].group(0) in _CLAUSE_END for k in range(figure.last + 1, t))


def _others(reader: _Reader, outcome_at: dict[int, str], used: set[int]) -> list[CasualtyMention]:
    """ "قُتل حاكم ولاية بلخ ... واثنان آخران": "N others" far after its casualty word, in the
    same clause, counts with it."""
    tokens, out = reader.tokens, []
    for figure in sorted(reader.figures.values(), key=lambda f: f.first):
        after = figure.last + 1
        if figure.first in used or after >= len(tokens):
            continue
        if not reader.table.more.match(tokens[after].group(0)):
            continue
        before = [t for t in outcome_at if figure.first - OTHERS_REACH <= t < figure.first]
        if not before or _across_clause(tokens, before[-1], figure.first):
            continue
        t = before[-1]
        used.add(figure.first)
        if (dual := reader.figures.get(after)) is not None:
            used.add(dual.first)  # "اثنان آخران": "two others" is one figure, not 2 + 2
        outcome = outcome_at[t]
        if t == figure.first - 1:
            del outcome_at[t]  # "وأصيب اثنان آخران": the verb's figure, it reads no other
        out.append(
            reader.mention(
                tokens[figure.first].start(),
                tokens[after].end(),
                outcome,
                figure.quantity,
                "unknown",
            )
        )
    return out


# Russian casualty nouns told as a predicate, and the verb that takes them: "Жертвами
# (теракта, совершённого ...) стали более 170 человек", "Ранения, по последним данным,
# получили 150 человек" (the victims became / wounds were received by: the subject after the
# verb is counted, however long the aside between the noun and its verb).
_PREDICATE_NOUN_RU: Final = _re(r"^(?:жертвами|жертвой|ранения|ранение|травмы)$")
_PREDICATE_VERB_RU: Final = _re(r"^(?:стал[аио]?|станут|становятся|оказал[аи]сь|получил[аи]?)$")
# Tokens from the noun to its verb (the aside may name a place and a date).
_PREDICATE_REACH: Final = 24


def _predicate_subjects(
    reader: _Reader, outcome_at: dict[int, str], used: set[int]
) -> list[CasualtyMention]:
    """ "Жертвами ... стали более 170 афганцев и 13 американских военнослужащих": each figure
    after the verb, the first and those joined to it by "и", counts its own group."""
    if reader.language != "ru":
        return []
    tokens, out = reader.tokens, []
    for t, outcome in list(outcome_at.items()):
        if not _PREDICATE_NOUN_RU.match(tokens[t].group(0)):
            continue
        verb = _predicate_verb(reader, t, outcome_at)
        if verb is None:
            continue
        figure = next(
            (
                reader.figures[k]
                for k in _clause(tokens, verb, 1, set(outcome_at))
                if k in reader.figures
            ),
            None,
        )
        found = []
        while figure is not None and figure.first not in used:
            found.append(figure)
            figure = _joined_figure(reader, figure)
        if not found:
            continue
        del outcome_at[t]
        for figure in found:
            used.add(figure.first)
            start, end = tokens[figure.first].start(), tokens[figure.last].end()
            out.append(
                reader.mention(
                    start,
                    end,
                    outcome,
                    figure.quantity,
                    _group(tokens, figure, figure.first, reader.table),
                    earlier=_earlier(reader, start),
                    noun=_noun(reader, figure, figure.first),
                )
            )
    return out


def _predicate_verb(reader: _Reader, t: int, outcome_at: dict[int, str]) -> int | None:
    """The verb after a predicate casualty noun in its sentence, before any other casualty
    word."""
    tokens = reader.tokens
    for k in range(t + 1, min(len(tokens), t + _PREDICATE_REACH + 1)):
        word = tokens[k].group(0)
        if word in _SENTENCE_END or k in outcome_at:
            return None
        if _PREDICATE_VERB_RU.match(word):
            return k
    return None


def _joined_figure(reader: _Reader, figure: _Figure) -> _Figure | None:
    """The next figure of a list joined by "and" ("170 афганцев и 13 военных"), its nouns
    between them, within the clause."""
    tokens = reader.tokens
    for k in range(figure.last + 1, min(len(tokens), figure.last + 1 + WINDOW)):
        if tokens[k].group(0) in _CLAUSE_END:
            return None
        if tokens[k].group(0).lower() in ("и", "а"):
            return reader.figures.get(k + 1)
    return None


def _more_before(reader: _Reader, figure: _Figure) -> bool:
    """ "..., в том числе трое полицейских и прохожий, ещё 11 получили ранения": a figure
    marked as more adds; it is not one more part of the list before it."""
    if reader.table.more.match(figure.quantity.text):
        return True  # "ещё 11" read as one figure
    k = figure.first - 1
    if k >= 0 and reader.table.more.fullmatch(reader.tokens[k].group(0)):
        return True
    return _attackers_too_tr(reader, figure)


def _attackers_too_tr(reader: _Reader, figure: _Figure) -> bool:
    """ "..., saldırganlardan 10'unun da öldürüldüğünü" (ten of the attackers were killed
    too): "da" after a figure counted out of the attackers adds them to the dead told before;
    they are not among the victims listed."""
    tokens, after = reader.tokens, figure.last + 1
    if reader.language != "tr" or after >= len(tokens):
        return False
    if tokens[after].group(0).lower() not in ("da", "de"):
        return False
    return _out_of_group_tr(tokens, figure, reader.table) == "attackers"


def _among(reader: _Reader, start: int) -> bool:
    if not _marked(reader, reader.table.among, start):
        return False
    head = reader.text[:start]
    found = list(reader.table.among.finditer(head))
    if found and _BETWEEN_TR.search(head[max(0, found[-1].start() - 60) : found[-1].end()]):
        return False  # "Taliban güçleriyle köylüler arasında çıkan çatışmada": between, not among
    if found and _AMONG_ATTACKS.match(head, found[-1].end()):
        return False  # "Среди них — теракт у посольства, ... погибли шесть": among the attacks
    return not (found and reader.table.among_head.search(head, found[-1].end()))


# An attack named right after "among them" ("Среди них — теракт у посольства", "ومن بينها
# الهجوم على السفارة"): the list is of attacks, and the dead told after it are that attack's
# whole toll, not some of an earlier figure.
_AMONG_ATTACKS: Final = _re(
    r"\s*(?:[—–-]\s*|(?:был[аио]?|и)\s+)?(?:теракт|нападени|взрыв|атак|обстрел|покушени"
    r"|(?:ال)?(?:هجوم|تفجير|اعتداء|عملية))"
)


# Turkish "X ile Y arasında" ("X-le Y arasında") is "between X and Y", not "among".
_BETWEEN_TR: Final = _re(r"(?:\bile|\w(?:yle|yla|le|la))\s+(?:[\w'’]+\s+){1,3}arasında$")


def _single(reader: _Reader, t: int, others: set[int]) -> CasualtyMention | None:
    """A casualty word that names one person ("Saldırgan da öldü", "Смертник погиб",
    "وقتل المهاجم") with a group noun in its clause."""
    tokens, table = reader.tokens, reader.table
    word = tokens[t].group(0)
    if table.ranking.search(reader.text):
        return None  # "the most senior official killed since ..." tells of no new death
    kin = _kin(reader, t)
    if not table.singular.match(word.lower()) and not _received_one(reader, t):
        if kin and _plural(word, reader.language):  # "Хамдарди и его племянник застрелены"
            outcome = _match(table.outcomes, word) or "killed"
            two = Quantity(2, 2, 2, False, word)
            return reader.mention(tokens[t].start(), tokens[t].end(), outcome, two, "unknown")
        return _dual_verb(reader, t)
    count = 2 if kin else 1
    aside = _participle(reader) | _adverbs_ar(reader)
    if t in aside:  # the verb of the inserted clause itself reaches no noun past its comma
        aside = frozenset()
    for step in (-1, 1) if table.figure_first else (1, -1):
        for k in _clause(tokens, t, step, others, aside):
            noun = tokens[k].group(0)
            group = _match(table.groups, noun) or _suicide_bomber_tr(reader, k)
            if group is None or _agent(reader, k):
                continue
            if _construct_head(reader, k - 1):  # "سائق القاضي": the judge's driver
                k, noun, group = k - 1, tokens[k - 1].group(0), "unknown"
            if step == 1 and _joined_one(reader, k):
                count += 1  # "أصيب سائقه وأحد المارة": his driver and a passer-by
            if step == 1 and _with_one(reader, t, k, aside):
                count += 1  # "فقُتل مع أحد حراسه": he, told before, and one of his guards
            if group == "security" and _feminine_verb(word, reader.language):
                return None  # "قتلت الشرطة مهاجما": the forces (feminine) killed, actively
            # "أحد الموظفين ... أصيب" (one of the staff was wounded): one of a plural
            one_of = k > 0 and tokens[k - 1].group(0) in _ONE_OF
            if _plural(noun, reader.language) and not one_of:
                return None
            first, last = min(k - one_of, t), max(k, t)
            # "وكان بين القتلى الصحفي ... الذي قُتل": one of a toll already given
            part = reader.language == "ar" and _among(reader, tokens[first].start())
            return reader.mention(
                tokens[first].start(),
                tokens[last].end(),
                _match(table.outcomes, word) or "killed",
                Quantity(count, count, count, False, noun),
                group if count == 1 else "unknown",
                "subset" if part else "count",
                noun=noun,
            )
    if table.one.match(word.lower()):
        outcome = _match(table.outcomes, word) or "killed"
        figure = Quantity(count, count, count, False, word)
        return reader.mention(tokens[t].start(), tokens[t].end(), outcome, figure, "unknown")
    return _subject_after_anna(reader, t, count)


def _suicide_bomber_tr(reader: _Reader, k: int) -> str | None:
    """ "Canlı bomba da olay yerinde öldü": the Turkish "canlı bomba" (live bomb) is the
    suicide bomber, an attacker; "bomba" alone is the device and names no one."""
    tokens = reader.tokens
    if reader.language != "tr" or k < 1 or not tokens[k].group(0).lower().startswith("bomba"):
        return None
    return "attackers" if tokens[k - 1].group(0).lower() == "canlı" else None


# Arabic nouns of a person who serves or is kin to someone, as the head of a construct
# ("سائق القاضي", the judge's driver; "نجل الحاكم", the governor's son).
_AR_KIN_HEAD: Final = _re(r"^(?:سائق|نجل|ابن|شقيق|مرافق|زوج|ابنة|حفيد)$")


def _construct_head(reader: _Reader, k: int) -> bool:
    """The Arabic word at ``k`` heads a construct whose second noun names someone else: the
    person harmed is the driver or son, not the judge or governor named after him."""
    return (
        reader.language == "ar" and k >= 0 and bool(_AR_KIN_HEAD.match(reader.tokens[k].group(0)))
    )


def _joined_one(reader: _Reader, k: int) -> bool:
    """One more person glued by "و" right after the Arabic noun at ``k`` ("وأحد المارة", one
    of the passers-by; "وطفل", and a child): a second person harmed with the first."""
    tokens, table = reader.tokens, reader.table
    if reader.language != "ar" or k + 1 >= len(tokens):
        return False
    word = tokens[k + 1].group(0)
    if word == "مع" and k + 3 < len(tokens) and tokens[k + 2].group(0) in _ONE_OF:
        # "قُتل القاضي مع أحد حراسه": the judge with one of his guards
        return _match(table.groups, tokens[k + 3].group(0)) is not None
    if word in ("وأحد", "واحد", "وإحدى") and k + 2 < len(tokens):
        return _match(table.groups, tokens[k + 2].group(0)) is not None
    group = _match(table.groups, word)
    return word.startswith("و") and group is not None and not _plural(word, "ar")


def _adverbs_ar(reader: _Reader) -> frozenset[int]:
    """Tokens of an Arabic adverb of time between a casualty verb and its noun ("على الفور",
    on the spot), read in the table's asides."""
    if reader.language != "ar":
        return frozenset()
    return frozenset(k for k in reader.aside if reader.tokens[k].group(0) in _AR_ADVERB_WORDS)


_AR_ADVERB_WORDS: Final = frozenset({"على", "الفور", "في", "الحال"})


def _with_one(reader: _Reader, t: int, k: int, aside: frozenset[int]) -> bool:
    """An Arabic singular casualty verb followed at once by "مع" (with) and one person ("قُتل
    مع أحد حراسه", "أصيب مع سائقه"): the verb's subject is someone told before, and the one
    after "مع" is harmed with him: two people. A clash "with" someone comes after a noun
    ("في اشتباك مع"), never right after the verb."""
    if reader.language != "ar":
        return False
    tokens = reader.tokens
    j = k - 1 if tokens[k - 1].group(0) in _ONE_OF else k
    if _plural(tokens[k].group(0), "ar") and j == k:
        return False
    between = [i for i in range(t + 1, j) if i not in aside]
    return between == [j - 1] and tokens[j - 1].group(0) == "مع"


# An Arabic passive in the dual tells two people harmed whatever its subject ("أن حارساً
# ومدنياً قُتلا", "الرجلان أصيبا بجروح").
_AR_DUAL_VERB: Final = _re(r"^(?:و|ف)?(?:قتل|استشهد|لقي|أصيب|اصيب)ا$")


def _dual_verb(reader: _Reader, t: int) -> CasualtyMention | None:
    """Two harmed, told by the verb's dual ending alone; not when a figure or group noun
    follows it, which would be the object of an active dual ("المسلحان قتلا حارساً")."""
    tokens = reader.tokens
    word = tokens[t].group(0)
    if reader.language != "ar" or not _AR_DUAL_VERB.match(word):
        return None
    after = t + 1
    if after < len(tokens) and (
        after in reader.figures or _match(reader.table.groups, tokens[after].group(0))
    ):
        return None
    outcome = _match(reader.table.outcomes, word) or "killed"
    two = Quantity(2, 2, 2, False, word)
    return reader.mention(tokens[t].start(), tokens[t].end(), outcome, two, "unknown")


def _feminine_verb(word: str, language: str) -> bool:
    """An Arabic verb in the feminine singular ("قتلت", "أصيبت"): a woman who was harmed, or
    the forces (a feminine collective: "الشرطة", "القوات") that did the harm."""
    return language == "ar" and word.endswith("ت")


def _agent(reader: _Reader, k: int) -> bool:
    """ "bu saldırgan polis tarafından vurularak öldürüldü": the noun before "tarafından"
    (by) is who did it, not who died."""
    nxt = k + 1
    return (
        reader.language == "tr"
        and nxt < len(reader.tokens)
        and reader.tokens[nxt].group(0).lower() in ("tarafından", "tarafindan")
    )


# A Russian participle phrase between a singular subject and its verb: "его сын,
# сопровождавший отца, получил ранение" (his son, who went with his father, was wounded).
# A relative clause is stepped over the same way: "Смертник, который был застрелен охраной,
# также погиб" (the bomber, who was shot by the guards, also died).
_PARTICIPLE_RU: Final = re.compile(
    # also "шедший рядом" (walking beside him) and the reflexive "находившийся рядом"
    r",\s*(?:[\w-]+(?:вш|дш|ющ|ящ|ущ|ащ)(?:ий|ая|ее|ие|его|ей|их|ими)(?:ся)?(?:\s+[\w-]+){1,4}"
    r"|котор(?:ый|ая|ого|ой|ому|ым)(?:\s+[\w-]+){1,4})\s*,",
    re.IGNORECASE,
)


def _participle(reader: _Reader) -> frozenset[int]:
    if reader.language != "ru":
        return frozenset()
    spans = [m.span() for m in _PARTICIPLE_RU.finditer(reader.text)]
    return frozenset(
        i for i, tok in enumerate(reader.tokens) if any(a <= tok.start() < b for a, b in spans)
    )


# Russian "получил(а) (тяжёлое) ранение/ранения": a singular verb makes the wound one person's.
_RECEIVED_RU: Final = re.compile(r"^получила?$", re.IGNORECASE)
_WOUND_RU: Final = re.compile(r"^ранени[яе]$", re.IGNORECASE)


def _received_one(reader: _Reader, t: int) -> bool:
    """ "получил ранение", and inverted with the subject last: "Ранение получил охранник"."""
    if reader.language != "ru" or not _WOUND_RU.match(reader.tokens[t].group(0)):
        return False
    near = [
        tok.group(0) for tok in reader.tokens[max(0, t - 2) : t + 2] if tok is not reader.tokens[t]
    ]
    return any(_RECEIVED_RU.match(word) for word in near)


# Tokens back from an Arabic verb to the "أنّ" whose subject it tells of.
_ANNA_REACH: Final = 10


def _subject_after_anna(reader: _Reader, t: int, count: int) -> CasualtyMention | None:
    """Arabic "أنّ" puts its subject first, and a clause may part it from its verb: "وأضاف أن
    حارساً كان يقف عند البوابة أصيب بجروح" (a guard who stood at the gate was wounded)."""
    if reader.language != "ar":
        return None
    tokens = reader.tokens
    for k in range(t - 1, max(-1, t - _ANNA_REACH - 1), -1):
        word = tokens[k].group(0)
        if word in _CLAUSE_END:
            return None
        if word in ("أن", "إن", "ان", "وأن", "وإن") and k + 1 < t:
            noun = tokens[k + 1].group(0)
            group = _match(reader.table.groups, noun)
            if group is None or _plural(noun, "ar"):
                return None
            return reader.mention(
                tokens[k + 1].start(),
                tokens[t].end(),
                _match(reader.table.outcomes, tokens[t].group(0)) or "killed",
                Quantity(count, count, count, False, noun),
                group if count == 1 else "unknown",
                noun=noun,
            )
    return None


# Tokens a companion ("and his driver") may stand from the casualty word in its clause.
_KIN_REACH: Final = 12


def _kin(reader: _Reader, t: int) -> bool:
    """ "قُتل رجل دين بارز ... وسائقه", "Хамдарди и его племянник застрелены": a named victim
    and a companion of his, in the casualty word's clause (after it in Arabic, before it in
    Turkish and Russian)."""
    tokens = reader.tokens
    step = -1 if reader.table.figure_first else 1
    k = t + step
    while 0 <= k < len(tokens) and abs(k - t) <= _KIN_REACH:
        if tokens[k].group(0) in _CLAUSE_END:
            return False
        if reader.table.kin.match(reader.text, tokens[k].start()):
            return True
        k += step
    return False


def _plural(noun: str, language: str) -> bool:
    low = noun.lower()
    if language == "tr":
        return bool(re.search(r"l[ae]r", low))
    if language == "ru":
        return low.endswith(("ы", "и", "ов", "ев", "ах", "ям", "ами", "ие", "ые", "их", "ых"))
    return low.endswith(("ون", "ين", "ات", "مارة")) or low.startswith("عناصر")


def _excluded_figures(reader: _Reader) -> dict[int, _Figure | None]:
    """The figure each exclusion gives its attackers, by the exclusion's start: the numeral
    beside the attacker noun ("iki saldırgan dahil değil", "не считая трёх нападавших",
    "لا تشمل المهاجمين الثلاثة"). It is no toll of its own ("Ölü sayısına iki saldırgan dahil
    değil" does not put the dead at two)."""
    out: dict[int, _Figure | None] = {}
    tokens, figures = reader.tokens, reader.figures
    by_last = {f.last: f for f in figures.values()}
    for match in reader.table.excluded.finditer(reader.text):
        out[match.start()] = None
        for k, tok in enumerate(tokens):
            if not match.start() <= tok.start() < match.end():
                continue
            if _match(reader.table.groups, tok.group(0)) != "attackers":
                continue
            before = by_last.get(k - 1)
            after = figures.get(k + 1) if reader.language == "ar" else None
            out[match.start()] = before or after
            break
    return out


def _excluded(
    reader: _Reader, found: list[CasualtyMention], figures: dict[int, _Figure | None]
) -> list[CasualtyMention]:
    """The attacker left out of a toll ("saldırgan dahil değil", "не считая смертника",
    "لا تشمل الحصيلة الانتحاري") died and counts on top of it, as many as the numeral beside
    the attacker noun says."""
    if any(m.outcome == "killed" and m.group == "attackers" for m in found):
        return []
    out = []
    for match in reader.table.excluded.finditer(reader.text):
        dual = _dual_written(reader, match.start(), match.end())
        told = figures.get(match.start())
        if told is not None:
            q = told.quantity
            figure = Quantity(q.low, q.best, q.high, q.vague, match.group(0))
            out.append(reader.mention(match.start(), match.end(), "killed", figure, "attackers"))
            continue
        count = 2 if dual else _attackers_named(match.group(0), reader)
        figure = Quantity(count, count, count, False, match.group(0))
        out.append(reader.mention(match.start(), match.end(), "killed", figure, "attackers"))
    return out


# The Arabic dual and the sound masculine plural share their letters in the genitive and
# accusative ("الانتحاريين"); only the vowel before the ending tells them apart: a fatha for
# the dual ("الانتحاريَّين", the two bombers), a kasra for the plural ("الانتحاريِّين"). "الاثنين"
# after the noun says two as well ("المهاجمين الاثنين").
_DUAL_MARKED: Final = re.compile(r"[\u064E\u0651]*\u064E[\u0651]*\u064A\u0646(?!\w)")
_TWO_AFTER: Final = re.compile(r"^\s+(?:ال)?(?:اثنين|اثنان)(?!\w)")


def _dual_written(reader: _Reader, start: int, end: int) -> bool:
    """Whether the attackers an Arabic exclusion names are two, by the dual's vowel mark."""
    if reader.language != "ar":
        return False
    _, b, _ = reader.span(start, end)
    word_end = b - reader.offset  # the phrase may stop at the noun's stem ("المهاجم|َين")
    while word_end < len(reader.original) and not reader.original[word_end].isspace():
        word_end += 1
    noun = reader.original[:word_end].split()[-1]
    rest = reader.original[word_end:]
    return bool(_DUAL_MARKED.search(noun) or _TWO_AFTER.match(strip_marks(rest)))


def _attackers_named(phrase: str, reader: _Reader) -> int | None:
    """How many attackers an exclusion names: one, two for a dual ("الانتحاريان"), unknown
    for a plural ("saldırganların dahil olmadığını", "нападавшие не входят")."""
    for word in _WORD.findall(phrase):
        if _match(reader.table.groups, word) != "attackers":
            continue
        dual = reader.table.counts.get(word.lower())
        if dual:
            return dual
        return None if _plural(word, reader.language) else 1
    return 1
