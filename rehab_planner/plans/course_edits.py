"""Pure edits of milestones, exit criteria and clinician items: Plan -> (new Plan, Change)."""

from __future__ import annotations

import datetime as dt

from rehab_planner.errors import RehabError
from rehab_planner.model import Plan
from rehab_planner.model.course import ClinicianItem, CriterionMet, Milestone, PhaseEnd
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.plans.criteria import can_move_on, index_of, phase_criteria
from rehab_planner.plans.edits import Change, ChangeKind, _copy, _phase, _validated


def set_milestones(plan: Plan, milestones: list[Milestone]) -> tuple[Plan, Change]:
    """Replace the plan's milestones (add, edit, remove and reorder are all this one edit)."""
    new = _copy(plan)
    new.milestones = [m.model_copy(deep=True) for m in milestones]
    return _validated(new), Change(ChangeKind.MILESTONES)


def set_clinician_items(plan: Plan, items: list[ClinicianItem]) -> tuple[Plan, Change]:
    """Replace the plan's clinician items.

    Raises:
        RehabError: an item names a phase the plan does not have.
    """
    for item in items:
        if item.phase_id is not None:
            _phase(plan, item.phase_id)
    new = _copy(plan)
    new.clinician_items = [i.model_copy(deep=True) for i in items]
    return _validated(new), Change(ChangeKind.CLINICIAN)


def set_range_limits(plan: Plan, phase_id: str, limits: list[RangeLimit]) -> tuple[Plan, Change]:
    """Replace a phase's range limits (add, edit, remove are all this one edit).

    Raises:
        RehabError: no such phase, or the phase would limit one joint motion twice the same way.
    """
    _phase(plan, phase_id)
    new = _copy(plan)
    try:
        _phase(new, phase_id).range_limits = [limit.model_copy(deep=True) for limit in limits]
        return _validated(new), Change(ChangeKind.PHASE, phase_id=phase_id)
    except ValueError as exc:
        raise RehabError(_first_reason(exc)) from None


def _first_reason(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            return str(found[0].get("msg", exc)).removeprefix("Value error, ")
    return str(exc)


def set_phase_end(plan: Plan, phase_id: str, ends_by: PhaseEnd) -> tuple[Plan, Change]:
    """How a phase ends: at its week, on its criteria, or whichever comes later."""
    new = _copy(plan)
    _phase(new, phase_id).ends_by = ends_by
    return _validated(new), Change(ChangeKind.PROGRESS, phase_id=phase_id)


def set_criterion_met(plan: Plan, phase_id: str, number: int, met: bool, *,
                      on: dt.date | None = None, by: str = "") -> tuple[Plan, Change]:
    """Mark exit criterion `number` (1-based) of a phase as met (on a day, by someone) or unmet.

    Raises:
        RehabError: no such phase or criterion.
    """
    phase = _phase(plan, phase_id)
    criteria = phase_criteria(plan, phase)  # as the patient reads them (by_condition)
    if not 1 <= number <= len(criteria):
        raise RehabError(f"Phase '{phase.name}' has {len(criteria)} criteria; "
                         f"there is no criterion {number}")
    text = criteria[number - 1]
    new = _copy(plan)
    new.criteria_met = [m for m in new.criteria_met
                        if not (m.phase_id == phase_id and m.criterion == text)]
    if met:
        new.criteria_met.append(CriterionMet(phase_id=phase_id, criterion=text,
                                             on=on or dt.date.today(), by=by.strip()))
    return _validated(new), Change(ChangeKind.PROGRESS, phase_id=phase_id)


def move_to_next_phase(plan: Plan, phase_id: str, day: dt.date | None = None
                       ) -> tuple[Plan, Change]:
    """Move the patient on from a phase whose criteria are all met: the next phase becomes the
    plan's current stage (this week's handout then prints it).

    Raises:
        RehabError: the phase is the last, or not every criterion is met (or, for a phase that
            ends at the later of its week and criteria, its week is not reached yet).
    """
    phase = _phase(plan, phase_id)
    if not can_move_on(plan, phase, day or dt.date.today()):
        raise RehabError(f"The patient cannot move on from '{phase.name}' yet: every exit "
                         "criterion must be met (and its last week reached when it ends at "
                         "whichever comes later), and a next phase must exist")
    index = index_of(plan, phase_id)
    assert index is not None
    new = _copy(plan)
    new.current_phase_id = new.phases[index + 1].id
    return _validated(new), Change(ChangeKind.PROGRESS, phase_id=new.current_phase_id)


def set_current_phase(plan: Plan, phase_id: str | None) -> tuple[Plan, Change]:
    """Set the stage the therapist moved the patient to (None: the calendar decides again)."""
    if phase_id is not None:
        _phase(plan, phase_id)
    new = _copy(plan)
    new.current_phase_id = phase_id
    return _validated(new), Change(ChangeKind.PROGRESS, phase_id=phase_id)
