"""The weakest pictures of the blind naming tests (issue 13), redrawn: each test fails if the
picture slid back to what the therapist misnamed."""

from __future__ import annotations

import math

import pytest

from rehab_planner.errors import RenderError
from rehab_planner.figures import towel
from rehab_planner.figures.pose import base_for
from rehab_planner.figures.primitives import Shape
from rehab_planner.figures.render import placed_poses, render_exercise
from rehab_planner.model.figure import BasePosition, View


def _poses(library, exercise_id: str):  # type: ignore[no-untyped-def]
    spec = library.get(exercise_id).figure
    _, placed = placed_poses(spec)
    return spec, placed


# 1. Towel stretch behind the back: from behind, a side view hid the lower hand.

def test_towel_behind_back_is_seen_from_behind_hands_at_the_spine(library) -> None:  # type: ignore[no-untyped-def]
    spec, (start, end) = _poses(library, "towel-behind-back")
    assert spec.view is View.BACK
    for sk in (start, end):
        p = sk.points
        spine = p["pelvis"][0]
        # From behind the figure's right side is on the viewer's right.
        assert p["right_shoulder"][0] > spine > p["left_shoulder"][0]
        top, low = p["left_hand"], p["right_hand"]
        # Both hands at the spine, the towel straight down between them.
        assert abs(top[0] - spine) < 0.06 and abs(low[0] - spine) < 0.06
        # The good hand up behind the head, its elbow up and out; the sore one at the low back,
        # its elbow out to the side.
        assert top[1] > p["neck"][1] and p["left_elbow"][1] > p["left_shoulder"][1] + 0.15
        assert p["left_elbow"][0] < p["left_shoulder"][0]
        assert p["pelvis"][1] - 0.05 < low[1] < p["chest"][1]
        assert p["right_elbow"][0] > p["right_shoulder"][0]
    # Pulled up, the towel slides the sore hand up the back (the arrow is on that hand).
    assert end.points["right_hand"][1] - start.points["right_hand"][1] > 0.08
    assert spec.moving == ["right_hand"]
    held = [p for p in spec.props if towel.between_hands(p)]
    assert [(p.at, p.to) for p in held] == [("right_hand", "left_hand")]


def test_a_towel_held_in_both_hands_is_a_wide_strip_over_the_back(library) -> None:  # type: ignore[no-untyped-def]
    items = render_exercise(library.get("towel-behind-back")).items
    strips = [i for i in items if isinstance(i, Shape) and len(i.points) == 4
              and i.width == pytest.approx(towel.EDGE_W)]
    assert len(strips) == 2  # the start pose's and the end pose's
    (a, b, c, _d) = strips[-1].points
    width, length = math.dist(b, c), math.dist(a, b)
    # In the picture's units: far wider than a strap, and long down the back.
    assert length > 4 * width and width > 0.0


def test_back_view_is_only_for_upright_bases() -> None:
    base_for(BasePosition.STANDING, View.BACK)
    with pytest.raises(RenderError, match="no back view"):
        base_for(BasePosition.LYING_ON_BACK, View.BACK)


def test_back_view_folds_a_bent_elbow_in_toward_the_spine() -> None:
    from rehab_planner.figures.pose import resolve, skeleton
    from rehab_planner.model.figure import Pose

    base = base_for(BasePosition.STANDING, View.BACK)
    angles, shorten = resolve(base, Pose(right_shoulder=20, right_elbow=90,
                                         left_shoulder=150, left_elbow=140))
    sk = skeleton(angles, shorten, View.BACK)
    for side in ("right", "left"):
        assert abs(sk.points[f"{side}_hand"][0]) < abs(sk.points[f"{side}_elbow"][0]) - 0.15


# 2. Ankle isometrics: the foot presses into something and nothing moves (two feet with arrows
# up and down read as ankle pumps).

def test_ankle_isometrics_presses_the_foot_without_moving(library) -> None:  # type: ignore[no-untyped-def]
    # Held, one push and no motion: the foot presses out into a box beside it (where: see
    # tests/figures/test_audit37_limbs.py).
    from rehab_planner.model.figure import PropKind

    spec, placed = _poses(library, "ankle-isometrics")
    assert spec.hold and spec.end is None and len(placed) == 1  # one held pose: no motion
    assert PropKind.CHAIR in {p.kind for p in spec.props}
    assert len(spec.marks) == 1


