"""Plan file migrations: each step turns a plan of one schema_version into the next, as plain data."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.model.plan import days_after

PlanData = dict[str, Any]

# The defaults of plan format 1: a plan that did not set these still printed them.
_V1_SITTING_LIMIT_MINUTES = 30
_V1_DRIVING_WEEKS = 6
# Format 1's lift limit also limited pushing and pulling; format 2 keeps them as separate orders.
_LIFT_LIMIT = "lift-limit"
_PUSH_PULL_LIMIT = "push-pull-limit"


def _v1_to_v2(data: PlanData) -> PlanData:
    """Orders get keys; a lift limit becomes a lift limit and a push/pull limit with the same weeks;
    the sitting limit and driving weeks a format-1 plan printed by default become explicit."""
    settings = data.get("settings")
    if settings is None:
        settings = data["settings"] = {}
    if isinstance(settings, dict):
        settings.setdefault("sitting_limit_minutes", _V1_SITTING_LIMIT_MINUTES)
        settings.setdefault("driving_weeks", _V1_DRIVING_WEEKS)
    orders = data.get("precautions")
    if isinstance(orders, list):
        migrated: list[Any] = []
        for order in orders:
            migrated.append(order)
            if not isinstance(order, dict):
                continue
            if order.get("id") == _LIFT_LIMIT:
                raw_params = order.get("params")
                params: dict[str, Any] = raw_params if isinstance(raw_params, dict) else {}
                push_pull = {k: v for k, v in order.items() if k not in ("params", "note", "id")}
                push_pull["id"] = _PUSH_PULL_LIMIT
                if "lift_limit_lb" in params:
                    push_pull["params"] = {"push_pull_limit_lb": params["lift_limit_lb"]}
                migrated.append(push_pull)
        for i, order in enumerate(migrated):
            if isinstance(order, dict):
                order.setdefault("key", f"order-{i + 1}")
        data["precautions"] = migrated
    data["schema_version"] = 2
    return data


def _v2_to_v3(data: PlanData) -> PlanData:
    """Format 3 adds the custom exercises a plan carries; a format-2 plan carries none."""
    data["schema_version"] = 3
    return data


def _v3_to_v4(data: PlanData) -> PlanData:
    """Format 4 adds dosage forms (ranges, as needed, as tolerated, distance, effort, a build-up
    target), milestones, criteria-gated phases, the criteria met, the stage the therapist moved
    to and clinician items; a format-3 plan uses none of them, so it reads as it was. The step
    exists so that an app that reads up to format 3 refuses a format-4 file clearly."""
    data["schema_version"] = 4
    return data


def _v4_to_v5(data: PlanData) -> PlanData:
    """Format 5 adds range limits to phases; a format-4 plan has none, so it reads as it was.
    The step exists so that an app that reads up to format 4 refuses a format-5 file clearly."""
    data["schema_version"] = 5
    return data


def _v5_to_v6(data: PlanData) -> PlanData:
    """Format 6 lets milestones hold only with (or without) conditions, as orders do; a format-5
    plan's milestones always hold, so it reads as it was. The step exists so that an app that
    reads up to format 5 refuses a format-6 file clearly."""
    data["schema_version"] = 6
    return data


# The sentence the rotator cuff and ankle templates put in a note before format 7 had start_week.
_START_NOTE = re.compile(r"^Start this in week (\d+(?:\.\d+)?)\.\s*")


def _v6_to_v7(data: PlanData) -> PlanData:
    """Format 7 lets an exercise start later than its stage (`start_week` on prescriptions). A
    note that begins with the templates' old "Start this in week N." (N inside its stage) becomes
    that start week and the rest of the note, which is the templates' note now: the handout then
    prints the date, the log waits for it, and the note is translated again. Other plans read as
    they were. The step also makes an app that reads up to format 6 refuse a format-7 file
    clearly."""
    phases = data.get("phases")
    for phase in phases if isinstance(phases, list) else []:  # a broken file: validation says so
        if not isinstance(phase, dict) or not isinstance(phase.get("weeks_from"), int | float):
            continue
        prescriptions = phase.get("prescriptions")
        for rx in prescriptions if isinstance(prescriptions, list) else []:
            note = rx.get("note") if isinstance(rx, dict) else None
            found = _START_NOTE.match(note) if isinstance(note, str) else None
            if note is None or found is None or "start_week" in rx:
                continue
            week = float(found.group(1))
            end = phase.get("weeks_to")
            if days_after(week) > days_after(phase["weeks_from"]) and (
                    not isinstance(end, int | float) or days_after(week) < days_after(end)):
                rx["start_week"] = int(week) if week.is_integer() else week
                rx["note"] = note[found.end():]
    data["schema_version"] = 7
    return data


def _v7_to_v8(data: PlanData) -> PlanData:
    """Format 8 lets the sitting limit end (`settings.sitting_limit_weeks`); a format-7 plan's
    limit has no end, so it reads as it was. The step exists so that an app that reads up to
    format 7 refuses a format-8 file clearly."""
    data["schema_version"] = 8
    return data


STEPS: dict[int, Callable[[PlanData], PlanData]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                    4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
                                                    7: _v7_to_v8}


def migrate_plan_data(data: PlanData) -> PlanData:
    """Bring plan data of any older schema_version up to the current one, step by step.

    A plan already at the current version is returned as it is. The caller has checked that the
    version is a number and not newer than this app reads.
    """
    if not isinstance(data, dict):
        return data
    version = data.get("schema_version")
    while isinstance(version, int) and version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            break  # below the first format: let validation name the field
        data = step(data)
        version = data.get("schema_version")
    return _graft_as_condition(data)


def _graft_as_condition(data: PlanData) -> PlanData:
    """Test builds between formats kept the ACL graft in settings ('hamstring'); it is a condition
    ('graft-hamstring'), so such a plan opens with the same graft."""
    settings = data.get("settings")
    if isinstance(settings, dict) and "graft" in settings:
        graft = settings.pop("graft")
        conditions = data.get("conditions")
        if isinstance(graft, str) and graft and isinstance(conditions, list | type(None)):
            data["conditions"] = [*(conditions or []), f"graft-{graft}"]
    return data
