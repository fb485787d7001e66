"""Tests of moving a lifestyle topic within the handout's printed order (a pure edit)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import RehabError
from rehab_planner.model import Patient, Plan
from rehab_planner.plans import edits
from rehab_planner.plans.edits import ChangeKind

TOPICS = ["walking", "lifting", "sitting", "sleep", "smoking"]


def make_plan(topics: list[str] | None = None) -> Plan:
    return Plan(patient=Patient(name="Ann Lee"), procedure="Lumbar fusion",
                surgery_date=dt.date(2026, 11, 2),
                guidance=list(TOPICS if topics is None else topics))


def test_a_topic_moves_up_and_down() -> None:
    plan = make_plan()
    up, change = edits.move_guidance_topic(plan, "sleep", 0)
    assert up.guidance == ["sleep", "walking", "lifting", "sitting", "smoking"]
    assert change.kind == ChangeKind.GUIDANCE
    down, _ = edits.move_guidance_topic(plan, "walking", 2)
    assert down.guidance == ["lifting", "sitting", "walking", "sleep", "smoking"]
    last, _ = edits.move_guidance_topic(plan, "lifting", 4)
    assert last.guidance == ["walking", "sitting", "sleep", "smoking", "lifting"]
    assert plan.guidance == TOPICS  # the input plan is left as it was


def test_an_index_out_of_range_goes_to_the_nearest_end() -> None:
    plan = make_plan()
    assert edits.move_guidance_topic(plan, "sitting", 99)[0].guidance[-1] == "sitting"
    assert edits.move_guidance_topic(plan, "sitting", -3)[0].guidance[0] == "sitting"


def test_a_topic_the_plan_does_not_print_is_refused() -> None:
    plan = make_plan()
    with pytest.raises(RehabError, match="driving"):
        edits.move_guidance_topic(plan, "driving", 0)
    assert plan.guidance == TOPICS


@given(st.permutations(TOPICS), st.sampled_from(TOPICS), st.integers(-10, 10))
def test_moving_keeps_every_topic_once(order: list[str], topic: str, index: int) -> None:
    plan = make_plan(order)
    moved, _ = edits.move_guidance_topic(plan, topic, index)
    assert sorted(moved.guidance) == sorted(order)
    assert moved.guidance.index(topic) == max(0, min(index, len(order) - 1))
    rest = [t for t in order if t != topic]
    assert [t for t in moved.guidance if t != topic] == rest  # the others keep their order
