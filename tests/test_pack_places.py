"""The pack's geography files: shape, size, and a deterministic build from the shared data."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conflictdesk.extract.places import lookup
from conflictdesk.resolve.registry import load_registry

REPO = Path(__file__).resolve().parent.parent
PACK = REPO / "src" / "conflictdesk" / "packs" / "afghanistan"
SOURCE = REPO.parent / "shared" / "data" / "afghanistan"
BUILT = ("places.json", "provinces.geojson", "districts.geojson")

PROVINCES_MAX_BYTES = 150_000
DISTRICTS_MAX_BYTES = 600_000


def load(name: str) -> Any:
    return json.loads((PACK / name).read_text(encoding="utf-8"))


def build_module() -> ModuleType:
    """The build script, imported from tools/ (registered first: its dataclasses need it)."""
    name = "build_pack_places"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / "build_pack_places.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_boundary_files_are_small() -> None:
    assert (PACK / "provinces.geojson").stat().st_size < PROVINCES_MAX_BYTES
    assert (PACK / "districts.geojson").stat().st_size < DISTRICTS_MAX_BYTES


def test_province_boundaries() -> None:
    features = load("provinces.geojson")["features"]
    assert len(features) == 34
    for feature in features:
        assert set(feature["properties"]) == {"province", "iso"}
        assert feature["properties"]["iso"].startswith("AF-")
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    # the pack's boundaries are Afghanistan's; provinces of neighbouring countries that
    # reports name (Khyber Pakhtunkhwa, Khatlon Region...) are points without them
    provinces = {
        p["name"]
        for p in load("places.json")
        if p["kind"] == "province" and p["country"] == "Afghanistan"
    }
    assert {f["properties"]["province"] for f in features} == provinces


def test_district_boundaries() -> None:
    features = load("districts.geojson")["features"]
    assert len(features) == 398
    places = {
        (p["admin1"], p["name"])
        for p in load("places.json")
        if p["kind"] == "district" and p["country"] == "Afghanistan"
    }
    keys = {(f["properties"]["province"], f["properties"]["district"]) for f in features}
    assert keys == places
    for feature in features:
        assert set(feature["properties"]) == {"district", "province"}
        for ring in _rings(feature["geometry"]):
            assert len(ring) >= 4
            assert ring[0] == ring[-1]


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    return [ring for polygon in polygons for ring in polygon]


def test_places_are_sorted_with_unique_ids() -> None:
    ids = [p["id"] for p in load("places.json")]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_pack_json_names_the_attribution() -> None:
    meta = load("pack.json")
    assert meta["name"] == "afghanistan"
    assert meta["languages"] == ["en", "tr", "ru", "ar", "fa", "ps"]
    assert any("geoBoundaries" in line for line in meta["attribution"])
    assert any("GeoNames" in line for line in meta["attribution"])


def test_douglas_peucker_keeps_corners() -> None:
    tool = build_module()
    line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (2.0, 5.0)]
    assert tool.douglas_peucker(line, 0.01) == [(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]


def test_bare_name_strips_administrative_words() -> None:
    tool = build_module()
    assert tool.bare_name("Wulêswālī Bihsūd") == "Bihsud"
    assert tool.bare_name("‘Alāqahdārī Dīshū") == "Dishu"
    assert tool.bare_name("Markaz-e Woluswalī-ye Āchīn") == "Achin"
    assert tool.bare_name("Mīzān ‘Alāqahdārī") == "Mizan"
    assert tool.bare_name("ولسوالی بهسود") == "بهسود"
    assert tool.bare_name("Kabul") is None


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Panjwayi", "Панджвайи"),
        ("Kosh Tepa", "Кош Тепа"),
        ("Jurm", "Джурм"),
        ("Khwaja Ghar", "Хваджа Гар"),
        ("Dara-i-Nur", "Дара-И-Нур"),
        ("Eshkashem", "Эшкашем"),
    ],
)
def test_cyrillic_spelling_of_a_district(latin: str, cyrillic: str) -> None:
    assert build_module().cyrillic_spelling(latin) == cyrillic


def test_russian_adjectives_of_place_names() -> None:
    tool = build_module()
    assert tool.russian_adjectives("Кундуз") == ["Кундузский", "Кундузинский"]
    assert tool.russian_adjectives("Газни") == ["Газнийский"]
    assert tool.russian_adjectives("Пактия") == ["Пактийский"]
    assert tool.russian_adjectives("Кабуль") == ["Кабульский"]
    assert tool.russian_adjectives("Kabul") == []


@pytest.mark.skipif(
    not (SOURCE / "afg_districts_adm2_centroids.csv").exists(),
    reason=f"shared source data not found at {SOURCE} (it sits beside the repository in CI)",
)
def test_build_is_deterministic_and_matches_the_pack(tmp_path: Path) -> None:
    tool = build_module()
    first, second = tmp_path / "first", tmp_path / "second"
    tool.build(SOURCE, PACK, first)
    tool.build(SOURCE, PACK, second)
    for name in BUILT:
        built = (first / name).read_bytes()
        assert built == (second / name).read_bytes(), name
        assert built == (PACK / name).read_bytes(), f"{name} is stale: run the build script"


def test_spera_is_an_english_spelling_of_spira_district() -> None:
    found = [p for p in lookup("Spera district", load_registry()) if p.kind == "district"]
    assert [(p.name, p.admin1) for p in found] == [("Spira", "Khost")]
