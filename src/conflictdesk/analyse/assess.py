"""Assessments: a verdict on one question about one actor, with the indicators behind it.

The assessment period ``since``..``until`` (default: the last ``DEFAULT_DAYS`` days of data) is
cut into two halves of equal length: the first half is the baseline, the second the recent
period. Every indicator is computed by the analysis functions themselves (``tempo``,
``geography``, ``targets``) with the same filters, so an assessment's numbers are the numbers
``analyse`` gives.

Question "influence" -- indicators and how each one's direction is decided:

| indicator          | value (recent) and baseline        | change and its interval          |
|--------------------|------------------------------------|----------------------------------|
| tempo              | events per 30 days                 | rate ratio, exact conditional    |
| lethality          | deaths per event with known toll   | ratio of means, bootstrap        |
| reach              | provinces reached per month (mean) | difference, Welch t over months  |
| high-profile share | share of known targets             | difference, Newcombe             |

An indicator is "up" or "down" when its change interval excludes no-change (1 for ratios, 0 for
differences), otherwise "flat". Verdict score = 3 x tempo + lethality + reach + high-profile
(up = +1, down = -1): "rising" at ``VERDICT_SCORE`` (2) or more, "declining" at -2 or less,
else "stable". So a clear change in tempo makes the verdict unless two other indicators contradict
it, and without one, two others must agree. Tempo weighs most because it is the most direct and
best measured; one secondary indicator alone never makes a claim, since with three of them
tested at 5% one is falsely "significant" in about one history in seven.

Question "targets": the high-profile share, the civilian and the security-force shares, and the
chi-square test of the whole mix; the verdict follows the high-profile share.

Fewer than ``MIN_EVENTS`` events in the two halves together: "not enough data", no claim.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Final

import numpy as np
from scipy import stats as scipy_stats

from conflictdesk.analyse.bootstrap import interval, mean_draws
from conflictdesk.analyse.frame import EventFrame, FloatArray
from conflictdesk.analyse.geography import geography
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.analyse.stats import (
    LEVEL,
    Estimate,
    newcombe,
    poisson_interval,
    rate_ratio,
    wilson,
)
from conflictdesk.analyse.targets import ShareChange, TargetsResult, targets
from conflictdesk.analyse.tempo import TempoResult, tempo
from conflictdesk.errors import AnalysisError
from conflictdesk.vocab import HIGH_PROFILE_TARGETS

RISING: Final[str] = "rising"
STABLE: Final[str] = "stable"
DECLINING: Final[str] = "declining"
NOT_ENOUGH_DATA: Final[str] = "not enough data"
QUESTIONS: Final[tuple[str, ...]] = ("influence", "targets")

DEFAULT_DAYS: Final[int] = 365
MIN_EVENTS: Final[int] = 20
VERDICT_SCORE: Final[int] = 2
TEMPO_WEIGHT: Final[int] = 3
MAX_CITATIONS: Final[int] = 12
RATE_DAYS: Final[int] = 30
CIVILIAN_TARGETS: Final[tuple[str, ...]] = (
    "Private Citizens & Property",
    "Educational Institution",
    "Religious Figures/Institutions",
    "Business",
    "Transportation",
)
SECURITY_TARGETS: Final[tuple[str, ...]] = ("Military", "Police")
REPORTING_BIAS: Final[str] = (
    "Counts are of events reported in the loaded sources, not of all events: attacks in cities "
    "and on prominent targets are reported more often than rural ones, and coverage changes "
    "over time with the sources themselves."
)


@dataclass(frozen=True, slots=True)
class Indicator(JsonRecord):
    name: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    baseline: float | None
    unit: str
    explanation: str
    change: float | None
    change_ci_low: float | None
    change_ci_high: float | None
    direction: str


@dataclass(frozen=True, slots=True)
class Assessment(JsonRecord):
    actor: str
    question: str
    verdict: str
    since: dt.date
    until: dt.date
    recent_start: dt.date
    indicators: tuple[Indicator, ...]
    caveats: tuple[str, ...]
    cited_event_ids: tuple[str, ...]
    events_baseline: int
    events_recent: int


@dataclass(frozen=True, slots=True)
class Halves:
    since: dt.date
    middle: dt.date  # first day of the recent half
    until: dt.date

    @property
    def days(self) -> int:
        return (self.until - self.middle).days + 1

    @property
    def baseline_end(self) -> dt.date:
        return self.middle - dt.timedelta(days=1)


def assess(
    frame: EventFrame,
    *,
    actor: str,
    question: str = "influence",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Assessment:
    """Verdict (rising / stable / declining / not enough data) with indicators and caveats."""
    if question not in QUESTIONS:
        raise AnalysisError(f"unknown question {question!r}", remedy="use influence or targets")
    halves = _halves(frame, since, until)
    before = tempo(frame, actor=actor, since=halves.since, until=halves.baseline_end)
    after = tempo(frame, actor=actor, since=halves.middle, until=halves.until)
    mix = targets(frame, actor=actor, split=halves.middle, since=halves.since, until=halves.until)
    indicators: tuple[Indicator, ...]
    if question == "influence":
        indicators = (
            _tempo_indicator(before, after, halves),
            _lethality_indicator(frame, actor, halves),
            _reach_indicator(frame, actor, halves),
            _share_indicator(
                "high-profile share",
                mix.high_profile,
                "diplomatic, government and religious targets among attacks with a known target",
            ),
        )
        verdict = _influence_verdict(indicators)
    else:
        indicators = _target_indicators(mix)
        verdict = _direction_verdict(indicators[0].direction)
    if before.total_events + after.total_events < MIN_EVENTS:
        verdict = NOT_ENOUGH_DATA
    return Assessment(
        actor=actor,
        question=question,
        verdict=verdict,
        since=halves.since,
        until=halves.until,
        recent_start=halves.middle,
        indicators=indicators,
        caveats=_caveats(frame, actor, halves, before, after, mix),
        cited_event_ids=_citations(frame, actor, halves),
        events_baseline=before.total_events,
        events_recent=after.total_events,
    )


def _halves(frame: EventFrame, since: dt.date | None, until: dt.date | None) -> Halves:
    span = frame.day_range()
    if span is None:
        raise AnalysisError("no dated events", remedy="load events with dates first")
    end = until or dt.date.fromordinal(span[1])
    start = since or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    total = (end - start).days + 1
    if total < 2:
        raise AnalysisError(f"period {start}..{end} is too short", remedy="widen --since/--until")
    return Halves(start, start + dt.timedelta(days=total // 2 + total % 2), end)


def _direction(estimate: Estimate, reference: float) -> str:
    if estimate.value is None:
        return "unknown"
    if estimate.low is not None and estimate.low > reference:
        return "up"
    if estimate.high is not None and estimate.high < reference:
        return "down"
    return "flat"


def _tempo_indicator(before: TempoResult, after: TempoResult, halves: Halves) -> Indicator:
    days_before = (halves.baseline_end - halves.since).days + 1
    scale = RATE_DAYS / halves.days
    count = poisson_interval(after.total_events)
    change = rate_ratio(after.total_events, halves.days, before.total_events, days_before)
    return Indicator(
        name="tempo",
        value=after.total_events * scale,
        ci_low=(count.low or 0.0) * scale,
        ci_high=(count.high or 0.0) * scale,
        baseline=before.total_events * RATE_DAYS / days_before,
        unit=f"events per {RATE_DAYS} days",
        explanation="events of the actor (initiated or claimed), recent half against the "
        "baseline half; change is the rate ratio",
        change=change.value,
        change_ci_low=change.low,
        change_ci_high=change.high,
        direction=_direction(change, 1.0),
    )


def _deaths(frame: EventFrame, actor: str, since: dt.date, until: dt.date) -> FloatArray:
    """Known death tolls of the actor's events, with the date filter ``tempo`` uses by month."""
    mask = frame.select(actor=actor, since=since, until=until) & frame.dated_mask("month")
    deaths = frame.fatalities[mask]
    return deaths[~np.isnan(deaths)]


