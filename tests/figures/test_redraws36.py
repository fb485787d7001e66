"""Figures redrawn in stop 36, after full reviews H-N: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import muscles, render
from rehab_planner.figures.household import CLOCK_R, floor_clock
from rehab_planner.figures.primitives import Shape, Stroke
from rehab_planner.figures.props import static_prop
from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import Muscle, PropKind, View


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_a_clock_on_the_floor_is_a_flat_oval_with_twelve_hour_marks() -> None:
    items = floor_clock(0.3, 0.0)
    face, *ticks = items
    assert isinstance(face, Shape) and face.fill is not None
    xs = [p[0] for p in face.points]
    ys = [p[1] for p in face.points]
    assert abs((min(xs) + max(xs)) / 2 - 0.3) < 1e-9  # round the point it is put at
    assert min(ys) < 0.0 < max(ys)  # it lies on the floor: seen a little from above
    assert max(xs) - min(xs) == pytest.approx(2 * CLOCK_R)
    assert max(ys) - min(ys) < 0.5 * (max(xs) - min(xs))  # flat: wider than deep
    assert len(ticks) == 12 and all(isinstance(t, Stroke) for t in ticks)
    lengths = sorted(math.dist(*t.points) for t in ticks)
    assert lengths[-4] > lengths[0]  # the quarter hours are marked longer


def test_the_clock_reach_taps_round_a_clock_on_the_floor_in_every_panel(library) -> None:  # type: ignore[no-untyped-def]
    # Three taps alone, forward, to the side and behind, read as weight shifts or side steps
    # (full reviews H-N; medium or wrong in all seven). The steps ask the patient to think of a
    # clock on the floor: each panel draws it round the standing foot, the free foot tapping out
    # toward its rim.
    exercise = library.get("clock-reach")
    assert any("clock" in step for step in exercise.steps)
    panels = exercise.figure.panels()
    assert len(panels) == 3
    for panel in panels:
        (clock,) = [p for p in panel.props if p.kind is PropKind.CLOCK]
        _, placed = render.placed_poses(panel)
        start, end = placed[0].points, placed[-1].points
        face = static_prop(clock, placed[0], placed, 0.0)[0]
        assert isinstance(face, Shape)
        xs = [p[0] for p in face.points]
        centre = (min(xs) + max(xs)) / 2
        radius = (max(xs) - min(xs)) / 2
        assert abs(centre - start["left_ankle"][0]) < 0.05  # round the standing foot
        reach = abs(end["right_toe"][0] - centre)
        assert 0.6 * radius < reach < 1.2 * radius  # the free foot taps out near the rim


def test_the_back_muscle_wake_up_is_seen_past_the_feet_face_down(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from above across the picture, the head to one side, it read as lying face up (the
    # tummy tighten or the buttock squeeze) in four of reviews H-N. Past the feet, as the arms
    # by your sides lift (named face down in every review), the back of the head and the spine's
    # bumps face the viewer; the two low back muscles lie along the spine, its word to the side
    # (above, its line crossed the head).
    from rehab_planner.figures import heads

    spec = library.get("prone-back-muscle-set").figure
    assert spec.view is View.FEET and spec.hold
    (mark,) = spec.marks
    assert mark.shaded_muscle() is Muscle.LOW_BACK
    _, (pose,) = render.placed_poses(spec)
    assert [i for i in heads.from_above(pose, "down") if isinstance(i, Stroke)]  # the spine
    parts = muscles.shade(mark, pose)
    assert len(parts) == 2
    pelvis, neck = pose.points["pelvis"], pose.points["neck"]
    spine = (neck[0] - pelvis[0], neck[1] - pelvis[1])
    for part in parts:
        cx = sum(p[0] for p in part.outline) / len(part.outline)
        ox, oy = part.outward
        assert abs(ox * spine[0] + oy * spine[1]) < 1e-9  # its word goes out sideways...
        assert ox * (cx - pelvis[0]) > 0  # ...away from the spine, on its own side


def test_the_ball_bridge_pushes_up_under_the_buttock_like_the_bridge(library) -> None:  # type: ignore[no-untyped-def]
    # The hips' path arrow ended at the hip joint, which, with the trunk and thigh in one line,
    # read as a bent knee: the knee bend with the feet on a ball (reviews L, M and O). As the
    # bridge: no path arrow, a push arrow up under the buttock.
    from rehab_planner.model.figure import ArrowKind
    from rehab_planner.model.figure_vocab import MarkKind

    for exercise_id in ("ball-bridge", "bridge"):
        spec = library.get(exercise_id).figure
        assert spec.arrow is ArrowKind.NONE, exercise_id
        (push,) = [m for m in spec.marks if m.kind is MarkKind.PUSH]
        assert push.at == "buttock" and push.direction == 90, exercise_id


def test_the_one_leg_hop_holds_the_free_foot_well_up_behind(library) -> None:  # type: ignore[no-untyped-def]
    # Held with the free foot low behind, near the floor, the landing read as a lunge: the small
    # forward lunge (review O). The free knee bends well, its foot up behind at knee height.
    exercise = library.get("one-leg-hop-forward")
    hop, landing = exercise.figure.panels()
    _, (*_, landed) = render.placed_poses(hop)
    _, (held,) = render.placed_poses(landing)
    for sk in (landed, held):
        p = sk.points
        floor = min(p["right_heel"][1], p["right_toe"][1])
        assert min(p["left_heel"][1], p["left_toe"][1]) - floor > 0.15  # well off the floor (0.12 before)
        assert p["left_ankle"][0] < p["left_knee"][0]  # behind the knee: not a step forward


def test_a_breath_out_is_three_short_lines_fanning_from_the_mouth() -> None:
    from rehab_planner.figures.arrows import BREATH_GAP, BREATH_LONG, breath

    lines = breath((1.0, 2.0), 90.0, unit=2.0)
    assert len(lines) == 3 and all(isinstance(line, Stroke) for line in lines)
    ways = []
    for line in lines:
        near, far = line.points[0], line.points[-1]
        assert math.dist(near, (1.0, 2.0)) == pytest.approx(BREATH_GAP * 2.0)  # off the mouth
        assert math.dist(near, far) == pytest.approx(BREATH_LONG * 2.0)
        ways.append(math.degrees(math.atan2(far[1] - near[1], far[0] - near[0])))
    assert min(ways) < 80 and max(ways) > 100  # a fan round straight up
    assert all(w > 45 for w in ways)  # all going up, away from the face


def test_belly_breathing_shows_one_black_hand_on_the_belly(library) -> None:  # type: ignore[no-untyped-def]
    # The hands on the chest and the belly read as arms crossed on the chest: the crunch with
    # arms crossed (reviews K and O). A breath out of the mouth was added (stop 36), but its
    # lines read as hair on a lifting head and the two black forearms still crossed (review
    # II). The far arm, to the chest, is dark grey, so only the belly hand is black.
    from rehab_planner.model.figure_vocab import MarkKind

    spec = library.get("belly-breathing").figure
    assert spec.far_grey
    assert {m.kind for m in spec.marks} == {MarkKind.MOVE}
    _, (pose,) = render.placed_poses(spec)
    assert pose.points["right_hand"][0] > pose.points["left_hand"][0]  # near hand at the belly


def test_the_small_forward_lunge_sinks_with_an_arrow_at_the_hips(library) -> None:  # type: ignore[no-untyped-def]
    # Step 2's down arrow stood behind the back knee, low: read as pressing the back heel down,
    # a calf stretch (reviews L and P), or step 1 as a back lunge (M and O). It now stands by
    # the hips, above the back knee: the body sinks.
    from rehab_planner.figures.arrows import marks
    from rehab_planner.model.figure_vocab import MarkKind

    _, sink = library.get("forward-lunge").figure.panels()
    (down,) = [m for m in sink.marks if m.kind is MarkKind.MOVE]
    assert down.at == "pelvis" and down.direction == 270
    _, (*_, end) = render.placed_poses(sink)
    drawn = marks(sink, end, 1.0)
    lowest = min(y for item in drawn if isinstance(item, (Shape, Stroke)) for _, y in item.points)
    knee, hip = end.points["left_knee"][1], end.points["pelvis"][1]
    assert lowest > knee + 0.5 * (hip - knee)  # the whole arrow above the middle of the thigh
