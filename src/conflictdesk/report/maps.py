"""A province choropleth of event counts, drawn as plain SVG from the pack's boundaries.

The boundaries are the pack's ``provinces.geojson`` (a FeatureCollection of Polygon or
MultiPolygon features with properties ``province`` and ``iso``; see the pack's ATTRIBUTION.md
for source and licence). The projection is equirectangular with longitudes scaled by the cosine
of the middle latitude, which keeps shapes true enough at Afghanistan's size. Counts are shaded
in classes of roughly equal numbers of provinces; provinces without events stay grey, and every
province with events shows its count (unless too small to hold it). The attribution lines are
drawn under the map inside the SVG, so the map carries them wherever it is used.

Counts come from the caller (the report passes ``tempo(..., by="admin1")`` totals); nothing is
counted here.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Final

from conflictdesk.analyse.tempo import UNKNOWN_GROUP, TempoResult
from conflictdesk.errors import ReportError

Point = tuple[float, float]
Ring = tuple[Point, ...]

MAP_WIDTH: Final[int] = 640
MARGIN: Final[int] = 8
LEGEND_HEIGHT: Final[int] = 34
ATTRIBUTION_LINE_HEIGHT: Final[int] = 13
NO_EVENTS_COLOUR: Final[str] = "#eef1f4"
EDGE_COLOUR: Final[str] = "#ffffff"
# Sequential light-to-dark reds; at most this many classes of provinces with events.
CLASS_COLOURS: Final[tuple[str, ...]] = ("#fde0c5", "#facba6", "#f59e72", "#e4684c", "#b3261e")
DARK_CLASSES: Final[int] = 2  # the darkest classes get white count labels
LABEL_MIN_AREA: Final[float] = 180.0  # px² below which a province's count is not drawn inside


class MapError(ReportError):
    """The province boundaries are missing or not the GeoJSON the map expects."""

    code = "E512"


@dataclass(frozen=True, slots=True)
class ProvinceShape:
    name: str
    iso: str | None
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring, then holes


@dataclass(frozen=True, slots=True)
class ProvinceMap:
    """The map SVG, the counts it shows, and counts for provinces it could not place."""

    svg: str
    counts: tuple[tuple[str, int], ...]
    unmatched: tuple[tuple[str, int], ...]
    breaks: tuple[tuple[int, int], ...]
    attribution: tuple[str, ...]


# -- boundaries ----------------------------------------------------------------------------------
def default_provinces_path(pack: str = "afghanistan") -> Path:
    from conflictdesk.resolve.registry import pack_path

    return pack_path(pack) / "provinces.geojson"


@lru_cache(maxsize=4)
def load_provinces(path: Path) -> tuple[ProvinceShape, ...]:
    """Province shapes from a GeoJSON FeatureCollection (properties ``province``, ``iso``)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MapError(
            "province boundaries not found",
            remedy="reinstall conflictdesk, or add provinces.geojson to the pack",
            path=str(path),
        ) from None
    except (OSError, ValueError) as error:
        raise MapError(
            f"cannot read province boundaries: {error}",
            remedy="replace the file with a GeoJSON FeatureCollection",
            path=str(path),
        ) from None
    shapes = tuple(_shape(feature, path) for feature in _features(data, path))
    if not shapes:
        raise MapError("no provinces in the file", remedy="add Polygon features", path=str(path))
    return shapes


def _features(data: Any, path: Path) -> list[Any]:
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise MapError(
            "not a GeoJSON FeatureCollection",
            remedy="write {'type': 'FeatureCollection', 'features': [...]}",
            path=str(path),
        )
    return list(data["features"])


