"""Which stage a handout is about on its print date, and the days its exercise log covers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rehab_planner.errors import RehabError
from rehab_planner.model import Phase, Plan
from rehab_planner.plans.criteria import held_index
from rehab_planner.plans.schedule import phase_dates

# The dated log covers the rest of the stage, at most a week (one grid on one page); the blank
# week to copy covers the days after that.
LOG_MAX_DAYS = 7
LOG_OPEN_DAYS = 7  # a stage with no end (or already over) gets one dated week


class Where(StrEnum):
    """How the stage relates to the print date."""

    IN_STAGE = "in_stage"  # the print date falls in the stage
    BEFORE_SURGERY = "before_surgery"  # printed before surgery: the first stage
    BETWEEN = "between"  # a gap between stages: the last one that started
    AFTER_LAST = "after_last"  # every stage has ended: the last one
    CHOSEN = "chosen"  # the therapist picked a stage other than the one the date gives
    MOVED = "moved"  # the therapist moved the patient on (exit criteria met) before the date
    HELD = "held"  # a stage that ends on its criteria holds the patient past its weeks


@dataclass(frozen=True)
class StageChoice:
    """The stage a handout is about and where the patient is on the print date."""

    phase: Phase
    number: int  # 1-based, in plan order
    count: int  # stages in the plan
    where: Where
    week: int  # the week of recovery on the print date (1: the first week); 0 before surgery
    total_weeks: float | None  # where the last stage ends, in weeks; None when it has no end
    next_phase: Phase | None


def recovery_week(plan: Plan, day: dt.date) -> int:
    """The week of recovery a day falls in: 1 for the surgery day to day 6, 0 before surgery."""
    days = (day - plan.surgery_date).days
    return 0 if days < 0 else days // 7 + 1


def _total_weeks(plan: Plan) -> float | None:
    ends = [p.weeks_to for p in plan.phases]
    return None if not ends or None in ends else max(e for e in ends if e is not None)


def _choice(plan: Plan, index: int, where: Where, day: dt.date) -> StageChoice:
    phases = plan.phases
    return StageChoice(
        phase=phases[index], number=index + 1, count=len(phases), where=where,
        week=recovery_week(plan, day), total_weeks=_total_weeks(plan),
        next_phase=phases[index + 1] if index + 1 < len(phases) else None,
    )


def stage_on(plan: Plan, day: dt.date) -> StageChoice | None:
    """The stage a patient is in on a day; None for a plan without stages.

    Before surgery it is the first stage; in a gap between stages, the last one that started;
    after every stage has ended, the last one. The choice says which case it is. The therapist's
    word comes before the calendar: never a stage before the one they moved the patient to, and
    never past a stage that ends on its criteria until they move the patient on.
    """
    calendar = _calendar_stage(plan, day)
    if calendar is None:
        return None
    index = held_index(plan, calendar.number - 1)
    if index == calendar.number - 1:
        return calendar
    return _choice(plan, index, Where.MOVED if index > calendar.number - 1 else Where.HELD, day)


def _calendar_stage(plan: Plan, day: dt.date) -> StageChoice | None:
    if not plan.phases:
        return None
    if day < plan.surgery_date:
        return _choice(plan, 0, Where.BEFORE_SURGERY, day)
    started = []
    for index, phase in enumerate(plan.phases):
        start, end = phase_dates(plan, phase)
        if start <= day and (end is None or day < end):
            return _choice(plan, index, Where.IN_STAGE, day)
        if start <= day:
            started.append(index)
    if not started:  # the first stage starts some weeks after surgery
        return _choice(plan, 0, Where.BEFORE_SURGERY, day)
    last = max(started, key=lambda i: phase_dates(plan, plan.phases[i])[0])
    ended = all(phase_dates(plan, p)[0] <= day for p in plan.phases)
    return _choice(plan, last, Where.AFTER_LAST if ended else Where.BETWEEN, day)


def chosen_stage(plan: Plan, number: int, day: dt.date) -> StageChoice:
    """Stage `number` (1-based), as the therapist chose it for a handout printed on `day`.

    Raises:
        RehabError: the plan has no stage with that number.
    """
    if not 1 <= number <= len(plan.phases):
        raise RehabError(f"The plan has {len(plan.phases)} stage(s); there is no stage {number}")
    on_day = stage_on(plan, day)
    if on_day is not None and on_day.number == number:
        return on_day
    return _choice(plan, number - 1, Where.CHOSEN, day)


def log_dates(plan: Plan, phase: Phase, printed_on: dt.date) -> list[dt.date]:
    """The days the dated log of a stage covers.

    It starts on the print date (or on the stage's first day, when that is later) and runs to
    the end of the stage, at most LOG_MAX_DAYS days; a stage with no end, or one that has
    already ended, gets LOG_OPEN_DAYS days from the start.
    """
    start, end = phase_dates(plan, phase)
    first = max(start, printed_on)
    days = (LOG_OPEN_DAYS if end is None or end <= first
            else min((end - first).days, LOG_MAX_DAYS))
    return [first + dt.timedelta(days=n) for n in range(days)]
