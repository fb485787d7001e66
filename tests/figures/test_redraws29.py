"""Figures redrawn after the 18th blind naming test and the full review (issue 13)."""

from __future__ import annotations

import pytest

from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import PropKind, View


def test_the_clock_reach_taps_forward_then_to_the_side_then_behind(library) -> None:  # type: ignore[no-untyped-def]
    # One side view (a floor close-up of the taps beside it) read as walking backward: three
    # numbered panels show the three taps in the order the steps give them.
    forward, side, behind = library.get("clock-reach").figure.panels()
    assert (forward.view, side.view, behind.view) == (View.SIDE, View.FRONT, View.SIDE)
    moved = []
    for panel in (forward, side, behind):
        ground, (start, end) = placed_poses(panel)
        assert end.points["left_ankle"] == pytest.approx(start.points["left_ankle"], abs=0.02)
        foot = min(end.points["right_toe"][1], end.points["right_heel"][1])
        assert foot - ground < 0.12  # the foot taps the floor lightly
        moved.append(end.points["right_ankle"][0] - start.points["right_ankle"][0])
    assert moved[0] > 0.25 and moved[2] < -0.2  # forward (the way the figure faces), then behind
    assert abs(moved[1]) > 0.2  # out to the side, seen from the front


@pytest.mark.parametrize("exercise_id", ["side-lying-leg-lift", "clamshell", "side-lying-arm-raise"])
def test_a_side_lying_trunk_rises_at_the_hip_and_dips_at_the_waist(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # A top side sloping down from the shoulder to the hips read as a chest lying on its back
    # (blind tests #9, #10, #18): lying on the side the hip rises nearly as high as the shoulder.
    from rehab_planner.figures.trunk import front_outline

    _, (start, *_) = placed_poses(library.get(exercise_id).figure)
    outline = front_outline(start, on_side=True)
    shoulder, hip, waist = outline[0], outline[5], outline[6]
    pelvis = start.points["pelvis"][1]
    assert shoulder[1] > hip[1] > waist[1] + 0.03  # the top side: shoulder, dip, hip
    assert hip[1] - pelvis > 0.8 * (shoulder[1] - start.points["neck"][1])


def test_a_body_face_down_seen_from_above_shows_its_spine(library) -> None:  # type: ignore[no-untyped-def]
    # From above, face down, it read as face up (the back muscle wake-up as a tummy tighten):
    # the back shows its spine, a line down its middle with a tick for each bone.
    from rehab_planner.figures import heads
    from rehab_planner.figures.primitives import Stroke

    _, (pose,) = placed_poses(library.get("prone-back-muscle-set").figure)
    nx, px = pose.points["neck"][0], pose.points["pelvis"][0]
    on_back = [i for i in heads.from_above(pose, "down") if isinstance(i, Stroke)
               and all(min(nx, px) - 0.05 <= x <= max(nx, px) + 0.05 for x, _ in i.points)]
    assert len(on_back) >= 6  # the line and its ticks, over the trunk
    assert not [i for i in heads.from_above(pose, "up") if isinstance(i, Stroke)]  # face up: eyes only


def test_the_hug_and_round_has_no_arrow_that_reads_as_a_leg(library) -> None:  # type: ignore[no-untyped-def]
    # An arrow from the hands in the lap up to the reach read as a knee straightening (the
    # sciatic nerve slider, blind test #19): the hands reach forward at shoulder height, no arrow.
    from rehab_planner.model.figure import ArrowKind

    spec = library.get("upper-back-round-stretch").figure
    assert spec.arrow is ArrowKind.NONE
    _, (_, hug) = placed_poses(spec)
    assert hug.points["right_hand"][1] > hug.points["mid_back"][1]  # level with the chest


def test_the_ball_bridge_lifts_the_hips_well_clear_with_the_calves_still_on_the_ball(library) -> None:  # type: ignore[no-untyped-def]
    # A small lift read as the knee bend with the feet on the ball (blind test #19).
    _, (start, end) = placed_poses(library.get("ball-bridge").figure)
    assert end.points["pelvis"][1] - start.points["pelvis"][1] > 0.2
    assert end.points["right_ankle"] == pytest.approx(start.points["right_ankle"], abs=0.01)


def test_the_heel_slide_keeps_the_foot_on_the_mat_with_the_arrow_along_it(library) -> None:  # type: ignore[no-untyped-def]
    # The foot floated and the arrow arced through the air: read as a lying march (review #29).
    spec = library.get("heel-slide").figure
    assert spec.moving == ["right_heel"]
    ground, (start, end) = placed_poses(spec)
    for pose in (start, end):
        assert min(pose.points["right_heel"][1], pose.points["right_toe"][1]) - ground < 0.1
    assert end.points["right_heel"][1] - start.points["right_heel"][1] < 0.04  # along the mat
    assert start.points["right_heel"][0] - end.points["right_heel"][0] > 0.3  # toward the buttock


def test_the_side_step_up_ends_with_both_feet_on_the_step(library) -> None:  # type: ignore[no-untyped-def]
    # The end kept the first foot's bent knee in the air: read as a side leg lift (review #29).
    # (The step is drawn 0.35 of its width left of its point, figures/props.py.)
    spec = library.get("side-step-up").figure
    ground, (start, _middle, end) = placed_poses(spec)
    feet = [end.points[f"{s}_ankle"] for s in ("left", "right")]
    assert abs(feet[0][1] - feet[1][1]) < 0.02 and feet[0][1] - ground > 0.25  # both up on it
    (step,) = [p for p in spec.props if p.kind is PropKind.STEP]
    left_edge = start.points["left_heel"][0] + step.dx - 0.35 * (step.size or 0.42)
    right_edge = left_edge + (step.size or 0.42)
    assert all(left_edge < x < right_edge for x, _ in feet)
    assert start.points["right_ankle"][0] > right_edge  # it starts beside the step, on the floor


def test_the_pelvic_tilts_show_the_hips_tipping_with_a_curved_arrow(library) -> None:  # type: ignore[no-untyped-def]
    # A straight arrow at the belly read as a tummy tighten (review #29).
    from rehab_planner.model.figure import MarkKind

    for exercise_id in ("pelvic-tilt", "wall-pelvic-tilt"):
        (mark,) = library.get(exercise_id).figure.marks
        assert mark.kind is MarkKind.TURN and mark.at == "pelvis", exercise_id


def test_neck_turns_lying_has_its_arrow_round_the_crown_not_by_the_hands(library) -> None:  # type: ignore[no-untyped-def]
    # A flat arc under the chin ran into the hands on the chest (review #29).
    from rehab_planner.model.figure import MarkKind

    (mark,) = library.get("neck-turns-lying").figure.marks
    assert mark.kind is MarkKind.ROLL and mark.both_ways and mark.at == "head" and mark.dx < 0


def test_the_side_lunge_bends_the_stepping_knee_into_an_l(library) -> None:  # type: ignore[no-untyped-def]
    # A shorter thigh alone left the leg a straight slant: read as a wide stance, side stepping
    # (review #29). The thigh goes out toward level, the shin stands upright under the knee.
    import math

    _, (_, end) = placed_poses(library.get("side-lunge").figure)
    hip, knee, ankle = (end.points[f"right_{k}"] for k in ("hip", "knee", "ankle"))
    thigh = math.degrees(math.atan2(abs(knee[0] - hip[0]), hip[1] - knee[1]))
    shin = math.degrees(math.atan2(abs(ankle[0] - knee[0]), knee[1] - ankle[1]))
    assert thigh > 45 and shin < 20


def test_seated_heel_and_toe_raises_show_each_lift_in_its_own_panel(library) -> None:  # type: ignore[no-untyped-def]
    # Both lifts in one frame, one arrow floating in front of the toes, read as a plain heel or
    # toe raise (review #29): 1 the heels lift (toes down), 2 the toes lift (heels down).
    heels, toes = library.get("seated-heel-toe-raise").figure.panels()
    for panel, up, down in ((heels, "right_heel", "right_toe"), (toes, "right_toe", "right_heel")):
        _, (start, end) = placed_poses(panel)
        assert end.points[up][1] - start.points[up][1] > 0.07, up
        assert abs(end.points[down][1] - start.points[down][1]) < 0.02, down
        (mark,) = panel.marks
        assert mark.at == up and mark.direction == 90


def test_the_rowing_machine_has_a_rail_under_the_seat_and_a_flywheel_past_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    # A box seat (floating at the catch) and a cord to the feet read as a band row (review #29).
    from rehab_planner.figures.primitives import Circle, Shape
    from rehab_planner.figures.props import ROWER_WHEEL, static_prop
    from rehab_planner.model.figure import PropKind

    spec = library.get("rowing-machine").figure
    ground, poses = placed_poses(spec)
    seats = [p.points["pelvis"][1] for p in poses]
    assert max(seats) - min(seats) < 0.04  # the seat slides at one height
    (rower,) = [p for p in spec.props if p.kind is PropKind.ROWER]
    items = static_prop(rower, poses[0], poses, ground)
    (rail,) = [i for i in items if isinstance(i, Shape)]
    xs = [x for x, _ in rail.points]
    assert min(xs) < min(p.points["pelvis"][0] for p in poses) and max(xs) > poses[0].points["right_toe"][0]
    (wheel,) = [i for i in items if isinstance(i, Circle) and i.radius == ROWER_WHEEL]
    assert wheel.center[0] > poses[0].points["right_toe"][0]  # the housing is past the feet


def test_the_band_leg_press_arrow_runs_straight_along_the_leg(library) -> None:  # type: ignore[no-untyped-def]
    # An arc over the top from the bent knee read as lifting the leg: the strap stretch (review
    # #29). A straight arrow points the way the leg pushes, out and down along it.
    from rehab_planner.model.figure import ArrowKind, MarkKind

    spec = library.get("band-leg-press").figure
    assert spec.arrow is ArrowKind.NONE
    (mark,) = spec.marks
    assert mark.kind is MarkKind.MOVE and -45 < mark.direction < 0
    _, (start, end) = placed_poses(spec)
    assert end.points["right_ankle"][0] > start.points["right_ankle"][0]  # the foot pushes out
    assert end.points["right_ankle"][1] < start.points["right_ankle"][1]  # and down, low


def test_the_stair_climber_feet_stand_on_pedals_far_apart_in_height(library) -> None:  # type: ignore[no-untyped-def]
    # One foot barely above the other on a flat deck read as treadmill walking (review #29).
    ground, (pose,) = placed_poses(library.get("stair-climber").figure)
    high, low = pose.points["right_heel"][1], pose.points["left_heel"][1]
    assert high - low > 0.2 and low - ground > 0.08  # both up on pedals, one well above the other


def test_the_reacher_picks_the_thing_up_well_past_the_feet(library) -> None:  # type: ignore[no-untyped-def]
    # The jaws at the foot read as a long shoe horn at the heel (review #29).
    from rehab_planner.model.figure import PropKind

    spec = library.get("reaching-low-with-tools").figure
    _, (_, end) = placed_poses(spec)
    (reacher,) = [p for p in spec.props if p.kind is PropKind.REACHER]
    assert end.points["right_hand"][0] + reacher.dx > end.points["right_toe"][0] + 0.4


@pytest.mark.parametrize("exercise_id", ["heel-lower-step-straight", "heel-lower-step-bent"])
def test_a_heel_lower_off_a_step_lifts_the_free_foot_clear_and_drops_the_heel_off_the_edge(
    library, exercise_id: str
) -> None:  # type: ignore[no-untyped-def]
    # The free foot hanging behind a whole figure, the arrow under it, read as the hip hike
    # (blind test #20); up in front, over the step, as a step-up (reviews H and J). Since stop 35
    # the legs fill the picture and the free foot is lifted behind (test_redraws35.py).
    spec = library.get(exercise_id).figure
    _, (start, end) = placed_poses(spec)
    p = end.points
    assert p["left_ankle"][1] > p["right_toe"][1] + 0.12  # well clear of the step
    assert p["right_heel"][1] < p["right_toe"][1] - 0.04  # the heel sinks below the toes
    (step,) = [q for q in spec.props if q.kind.value == "step"]
    edge = start.points["right_toe"][0] + step.dx - 0.35 * (step.size or 0.42)
    assert p["right_heel"][0] < edge < p["right_toe"][0]  # the ball on it, the heel past its edge
    (mark,) = spec.marks
    assert mark.at == "right_heel" and mark.direction == -90 and mark.dx < 0  # down, behind it


# The side-lying outward turn tucked its knees like the clamshell (blind tests #18, #20: legs
# straight out read as lying on the back); since its head rests on the bottom hand (stop 40) its
# legs lie straight again, the tucked knees read as the clamshell (FF, OO): test_redraws41.py.


def test_the_front_of_hip_stretch_tucks_the_hips_under(library) -> None:  # type: ignore[no-untyped-def]
    # A staggered stance at a counter alone read as the calf stretch (review #29): the hips tuck
    # under as the steps say, a curved arrow at the front of the hips as in the pelvic tilts.
    from rehab_planner.model.figure import MarkKind

    spec = library.get("hip-flexor-stretch").figure
    turns = [m for m in spec.marks if m.kind is MarkKind.TURN]
    assert [(m.at, m.direction > 1) for m in turns] == [("pelvis", True)]
    assert "tuck your hips under" in " ".join(library.get("hip-flexor-stretch").steps)


def test_the_tummy_tighten_lying_presses_in_at_the_belly(library) -> None:  # type: ignore[no-untyped-def]
    # "squeeze" alone read as the buttock squeeze (review #29): an arrow presses in at the belly,
    # as the standing tummy tighten's does, and the steps say to pull the belly in.
    from rehab_planner.model.figure import MarkKind

    exercise = library.get("abdominal-brace")
    kinds = {(m.kind, m.at) for m in exercise.figure.marks}
    assert kinds == {(MarkKind.SQUEEZE, "belly"), (MarkKind.PUSH, "belly")}
    assert "pull in" in " ".join(exercise.steps)


@pytest.mark.parametrize("exercise_id", ["bird-dog", "fire-hydrant", "hands-knees-kick-back",
                                         "cat-and-cow", "quadruped-rocking", "push-up-plus",
                                         "floor-transfer"])
def test_on_hands_and_knees_the_knees_and_hands_rest_on_the_mat(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The toes pointed down below the shins held the knees and hands off the mat (review #29):
    # the tops of the feet lie along the floor in line with the shins.
    ground, (start, *_) = placed_poses(library.get(exercise_id).figure.panels()[0])
    for point in ("right_knee", "left_knee", "right_hand", "right_toe"):
        assert start.points[point][1] - ground < 0.07, point


def _eyes_in_head(exercise) -> int:  # type: ignore[no-untyped-def]
    """White dots inside the solid (largest black) head of an exercise's picture."""
    import math

    from rehab_planner.figures.primitives import BLACK, WHITE, Circle
    from rehab_planner.figures.render import render_exercise

    items = render_exercise(exercise).items
    circles = [i for i in items if isinstance(i, Circle)]
    head = max((c for c in circles if c.fill == BLACK), key=lambda c: c.radius)
    return sum(1 for c in circles if c.fill == WHITE and c.radius < head.radius / 3
               and math.dist(c.center, head.center) < head.radius)


@pytest.mark.parametrize("exercise_id", ["band-pull-apart", "feet-together-stand"])
def test_a_figure_seen_from_the_front_looks_at_you(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # A blank head could be seen from the front, the back or the side: the sideways table slide
    # read as the forward one, with high confidence (blind test #21). Two eyes face you.
    assert _eyes_in_head(library.get(exercise_id)) == 2


@pytest.mark.parametrize("exercise_id", ["w-squeeze", "shoulder-blade-squeeze", "table-slide-sideways"])
def test_a_figure_seen_from_behind_shows_no_face(library, exercise_id: str) -> None:  # type: ignore[no-untyped-def]
    # The shoulder blade squeezes are seen from behind (drawn as front views they would now look
    # at you, the squeeze on the chest); the W's arms still bend up like a goalpost.
    from rehab_planner.model.figure import View

    spec = library.get(exercise_id).figure
    assert spec.view is View.BACK and _eyes_in_head(library.get(exercise_id)) == 0
    _, poses = placed_poses(spec)
    if exercise_id == "w-squeeze":
        for pose in poses:
            for side in ("left", "right"):
                assert pose.points[f"{side}_hand"][1] > pose.points[f"{side}_elbow"][1]