def _shape(feature: Any, path: Path) -> ProvinceShape:
    try:
        props, geometry = feature["properties"], feature["geometry"]
        kind, coordinates = geometry["type"], geometry["coordinates"]
        polygons = [coordinates] if kind == "Polygon" else coordinates
        if kind not in ("Polygon", "MultiPolygon"):
            raise ValueError(f"geometry {kind}")
        return ProvinceShape(
            name=str(props["province"]),
            iso=props.get("iso"),
            polygons=tuple(
                tuple(tuple((float(x), float(y)) for x, y, *_ in ring) for ring in polygon)
                for polygon in polygons
            ),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise MapError(
            f"bad province feature ({error})",
            remedy="give each feature a Polygon/MultiPolygon and a 'province' property",
            path=str(path),
        ) from None


# -- counts and classes --------------------------------------------------------------------------
def province_counts(by_province: TempoResult) -> dict[str, int]:
    """Events per province summed over the periods of ``tempo(..., by="admin1")``."""
    totals: dict[str, int] = {}
    for period in by_province.series:
        key = period.group or UNKNOWN_GROUP
        totals[key] = totals.get(key, 0) + period.events
    return {name: n for name, n in totals.items() if n}


def name_key(name: str) -> str:
    """Spelling-insensitive province key: letters and digits only, lower case."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def class_breaks(
    values: Sequence[int], classes: int = len(CLASS_COLOURS)
) -> tuple[tuple[int, int], ...]:
    """Inclusive ranges splitting the positive values into up to ``classes`` quantile classes."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return ()
    uppers: list[int] = []
    for k in range(1, classes + 1):
        upper = positive[math.ceil(k * len(positive) / classes) - 1]
        if not uppers or upper > uppers[-1]:
            uppers.append(upper)
    lowers = [positive[0], *(u + 1 for u in uppers[:-1])]
    return tuple(zip(lowers, uppers, strict=True))


def _class_of(count: int, breaks: Sequence[tuple[int, int]]) -> int | None:
    if count <= 0:
        return None
    return next((i for i, (_, high) in enumerate(breaks) if count <= high), len(breaks) - 1)


# -- drawing -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Projection:
    west: float
    north: float
    scale: float
    x_factor: float

    def __call__(self, point: Point) -> Point:
        lon, lat = point
        return (
            MARGIN + (lon - self.west) * self.x_factor * self.scale,
            MARGIN + (self.north - lat) * self.scale,
        )


def fit_projection(
    shapes: Sequence[ProvinceShape], width: int = MAP_WIDTH
) -> tuple[Projection, float]:
    """A projection fitting all shapes in ``width`` px, and the drawing's height."""
    points = [p for s in shapes for poly in s.polygons for ring in poly for p in ring]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    x_factor = math.cos(math.radians((north + south) / 2))
    scale = (width - 2 * MARGIN) / max((east - west) * x_factor, 1e-9)
    return Projection(west, north, scale, x_factor), (north - south) * scale + 2 * MARGIN


def _path(shape: ProvinceShape, project: Projection) -> str:
    parts: list[str] = []
    for polygon in shape.polygons:
        for ring in polygon:
            xy = [project(p) for p in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def _label_point(shape: ProvinceShape, project: Projection) -> tuple[Point, float]:
    """Area-weighted centroid of the largest outer ring (projected) and that ring's area."""
    best: tuple[Point, float] = ((0.0, 0.0), 0.0)
    for polygon in shape.polygons:
        xy = [project(p) for p in polygon[0]]
        area, cx, cy = 0.0, 0.0, 0.0
        for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(area) > abs(best[1]) * 2:
            best = ((cx / (3 * area), cy / (3 * area)), area / 2)
    return best[0], abs(best[1])


def province_map(
    counts: Mapping[str, int],
    shapes: Sequence[ProvinceShape],
    *,
    attribution: Sequence[str] = (),
    title: str = "Events per province",
) -> ProvinceMap:
    """The choropleth of ``counts`` (province name -> events) over ``shapes``."""
    by_key = {name_key(s.name): s for s in shapes}
    placed = {by_key[name_key(n)].name: c for n, c in counts.items() if name_key(n) in by_key}
    unmatched = tuple(sorted((n, c) for n, c in counts.items() if name_key(n) not in by_key))
    breaks = class_breaks(list(placed.values()))
    project, height = fit_projection(shapes)
    body = [_province_svg(s, placed.get(s.name, 0), breaks, project) for s in shapes]
    legend_top = height + 4
    svg = _svg_document(
        title,
        body,
        _legend(breaks, legend_top),
        _attribution(attribution, legend_top + LEGEND_HEIGHT),
        legend_top + LEGEND_HEIGHT + ATTRIBUTION_LINE_HEIGHT * len(attribution) + MARGIN,
    )
    ordered = tuple(sorted(placed.items(), key=lambda kv: (-kv[1], kv[0])))
    return ProvinceMap(svg, ordered, unmatched, breaks, tuple(attribution))


def _province_svg(
    shape: ProvinceShape, count: int, breaks: Sequence[tuple[int, int]], project: Projection
) -> str:
    level = _class_of(count, breaks)
    fill = NO_EVENTS_COLOUR if level is None else CLASS_COLOURS[level]
    name = escape(shape.name)
    out = (
        f'<path d="{_path(shape, project)}" fill="{fill}" stroke="{EDGE_COLOUR}" '
        f'stroke-width="0.8" fill-rule="evenodd"><title>{name}: {count} events</title></path>'
    )
    (x, y), area = _label_point(shape, project)
    if count and area >= LABEL_MIN_AREA:
        dark = level is not None and level >= len(CLASS_COLOURS) - DARK_CLASSES
        colour = "#ffffff" if dark else "#1d232a"
        out += (
            f'<text x="{x:.1f}" y="{y:.1f}" fill="{colour}" font-size="9" text-anchor="middle" '
            f'dominant-baseline="central">{count}</text>'
        )
    return out


def _legend(breaks: Sequence[tuple[int, int]], top: float) -> str:
    items = [("no events", NO_EVENTS_COLOUR)]
    items += [
        (f"{low}" if low == high else f"{low}–{high}", CLASS_COLOURS[i])
        for i, (low, high) in enumerate(breaks)
    ]
    parts = [f'<text x="{MARGIN}" y="{top + 11:.1f}" font-size="10">Events:</text>']
    x = MARGIN + 48
    for label, colour in items:
        parts.append(
            f'<rect x="{x}" y="{top + 2:.1f}" width="14" height="12" fill="{colour}" '
            f'stroke="#c5ccd3" stroke-width="0.5"/>'
            f'<text x="{x + 18}" y="{top + 11:.1f}" font-size="10">{escape(label)}</text>'
        )
        x += 26 + 6 * len(label)
    return "".join(parts)


def _attribution(lines: Sequence[str], top: float) -> str:
    return "".join(
        f'<text x="{MARGIN}" y="{top + ATTRIBUTION_LINE_HEIGHT * i:.1f}" font-size="9" '
        f'fill="#5b6570">{escape(line)}</text>'
        for i, line in enumerate(lines)
    )


def _svg_document(title: str, body: Sequence[str], legend: str, credits: str, height: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_WIDTH} {height:.0f}" '
        f'width="{MAP_WIDTH}" height="{height:.0f}" role="img" aria-label="{escape(title)}" '
        f'font-family="DejaVu Sans, sans-serif"><title>{escape(title)}</title>'
        f"<g>{''.join(body)}</g>{legend}{credits}</svg>"
    )
