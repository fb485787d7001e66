"""Plan files: JSON with schema_version, written atomically, refused clearly when broken or newer."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner.datafile import as_data_file_error
from rehab_planner.errors import DataFileError, NewerVersionError, PlanFileError
from rehab_planner.i18n.messages import say
from rehab_planner.model import SCHEMA_VERSION, Plan
from rehab_planner.model.plan import now
from rehab_planner.storage.atomic import write_text_atomic
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.safe_read import PLAN_LIMITS, FileRefused, read_bytes, shape_problem

MAX_PLAN_BYTES = PLAN_LIMITS.max_bytes


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _no_constant(text: str) -> float:
    raise ValueError(f"{text} is not a number a plan can hold")


def plan_to_json(plan: Plan) -> str:
    """The plan as pretty JSON text (the plan file format, docs/plan-format.md)."""
    return plan.model_dump_json(indent=2, exclude_none=False) + "\n"


def plan_from_json(text: str, source: Path | str = "<plan>") -> Plan:
    """Parse and validate plan JSON.

    Raises:
        PlanFileError: not JSON, or not a plan object.
        NewerVersionError: written by a newer Rehab Planner.
        DataFileError: a field is wrong; the message names it.
    """
    if len(text) > MAX_PLAN_BYTES:
        raise PlanFileError(say("datafile.plan.too-large", source=source))
    try:
        raw: Any = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise PlanFileError(say("datafile.plan.broken-json", source=source, line=exc.lineno,
                                column=exc.colno, reason=exc.msg)) from None
    except RecursionError:
        raise PlanFileError(say("datafile.plan.nested", source=source)) from None
    except ValueError as exc:  # an integer over Python's digit limit, or an infinite number
        reason = say("datafile.plan.number-too-large") if "digit" in str(exc) else str(exc)
        raise PlanFileError(say("datafile.plan.not-a-plan", source=source, reason=reason)
                            ) from None
    if not isinstance(raw, dict):
        raise PlanFileError(say("datafile.plan.not-an-object", source=source))
    problem = shape_problem(raw, PLAN_LIMITS)
    if problem is not None:
        raise PlanFileError(say("datafile.plan.beyond-limits", source=source, problem=problem))
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(say("datafile.plan.no-version", source=source))
    if version > SCHEMA_VERSION:
        raise NewerVersionError(say("datafile.plan.newer", source=source, version=version,
                                    ours=SCHEMA_VERSION))
    try:
        return Plan.model_validate(migrate_plan_data(raw))
    except ValidationError as exc:
        raise as_data_file_error(source, exc, entry="plan") from None


def load_plan(path: Path | str) -> Plan:
    """Read a plan file.

    Raises:
        PlanFileError: missing, unreadable, too large, broken or newer (see plan_from_json).
        DataFileError: a field is wrong.
    """
    path = Path(path)
    try:
        data = read_bytes(path, MAX_PLAN_BYTES, "plan file")
    except FileRefused as exc:
        raise PlanFileError(str(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError(say("datafile.plan.not-utf8", source=path)) from None
    return plan_from_json(text, path)


def save_plan(plan: Plan, path: Path | str, *, touch: bool = True) -> Plan:
    """Write a plan file atomically (mode 600); the last good copy survives any failure.

    Args:
        plan: the plan to save.
        path: the target file.
        touch: set `updated` to now first.

    Returns:
        The plan as saved (with its new `updated` time).

    Raises:
        PlanFileError: the folder is missing or not writable, or the disk is full.
    """
    if touch:
        plan = plan.model_copy(update={"updated": now()})
    had_copy = Path(path).is_file()
    try:
        write_text_atomic(path, plan_to_json(plan))
    except OSError as exc:
        key = "datafile.plan.not-saved-kept" if had_copy else "datafile.plan.not-saved"
        raise PlanFileError(say(key, source=path, reason=exc.strerror or exc)) from None
    return plan


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of the plan file."""
    schema = Plan.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Rehab Planner plan file"
    return schema


__all__ = [
    "DataFileError",
    "load_plan",
    "plan_from_json",
    "plan_json_schema",
    "plan_to_json",
    "save_plan",
]
