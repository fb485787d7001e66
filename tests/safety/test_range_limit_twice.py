"""Two limits on one joint motion in one stage (stop 46): page 1 printed 'do not lift your arm in
front of you more than 120°' and '... more than 100°' in one rule for a large cuff tear. `check`
reports such a stage; no shipped template or variant has one."""

from __future__ import annotations

import pytest

from rehab_planner.library import Library
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from tests.templates.lines import every_line, review_plan


def _twice(plan, library: Library) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message for f in check_plan(plan, library) if f.code is Code.RANGE_LIMIT_TWICE]


@pytest.mark.parametrize(("template_id", "conditions"), every_line())
def test_no_shipped_line_limits_a_movement_twice(library: Library, template_id: str,
                                                 conditions: list[str]) -> None:
    assert _twice(review_plan(template_id, *conditions), library) == []


def test_a_stage_with_two_limits_on_one_movement_is_reported(library: Library) -> None:
    plan = review_plan("rotator-cuff-repair")
    phase = next(p for p in plan.phases if p.range_limits)
    phase.range_limits.append(RangeLimit(joint="shoulder", motion="flexion", degrees=100,
                                         mode="passive", side="right"))
    [message] = _twice(plan, library)
    assert "shoulder flexion to 90°" in message and "shoulder flexion to 100°" in message
    assert phase.name in message
    # An active limit beside a passive one holds other movements: not twice.
    first = next(limit for limit in phase.range_limits if limit.key == "shoulder flexion")
    assert first.mode == "passive"
    phase.range_limits[-1] = RangeLimit(joint="shoulder", motion="flexion", degrees=0,
                                        mode="active")
    assert _twice(plan, library) == []
