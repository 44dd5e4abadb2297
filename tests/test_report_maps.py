"""Province map and timeline chart: drawn from what they are given, ids safe to inline."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import pytest

from conflictdesk.analyse.leadership import leadership
from conflictdesk.analyse.synthetic import decapitation_history
from conflictdesk.analyse.targets import targets
from conflictdesk.analyse.tempo import tempo
from conflictdesk.report.charts import scope_ids, target_bands, timeline_chart
from conflictdesk.report.maps import (
    MapError,
    class_breaks,
    default_provinces_path,
    load_provinces,
    province_counts,
    province_map,
)

CREDITS = ("Boundaries: drawn by hand for this test", "Second credit line")


def _square(x: float, y: float, size: float = 1.0) -> list[list[float]]:
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


@pytest.fixture
def tiny_geojson(tmp_path: Path) -> Path:
    features = [
        {
            "type": "Feature",
            "properties": {"province": "Alpha", "iso": "XX-A"},
            "geometry": {"type": "Polygon", "coordinates": [_square(60, 30, 2)]},
        },
        {
            "type": "Feature",
            "properties": {"province": "Beta-e Gamma", "iso": "XX-B"},
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [[_square(62, 30, 2)], [_square(64, 31, 0.5)]],
            },
        },
        {
            "type": "Feature",
            "properties": {"province": "Delta", "iso": "XX-D"},
            "geometry": {"type": "Polygon", "coordinates": [_square(60, 32, 2)]},
        },
    ]
    path = tmp_path / "provinces.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


def test_map_shades_counts_and_lists_unplaced_names(tiny_geojson: Path) -> None:
    shapes = load_provinces(tiny_geojson)
    assert [s.name for s in shapes] == ["Alpha", "Beta-e Gamma", "Delta"]
    assert len(shapes[1].polygons) == 2
    result = province_map(
        {"Alpha": 12, "beta e gamma": 3, "Nowhere": 4}, shapes, attribution=CREDITS
    )
    assert result.counts == (("Alpha", 12), ("Beta-e Gamma", 3))
    assert result.unmatched == (("Nowhere", 4),)
    assert "<title>Alpha: 12 events</title>" in result.svg
    assert "<title>Delta: 0 events</title>" in result.svg
    assert ">12</text>" in result.svg
    for line in CREDITS:
        assert line in result.svg
    assert result.svg.index("<g>") < result.svg.index(CREDITS[0])  # credits under the map
    fills = re.findall(r'<path d="[^"]+" fill="(#[0-9a-f]{6})"', result.svg)
    assert len(set(fills)) == 3  # two classes and "no events"


def test_class_breaks_cover_every_positive_count() -> None:
    values = [0, 1, 1, 2, 5, 9, 30, 31, 200]
    breaks = class_breaks(values)
    assert breaks[0][0] == 1
    assert breaks[-1][1] == 200
    for (_, high), (low, _) in itertools.pairwise(breaks):
        assert low == high + 1
    assert class_breaks([0, 0]) == ()
    assert class_breaks([7, 7, 7]) == ((7, 7),)


def test_counts_are_tempo_totals_by_province() -> None:
    frame = decapitation_history(2, days=120).frame
    by_province = tempo(frame, by="admin1", actor="ISKP")
    counts = province_counts(by_province)
    assert sum(counts.values()) == tempo(frame, actor="ISKP").total_events


def test_missing_or_bad_boundaries_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(MapError, match="not found") as missing:
        load_provinces(tmp_path / "none.geojson")
    assert missing.value.remedy
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"properties": {}}]}', "utf-8")
    with pytest.raises(MapError, match="bad province feature"):
        load_provinces(bad)
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", "utf-8")
    with pytest.raises(MapError, match="cannot read"):
        load_provinces(broken)


def test_pack_boundaries_load_with_names_and_codes() -> None:
    shapes = load_provinces(default_provinces_path())
    assert len(shapes) == 34
    assert all(s.iso and s.iso.startswith("AF-") for s in shapes)
    assert "Kabul" in {s.name for s in shapes}


def test_timeline_chart_is_inline_svg_with_scoped_ids() -> None:
    history = decapitation_history(4, days=365)
    frame = history.frame
    activity = tempo(frame, actor="ISKP")
    mix = targets(frame, actor="ISKP")
    losses = leadership(frame, actor="ISKP").losses
    chart = timeline_chart(activity, mix, losses)
    assert chart.svg.startswith("<svg")
    assert "<?xml" not in chart.svg
    assert "<metadata" not in chart.svg
    ids = re.findall(r'\bid="([^"]+)"', chart.svg)
    assert ids
    assert all(i.startswith("timeline-") for i in ids)
    assert f"{activity.total_events} events" in chart.caption
    assert f"{len(losses)} leadership losses" in chart.caption
    assert "Leadership losses by rank" in chart.svg  # text stays text


def test_target_bands_are_shares_of_known_targets() -> None:
    frame = decapitation_history(4, days=200).frame
    mix = targets(frame, actor="ISKP")
    bands = target_bands(mix, top=3)
    assert bands.labels[-1] == "other types"
    for i, period in enumerate(mix.periods):
        total = sum(band[i] for band in bands.shares)
        known = sum(c.count for c in period.counts)
        assert total == pytest.approx(1.0 if known else 0.0)


def test_scope_ids_rewrites_references() -> None:
    svg = '<svg><clipPath id="c1"/><use xlink:href="#c1"/><g clip-path="url(#c1)"/></svg>'
    scoped = scope_ids(svg, "fig")
    assert 'id="fig-c1"' in scoped
    assert 'href="#fig-c1"' in scoped
    assert "url(#fig-c1)" in scoped


def test_chart_with_no_data_still_draws() -> None:
    frame = decapitation_history(4, days=60).frame
    nothing = dt.date(2030, 1, 1)
    chart = timeline_chart(
        tempo(frame, actor="NRF", since=nothing, until=nothing),
        targets(frame, actor="NRF", since=nothing, until=nothing),
        (),
    )
    assert "no leadership losses" in chart.svg
