"""The Afghanistan pack's places through the gazetteer: names in every script, kinds, chains."""

from __future__ import annotations

import pytest

from conflictdesk.resolve.gazetteer import Gazetteer, PlaceQuery, get_gazetteer
from conflictdesk.resolve.registry import Place, Registry, load_registry

# Afghanistan's bounding box, a little generous (degrees).
AF_LAT = (29.3, 38.6)
AF_LON = (60.4, 75.0)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(["afghanistan"])


@pytest.fixture(scope="module")
def gazetteer(registry: Registry) -> Gazetteer:
    return get_gazetteer(registry)


def afghan(registry: Registry, kind: str) -> list[Place]:
    return [p for p in registry.places.values() if p.kind == kind and p.country == "Afghanistan"]


def test_counts(registry: Registry) -> None:
    assert len(afghan(registry, "province")) == 34
    assert len(afghan(registry, "district")) == 398
    assert len(afghan(registry, "town")) >= 319
    assert len(afghan(registry, "country")) == 1


def test_every_place_has_coordinates_in_its_country(registry: Registry) -> None:
    for place in registry.places.values():
        assert place.latitude is not None, place.id
        assert place.longitude is not None, place.id
        if place.country == "Afghanistan":
            assert AF_LAT[0] <= place.latitude <= AF_LAT[1], place.id
            assert AF_LON[0] <= place.longitude <= AF_LON[1], place.id


def test_precision_follows_kind(registry: Registry) -> None:
    expected = {"country": 3, "province": 3, "district": 2, "town": 1, "area": 1, "landmark": 1}
    for place in registry.places.values():
        if place.id == "area:kandahar:dand":  # a district newer than the boundaries: "near"
            assert place.geo_precision == 2
            continue
        assert place.geo_precision == expected[place.kind], place.id


def test_places_nest_in_their_province(registry: Registry) -> None:
    provinces = {p.name for p in afghan(registry, "province")}
    districts = {(p.admin1, p.name) for p in afghan(registry, "district")}
    for place in registry.places.values():
        if place.country != "Afghanistan" or place.kind == "country":
            continue
        assert place.admin1 in provinces, place.id
        if place.kind in ("town", "area", "landmark") and place.admin2 is not None:
            assert (place.admin1, place.admin2) in districts, place.id


@pytest.mark.parametrize(
    ("alias", "province"),
    [
        ("Hilmand", "Helmand"),
        ("Гильменд", "Helmand"),
        ("Гельменд", "Helmand"),
        ("هلمند", "Helmand"),
        ("Nangrahar", "Nangarhar"),
        ("Ningarhar", "Nangarhar"),
        ("Нангархар", "Nangarhar"),
        ("ننگرهار", "Nangarhar"),
        ("Paktiya", "Paktia"),
        ("Paktya", "Paktia"),
        ("Khowst", "Khost"),
        ("Qunduz", "Kunduz"),
        ("Kondoz", "Kunduz"),
        ("کندز", "Kunduz"),
        ("Sar-i-Pul", "Sar-e Pol"),
        ("Sari Pul", "Sar-e Pol"),
        ("Saripul", "Sar-e Pol"),
        ("Oruzgan", "Uruzgan"),
        ("Urozgan", "Uruzgan"),
        ("Maidan Wardak", "Wardak"),
        ("Wardag", "Wardak"),
        ("Daikundi", "Daykundi"),
        ("Jawzjan", "Jowzjan"),
        ("Nimroz", "Nimruz"),
        ("Panjsher", "Panjshir"),
        ("Bamiyan", "Bamyan"),
        ("Nooristan", "Nuristan"),
        ("Konar", "Kunar"),
        ("کنر", "Kunar"),
        ("Zabol", "Zabul"),
        ("Ghowr", "Ghor"),
        ("Hirat", "Herat"),
        ("Qandahar", "Kandahar"),
        ("Kabil", "Kabul"),
        ("Belh", "Balkh"),
        ("Кабул", "Kabul"),
        ("Кандагар", "Kandahar"),
        ("Герат", "Herat"),
        ("Кундуз", "Kunduz"),
        ("Балх", "Balkh"),
        ("کابل", "Kabul"),
        ("قندهار", "Kandahar"),
        ("هرات", "Herat"),
        ("بلخ", "Balkh"),
        ("Helmand province", "Helmand"),
        ("Province of Helmand", "Helmand"),
        ("ولایت هلمند", "Helmand"),
        ("провинции Гильменд", "Helmand"),
        ("Helmand vilayeti", "Helmand"),
    ],
)
def test_province_aliases_in_every_script(gazetteer: Gazetteer, alias: str, province: str) -> None:
    found = gazetteer.province(alias)
    assert found is not None, alias
    assert found.name == province


