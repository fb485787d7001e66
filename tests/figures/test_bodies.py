"""Bodies (issue 13): resting on the surface, whole, heads in proportion, hands and feet."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.body import TRUNK_W, lowest
from rehab_planner.figures.hands import HANDLE_COLOR, THUMB_UP_W, THUMB_W
from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.primitives import BLACK, Circle, Stroke, bounds
from rehab_planner.figures.render import placed_poses, render_exercise, render_spec
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import BasePosition, FigureSpec, MarkKind, PropKind, View

LIBRARY: Library = load_library(include_custom=False)
LYING = {BasePosition.LYING_ON_BACK, BasePosition.HOOK_LYING, BasePosition.LYING_ON_STOMACH,
         BasePosition.SIDE_LYING}


def _lying_panels() -> list[tuple[str, int, FigureSpec]]:
    out = []
    for exercise in sorted(LIBRARY, key=lambda e: e.id):
        assert exercise.figure is not None
        for k, panel in enumerate(exercise.figure.panels(), start=1):
            if panel.base in LYING and panel.view is not View.FEET and (
                panel.view is View.SIDE or panel.base is BasePosition.SIDE_LYING
            ):
                out.append((exercise.id, k, panel))
    return out


@pytest.mark.parametrize(("exercise_id", "panel", "spec"), _lying_panels())
def test_lying_bodies_rest_on_the_bed_or_mat(exercise_id: str, panel: int, spec: FigureSpec) -> None:
    ground, poses = placed_poses(spec)
    chain = [p for p in (spec.start, spec.middle, spec.end) if p is not None]
    # A lift puts something under the body on purpose (a pillow, the water, a hanging arm); an
    # anchored pose keeps it.
    if any(pose.lift for pose in chain):
        return
    for sk in poses:
        assert lowest(sk) == pytest.approx(ground, abs=0.01), (exercise_id, panel)


@pytest.mark.parametrize("base", ["lying_on_back", "hook_lying"])
def test_a_body_on_its_back_rests_with_head_back_and_feet(base: str) -> None:
    ground, (sk,) = placed_poses(FigureSpec.model_validate({"base": base, "props": [{"kind": "mat"}]}))
    assert sk.points["pelvis"][1] - TRUNK_W / 2 == pytest.approx(ground, abs=0.015)
    assert sk.points["head"][1] - HEAD_R == pytest.approx(ground, abs=0.025)
    if base == "hook_lying":  # feet flat on the mat, not in the air
        assert sk.points["right_heel"][1] - ground < 0.06
        assert abs(sk.points["right_heel"][1] - sk.points["right_toe"][1]) < 0.02


def test_the_mat_is_under_the_body_not_inside_it() -> None:
    spec = FigureSpec.model_validate({"base": "lying_on_back", "props": [{"kind": "mat"}]})
    ground, (sk,) = placed_poses(spec)
    assert ground > 0 and lowest(sk) == pytest.approx(ground)


def _solid_head(items: list[object]) -> Circle:
    return max((i for i in items if isinstance(i, Circle) and i.fill == BLACK),
               key=lambda c: c.radius)


@pytest.mark.parametrize("exercise_id", sorted(e.id for e in LIBRARY if e.figure and not e.figure.focus
                                                  and not e.figure.then))
def test_heads_stay_in_proportion_to_the_body(exercise_id: str) -> None:
    exercise = LIBRARY.get(exercise_id)
    assert exercise.figure is not None
    _, poses = placed_poses(exercise.figure)
    sk = poses[-1]
    trunk = math.dist(sk.points["pelvis"], sk.points["neck"])
    head = _solid_head(render_exercise(exercise).items)
    # The drawn head against the drawn trunk (both scaled alike but for HEAD_GROW).
    assert head.radius / HEAD_R < 1.8
    if exercise.figure.view is not View.FEET:  # seen from the foot end the trunk is foreshortened
        assert trunk > 0.2  # a whole trunk, not a stub


def test_chin_nod_lying_is_no_longer_a_big_close_up_head() -> None:
    spec = LIBRARY.get("chin-nod-lying").figure
    assert spec is not None and spec.focus is None


SEATED_NECK = ["chin-tuck", "neck-isometrics", "neck-rotation", "neck-side-bend", "neck-flexion",
               "neck-extension", "shoulder-shrugs", "upper-trap-stretch", "levator-stretch"]


@pytest.mark.parametrize("exercise_id", SEATED_NECK)
def test_seated_neck_exercises_draw_the_whole_chair_and_legs(exercise_id: str) -> None:
    spec = LIBRARY.get(exercise_id).figure
    assert spec is not None and spec.focus is None
    assert any(p.kind is PropKind.CHAIR for p in spec.props)
    items = render_exercise(LIBRARY.get(exercise_id)).items
    head = _solid_head(items)
    # Legs reach the floor well below the head: the picture shows the whole seated body.
    low = bounds([i for i in items if isinstance(i, Stroke) and i.color == BLACK])[1]
    assert head.center[1] - low > 1.0


def test_the_pelvic_tilt_shows_its_arms() -> None:
    spec = LIBRARY.get("pelvic-tilt").figure
    assert spec is not None
    _, poses = placed_poses(spec)
    start, end = poses
    # The arms lie straight at the sides, the same in both poses: hands raised onto the belly
    # moved between the poses and read as an elbow bend (fourth blind test). The near arm is
    # drawn over the trunk with its white edge, the hand beside the hip.
    for sk in (start, end):
        assert abs(sk.points["right_hand"][0] - sk.points["pelvis"][0]) < 0.15
        assert 0.0 < sk.points["right_hand"][1] - sk.points["pelvis"][1] < 0.12
    assert math.dist(start.points["right_hand"], end.points["right_hand"]) < 0.03


@pytest.mark.parametrize(
    ("hand", "handle", "thumb"),
    [("fist", False, False), ("grip", True, False), ("thumb_up", False, True)],
)
def test_hands_are_drawn_as_asked(hand: str, handle: bool, thumb: bool) -> None:
    spec = FigureSpec.model_validate({"base": "standing", "hands": {"right": hand}})
    items = render_spec(spec).items
    fists = [i for i in items if isinstance(i, Circle) and i.fill == BLACK and i.radius < HEAD_R]
    assert fists
    bars = [i for i in items if isinstance(i, Stroke) and i.color == HANDLE_COLOR]
    assert bool(bars) == handle
    thumbs = [i for i in items if isinstance(i, Stroke) and i.color == BLACK
              and i.width == pytest.approx(THUMB_UP_W if thumb else THUMB_W, rel=0.01)]
    assert bool(thumbs) == thumb
    assert LIBRARY.get("thumbs-up-arm-raise").figure.hands  # type: ignore[union-attr]


@pytest.mark.parametrize(("exercise_id", "contact"), [("heel-raises", "toe"), ("toe-raises", "heel")])
def test_feet_show_what_touches_the_ground(exercise_id: str, contact: str) -> None:
    spec = LIBRARY.get(exercise_id).figure
    assert spec is not None and spec.feet["right"].value == contact
    ground, poses = placed_poses(spec)
    sk = poses[-1]
    on_ground = sk.points[f"right_{contact}"][1] - ground
    other = "heel" if contact == "toe" else "toe"
    assert on_ground < sk.points[f"right_{other}"][1] - ground
    assert not any(m.kind is MarkKind.RING for m in spec.marks)
