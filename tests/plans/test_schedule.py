"""Phase dates are computed from the surgery date."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Phase, Plan
from rehab_planner.plans.schedule import current_phase, format_phase_dates, phase_title


def _plan() -> Plan:
    return Plan.model_validate({
        "patient": {"name": "José Núñez"}, "procedure": "Lumbar fusion", "surgery_date": "2026-11-02",
        "phases": [{"name": "Protection", "weeks_from": 0, "weeks_to": 6},
                   {"name": "Stabilisation", "weeks_from": 6, "weeks_to": 12},
                   {"name": "Return", "weeks_from": 12}],
    })


def test_phase_title_matches_the_issue_example() -> None:
    plan = _plan()
    assert phase_title(plan, plan.phases[0]) == "Weeks 0 to 6: 2 Nov to 14 Dec 2026"


def test_phase_across_new_year_names_both_years() -> None:
    plan = _plan()
    assert format_phase_dates(plan, plan.phases[1]) == "14 Dec 2026 to 25 Jan 2027"
    assert phase_title(plan, plan.phases[2]) == "Week 12 on: From 25 Jan 2027"


def test_dates_follow_the_surgery_date() -> None:
    plan = _plan().model_copy(update={"surgery_date": dt.date(2027, 3, 1)})
    assert phase_title(plan, plan.phases[0]) == "Weeks 0 to 6: 1 Mar to 12 Apr 2027"


def test_current_phase() -> None:
    plan = _plan()
    assert current_phase(plan, dt.date(2026, 11, 20)).name == "Protection"
    assert current_phase(plan, dt.date(2027, 6, 1)).name == "Return"
    assert current_phase(plan, dt.date(2026, 10, 1)) is None


def test_fractional_weeks() -> None:
    plan = _plan()
    phase = Phase(name="x", weeks_from=0.5, weeks_to=1.5)
    assert format_phase_dates(plan, phase) == "6 Nov to 13 Nov 2026"