@pytest.mark.parametrize(
    "name", ["Afghanistan", "Afganistan", "Афганистан", "أفغانستان", "افغانستان"]
)
def test_country_aliases(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.country(name)
    assert found is not None
    assert found.id == "country:afghanistan"
    assert found.geo_precision == 3


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("Arghandab", "Kandahar", "Zabul"),
        ("Muqur", "Badghis", "Ghazni"),
        ("Dawlatabad", "Balkh", "Faryab"),
        ("Fayzabad", "Badakhshan", "Jowzjan"),
        ("Qarabagh", "Ghazni", "Kabul"),
        ("Kohistan", "Badakhshan", "Faryab"),
        ("Baharak", "Badakhshan", "Takhar"),
    ],
)
def test_duplicated_district_names_resolve_by_province(
    gazetteer: Gazetteer, name: str, first: str, second: str
) -> None:
    a = gazetteer.district(name, admin1=first)
    b = gazetteer.district(name, admin1=second)
    assert a is not None
    assert b is not None
    assert (a.admin1, b.admin1) == (first, second)
    assert a.id != b.id
    chained = gazetteer.resolve([f"{name} district", f"{second} province"])
    assert chained == b


def test_district_admin1_accepts_an_alias(gazetteer: Gazetteer) -> None:
    found = gazetteer.district("Arghandab", admin1="Zabol")
    assert found is not None
    assert found.id == "district:zabul:arghandab"


def test_mazar_spellings_are_one_place(gazetteer: Gazetteer) -> None:
    spellings = ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar-e-Sharif", "Мазари-Шариф", "مزار شریف"]
    places = {gazetteer.town(s) for s in spellings}
    assert len(places) == 1
    (place,) = places
    assert place is not None
    assert place.admin1 == "Balkh"


def test_fuzzy_finds_a_misspelling(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Jalalbad")
    assert found
    assert found[0].name == "Jalalabad"
    assert found[0].kind == "town"


def test_short_names_are_not_fuzzy(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Nawx") == []
    assert gazetteer.lookup("Qwertyuiop") == []


def test_bare_city_name_means_the_province_but_the_town_can_be_asked_for(
    gazetteer: Gazetteer,
) -> None:
    for name in ("Kabul", "Kandahar", "Herat", "Ghazni", "Kunduz", "Farah", "Khost", "Bamyan"):
        province = gazetteer.province(name)
        town = gazetteer.town(name)
        assert province is not None
        assert town is not None, name
        assert gazetteer.lookup(name)[0] == province
        assert town.kind == "town"
        assert town.admin1 == province.name
        assert gazetteer.lookup(f"{name} city")[0] == town


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jelalabad", "Jalalabad"),
        ("Celalabad", "Jalalabad"),
        ("Джелалабад", "Jalalabad"),
        ("Mezar-ı Şerif", "Mazar-i-Sharif"),
        ("Lashkargah", "Lashkar Gah"),
        ("Puli Khumri", "Pul-i-Khumri"),
        ("Shibirghan", "Sheberghan"),
        ("Tirin Kot", "Tarinkot"),
        ("Firozkoh", "Chaghcharan"),
        ("Matun", "Khost"),
        ("Mahmud-i-Raqi", "Mahmud-i-Raqi"),
        ("Maidan Shahr", "Maidan Shahr"),
        ("Pul-i-Alam", "Pul-i-Alam"),
        ("Aybak", "Aybak"),
        ("Taloqan", "Taloqan"),
        ("Faizabad", "Fayzabad"),
        ("Parun", "Parun"),
        ("Sharana", "Sharan"),
        ("Qala-i-Naw", "Qala-i-Naw"),
        ("Mehtarlam", "Mehtarlam"),
        ("Asadabad", "Asadabad"),
        ("Gardez", "Gardez"),
        ("Qalat", "Qalat"),
        ("Zaranj", "Zaranj"),
        ("Nili", "Nili"),
        ("Bazarak", "Bazarak"),
        ("Charikar", "Charikar"),
        ("Maymana", "Maymana"),
    ],
)
def test_provincial_capitals_as_towns(gazetteer: Gazetteer, name: str, expected: str) -> None:
    town = gazetteer.town(name)
    assert town is not None, name
    assert town.name == expected


