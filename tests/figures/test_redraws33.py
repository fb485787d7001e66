"""Figures redrawn after the eighth full blind review (review H, stop 33): each test states what the
picture must show, and fails on the drawing that was misread."""

from __future__ import annotations

import pytest

from rehab_planner.figures import render
from rehab_planner.figures.primitives import Label
from rehab_planner.figures.words import figure_words
from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import PropKind


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


def test_the_ball_toss_throws_across_the_room_to_a_wall_well_away(library) -> None:  # type: ignore[no-untyped-def]
    # With the wall at arm's length and the ball at the hands, it read as the ball circles on a
    # wall (reviews H and I). Its steps stand about 3 steps away: the ball flies between.
    exercise = library.get("one-leg-ball-toss")
    assert "3 steps from a wall" in exercise.steps[0]
    spec = exercise.figure
    (wall,) = [p for p in spec.props if p.kind is PropKind.WALL]
    (ball,) = [p for p in spec.props if p.kind is PropKind.BALL]
    _, (start, end) = render.placed_poses(spec)
    hand, wall_x = end.points["right_hand"][0], start.points["right_hand"][0] + wall.dx
    ball_x = start.points["right_hand"][0] + ball.dx
    assert wall_x - hand > 0.9  # well away from the outstretched hands
    assert hand + 0.2 < ball_x < wall_x - 0.3  # in the air between
    circles = library.get("wall-ball-circles").figure
    (near,) = [p for p in circles.props if p.kind is PropKind.WALL]
    assert wall.dx > 2 * near.dx  # unlike the ball circles, pressed on a wall at arm's length


def test_the_side_lying_arm_raise_lies_with_straight_legs_unlike_the_open_book(library) -> None:  # type: ignore[no-untyped-def]
    # With the knees bent it read as the open book, whose steps bend them (reviews F-I, in I with
    # high confidence). Seen from behind (the spine, the hair), straight legs still read as lying
    # on the side: two reviewers named all seven side-lying figures.
    from rehab_planner.model.figure import View

    raise_, book = library.get("side-lying-arm-raise"), library.get("open-book")
    assert "knees bent" in book.steps[0] and "knee" not in " ".join(raise_.steps)
    assert raise_.figure.view is View.FRONT
    assert (book.figure.start.knees or 0) >= 90
    _, poses = render.placed_poses(raise_.figure)
    for sk in poses:
        for side in ("left", "right"):
            hip, knee, ankle = (sk.points[f"{side}_{p}"] for p in ("hip", "knee", "ankle"))
            # straight: the knee on the line from the hip to the ankle
            cross = ((knee[0] - hip[0]) * (ankle[1] - hip[1]) - (knee[1] - hip[1]) * (ankle[0] - hip[0]))
            assert abs(cross) < 0.01, side
