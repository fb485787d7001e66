"""Conditions: what the surgeon found or did (a hamstring graft, a repaired meniscus), which switch
a plan's orders and exercises on or off."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator

from rehab_planner import paths
from rehab_planner.datafile import read_versioned, validate_entries
from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model import Plan, PrecautionSetting, Prescription
from rehab_planner.model.base import Model
from rehab_planner.model.course import Milestone
from rehab_planner.model.exercise import check_id
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.plans.edits import Change, ChangeKind

CONDITIONS_FILE = "conditions.yaml"


class Condition(Model):
    """One condition a plan may hold (therapist-facing name and description)."""

    id: str
    name: str = Field(min_length=2, max_length=80)
    description: str = Field(default="", max_length=300)

    _check_id = field_validator("id")(check_id)


def load_conditions(path: Path | None = None) -> dict[str, Condition]:
    """Load resources/conditions.yaml (or the given file).

    Raises:
        DataFileError: naming the file, entry and field of every problem.
    """
    path = path or paths.resources_dir() / CONDITIONS_FILE
    entries = read_versioned(path, "conditions")
    if not isinstance(entries, list):
        raise DataFileError(path, [("", "conditions", "must be a list")])
    conditions, problems = validate_entries(entries, Condition, "conditions")
    if problems:
        raise DataFileError(path, problems)
    return conditions


@lru_cache(maxsize=1)
def shipped_conditions() -> Mapping[str, Condition]:
    """The shipped conditions, read once per process."""
    return load_conditions()


def holds(entry: PrecautionSetting | Prescription | RangeLimit | Milestone,
          conditions: list[str] | set[str]) -> bool:
    """True when an order, prescription, range limit or milestone applies to a plan with these
    conditions."""
    chosen = set(conditions)
    if entry.only_if and not chosen & set(entry.only_if):
        return False
    return not chosen & set(entry.unless)


def exclusive(first: PrecautionSetting, second: PrecautionSetting) -> bool:
    """True when no set of conditions lets both orders hold: one needs a condition (only_if) that
    the other is switched off by (unless)."""
    return bool(
        (first.only_if and set(first.only_if) <= set(second.unless))
        or (second.only_if and set(second.only_if) <= set(first.unless))
    )


def in_effect(plan: Plan) -> Plan:
    """The plan as the patient follows it: orders and prescriptions whose conditions the plan does
    not meet are left out, and a phase with its own words for one of the plan's conditions
    (by_condition) shows them (name, goals, criteria). The plan itself keeps everything, so
    changing a condition brings it back. The phases of the plan returned have no by_condition.
    """
    if not _conditional(plan):
        return plan
    chosen = set(plan.conditions)
    out = plan.model_copy(deep=True)
    out.precautions = [p for p in out.precautions if holds(p, chosen)]
    out.milestones = [m for m in out.milestones if holds(m, chosen)]
    out.phases = [phase.as_followed(chosen) for phase in out.phases]
    for phase in out.phases:
        phase.prescriptions = [rx for rx in phase.prescriptions if holds(rx, chosen)]
    return out


def _conditional(plan: Plan) -> bool:
    return any(p.only_if or p.unless for p in plan.precautions) or any(
        m.only_if or m.unless for m in plan.milestones) or any(
        phase.by_condition or any(rx.only_if or rx.unless for rx in phase.prescriptions)
        for phase in plan.phases)


def set_conditions(plan: Plan, condition_ids: list[str]) -> tuple[Plan, Change]:
    """Set what the surgeon found or did; the orders and exercises they switch follow.

    Raises:
        RehabError: an id is not a condition id (lower-case words joined by hyphens).
    """
    new = plan.model_copy(deep=True)
    try:
        new.conditions = list(dict.fromkeys(condition_ids))
    except ValueError as exc:
        raise RehabError(f"Not a condition id: {exc}") from None
    return new, Change(ChangeKind.CONDITIONS)


def switched_off(plan: Plan, entry: PrecautionSetting | Prescription) -> bool:
    """True when the plan's conditions switch this order or prescription off."""
    return not holds(entry, plan.conditions)


def named_conditions(plan: Plan) -> list[str]:
    """Every condition id the plan holds or its entries name, in first-seen order."""
    seen: dict[str, None] = dict.fromkeys(plan.conditions)
    entries: list[PrecautionSetting | Prescription] = [*plan.precautions]
    entries += [rx for phase in plan.phases for rx in phase.prescriptions]
    limits = [limit for phase in plan.phases for limit in phase.range_limits]
    for entry in [*entries, *limits, *plan.milestones]:
        for cid in (*entry.only_if, *entry.unless):
            seen.setdefault(cid, None)
    for phase in plan.phases:
        for words in phase.by_condition:
            seen.setdefault(words.condition, None)
    return list(seen)