def test_district_transliterations(gazetteer: Gazetteer) -> None:
    for name, district in [
        ("Nad-e Ali", "Nad Ali"),
        ("Khugyani", "Khogayani"),
        ("Achin", "Acheen"),
        ("Haska Mina", "Deh Bala"),
        ("Nawa-i-Barakzai", "Nawa-i-Barakzayi"),
        ("Zheray", "Zhari"),
        ("Musa Qalah", "Musa Qala"),
        ("Khanshin", "Reg"),
        ("Rokha", "Rukha"),
        ("Dara-e-Suf Bala", "Dara-i-Sufi Bala"),
        ("Sirkanay", "Sarkani"),
        ("Doshi", "Dushi"),
        ("Gardez district", "Gardiz"),
    ]:
        found = gazetteer.district(name)
        assert found is not None, name
        assert found.name == district


def test_resolve_returns_the_most_specific_known_place(gazetteer: Gazetteer) -> None:
    chain = ["Nawabad", "Khanabad district", "Kunduz province", "Afghanistan"]
    found = gazetteer.resolve(chain)
    assert found is not None
    assert (found.kind, found.name, found.admin1) == ("district", "Khanabad", "Kunduz")


def test_resolve_reads_generic_words(gazetteer: Gazetteer) -> None:
    city = gazetteer.resolve(["Kabul city", "Kabul province", "Afghanistan"])
    assert city is not None
    assert city.kind == "town"
    inner = gazetteer.resolve(["Kabul", "Kabul province"])
    assert inner == city
    area = gazetteer.resolve(["Dasht-e Barchi area", "Kabul"])
    assert area is not None
    assert area.kind == "area"


def test_resolve_skips_names_outside_the_larger_unit(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve(["Sangin", "Kandahar province"])
    assert found is not None
    assert found.id == "province:kandahar"
    assert gazetteer.resolve(["Nowhere-at-all"]) is None


def test_resolve_abroad(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve(["Crocus City Hall", "Krasnogorsk", "Russia"])
    assert found is not None
    assert found.kind == "landmark"
    assert found.country == "Russia"
    peshawar = gazetteer.resolve(["Пешавар", "Pakistan"])
    assert peshawar is not None
    assert peshawar.name == "Peshawar"


def test_landmarks_and_areas(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Kabul airport")[0].kind == "landmark"
    assert gazetteer.lookup("Abbey Gate")[0].admin1 == "Kabul"
    assert gazetteer.lookup("Karte 3")[0].name == "Karte Seh"
    assert gazetteer.lookup("Dasht-i-Barchi")[0].name == "Dasht-e-Barchi"
    assert gazetteer.lookup("Deh Mazang")[0].admin1 == "Kabul"


def test_kinds_filter(gazetteer: Gazetteer) -> None:
    assert all(p.kind == "district" for p in gazetteer.lookup("Sangin", kinds=["district"]))
    assert gazetteer.lookup("Helmand", kinds=["town"]) == []


def test_place_query_strips_generic_words() -> None:
    query = PlaceQuery.parse("Province of Kunduz")
    assert query.bare == ("kunduz",)
    assert query.kinds == {"province"}
    assert PlaceQuery.parse("Khanabad district").kinds == {"district"}
    assert PlaceQuery.parse("Kabil'de").bare == ("kabil",)
    assert PlaceQuery.parse("district").bare == ("district",)


def test_get_gazetteer_is_cached(registry: Registry) -> None:
    assert get_gazetteer(registry) is get_gazetteer(registry)


def test_month_is_not_a_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("March") == []


def test_registry_matcher_finds_the_town_for_city_spellings(registry: Registry) -> None:
    text = "Blasts hit Mazar-e Sharif, Gardez and Pul-e Khumri; Kunduz city was calm."
    found = [registry.place(m.value) for m in registry.find_places(text)]
    assert [p.kind for p in found] == ["town", "town", "town", "town"]
