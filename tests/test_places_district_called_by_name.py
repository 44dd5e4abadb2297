"""A bare name the report has called a district stands for the district, not for the town
that is its seat; a report that also calls the name a town keeps the town."""

from __future__ import annotations

from conflictdesk.extract.places import called_a_district, place_of
from conflictdesk.resolve.registry import load_registry


def _district(report: str, sentence: str) -> str | None:
    registry = load_registry()
    start = report.index(sentence)
    fix = place_of(sentence, registry, offset=start)
    assert fix is not None
    assert fix.location is not None
    return called_a_district(fix, report, registry)


def test_a_name_called_a_district_earlier_is_the_district() -> None:
    later = "Last spring a roadside mine killed two shepherds in Qaysar."
    report = f"Drones struck a compound in Qaysar district overnight. {later}"
    assert _district(report, later) == "Qaysar district"


def test_a_name_also_called_a_town_stays_the_town() -> None:
    later = "Last spring a roadside mine killed two shepherds in Qaysar."
    report = (
        f"Drones struck a compound in Qaysar district overnight, near the town of Qaysar. {later}"
    )
    assert _district(report, later) is None


def test_a_district_centre_is_the_town() -> None:
    later = "Last spring a roadside mine killed two shepherds in Qaysar."
    report = f"Shops were shut in the Qaysar district centre on Sunday. {later}"
    assert _district(report, later) is None


def test_a_name_never_called_a_district_is_left_alone() -> None:
    later = "Last spring a roadside mine killed two shepherds in Qaysar."
    report = f"Drones struck a compound in Faryab province overnight. {later}"
    assert _district(report, later) is None
