"""Which stage a handout is about on its print date, and the days its log covers."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import RehabError
from rehab_planner.model import Patient, Phase, Plan
from rehab_planner.plans.stage import (
    LOG_MAX_DAYS,
    Where,
    chosen_stage,
    log_dates,
    recovery_week,
    stage_on,
)

SURGERY = dt.date(2026, 11, 2)  # a Monday


def plan_with(*weeks: tuple[float, float | None]) -> Plan:
    phases = [Phase(name=f"Stage {n}", weeks_from=a, weeks_to=b)
              for n, (a, b) in enumerate(weeks, start=1)]
    return Plan(patient=Patient(name="Ann Lee"), procedure="Lumbar spinal fusion",
                surgery_date=SURGERY, phases=phases)


def day(n: int) -> dt.date:
    return SURGERY + dt.timedelta(days=n)


def test_week_of_recovery_counts_from_the_surgery_day() -> None:
    plan = plan_with((0, 6))
    assert [recovery_week(plan, day(n)) for n in (-1, 0, 6, 7, 31)] == [0, 1, 1, 2, 5]


def test_the_stage_of_the_print_date_and_the_next_one() -> None:
    plan = plan_with((0, 6), (6, 12), (12, 26))
    week5 = stage_on(plan, day(31))
    assert week5 is not None
    assert (week5.number, week5.count, week5.where, week5.week) == (1, 3, Where.IN_STAGE, 5)
    assert week5.total_weeks == 26 and week5.next_phase is plan.phases[1]
    # the day a stage ends is the first day of the next one: never both
    boundary = stage_on(plan, day(42))
    assert boundary is not None and boundary.number == 2


def test_before_surgery_after_the_last_stage_and_between_stages() -> None:
    plan = plan_with((0, 6), (8, 12))
    before = stage_on(plan, day(-3))
    assert before is not None and (before.number, before.where, before.week) == (
        1, Where.BEFORE_SURGERY, 0)
    gap = stage_on(plan, day(7 * 7))
    assert gap is not None and (gap.number, gap.where) == (1, Where.BETWEEN)
    after = stage_on(plan, day(7 * 30))
    assert after is not None and (after.number, after.where) == (2, Where.AFTER_LAST)
    late_start = plan_with((2, 6))
    first = stage_on(late_start, day(3))
    assert first is not None and first.where is Where.BEFORE_SURGERY
    assert stage_on(plan_with(), day(3)) is None


def test_open_ended_last_stage_has_no_total() -> None:
    plan = plan_with((0, 6), (6, None))
    late = stage_on(plan, day(400))
    assert late is not None and late.where is Where.IN_STAGE and late.total_weeks is None


def test_a_chosen_stage_says_so_unless_the_date_agrees() -> None:
    plan = plan_with((0, 6), (6, 12))
    assert chosen_stage(plan, 2, day(31)).where is Where.CHOSEN
    assert chosen_stage(plan, 1, day(31)).where is Where.IN_STAGE
    with pytest.raises(RehabError, match="no stage 3"):
        chosen_stage(plan, 3, day(31))


def test_the_log_starts_on_the_print_date_and_stops_at_the_stage_end() -> None:
    plan = plan_with((0, 6), (6, 12))
    first = plan.phases[0]
    assert log_dates(plan, first, day(31)) == [day(n) for n in range(31, 38)]
    assert log_dates(plan, first, day(39)) == [day(39), day(40), day(41)]  # ends with the stage
    assert log_dates(plan, plan.phases[1], day(31))[0] == day(42)  # a later stage: its start
    assert len(log_dates(plan, first, day(100))) == 7  # a stage that is over: one week


@given(offset=st.integers(min_value=-60, max_value=400),
       start=st.integers(min_value=0, max_value=20), length=st.integers(min_value=1, max_value=30),
       open_end=st.booleans())
def test_log_dates_are_consecutive_from_the_print_date_or_stage_start(
        offset: int, start: int, length: int, open_end: bool) -> None:
    plan = plan_with((start, None if open_end else start + length))
    printed = day(offset)
    days = log_dates(plan, plan.phases[0], printed)
    assert 1 <= len(days) <= LOG_MAX_DAYS
    assert days[0] == max(printed, day(round(start * 7)))
    assert all((b - a).days == 1 for a, b in itertools.pairwise(days))
    choice = stage_on(plan, printed)
    assert choice is not None and choice.phase is plan.phases[0]
