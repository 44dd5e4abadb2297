"""Analyses on synthetic histories with planted effects (fixed seeds, offline, fast)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from conflictdesk.analyse.decapitation import decapitation
from conflictdesk.analyse.frame import Column, EventFrame
from conflictdesk.analyse.leadership import leadership, rank_of
from conflictdesk.analyse.results import DECLINE, INCREASE, NO_CHANGE, NOT_ENOUGH_DATA
from conflictdesk.analyse.retaliation import retaliation
from conflictdesk.analyse.synthetic import decapitation_history, retaliation_history
from conflictdesk.analyse.tempo import tempo
from conflictdesk.errors import AnalysisError
from conflictdesk.model import Casualties, Event, PersonRef


def _event(event_id: str, day: dt.date | None, **fields: object) -> Event:
    return Event(event_id=event_id, event_date=day, date_precision="day", **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def small_events() -> list[Event]:
    return [
        _event(
            "e1",
            dt.date(2023, 1, 5),
            actor1="ISKP",
            event_type="Battles",
            fatalities=Casualties.exactly(3),
            admin1="Kabul",
        ),
        _event(
            "e2",
            dt.date(2023, 1, 20),
            actor1="ISKP",
            event_type="Battles",
            fatalities=Casualties(),
            admin1="Kunar",
        ),
        _event(
            "e3",
            dt.date(2023, 3, 2),
            claimed_by="ISKP",
            event_type="Battles",
            fatalities=Casualties.exactly(0),
            admin1="Kabul",
        ),
        _event(
            "e4",
            dt.date(2023, 3, 9),
            actor1="TALIBAN",
            event_type="Battles",
            fatalities=Casualties.exactly(7),
        ),
        _event("e5", None, actor1="ISKP", event_type="Battles"),
        Event(
            event_id="e6",
            event_date=dt.date(2023, 2, 1),
            date_precision="month",
            actor1="ISKP",
            event_type="Battles",
        ),
        _event("e7", dt.date(2023, 2, 2), actor1="ISKP", review_status="rejected"),
    ]


def test_frame_keeps_unknowns_unknown(small_events: list[Event]) -> None:
    frame = EventFrame.from_events(small_events)
    assert len(frame) == 6
    assert frame.n_rejected == 1
    assert np.isnan(frame.fatalities[1])
    assert frame.fatalities[2] == 0
    assert frame.actor_mask("ISKP").sum() == 5  # initiator or claimant
    assert frame.select(actor="ISKP", since=dt.date(2023, 1, 1)).sum() == 4  # undated dropped


def test_tempo_fills_empty_months_and_counts_known_deaths(small_events: list[Event]) -> None:
    frame = EventFrame.from_events(small_events)
    result = tempo(frame, actor="ISKP", freq="month", rolling=2)
    rows = [
        (p.period.isoformat(), p.events, p.fatalities, p.fatalities_known) for p in result.series
    ]
    assert rows == [
        ("2023-01-01", 2, 3, 1),
        ("2023-02-01", 1, None, 0),
        ("2023-03-01", 1, 0, 1),
    ]
    assert result.excluded_imprecise == 1  # the undated event
    assert [p.rolling_events for p in result.series] == [None, 1.5, 1.0]
    weekly = tempo(frame, actor="ISKP", freq="week")
    assert weekly.excluded_imprecise == 2  # the month-precise event too
    assert sum(p.events for p in weekly.series) == 3
    assert weekly.series[0].period.weekday() == 0  # weeks start on Monday


def test_tempo_by_group_sums_to_the_total(small_events: list[Event]) -> None:
    frame = EventFrame.from_events(small_events)
    grouped = tempo(frame, by="admin1")
    assert {p.group for p in grouped.series} == {"Kabul", "Kunar", "unknown"}
    assert sum(p.events for p in grouped.series) == tempo(frame).total_events
    with pytest.raises(AnalysisError):
        tempo(frame, freq="fortnight")


def test_frame_from_events_matches_the_array_path() -> None:
    history = decapitation_history(3, days=400, n_losses=2)
    rebuilt = EventFrame.from_events(history.events())
    assert np.array_equal(rebuilt.day, history.frame.day)
    assert np.array_equal(rebuilt.fatalities, history.frame.fatalities, equal_nan=True)
    first = decapitation(history.frame, actor="ISKP")
    second = decapitation(rebuilt, actor="ISKP")
    assert first.to_dict() == second.to_dict()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_halved_rate_after_leader_deaths_is_found(seed: int) -> None:
    history = decapitation_history(seed, effect=0.5)
    result = decapitation(history.frame, actor="ISKP")
    assert result.verdict == DECLINE
    assert result.ci_high is not None
    assert result.ci_high < 1
    assert result.rate_ratio is not None
    assert 0.35 < result.rate_ratio < 0.7
    assert result.n_losses == 8
    assert result.placebo_p_value is not None
    assert result.placebo_p_value <= 0.05


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_no_change_history_yields_no_claim(seed: int) -> None:
    history = decapitation_history(seed, effect=1.0)
    result = decapitation(history.frame, actor="ISKP")
    assert result.verdict == NO_CHANGE
    assert result.ci_low is not None
    assert result.ci_high is not None
    assert result.ci_low < 1 < result.ci_high


def test_decapitation_counts_edge_losses_and_refuses_thin_data() -> None:
    history = decapitation_history(4, days=400, n_losses=2)
    cut = decapitation(
        history.frame,
        actor="ISKP",
        coverage=(history.loss_dates[0] - dt.timedelta(days=5), history.end),
    )
    assert cut.n_losses_dropped == 1
    assert cut.n_losses == 1
    thin = decapitation_history(4, days=400, n_losses=2, base_rate=0.05)
    result = decapitation(thin.frame, actor="ISKP")
    assert result.verdict == NOT_ENOUGH_DATA
    assert result.rate_ratio is None


def test_losses_closer_than_a_window_form_one_episode() -> None:
    day = dt.date(2021, 6, 1)
    events = [
        _event(f"a{i}", day + dt.timedelta(days=i - 200), actor1="ISKP", event_type="Battles")
        for i in range(400)
    ]
    events += [
        _event(
            "l1",
            day,
            actor2="ISKP",
            tags=("leader_killed",),
            persons=(PersonRef(name="A", role="emir", outcome="killed"),),
        ),
        _event(
            "l2",
            day + dt.timedelta(days=10),
            actor2="ISKP",
            tags=("leader_captured",),
            persons=(PersonRef(name="B", role="deputy leader", outcome="captured"),),
        ),
    ]
    result = decapitation(EventFrame.from_events(events), actor="ISKP", window=30)
    assert result.n_episodes == 1
    assert result.n_losses == 2
    assert result.before == 30
    assert result.after == 30
    assert result.rate_ratio == pytest.approx(1.0)


def test_leadership_by_month_and_rank() -> None:
    events = [
        _event(
            "l1",
            dt.date(2022, 1, 3),
            actor2="ISKP",
            tags=("leader_killed",),
            persons=(
                PersonRef(name="A", role="emir of the province", outcome="killed"),
                PersonRef(name="B", role="deputy leader", outcome="killed"),
            ),
        ),
        _event(
            "l1b",
            dt.date(2022, 1, 3),
            actor2="ISKP",
            tags=("leader_killed",),
            persons=(PersonRef(name="A", role="emir", outcome="killed"),),
        ),
        _event("l2", dt.date(2022, 2, 9), actor2="TTP", tags=("leader_captured",)),
    ]
    frame = EventFrame.from_events(events)
    result = leadership(frame, actor="ISKP")
    assert [(c.key, c.count) for c in result.by_month] == [("2022-01", 2)]
    assert [(c.key, c.count) for c in result.by_rank] == [("leader", 1), ("deputy", 1)]
    everyone = leadership(frame)
    assert len(everyone.losses) == 3
    assert everyone.losses[-1].outcome == "captured"
    assert rank_of("military chief") == "commander"
    assert rank_of("shadow governor") == "commander"
    assert rank_of("spokesman") == "other"


@pytest.mark.parametrize("seed", [0, 1])
def test_planted_retaliation_lag_is_recovered(seed: int) -> None:
    history = retaliation_history(seed, lag=3, boost=1.0)
    result = retaliation(history.frame, source="TALIBAN", target="ISKP")
    assert result.verdict == INCREASE
    assert result.lag_days == 3
    assert result.ci_low is not None
    assert result.ci_low > 1
    assert result.model_deviance is not None
    assert result.baseline_deviance is not None
    assert result.model_deviance < result.baseline_deviance
    reverse = retaliation(history.frame, source="ISKP", target="TALIBAN")
    assert reverse.verdict == NO_CHANGE


def test_no_retaliation_when_none_planted() -> None:
    history = retaliation_history(7, boost=0.0)
    result = retaliation(history.frame, source="TALIBAN", target="ISKP")
    assert result.verdict == NO_CHANGE


def test_results_round_trip_to_json(small_events: list[Event]) -> None:
    history = decapitation_history(1)
    frame = EventFrame.from_events(small_events)
    results = [
        tempo(frame, freq="week", by="actor1"),
        decapitation(history.frame, actor="ISKP"),
        retaliation(retaliation_history(0).frame, source="TALIBAN", target="ISKP"),
        leadership(history.frame),
    ]
    for result in results:
        record = result.to_dict()
        assert json.loads(json.dumps(record, allow_nan=False)) == record
    decap = results[1].to_dict()
    for key in (
        "rate_ratio",
        "ci_low",
        "ci_high",
        "n_losses",
        "placebo_rate_ratio",
        "before",
        "after",
    ):
        assert key in decap
    retal = results[2].to_dict()
    for key in ("lag_days", "effect", "ci_low", "ci_high", "baseline_deviance", "model_deviance"):
        assert key in retal
    assert tempo(frame).to_dict()["series"][0]["period"] == "2023-01-01"


def test_overdispersed_counts_switch_to_negative_binomial() -> None:
    rng = np.random.default_rng(21)
    days = 730
    a_counts = rng.poisson(0.4, size=days)
    shifted = np.concatenate((np.zeros(3), a_counts[:-3])).astype(np.float64)
    noise = rng.gamma(0.5, 2.0, size=days)  # mean 1, variance 2: strongly overdispersed
    b_counts = rng.poisson((0.6 + 1.5 * shifted) * noise)
    start = dt.date(2020, 1, 1).toordinal()
    day = np.concatenate(
        (np.repeat(np.arange(days), a_counts), np.repeat(np.arange(days), b_counts))
    )
    actor = np.concatenate((np.zeros(a_counts.sum()), np.ones(b_counts.sum()))).astype(np.int32)
    frame = EventFrame.from_arrays(
        day=day + start,
        actor1=Column(actor, ("TALIBAN", "ISKP")),
        event_type=Column(np.zeros(day.size, dtype=np.int32), ("Battles",)),
    )
    result = retaliation(frame, source="TALIBAN", target="ISKP")
    assert result.family == "negative binomial"
    assert result.nb_alpha is not None
    assert result.lag_days == 3
    assert result.verdict == INCREASE


def test_take_keeps_persons_with_their_events() -> None:
    history = decapitation_history(5, days=400, n_losses=2)
    frame = history.frame
    keep = frame.select(since=history.loss_dates[1] - dt.timedelta(days=1))
    part = frame.take(keep)
    losses = leadership(part).losses
    assert [loss.date for loss in losses] == [history.loss_dates[1]]
    assert losses[0].name == "Leader 2"
    assert losses[0].rank == "leader"
