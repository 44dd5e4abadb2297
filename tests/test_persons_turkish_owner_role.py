"""Turkish: "sahibi" (the owner of the house, the shop) introduces the victim's name as a role
does ("Dükkân sahibi Abdul Vahid ... öldü"); a sentence with no outcome word gives no
victim (sentences written for this test)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-tr-owner",
        published=dt.date(2022, 4, 8),
        genre="wire",
        language="tr",
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_the_shop_owner_named_after_his_role_is_killed() -> None:
    text = (
        "Kandahar, 8 Nisan - Kandahar'da cuma sabahı bir dükkâna bombalı saldırı düzenlendi. "
        "Dükkân sahibi Abdul Vahid ve iki müşterisi olay yerinde öldü."
    )
    assert _names(text).get("Abdul Vahid") == "killed"


def test_an_owner_who_only_speaks_is_no_victim() -> None:
    text = (
        "Kandahar, 8 Nisan - Kandahar'da cuma sabahı bir dükkâna bombalı saldırı düzenlendi. "
        "Dükkân sahibi Abdul Vahid hasarın büyük olduğunu söyledi."
    )
    assert _names(text).get("Abdul Vahid") is None