def _lethality_indicator(frame: EventFrame, actor: str, halves: Halves) -> Indicator:
    old = _deaths(frame, actor, halves.since, halves.baseline_end)
    new = _deaths(frame, actor, halves.middle, halves.until)
    old_draws, new_draws = mean_draws(old, seed=1), mean_draws(new, seed=2)
    new_mean = float(new.mean()) if new.size else None
    old_mean = float(old.mean()) if old.size else None
    value = interval(new_draws, new_mean)
    ratio = new_mean / old_mean if new_mean is not None and old_mean else None
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio_draws = new_draws / old_draws if old_draws.size and new_draws.size else np.empty(0)
    change = interval(ratio_draws, ratio)
    return Indicator(
        name="lethality",
        value=new_mean,
        ci_low=value.low,
        ci_high=value.high,
        baseline=old_mean,
        unit="deaths per event",
        explanation="mean deaths over events with a known toll (unknown tolls left out); "
        "change is the ratio of means with a bootstrap interval",
        change=change.value,
        change_ci_low=change.low if ratio is not None else None,
        change_ci_high=change.high if ratio is not None else None,
        direction=_direction(change, 1.0) if ratio is not None else "unknown",
    )


def _monthly_reach(frame: EventFrame, actor: str, since: dt.date, until: dt.date) -> FloatArray:
    series = geography(frame, actor=actor, since=since, until=until, violent_only=False).series
    return np.array([p.provinces for p in series], dtype=np.float64)


