"""Audit 37, neck, upper back and aerobic figures: a physical therapist compared each drawing with
its exercise text. Each test says what was wrong and what the picture must show now; what the
text promises in numbers is also held by the figure's constraints (test_picture_text.py)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import arrows, far
from rehab_planner.figures.body import side_outline
from rehab_planner.figures.hands import OPEN_LONG, OPEN_W
from rehab_planner.figures.pose import HEAD_R, Skeleton
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Stroke
from rehab_planner.figures.props import ARM_BIKE_REACH, arm_bike_hub, static_prop
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.library import load_library
from rehab_planner.model.figure import FigureSpec, PropKind, View


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def _as_drawn(spec: FigureSpec) -> tuple[float, list[Skeleton]]:
    """The poses as drawn: the end pose's far arm or leg set apart from its near twin."""
    ground, poses = placed_poses(spec)
    kinds = far.kinds(spec)
    if kinds:
        poses[-1] = far.set_apart(poses[-1], "left", kinds, ground)
    return ground, poses


def _to_segment(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    ab = (b[0] - a[0], b[1] - a[1])
    t = ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / ((ab[0] ** 2 + ab[1] ** 2) or 1.0)
    t = max(0.0, min(1.0, t))
    return math.dist(p, (a[0] + t * ab[0], a[1] + t * ab[1]))


def levator_hand_problems(spec: FigureSpec) -> list[str]:
    _, poses = _as_drawn(spec)
    p = poses[-1].points
    head, neck = p["head"], p["neck"]
    wrist, tip = p["left_wrist"], p["left_hand"]
    length = math.dist(wrist, tip) or 1.0
    u = ((tip[0] - wrist[0]) / length, (tip[1] - wrist[1]) / length)
    end = (wrist[0] + u[0] * (OPEN_LONG - OPEN_W / 2), wrist[1] + u[1] * (OPEN_LONG - OPEN_W / 2))
    problems = []
    # The open hand (a mitten OPEN_W wide from the wrist to `end`) overlaps the head's edge.
    if _to_segment(head, wrist, end) > HEAD_R + OPEN_W / 2 - 0.01:
        problems.append("the hand does not touch the head")
    # ... on its back: away from the bowed face (the face looks along the head's line turned
    # clockwise; the figure faces right).
    up = (head[0] - neck[0], head[1] - neck[1])
    face = (up[1], -up[0])
    middle = ((wrist[0] + end[0]) / 2, (wrist[1] + end[1]) / 2)
    if (middle[0] - head[0]) * face[0] + (middle[1] - head[1]) * face[1] >= 0:
        problems.append("the hand is not on the back of the head")
    return problems


def test_the_back_of_neck_stretch_rests_the_hand_on_the_back_of_the_head(library) -> None:  # type: ignore[no-untyped-def]
    # The far hand, set apart behind the bowed head, floated a hand's width off it (audit 37).
    # The steps rest the hand on the back of the head and let it help the head down: the open
    # hand, as drawn, lies on the back of the head.
    exercise = library.get("levator-stretch")
    assert any("back of your head" in step for step in exercise.steps)
    assert levator_hand_problems(exercise.figure) == []


def wall_slide_problems(spec: FigureSpec) -> list[str]:
    problems = []
    if spec.view is not View.BACK:
        problems.append(f"seen from the {spec.view.value}, not from behind")
    if not any(p.kind is PropKind.WALL for p in spec.props):
        problems.append("no wall")
    items = render_spec(spec).items
    head = max((i for i in items if isinstance(i, Circle) and i.fill == BLACK), key=lambda c: c.radius)
    eyes = [i for i in items if isinstance(i, Circle) and i.fill == WHITE
            and i.radius < head.radius / 2 and math.dist(i.center, head.center) < head.radius]
    if eyes:
        problems.append("the face looks at you, the back to the wall")
    return problems


def test_the_wall_slides_face_the_wall(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from the front, the eyes looking at you and the wall behind, it drew the back-to-wall
    # angel (audit 37). The steps stand facing the wall with the forearms on it: seen from behind,
    # the head blank (every face in the library has eyes), the wall beyond the body.
    exercise = library.get("wall-angels")
    assert exercise.steps[0].startswith("Stand facing a wall")
    assert wall_slide_problems(exercise.figure) == []


def arch_roll_problems(spec: FigureSpec) -> list[str]:
    ground, poses = placed_poses(spec)
    (roll,) = [p for p in spec.props if p.kind is PropKind.ROLL]
    (circle,) = [i for i in static_prop(roll, poses[0], poses, ground) if isinstance(i, Circle)]
    top = circle.center[1] + circle.radius
    problems = []
    for name, sk in zip(("start", "end"), poses, strict=False):
        if sk.points["head"][1] - HEAD_R < ground - 0.005:
            problems.append(f"the {name} head sinks into the mat")
        under = [y for x, y in side_outline(sk) if abs(x - circle.center[0]) < 0.035]
        if not under or abs(min(under) - top) > 0.015:
            problems.append(f"the {name} back does not rest on the roll")
    end = spec.end.neck if spec.end is not None and spec.end.neck is not None else None
    if end is not None and end < 0:
        problems.append("the end tips the head back: the neck arches, not the upper back")
    return problems


def test_the_upper_back_arches_over_the_roll_the_head_on_the_mat(library) -> None:  # type: ignore[no-untyped-def]
    # The end's head, tipped back, sank through the mat, and the body floated above it with the
    # roll sunk into the back (audit 37). The steps arch the upper back over the roll: the back
    # rests on the roll in both poses, the head comes down to the mat and not through it, and
    # the neck is not tipped back (the arch is the upper back's). The constraints keep the hips
    # and feet down and the back bent.
    assert arch_roll_problems(library.get("upper-back-arch-roll").figure) == []


def arm_bike_problems(spec: FigureSpec) -> list[str]:
    _, poses = _as_drawn(spec)
    sk = poses[-1]
    hub = arm_bike_hub(spec.props, sk)
    assert hub is not None
    (prop,) = [p for p in spec.props if p.kind is PropKind.ARM_BIKE]
    (crank,) = [i for i in static_prop(prop, sk, poses, 0.0)
                if isinstance(i, Stroke) and i.points[1:] == (hub, sk.points["right_hand"])]
    chest, shoulder = sk.points["chest"][1], sk.points["right_shoulder"][1]
    problems = []
    if max(y for _, y in crank.points) > chest + 1e-6:
        problems.append("a handle is above the chest")
    if max(sk.points[f"{s}_hand"][1] for s in ("left", "right")) > chest + 1e-6:
        problems.append("a hand is above the chest")
    if math.dist(sk.points["left_hand"], crank.points[0]) > ARM_BIKE_REACH:
        problems.append("the far hand is off its handle")
    ring = arrows.circle_arrow(hub, 1.0, around=math.dist(hub, sk.points["right_hand"]))
    if max(y for i in ring if isinstance(i, Stroke) for _, y in i.points) > shoulder:
        problems.append("the circle arrow rises past the shoulders")
    return problems


def test_the_arm_bike_pedals_stay_below_the_chest(library) -> None:  # type: ignore[no-untyped-def]
    # The hub stood at chest height: the top handle and the far hand came up to the face and the
    # circle arrow to the chin (audit 37). The safety note keeps the pedals no higher than the
    # chest: as drawn, both handles and both hands are at or below the chest, the far hand holds
    # the top handle, and the arrow round the crank stays below the shoulders.
    exercise = library.get("arm-bike")
    assert any("no higher than your chest" in note for note in exercise.safety_notes)
    assert arm_bike_problems(exercise.figure) == []
