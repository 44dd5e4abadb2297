"""Wire reports of state raids on armed groups, and words that only look like triggers."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.persons import leader_tags
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry

RAID_WITH_FIGHT = (
    "GHAZNI, Afghanistan, March 3 (Test Wire) - Taliban security forces killed three suspected "
    "Islamic State militants in a night raid on a compound in the city of Ghazni on Monday, a "
    "spokesman said. One member of the raiding team was killed.\n\n"
    "The raid turned into a gunfight that lasted about an hour, the spokesman said. He said the "
    "cell, which he linked to Islamic State Khorasan Province (ISKP), had planned attacks.\n\n"
    "ISKP, which has carried out bombings against Shi'ite mosques in the past, made no comment."
)
RAID_WITHOUT_FIGHT = (
    "GHAZNI, Afghanistan, March 3 (Test Wire) - Taliban security forces killed three suspected "
    "Islamic State militants in a night raid on a compound in the city of Ghazni on Monday, a "
    "spokesman said. Residents said they heard two explosions before dawn."
)


def _main(text: str) -> Event:
    events = extract_text(text, published=dt.date(2026, 3, 3)).events
    assert events
    return events[0]


def test_a_state_raid_with_a_gunfight_is_an_armed_clash_and_an_armed_assault() -> None:
    event = _main(RAID_WITH_FIGHT)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.attack_type == "Armed Assault"
    assert event.target_type == "Terrorists/Non-State Militia"


def test_the_group_a_raided_cell_is_linked_to_is_the_side_hit_not_the_actor() -> None:
    event = _main(RAID_WITH_FIGHT)
    assert (event.actor1, event.actor2) == ("TALIBAN", "ISKP")
    assert event.deaths_by_side.actor1 == 1


def test_a_state_raid_told_without_a_fight_is_a_clash_with_no_attack_type() -> None:
    event = _main(RAID_WITHOUT_FIGHT)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.attack_type is None


def test_arabic_dawn_is_not_a_detonation() -> None:
    registry = load_registry()
    dawn = "نفذت القوات عملية دهم فجر اليوم الأحد في المدينة"
    # the raid ("عملية دهم") is an act; the dawn after it is no detonation
    assert [h.means for h in find_triggers(dawn, language="ar", registry=registry)] == ["assault"]
    at_four = "سمع السكان إطلاق نار في الرابعة فجراً"
    assert all(
        h.means != "explosion" for h in find_triggers(at_four, language="ar", registry=registry)
    )
    detonated = "انتحاري فجر حزامه قرب المسجد"
    assert any(
        h.means == "explosion" for h in find_triggers(detonated, language="ar", registry=registry)
    )


def test_the_group_whose_forces_carry_out_an_operation_is_its_agent() -> None:
    registry = load_registry()
    turkish = (
        "Taliban yönetimine bağlı güvenlik güçlerinin kuzeydeki Balh eyaletinde DEAŞ'ın Horasan "
        "kolu hücresine düzenlediği operasyonda 2 militan öldürüldü."
    )
    roles = {h.actor_id: h.role for h in find_actors(turkish, registry, language="tr")}
    assert roles["TALIBAN"] == "agent"
    arabic = (
        "أعلنت السلطات مقتل مسلحين من تنظيم داعش في عملية دهم نفذتها قوات خاصة تابعة لحركة طالبان"
    )
    roles = {h.actor_id: h.role for h in find_actors(arabic, registry, language="ar")}
    assert roles["TALIBAN"] == "agent"


def test_a_commander_killed_in_russian_is_a_leader_killed() -> None:
    text = "Спецназ талибов ликвидировал в Герате одного из командиров группировки."
    assert leader_tags([text], taliban_state=True) == ("leader_killed",)
