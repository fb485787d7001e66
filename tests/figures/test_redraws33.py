"""Figures redrawn after the eighth full blind review (review H, stop 33): each test states what the
picture must show, and fails on the drawing that was misread."""

from __future__ import annotations

import pytest

from rehab_planner.figures import render
from rehab_planner.figures.primitives import Label
from rehab_planner.figures.words import figure_words
from rehab_planner.library import load_library


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_the_one_leg_hop_lands_and_then_holds_still_in_a_second_step(library) -> None:  # type: ignore[no-untyped-def]
    # The hop alone read as hopping in place or the hops over a line (review H). Its steps say
    # to land on the same leg, knee bent, and hold still for a count of 3: step 2 is that hold.
    exercise = library.get("one-leg-hop-forward")
    assert "Hold still" in exercise.steps[2]
    hop, landing = exercise.figure.panels()
    assert not hop.is_held() and landing.is_held()
    _, (*_, landed) = render.placed_poses(hop)
    _, (held,) = render.placed_poses(landing)
    assert hop.end is not None
    held_angles, landed_angles = landing.start.angles(), hop.end.angles()
    for joint in ("right_hip", "right_knee", "left_hip", "left_knee"):  # the hold is the landing
        assert held_angles[joint] == pytest.approx(landed_angles[joint]), joint
    assert held_angles["right_knee"] >= 20  # knee bent
    for sk in (landed, held):  # on one foot: the other is off the floor
        assert sk.points["left_ankle"][1] - sk.points["right_ankle"][1] > 0.1
    words = {i.text for i in render.render_exercise(exercise).items if isinstance(i, Label)}
    assert figure_words().hold in words