def _reach_indicator(frame: EventFrame, actor: str, halves: Halves) -> Indicator:
    old = _monthly_reach(frame, actor, halves.since, halves.baseline_end)
    new = _monthly_reach(frame, actor, halves.middle, halves.until)
    value, change = _t_interval(new), _welch(new, old)
    return Indicator(
        name="reach",
        value=value.value,
        ci_low=value.low,
        ci_high=value.high,
        baseline=float(old.mean()) if old.size else None,
        unit="provinces reached per month",
        explanation="mean number of provinces with at least one event of the actor per calendar "
        "month; change is the difference with a Welch interval",
        change=change.value,
        change_ci_low=change.low,
        change_ci_high=change.high,
        direction=_direction(change, 0.0),
    )


def _t_interval(values: FloatArray) -> Estimate:
    """Mean with a t interval; used for counts, so the interval never goes below zero."""
    if values.size < 2:
        return Estimate(float(values.mean()) if values.size else None, None, None)
    half = (
        float(scipy_stats.t.ppf(0.5 + LEVEL / 2, values.size - 1))
        * float(values.std(ddof=1))
        / math.sqrt(values.size)
    )
    mean = float(values.mean())
    return Estimate(mean, max(mean - half, 0.0), mean + half)


def _welch(new: FloatArray, old: FloatArray) -> Estimate:
    if new.size < 2 or old.size < 2:
        return Estimate(None, None, None)
    var_new, var_old = new.var(ddof=1) / new.size, old.var(ddof=1) / old.size
    diff = float(new.mean() - old.mean())
    se = math.sqrt(float(var_new + var_old))
    if se == 0:
        return Estimate(diff, diff, diff)
    dof = (var_new + var_old) ** 2 / (var_new**2 / (new.size - 1) + var_old**2 / (old.size - 1))
    half = float(scipy_stats.t.ppf(0.5 + LEVEL / 2, float(dof))) * se
    return Estimate(diff, diff - half, diff + half)


def _share_indicator(name: str, change: ShareChange, what: str) -> Indicator:
    value = wilson(change.after, change.n_after)
    estimate = Estimate(change.difference, change.ci_low, change.ci_high)
    return Indicator(
        name=name,
        value=change.share_after,
        ci_low=value.low,
        ci_high=value.high,
        baseline=change.share_before,
        unit="share of attacks",
        explanation=f"{what}; change is the difference in share with a Newcombe interval",
        change=change.difference,
        change_ci_low=change.ci_low,
        change_ci_high=change.ci_high,
        direction=_direction(estimate, 0.0),
    )


def _group_share(mix: TargetsResult, name: str, members: tuple[str, ...]) -> ShareChange:
    rows = [s for s in mix.shares if s.target_type in members]
    before, after = sum(s.before for s in rows), sum(s.after for s in rows)
    change = newcombe(before, mix.before_known, after, mix.after_known)
    return ShareChange(
        target_type=name,
        before=before,
        after=after,
        n_before=mix.before_known,
        n_after=mix.after_known,
        share_before=before / mix.before_known if mix.before_known else None,
        share_after=after / mix.after_known if mix.after_known else None,
        difference=change.value,
        ci_low=change.low,
        ci_high=change.high,
    )