# 3. Push-up plus: the chest sinks between the straight arms, then the upper back rounds up;
# not a cat and cow (the head and hips stay put), not a push-up (the elbows stay straight).

def test_push_up_plus_rounds_the_upper_back_up_between_straight_arms(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.pose import resolve
    from rehab_planner.model.figure import MarkKind

    spec, (start, end) = _poses(library, "push-up-plus")
    base = base_for(spec.base, spec.view)
    for angles in (resolve(base, spec.start)[0], resolve(base, spec.start, spec.end)[0]):
        assert angles["right_elbow"] <= 5 and angles["left_elbow"] <= 5  # never a push-up
    s, e = start.points, end.points
    # The upper back: dipped below the line from the hips to the neck at the start (the chest
    # sunk), rounded up above it at the end.

    def above_line(p):  # type: ignore[no-untyped-def]
        (x0, y0), (x1, y1), (x, y) = p["pelvis"], p["neck"], p["mid_back"]
        return y - (y0 + (y1 - y0) * (x - x0) / (x1 - x0))

    assert above_line(s) < -0.02 and above_line(e) > 0.05
    assert e["mid_back"][1] - s["mid_back"][1] > 0.06
    # Hands, knees, hips and head stay where they are: the back alone moves.
    for name in ("right_hand", "right_knee", "pelvis", "head", "right_shoulder"):
        assert abs(e[name][1] - s[name][1]) < 0.04, name
        assert abs(e[name][0] - s[name][0]) < 0.04, name
    # The arms stand upright under the shoulders in both poses.
    for p in (s, e):
        assert abs(p["right_wrist"][0] - p["right_shoulder"][0]) < 0.03
    # One arrow up over the upper back.
    (move,) = [m for m in spec.marks if m.kind is MarkKind.MOVE]
    assert move.direction == 90 and move.at in ("chest", "mid_back")


# 4. Hand, wrist and elbow moves: one busy seated figure became three numbered panels in the
# order of the steps.

def test_hand_wrist_and_elbow_moves_are_three_numbered_close_ups(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures import inset
    from rehab_planner.figures.panels import NUMBER_R
    from rehab_planner.figures.pose import resolve
    from rehab_planner.figures.primitives import Circle, Label
    from rehab_planner.figures.render import render_spec
    from rehab_planner.model.figure import ArrowKind, CloseHand, Focus

    exercise = library.get("hand-wrist-and-elbow-motion-with-ball-squeeze")
    squeeze, wrist, elbow = exercise.figure.panels()
    assert all(p.focus is Focus.UPPER_BODY for p in (squeeze, wrist, elbow))
    # 1: the ball, the hand open then closed round it in the close-up; the arm still.
    assert squeeze.end is None and any(p.kind.value == "ball" for p in squeeze.props)
    assert squeeze.inset is not None and squeeze.inset.holds == "ball"
    assert squeeze.inset.hands == [CloseHand.OPEN, CloseHand.FIST]
    # 2: only the wrist moves, up and down.
    # 3: only the elbow moves, the hand up toward the shoulder and back.
    for panel, joint, least in ((wrist, "right_wrist", 120), (elbow, "right_elbow", 60)):
        base = base_for(panel.base, panel.view)
        a0 = resolve(base, panel.start)[0]
        a1 = resolve(base, panel.start, panel.end)[0]
        changed = {k for k in a0 if abs(a0[k] - a1[k]) > 1e-6}
        assert changed == {joint} and abs(a1[joint] - a0[joint]) >= least
        assert panel.arrow is ArrowKind.BOTH_WAYS
    _, (_, bent_to) = placed_poses(elbow)
    p = bent_to.points
    assert p["right_hand"][1] > p["right_elbow"][1] + 0.15  # up toward the shoulder
    # Drawn: three numbers and the hand close-up in the first panel.
    items = render_spec(exercise.figure).items
    numbers = sorted(i.text for i in items if isinstance(i, Label) and i.text.isdigit())
    assert numbers == ["1", "2", "3"]
    assert len([i for i in items if isinstance(i, Circle) and i.radius == NUMBER_R]) == 3
    frames = [i for i in items if isinstance(i, Shape) and i.width == pytest.approx(inset.FRAME_W)]
    assert frames  # the close-up of the hand survives the panels


# 5. Pairs that read alike: they must differ in the part that tells them apart.

def _lowest_foot(sk) -> float:  # type: ignore[no-untyped-def]
    return min(sk.points[f"{s}_{k}"][1] for s in ("left", "right") for k in ("ankle", "heel", "toe"))


def _angles(spec):  # type: ignore[no-untyped-def]
    from rehab_planner.figures.pose import resolve

    base = base_for(spec.base, spec.view)
    return [resolve(base, *[p for p in (spec.start, spec.end) if p is not None][: i + 1])[0]
            for i in range(2)]


def test_pool_jogging_lifts_the_knees_bends_the_arms_and_leaves_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.layout import BOX_W
    from rehab_planner.figures.primitives import Stroke
    from rehab_planner.figures.props import PROP_LINE

    walk, walked = _poses(library, "pool-walking")
    jog, jogged = _poses(library, "pool-jogging")
    for sk in walked:  # walking: a foot on the pool floor, the knees well below the hips
        assert _lowest_foot(sk) < 0.06
        assert sk.points["pelvis"][1] - max(sk.points["right_knee"][1], sk.points["left_knee"][1]) > 0.3
    for sk in jogged:  # jogging: both feet off the pool floor
        assert _lowest_foot(sk) > 0.12
    end = jogged[-1].points
    assert end["pelvis"][1] - end["right_knee"][1] < 0.1  # the near knee up at the hip's height
    for angles in _angles(walk):  # the arms swing low and straight...
        assert angles["right_elbow"] <= 10 and angles["left_elbow"] <= 10
    for angles in _angles(jog):  # ...or pump, bent at a right angle
        assert angles["right_elbow"] >= 80 and angles["left_elbow"] >= 80
    # Both pictures show the pool's floor under the water.
    for exercise_id in ("pool-walking", "pool-jogging"):
        items = render_exercise(library.get(exercise_id)).items
        assert any(isinstance(i, Stroke) and i.color == PROP_LINE and len(i.points) == 2
                   and i.points[0][1] == i.points[1][1]
                   and abs(i.points[1][0] - i.points[0][0]) > 0.8 * BOX_W for i in items)


def test_curl_up_crunch_and_sit_up_differ_in_arms_and_height(library) -> None:  # type: ignore[no-untyped-def]
    ground, (_, curl) = placed_poses(library.get("partial-curl-up").figure)
    _, (_, crunch) = placed_poses(library.get("crunch-arms-crossed").figure)
    _, (_, sit) = placed_poses(library.get("sit-up").figure)

    def height(sk) -> float:  # type: ignore[no-untyped-def]
        return float(sk.points["neck"][1] - ground)

    def reach(sk, to: str) -> float:  # type: ignore[no-untyped-def]
        return math.dist(sk.points["right_hand"], sk.points[to])

    # The partial curl-up: straight arms reach to the knees; the shoulder blades just clear.
    assert reach(curl, "right_knee") < 0.25 and reach(curl, "chest") > 0.45
    assert height(curl) > 0.15
    # The crunch: the arms folded on the chest, the head and shoulders up at least as high, the
    # low back still on the mat (lifted from the hips it read as a sit-up, audit of stop 37).
    assert reach(crunch, "chest") < 0.22 and reach(crunch, "right_knee") > 0.45
    assert height(crunch) >= height(curl)
    # The sit-up: the same folded arms, all the way up.
    assert reach(sit, "chest") < 0.22
    assert height(sit) > height(crunch) + 0.15
    for exercise_id in ("crunch-arms-crossed", "sit-up"):
        for angles in _angles(library.get(exercise_id).figure):
            assert angles["right_elbow"] >= 120  # folded, not a hand sticking up off the chest
