from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conflictdesk.errors import GoldError
from conflictdesk.evaluate import read_gold, score
from conflictdesk.model import Casualties, Event, Source


def _event(event_id: str, doc: str, **fields: object) -> Event:
    return Event(
        event_id=event_id,
        sources=(Source(document_id=doc, evidence="x", start=0, end=1),),
        **fields,  # type: ignore[arg-type]
    )


def _gold(tmp_path: Path, *rows: dict[str, object]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_perfect_and_wrong_fields_are_counted(tmp_path: Path) -> None:
    gold = read_gold(
        _gold(
            tmp_path,
            {
                "document_id": "d1",
                "event_date": "2023-03-27",
                "admin1": "Kabul",
                "fatalities": {"best": 6},
                "claimed_by": "ISKP",
            },
            {"document_id": "d2", "event_date": "2023-01-01", "admin1": "Balkh"},
        )
    )
    predicted = [
        _event(
            "e1",
            "d1",
            event_date=dt.date(2023, 3, 27),
            admin1="Kabul",
            fatalities=Casualties(6, 7, 20),
            claimed_by=None,
        ),
        _event("e3", "d1", event_date=dt.date(2020, 1, 1), admin1="Herat"),
    ]
    report = score(gold, predicted)
    assert (report.gold_events, report.predicted_events, report.matched) == (2, 2, 1)
    assert report.accuracy("event_date") == 1.0
    assert report.accuracy("fatalities.best") == 0.0
    assert report.accuracy("claimed_by") == 0.0
    assert report.precision == 0.5
    assert report.recall == 0.5
    assert {m.field for m in report.mismatches} == {"fatalities.best", "claimed_by"}


def test_location_compares_spelling_variants_but_not_other_places(tmp_path: Path) -> None:
    gold = read_gold(_gold(tmp_path, {"document_id": "d", "location": "Mazar-i-Sharif"}))
    assert score(gold, [_event("e", "d", location="Mazar-e Sharif")]).accuracy("location") == 1.0
    assert score(gold, [_event("e", "d", location="Kabul")]).matched == 0


def test_bad_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"document_id": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(GoldError, match="line 2"):
        read_gold(path)


@pytest.mark.parametrize("written", ["2017-04", "2017", "2017-4-1", "2017-02-30", 20170401])
def test_a_gold_date_that_is_not_a_day_names_the_line_and_the_remedy(
    tmp_path: Path, written: object
) -> None:
    path = _gold(
        tmp_path,
        {"document_id": "a", "event_date": "2017-04-01", "date_precision": "month"},
        {"document_id": "b", "event_date": written, "date_precision": "month"},
    )
    with pytest.raises(GoldError, match="line 2: event_date") as caught:
        read_gold(path)
    assert "2017-04-01" in (caught.value.remedy or "")
    assert caught.value.path == str(path)


def test_a_gold_day_or_null_date_is_read(tmp_path: Path) -> None:
    path = _gold(
        tmp_path,
        {"document_id": "a", "event_date": "2017-04-01", "date_precision": "month"},
        {"document_id": "b", "event_date": None, "date_precision": "unknown"},
    )
    assert [g.get("event_date") for g in read_gold(path)] == ["2017-04-01", None]


def test_two_spellings_of_one_gazetteer_place_are_one_location() -> None:
    from conflictdesk.evaluate.scoring import same

    assert same("location", "Pul-e-Khumri", "Pul-i-Khumri")
    assert same("location", "Nad-e Ali district", "Nad Ali district")
    assert not same("location", "Kabul", "Jalalabad")
    # a district is not its centre town, even where the town is called by the district's name
    assert not same("location", "Andarab district", "Banu")
    assert not same("location", "Khanabad district", "Khanabad")


def test_a_registry_person_named_in_another_script_is_the_same_person() -> None:
    from conflictdesk.evaluate.scoring import same

    predicted = [{"name": "Mullah Dawood Muzammil", "person_id": "dawood-muzammil"}]
    assert same("persons", [{"name": "محمد داود مزمل"}], predicted)
    assert same("persons", [{"name": "Давуд Музаммиль"}], predicted)
    assert not same("persons", [{"name": "Zabihullah Mujahid"}], predicted)
    # a name the registry does not hold is compared as written
    assert not same("persons", [{"name": "Abu Dujana"}], [{"name": "Abu Talha"}])
    assert same("persons", [{"name": "Abu Dujana"}], [{"name": "abu dujana"}])


def test_an_unregistered_name_in_another_script_or_spelling_is_the_same_person() -> None:
    from conflictdesk.evaluate.scoring import same

    assert same("persons", [{"name": "Sergei Kalinin"}], [{"name": "Сергей Калинин"}])
    assert same("persons", [{"name": "Sardar Ahmad"}], [{"name": "سردار أحمد"}])
    assert same("persons", [{"name": "Hamdullah Mokhlis"}], [{"name": "Hamdullah Muhlis"}])
    # other consonants are another man
    assert not same("persons", [{"name": "Sardar Ahmad"}], [{"name": "سردار محمود"}])
    # a skeleton of fewer than four consonants ("Ali", "Omar") names no one in particular
    assert not same("persons", [{"name": "Omar"}], [{"name": "Амир"}])


def test_a_religious_honorific_before_a_name_does_not_make_another_person() -> None:
    from conflictdesk.evaluate.scoring import same

    assert same("persons", [{"name": "Mawlawi Abdul Qadir Saqib"}], [{"name": "Abdul Qadir Saqib"}])
    assert same("persons", [{"name": "Nasrullah Karimi"}], [{"name": "Mevlevi Nasrullah Karimi"}])
    assert same("persons", [{"name": "Мулла Абдул Рауф"}], [{"name": "Abdul Rauf"}])
    # the honorific is not a name of its own, and another name stays another man
    assert not same("persons", [{"name": "Mullah Abdul Rauf"}], [{"name": "Mullah Nasrullah"}])
