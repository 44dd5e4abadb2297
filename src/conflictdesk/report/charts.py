"""Static charts as inline SVG strings (matplotlib, no pyplot, no JavaScript, nothing fetched).

``timeline_chart`` draws four panels on one shared time axis, so a leadership loss lines up
with the attacks around it: events per period with the trailing mean, deaths per period (sum of
known tolls), the target-type mix of attacks, and leadership losses as markers by rank. Every
value plotted is read from the analysis results passed in; nothing is counted here.

Figures are drawn through ``matplotlib.figure.Figure`` directly, which renders with the non-GUI
canvases (Agg, SVG) whatever the global backend, and keeps text as text (``svg.fonttype: none``)
so the SVG stays small and searchable. Element ids are prefixed per chart so several SVGs can
share one HTML page.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from conflictdesk.analyse.leadership import RANKS, LeaderLoss
from conflictdesk.analyse.targets import TargetsResult
from conflictdesk.analyse.tempo import TempoResult

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE: Final[tuple[str, ...]] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
)
OTHER_COLOUR: Final[str] = "#9aa3ab"
BAR_COLOUR: Final[str] = "#5b7fa6"
LINE_COLOUR: Final[str] = "#1d232a"
LOSS_COLOUR: Final[str] = "#b3261e"
# More target types than this and the rest are drawn as one "other types" band.
TOP_TARGET_TYPES: Final[int] = 5
FIGURE_WIDTH_IN: Final[float] = 9.0
PANEL_HEIGHTS_IN: Final[tuple[float, ...]] = (2.2, 1.6, 2.0, 1.1)
BAR_FILL: Final[float] = 0.85  # share of a period's width a bar covers
# Figure margins (fractions); the right one leaves room for the target-mix legend.
MARGINS: Final[dict[str, float]] = {
    "left": 0.105,
    "right": 0.79,
    "top": 0.965,
    "bottom": 0.045,
    "hspace": 0.42,
}
RC: Final[dict[str, Any]] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "conflictdesk",
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9.5,
    "axes.titlelocation": "left",
}


@dataclass(frozen=True, slots=True)
class Chart:
    """One figure: an id-safe inline ``<svg>`` element, its title and a caption."""

    name: str
    title: str
    svg: str
    caption: str


@dataclass(frozen=True, slots=True)
class MixBands:
    """Target-type shares per period: one band per shown type, in drawing order."""

    periods: tuple[dt.date, ...]
    labels: tuple[str, ...]
    shares: tuple[tuple[float, ...], ...]  # shares[band][period]


def timeline_chart(
    activity: TempoResult,
    mix: TargetsResult,
    losses: Sequence[LeaderLoss],
    *,
    title: str = "Activity, targets and leadership losses",
) -> Chart:
    """Four panels over one time axis: events, deaths, target mix, leadership losses."""
    import matplotlib
    from matplotlib.figure import Figure

    settings: Any = RC  # matplotlib types its keys as a Literal union
    with matplotlib.rc_context(settings):
        figure = Figure(figsize=(FIGURE_WIDTH_IN, sum(PANEL_HEIGHTS_IN)))
        axes = figure.subplots(
            len(PANEL_HEIGHTS_IN), 1, sharex=True, gridspec_kw={"height_ratios": PANEL_HEIGHTS_IN}
        )
        figure.subplots_adjust(**MARGINS)
        for ax in axes:
            ax.xaxis_date()
        dated = [loss for loss in losses if loss.date is not None]
        _events_panel(axes[0], activity, dated)
        _deaths_panel(axes[1], activity)
        _mix_panel(axes[2], target_bands(mix))
        _losses_panel(axes[3], dated)
        _time_axis(axes[-1], activity)
        svg = figure_svg(figure, "timeline")
    return Chart("timeline", title, svg, _timeline_caption(activity, mix, losses))


# -- panels --------------------------------------------------------------------------------------
def bars(
    ax: Any,
    centres: Sequence[dt.date],
    heights: Sequence[float],
    width_days: float,
    colour: str,
    *,
    bottom: Sequence[float] | None = None,
    label: str | None = None,
) -> None:
    """Bars as one collection of rectangles: one SVG group instead of a patch per bar, which
    keeps ten years of monthly bars fast to draw."""
    from matplotlib.collections import PolyCollection
    from matplotlib.dates import date2num

    half = width_days / 2
    base = bottom if bottom is not None else [0.0] * len(heights)
    boxes = []
    days = date2num(list(centres))  # type: ignore[no-untyped-call]
    for day, low, height in zip(days, base, heights, strict=True):
        left, right, top = float(day) - half, float(day) + half, low + height
        boxes.append([(left, low), (right, low), (right, top), (left, top)])
    collection = PolyCollection(boxes, facecolors=colour, linewidths=0, label=label)
    ax.add_collection(collection, autolim=True)
    ax.autoscale_view()


def _width_days(activity: TempoResult) -> float:
    return {"day": 1.0, "week": 7.0, "month": 30.4}[activity.freq] * BAR_FILL


def _centres(periods: Sequence[dt.date], freq: str) -> list[dt.date]:
    """Bars are centred in their period (a month's bar sits mid-month)."""
    half = {"day": 0, "week": 3, "month": 15}[freq]
    return [p + dt.timedelta(days=half) for p in periods]


def _events_panel(ax: Any, activity: TempoResult, losses: Sequence[LeaderLoss]) -> None:
    rows = activity.series
    x = _centres([r.period for r in rows], activity.freq)
    bars(ax, x, [r.events for r in rows], _width_days(activity), BAR_COLOUR)
    rolling = [(xi, r.rolling_events) for xi, r in zip(x, rows, strict=True)]
    shown = [(xi, v) for xi, v in rolling if v is not None]
    if shown:
        ax.plot(*zip(*shown, strict=True), color=LINE_COLOUR, lw=1.3)
    for loss in losses:
        ax.axvline(loss.date, color=LOSS_COLOUR, lw=0.6, ls=(0, (2, 2)), alpha=0.7)
    ax.set_title(
        f"Events per {activity.freq} (bars), trailing {activity.rolling}-{activity.freq} mean "
        "(line); dashed: leadership losses"
    )
    ax.set_ylabel("events")
    if not rows:
        _empty(ax, "no dated events in this range")


def _deaths_panel(ax: Any, activity: TempoResult) -> None:
    rows = activity.series
    x = _centres([r.period for r in rows], activity.freq)
    deaths = [r.fatalities or 0 for r in rows]
    bars(ax, x, deaths, _width_days(activity), PALETTE[3])
    unknown = [xi for xi, r in zip(x, rows, strict=True) if r.events and r.fatalities is None]
    if unknown:
        ax.plot(unknown, [0] * len(unknown), "|", color=LINE_COLOUR, ms=6)
    ax.set_title(f"Deaths per {activity.freq}: sum of known tolls (tick: no toll known)")
    ax.set_ylabel("deaths")


def target_bands(mix: TargetsResult, top: int = TOP_TARGET_TYPES) -> MixBands:
    """The ``top`` most frequent target types, the rest pooled; shares of known targets."""
    totals: Counter[str] = Counter()
    for period in mix.periods:
        for count in period.counts:
            totals[count.target_type] += count.count
    shown = [name for name, _ in totals.most_common(top)]
    pooled = len(totals) > len(shown)
    labels = (*shown, "other types") if pooled else tuple(shown)
    shares: list[list[float]] = [[] for _ in labels]
    for period in mix.periods:
        known = sum(c.count for c in period.counts)
        by_type = {c.target_type: c.count for c in period.counts}
        for band, name in enumerate(shown):
            shares[band].append(by_type.get(name, 0) / known if known else 0.0)
        if pooled:
            rest = known - sum(by_type.get(name, 0) for name in shown)
            shares[-1].append(rest / known if known else 0.0)
    periods = tuple(p.period for p in mix.periods)
    return MixBands(periods, labels, tuple(tuple(s) for s in shares))


def _mix_panel(ax: Any, bands: MixBands) -> None:
    x = _centres(bands.periods, "month")
    bottom = [0.0] * len(x)
    for band, label in enumerate(bands.labels):
        colour = OTHER_COLOUR if label == "other types" else PALETTE[band % len(PALETTE)]
        values = [v * 100 for v in bands.shares[band]]
        bars(ax, x, values, 30.4 * BAR_FILL, colour, bottom=bottom, label=label)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_ylim(0, 100)
    ax.set_ylabel("% of attacks")
    ax.set_title("Target types: share of attacks with a known target")
    if bands.labels:
        handles, names = ax.get_legend_handles_labels()
        ax.legend(
            handles[::-1],  # top band first, as stacked
            names[::-1],
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            frameon=False,
            fontsize=7.5,
            borderaxespad=0,
        )
    else:
        _empty(ax, "no attack with a known target")


def _losses_panel(ax: Any, losses: Sequence[LeaderLoss]) -> None:
    level = {rank: i for i, rank in enumerate(reversed(RANKS))}
    for outcome, marker in (("killed", "x"), ("captured", "o")):
        picked = [loss for loss in losses if loss.outcome == outcome]
        if picked:
            ax.scatter(
                [loss.date for loss in picked],
                [level[loss.rank] for loss in picked],
                marker=marker,
                s=26,
                color=LOSS_COLOUR,
                facecolors="none" if marker == "o" else LOSS_COLOUR,
                linewidths=1.1,
                label=outcome,
            )
    ax.set_yticks(range(len(RANKS)), list(reversed(RANKS)))
    ax.set_ylim(-0.6, len(RANKS) - 0.4)
    ax.set_title("Leadership losses by rank (x killed, o captured)")
    if not losses:
        _empty(ax, "no leadership losses recorded in this range")


def _time_axis(ax: Any, activity: TempoResult) -> None:
    from matplotlib import dates as mdates

    if activity.series:
        first = activity.series[0].period
        last = activity.series[-1].period + dt.timedelta(days=31)
        ax.set_xlim(first, last)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(formatter)


def _empty(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color="#5b6570")


def _timeline_caption(
    activity: TempoResult, mix: TargetsResult, losses: Sequence[LeaderLoss]
) -> str:
    undated = sum(1 for loss in losses if loss.date is None)
    text = (
        f"{counted(activity.total_events, 'event')} ({activity.fatalities_known} with a known "
        f"toll, {counted(activity.total_fatalities, 'death')}); "
        f"{counted(mix.unknown_target, 'attack')} with an unknown target left out of the mix; "
        f"{counted(len(losses), 'leadership loss', 'leadership losses')}"
    )
    text += f" ({undated} undated, not drawn)." if undated else "."
    if activity.excluded_imprecise:
        text += (
            f" {counted(activity.excluded_imprecise, 'event')} dated only to a year or less "
            "not drawn."
        )
    return text


def counted(n: int, one: str, many: str | None = None) -> str:
    """``1 event``, ``2 events``: a count with its noun in the right number."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


# -- SVG output ----------------------------------------------------------------------------------
_XML_PROLOGUE = re.compile(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*", re.IGNORECASE)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')


def figure_svg(figure: Any, prefix: str) -> str:
    """The figure as one ``<svg>`` element: no prologue, no metadata, ids prefixed."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return scope_ids(clean_svg(buffer.getvalue()), prefix)


def clean_svg(svg: str) -> str:
    return _METADATA.sub("", _XML_PROLOGUE.sub("", svg)).strip()


def scope_ids(svg: str, prefix: str) -> str:
    """Prefix every element id and every ``#id`` reference, so inline SVGs never collide."""
    ids = set(_ID.findall(svg))
    if not ids:
        return svg
    alternatives = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
    svg = re.sub(rf'\bid="({alternatives})"', rf'id="{prefix}-\1"', svg)
    return re.sub(rf"#({alternatives})(?=[\")])", rf"#{prefix}-\1", svg)
