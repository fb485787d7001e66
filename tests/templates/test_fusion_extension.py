"""Lumbar fusion limits back extension to week 12 (AOSM/Cubbage "limit extension"): a back-bend
exercise put in weeks 6 to 12 is a conflict `check` names, and nothing the template ships trips it."""

from __future__ import annotations

import pytest

from rehab_planner.library import load_library
from rehab_planner.model import Plan, Prescription
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.templates import load_templates
from tests.templates.lines import line_plan

TEMPLATE = load_templates()["lumbar-fusion"]
LIBRARY = load_library()


def _plan(variant: str | None = None) -> Plan:
    return line_plan(TEMPLATE, variant)


@pytest.mark.parametrize("variant", [None, *(v.id for v in TEMPLATE.variants)])
def test_the_shipped_fusion_plan_keeps_within_its_extension_limit(variant: str | None) -> None:
    plan = _plan(variant)
    for phase in plan.phases:
        keys = {r.key: r.degrees for r in phase.range_limits}
        assert keys == ({"trunk extension": 0} if phase.weeks_to and phase.weeks_to <= 12 else {})
    assert not [f for f in check_plan(plan, LIBRARY) if f.code == Code.RANGE_LIMIT]


@pytest.mark.parametrize("exercise_id", ["prone-press-up", "standing-back-bend"])
def test_a_back_bend_before_week_12_is_a_conflict(exercise_id: str) -> None:
    plan = _plan()
    plan.phases[1].prescriptions.append(Prescription(exercise_id=exercise_id))
    found = [f for f in check_plan(plan, LIBRARY) if f.code == Code.RANGE_LIMIT]
    assert [(f.exercise_id, f.phase_id) for f in found] == [(exercise_id, plan.phases[1].id)]
    plan.phases[1].prescriptions.pop()
    plan.phases[-1].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert not [f for f in check_plan(plan, LIBRARY) if f.code == Code.RANGE_LIMIT]
