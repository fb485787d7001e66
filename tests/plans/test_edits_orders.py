"""Edits of orders: by key, staged, the surgeon's wording."""

from __future__ import annotations

import pytest

from rehab_planner.errors import RehabError
from rehab_planner.model import PrecautionSetting
from rehab_planner.plans import edits
from rehab_planner.plans.changes import plan_changes
from tests.safety.check_helpers import plan


def _lift(start: float = 0, end: float | None = 12, lb: int = 0) -> PrecautionSetting:
    return PrecautionSetting(id="lift-limit", weeks_from=start, weeks_to=end,
                             params={"lift_limit_lb": lb})


def test_add_stage_splits_an_order_at_a_week() -> None:
    p = plan([], [_lift()])
    key = p.precautions[0].key
    new, _ = edits.add_stage(p, key, 6, {"lift_limit_lb": 10})
    first, second = new.precautions
    assert (first.key, first.weeks_from, first.weeks_to, first.params) == (
        key, 0, 6, {"lift_limit_lb": 0})
    assert (second.weeks_from, second.weeks_to, second.params) == (6, 12, {"lift_limit_lb": 10})
    assert second.key != key
    assert len(p.precautions) == 1  # the old plan is untouched
    with pytest.raises(RehabError, match="not inside"):
        edits.add_stage(p, key, 12)


def test_set_and_remove_by_key_leave_the_other_stage() -> None:
    p = plan([], [_lift(0, 6), _lift(6, 12, 10)])
    second = p.precautions[1].key
    new, _ = edits.set_precaution_params(p, second, {"lift_limit_lb": 15})
    assert [o.params["lift_limit_lb"] for o in new.precautions] == [0, 15]
    new, _ = edits.set_precaution_weeks(new, second, 6, 16)
    assert new.precautions[1].weeks_to == 16 and new.precautions[0].weeks_to == 6
    new, _ = edits.remove_precaution(new, second)
    assert [o.weeks_to for o in new.precautions] == [6]
    gone, _ = edits.remove_precaution(p, "lift-limit")  # an id lifts every stage
    assert gone.precautions == []


def test_the_surgeons_wording_is_kept_as_written_and_shows_as_a_change() -> None:
    p = plan([], [_lift(0, 6)])
    new, _ = edits.set_precaution_wording(p, p.precautions[0].key, "  No lifting  x 6/52 ")
    assert new.precautions[0].wording == "No lifting x 6/52"
    assert plan_changes(p, new) == ["Precaution changed: Lift limit"]
    staged, _ = edits.add_stage(new, new.precautions[0].key, 3)
    assert staged.precautions[1].wording == ""  # the wording belongs to the first order
    assert plan_changes(new, staged) == ["Precaution changed: Lift limit",
                                         "New precaution: Lift limit"]
