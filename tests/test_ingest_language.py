"""Language detection on short sentences in the languages the corpora hold."""

from __future__ import annotations

import pytest

from conflictdesk.ingest import detect_language
from conflictdesk.ingest.language import looks_pashto


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Six civilians were killed when a bomb exploded near the ministry in Kabul.", "en"),
        ("Kabil'deki bakanlığın yakınında patlayan bombada altı sivil hayatını kaybetti.", "tr"),
        ("Шесть мирных жителей погибли при взрыве бомбы возле министерства в Кабуле.", "ru"),
        ("قتل ستة مدنيين في انفجار قنبلة قرب مبنى الوزارة في مدينة كابول", "ar"),
        ("شش غیرنظامی در انفجار یک بمب در نزدیکی وزارت در شهر کابل کشته شدند.", "fa"),
        ("په کابل کې د وزارت تر څنګ د یوې چاودنې له امله شپږ ملکي وګړي ووژل شول.", "ps"),
        ("Sechs Zivilisten wurden bei einer Explosion in der Nähe des Ministeriums getötet.", "de"),
        ("Six civils ont été tués dans une explosion près du ministère à Kaboul.", "fr"),
    ],
)
def test_short_sentences(sentence: str, code: str) -> None:
    assert detect_language(sentence) == code


def test_long_text_uses_the_fast_mode_and_still_agrees() -> None:
    paragraph = " ".join(
        [
            "Officials in the northern province said the attack began shortly after dawn,",
            "when several gunmen approached the checkpoint from the river bank and opened fire.",
            "Reinforcements arrived within the hour and the attackers withdrew into the hills.",
        ]
    )
    assert len(paragraph) > 200
    assert detect_language(paragraph) == "en"


@pytest.mark.parametrize("text", ["", "Kabul", "12 / 03 / 2023", "ISKP"])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None


def test_pashto_letters_must_be_more_than_a_stray_name() -> None:
    dari = "مقامات محلی گفتند که " * 20 + "ښ"
    assert not looks_pashto(dari)
    assert looks_pashto("په کابل کې")