def _target_indicators(mix: TargetsResult) -> tuple[Indicator, ...]:
    mix_changed = mix.p_value is not None and mix.p_value < 0.05
    return (
        _share_indicator(
            "high-profile share",
            mix.high_profile,
            "diplomatic, government and religious targets among attacks with a known target",
        ),
        _share_indicator(
            "civilian share",
            _group_share(mix, "civilian", CIVILIAN_TARGETS),
            "private citizens, schools, places of worship, businesses, transport",
        ),
        _share_indicator(
            "security-force share",
            _group_share(mix, "security", SECURITY_TARGETS),
            "military and police targets",
        ),
        Indicator(
            name="target mix change",
            value=mix.cramers_v,
            ci_low=None,
            ci_high=None,
            baseline=0.0,
            unit="Cramér's V",
            explanation="size of the change in the whole target mix between the halves "
            f"(0 = none); chi-square p = {_fmt(mix.p_value)}",
            change=None,
            change_ci_low=None,
            change_ci_high=None,
            direction="changed" if mix_changed else ("flat" if mix.p_value else "unknown"),
        ),
    )


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3g}"


def _influence_verdict(indicators: tuple[Indicator, ...]) -> str:
    weight = {"tempo": TEMPO_WEIGHT}
    sign = {"up": 1, "down": -1}
    score = sum(weight.get(i.name, 1) * sign.get(i.direction, 0) for i in indicators)
    if score >= VERDICT_SCORE:
        return RISING
    if score <= -VERDICT_SCORE:
        return DECLINING
    return STABLE


def _direction_verdict(direction: str) -> str:
    return {"up": RISING, "down": DECLINING}.get(direction, STABLE)


def _caveats(
    frame: EventFrame,
    actor: str,
    halves: Halves,
    before: TempoResult,
    after: TempoResult,
    mix: TargetsResult,
) -> tuple[str, ...]:
    mask = frame.select(actor=actor, since=halves.since, until=halves.until)
    used = int(np.count_nonzero(mask))
    unreviewed = int(np.count_nonzero(mask & frame.review_status.equals("machine")))
    unreviewed += int(np.count_nonzero(mask & ~frame.review_status.known()))
    span = frame.day_range()
    assert span is not None
    notes = [REPORTING_BIAS]
    first, last = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
    if halves.since < first or halves.until > last:
        notes.append(
            f"The database covers {first}..{last} only; the period {halves.since}.."
            f"{halves.until} reaches outside it, so part of it has no data at all."
        )
    if unreviewed:
        notes.append(f"{unreviewed} of {used} events relied on are still unreviewed.")
    excluded = before.excluded_imprecise + after.excluded_imprecise
    if excluded:
        notes.append(f"{excluded} events with a date vaguer than a month are left out.")
    unknown = before.total_events + after.total_events - before.fatalities_known
    unknown -= after.fatalities_known
    if unknown:
        notes.append(f"{unknown} events have an unknown death toll, left out of lethality.")
    if mix.unknown_target:
        notes.append(f"{mix.unknown_target} attacks have an unknown target, left out of shares.")
    return tuple(notes)


def _citations(frame: EventFrame, actor: str, halves: Halves) -> tuple[str, ...]:
    """The deadliest and high-profile events of each half, recent half first."""
    picked: list[str] = []
    high = frame.target_type.isin(HIGH_PROFILE_TARGETS)
    for since, until, quota in (
        (halves.middle, halves.until, MAX_CITATIONS * 2 // 3),
        (halves.since, halves.baseline_end, MAX_CITATIONS - MAX_CITATIONS * 2 // 3),
    ):
        rows = np.flatnonzero(frame.select(actor=actor, since=since, until=until))
        deaths = np.nan_to_num(frame.fatalities[rows], nan=-1.0)
        order = np.lexsort((frame.day[rows], -deaths, ~high[rows]))
        picked += [str(frame.event_id[r]) for r in rows[order[:quota]]]
    return tuple(picked)
