"""Orders as dated entries: a precaution repeats with its own key, weeks or days and values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.model import PrecautionSetting
from tests.safety.check_helpers import plan


def test_a_staged_lift_limit_is_two_entries_of_one_precaution() -> None:
    zero = PrecautionSetting(id="lift-limit", weeks_from=0, weeks_to=6, params={"lift_limit_lb": 0})
    ten = PrecautionSetting(id="lift-limit", weeks_from=6, weeks_to=12,
                            params={"lift_limit_lb": 10})
    p = plan([], [zero, ten])
    assert [o.params["lift_limit_lb"] for o in p.orders("lift-limit")] == [0, 10]
    assert zero.key != ten.key
    assert p.precaution(ten.key) is ten or p.precaution(ten.key) == ten
    assert p.precaution("lift-limit") == zero  # an id finds the first order
    assert not zero.overlaps(ten) and not ten.overlaps(zero)


def test_two_entries_may_not_share_a_key() -> None:
    a = PrecautionSetting(id="lift-limit", key="k1", weeks_to=6)
    b = PrecautionSetting(id="lift-limit", key="k1", weeks_from=6, weeks_to=12)
    with pytest.raises(ValidationError, match="precaution key 'k1' is used more than once"):
        plan([], [a, b])


def test_an_order_written_in_days_keeps_its_days() -> None:
    order = PrecautionSetting(id="no-bending", weeks_from=0, weeks_to=30 / 7, unit="days")
    assert order.days_to == 30 and order.days_from == 0
    again = PrecautionSetting.model_validate_json(order.model_dump_json())
    assert again == order and again.days_to == 30


def test_days_must_be_whole_days() -> None:
    with pytest.raises(ValidationError, match="not a whole number of days"):
        PrecautionSetting(id="no-bending", weeks_to=1.3, unit="days")


@given(st.integers(0, 300), st.integers(1, 300))
def test_any_whole_days_round_trip(start: int, length: int) -> None:
    end = min(start + length, 728)
    if end <= start:
        return
    order = PrecautionSetting(id="no-bending", weeks_from=start / 7, weeks_to=end / 7, unit="days")
    again = PrecautionSetting.model_validate_json(order.model_dump_json())
    assert (again.days_from, again.days_to) == (start, end)
