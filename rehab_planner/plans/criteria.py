"""Criteria-based progression: which exit criteria of a phase the patient met, whether a
therapist may move them on, and the stage that holds them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rehab_planner.model import Phase, Plan
from rehab_planner.model.course import CriterionMet
from rehab_planner.plans.schedule import phase_dates


@dataclass(frozen=True)
class CriterionStatus:
    """One exit criterion of a phase and, when met, when and by whom."""

    number: int  # 1-based, as listed
    text: str
    met: CriterionMet | None


def criteria_status(plan: Plan, phase: Phase) -> list[CriterionStatus]:
    """The phase's exit criteria in order, each with its record when met.

    A record counts only while its criterion reads the same: a criterion edited later is met
    again, not silently carried over. The criteria are the ones the patient reads: a phase's own
    words for one of the plan's conditions (by_condition) replace its usual criteria, so a
    condition changed later shows the other criteria, unmet until they are met.
    """
    records = {m.criterion: m for m in plan.criteria_met if m.phase_id == phase.id}
    return [CriterionStatus(n, text, records.get(text))
            for n, text in enumerate(phase_criteria(plan, phase), start=1)]


def phase_criteria(plan: Plan, phase: Phase) -> list[str]:
    """The phase's exit criteria as the patient reads them (its words for the plan's conditions)."""
    return list(phase.as_followed(plan.conditions).criteria)


def all_met(plan: Plan, phase: Phase) -> bool:
    """Whether every exit criterion of the phase is met (a phase with none: True)."""
    return all(s.met is not None for s in criteria_status(plan, phase))


def gated(phase: Phase) -> bool:
    """Whether the phase ends on its criteria (alone, or whichever comes later with its week)."""
    return phase.ends_by != "week"


def index_of(plan: Plan, phase_id: str | None) -> int | None:
    """The position of a phase in the plan, or None."""
    return next((i for i, p in enumerate(plan.phases) if p.id == phase_id), None)


def week_passed(plan: Plan, phase: Phase, day: dt.date) -> bool:
    """Whether the phase's last week is reached on a day (an open-ended phase: never)."""
    _, end = phase_dates(plan, phase)
    return end is not None and day >= end


def can_move_on(plan: Plan, phase: Phase, day: dt.date) -> bool:
    """Whether "Move to next phase" is offered: a next phase exists, every criterion is met, and
    for a phase that ends at the later of its week and its criteria, the week is reached."""
    index = index_of(plan, phase.id)
    if index is None or index + 1 >= len(plan.phases) or not all_met(plan, phase):
        return False
    return phase.ends_by != "later" or week_passed(plan, phase, day)


def held_index(plan: Plan, calendar_index: int) -> int:
    """The stage a patient is in, given the calendar's: never before the stage the therapist
    moved them to, and never past a criteria-gated stage they were not moved on from."""
    floor = index_of(plan, plan.current_phase_id) or 0
    for index in range(floor, calendar_index):
        if gated(plan.phases[index]):
            return max(floor, index)
    return max(floor, calendar_index)


def unmet_after_week(plan: Plan, day: dt.date) -> list[tuple[Phase, list[CriterionStatus]]]:
    """Criteria-gated phases whose last week has passed by a day while criteria are unmet and the
    therapist has not moved the patient on: each with its unmet criteria."""
    floor = index_of(plan, plan.current_phase_id) or 0
    out = []
    for index, phase in enumerate(plan.phases):
        if index < floor or not gated(phase) or not week_passed(plan, phase, day):
            continue
        unmet = [s for s in criteria_status(plan, phase) if s.met is None]
        if unmet:
            out.append((phase, unmet))
    return out
