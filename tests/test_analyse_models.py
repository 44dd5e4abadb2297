"""Trend, targets, geography, Hawkes and assessments on synthetic histories (fixed seeds)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from conflictdesk.analyse.assess import DECLINING, NOT_ENOUGH_DATA, RISING, STABLE, assess
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.geography import geography
from conflictdesk.analyse.hawkes import fit_actor_hawkes, fit_hawkes, simulate_hawkes
from conflictdesk.analyse.results import DECLINE, INCREASE, NO_CHANGE
from conflictdesk.analyse.synthetic import targets_history, trend_history
from conflictdesk.analyse.targets import targets
from conflictdesk.analyse.tempo import tempo
from conflictdesk.analyse.trend import change_points, trend
from conflictdesk.errors import AnalysisError, NotEnoughData
from conflictdesk.model import Event


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_planted_trend_is_found(seed: int) -> None:
    rising = trend(trend_history(seed, start_rate=1.0, end_rate=2.0).frame, actor="ISKP")
    assert rising.verdict == INCREASE
    assert rising.ci_low is not None
    assert rising.ci_low > 1
    falling = trend(trend_history(seed, start_rate=2.0, end_rate=1.0).frame, actor="ISKP")
    assert falling.verdict == DECLINE


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_no_trend_and_no_change_point_when_none_planted(seed: int) -> None:
    result = trend(trend_history(seed, start_rate=1.5, end_rate=1.5).frame, actor="ISKP")
    assert result.verdict == NO_CHANGE
    assert result.change_points == ()
    assert result.baseline_mae is not None


def test_planted_step_is_located() -> None:
    history = trend_history(5, step_day=730, step_factor=1.6)
    result = trend(history.frame, actor="ISKP")
    assert len(result.change_points) == 1
    point = result.change_points[0]
    assert abs((point.period - dt.date(2021, 1, 1)).days) <= 62
    assert point.rate_after / point.rate_before == pytest.approx(1.6, rel=0.2)


def test_change_points_on_a_clean_step() -> None:
    counts = np.array([10.0] * 12 + [30.0] * 12)
    assert [k for k, _, _ in change_points(counts)] == [12]


def test_trend_refuses_a_short_history() -> None:
    history = trend_history(1, days=200)
    assert trend(history.frame, actor="ISKP").verdict == "not enough data"


def test_planted_target_shift_is_found() -> None:
    history = targets_history(1, share_before=0.1, share_after=0.3)
    result = targets(history.frame, actor="ISKP", split=dt.date(2020, 1, 1))
    assert result.verdict == INCREASE
    assert result.high_profile.ci_low is not None
    assert result.high_profile.ci_low > 0
    assert result.p_value is not None
    assert result.p_value < 0.001
    known = sum(p.events - p.unknown_target for p in result.periods)
    assert known == result.before_known + result.after_known


def test_no_target_shift_when_none_planted() -> None:
    result = targets(targets_history(2).frame, actor="ISKP", split=dt.date(2020, 1, 1))
    assert result.verdict == NO_CHANGE
    assert result.p_value is not None
    assert result.p_value > 0.05


def test_geography_counts_reach_and_concentration() -> None:
    events = [
        Event(
            event_id=f"g{i}",
            event_date=dt.date(2022, 1 + i // 4, 1 + i),
            date_precision="day",
            actor1="ISKP",
            event_type="Battles",
            admin1=province,
            admin2=f"{province} d{i % 2}" if province else None,
        )
        for i, province in enumerate(["Kabul", "Kabul", "Kunar", None, "Kabul", "Balkh"])
    ]
    result = geography(EventFrame.from_events(events), actor="ISKP")
    first, second = result.series
    assert (first.events, first.located, first.provinces, first.districts) == (4, 3, 2, 3)
    assert first.concentration == pytest.approx((2 / 3) ** 2 + (1 / 3) ** 2)
    assert first.top_province == "Kabul"
    assert (second.provinces, second.provinces_baseline, second.new_provinces) == (2, 2, 1)
    assert result.unlocated == 1
    assert result.provinces_total == 3


def test_univariate_hawkes_parameters_are_recovered() -> None:
    (times,) = simulate_hawkes([0.5], [[0.6]], decay=1.2, horizon=3000, seed=1)
    fit = fit_hawkes([times], 3000)
    assert fit.baseline[0] == pytest.approx(0.5, rel=0.2)
    assert fit.excitation[0][0] == pytest.approx(0.6, abs=0.1)
    assert fit.decay == pytest.approx(1.2, rel=0.25)
    assert fit.log_likelihood > fit.poisson_log_likelihood


def test_bivariate_hawkes_finds_the_one_way_excitation() -> None:
    truth = [[0.2, 0.0], [0.5, 0.2]]
    a, b = simulate_hawkes([0.3, 0.3], truth, decay=1.0, horizon=3000, seed=2)
    fit = fit_hawkes([a, b], 3000, marks=["A", "B"])
    assert np.allclose(fit.excitation, truth, atol=0.1)
    assert fit.baseline == pytest.approx((0.3, 0.3), rel=0.25)
    assert fit.decay == pytest.approx(1.0, rel=0.3)
    assert json.loads(json.dumps(fit.to_dict())) == fit.to_dict()


def test_hawkes_refuses_too_few_events() -> None:
    history = trend_history(1, days=30, start_rate=0.1, end_rate=0.1)
    with pytest.raises(NotEnoughData):
        fit_actor_hawkes(history.frame, ["ISKP"])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_assessment_claims_no_change_on_a_flat_history(seed: int) -> None:
    history = trend_history(seed, start_rate=1.0, end_rate=1.0)
    result = assess(history.frame, actor="ISKP")
    assert result.verdict == STABLE
    tempo_indicator = result.indicators[0]
    assert tempo_indicator.change_ci_low is not None
    assert tempo_indicator.change_ci_high is not None
    assert tempo_indicator.change_ci_low < 1 < tempo_indicator.change_ci_high


def test_assessment_sees_a_rise_and_a_fall() -> None:
    up = trend_history(3, step_day=1460 - 180, step_factor=1.6)
    assert assess(up.frame, actor="ISKP").verdict == RISING
    down = trend_history(3, step_day=1460 - 180, step_factor=0.6)
    assert assess(down.frame, actor="ISKP").verdict == DECLINING


def test_assessment_numbers_equal_the_analyses() -> None:
    frame = trend_history(4).frame
    since, until = dt.date(2021, 1, 1), dt.date(2022, 12, 30)
    result = assess(frame, actor="ISKP", since=since, until=until)
    recent = tempo(frame, actor="ISKP", since=result.recent_start, until=until)
    assert result.events_recent == recent.total_events
    assert result.indicators[0].value == pytest.approx(
        recent.total_events * 30 / ((until - result.recent_start).days + 1)
    )
    mix = targets(frame, actor="ISKP", split=result.recent_start, since=since, until=until)
    assert result.indicators[3].value == mix.high_profile.share_after
    assert len(result.cited_event_ids) == 12
    assert set(result.cited_event_ids) <= set(frame.event_id.tolist())
    assert any("unreviewed" in caveat for caveat in result.caveats)
    assert json.loads(json.dumps(result.to_dict(), allow_nan=False)) == result.to_dict()


def test_assessment_of_targets_and_of_thin_data() -> None:
    shifted = targets_history(1, share_before=0.1, share_after=0.3)
    result = assess(
        shifted.frame,
        actor="ISKP",
        question="targets",
        since=dt.date(2019, 7, 3),
        until=dt.date(2020, 6, 30),
    )
    assert result.verdict == RISING
    assert result.indicators[0].name == "high-profile share"
    assert assess(shifted.frame, actor="TTP").verdict == NOT_ENOUGH_DATA
    with pytest.raises(AnalysisError):
        assess(shifted.frame, actor="ISKP", question="morale")
