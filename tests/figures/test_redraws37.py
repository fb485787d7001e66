"""Figures redrawn in stop 37, after full reviews H-P: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_the_band_leg_press_holds_the_band_over_the_chest(library) -> None:  # type: ignore[no-untyped-def]
    # With the arms reaching out straight to the knee, the thick near arm beside the leg read as
    # a second, bent leg, and the band as a frame round it: a heel slide or a knee machine
    # (reviews H, I and P). The hands stay up over the chest, the elbows bent, in both poses.
    _, poses = placed_poses(library.get("band-leg-press").figure)
    for pose in poses:
        pts = pose.points
        shoulder, hip, hand = pts["right_shoulder"], pts["right_hip"], pts["right_hand"]
        trunk = math.dist(shoulder, hip)
        assert abs(hand[0] - shoulder[0]) < 0.5 * trunk  # over the chest, not out at the knee
        assert hand[1] - shoulder[1] > 0.3 * trunk  # held up off the body
        elbow = pts["right_elbow"]
        upper = math.atan2(elbow[1] - shoulder[1], elbow[0] - shoulder[0])
        fore = math.atan2(hand[1] - elbow[1], hand[0] - elbow[0])
        bend = abs(math.degrees((fore - upper + math.pi) % (2 * math.pi) - math.pi))
        assert bend >= 45  # the elbows bent
    start = poses[0].points
    (kx, ky), (ax, ay) = start["right_knee"], start["right_ankle"]
    assert abs(ay - ky) < 0.3 * abs(ax - kx)  # the knee starts bent over the hip, the shin level


def test_an_elbow_bent_in_brings_the_forearm_across_the_body_and_mirrors() -> None:
    # Seen from the front an elbow bends out to its own side; the band inward turn's hand must
    # come in to the belly (drawn out, its end pose showed the forearm toward the door).
    from rehab_planner.figures.mirror import mirrored_spec
    from rehab_planner.model.figure import FigureSpec

    def hand_past_elbow(spec: FigureSpec, side: str) -> float:
        _, poses = placed_poses(spec)
        end = poses[-1].points
        toward_middle = end["pelvis"][0] - end[f"{side}_elbow"][0]
        return (end[f"{side}_hand"][0] - end[f"{side}_elbow"][0]) * math.copysign(1, toward_middle)

    out = FigureSpec.model_validate({"base": "standing", "view": "front",
                                     "end": {"right_shoulder": 14, "right_elbow": 70}})
    inward = FigureSpec.model_validate({"base": "standing", "view": "front",
                                        "end": {"right_shoulder": 14, "right_elbow": 70,
                                                "elbows_in": ["right"]}})
    assert hand_past_elbow(out, "right") < -0.1  # out to its own side
    assert hand_past_elbow(inward, "right") > 0.1  # in across the belly
    mirrored = mirrored_spec(inward)
    assert mirrored.end is not None and mirrored.end.elbows_in == ["left"]
    assert hand_past_elbow(mirrored, "left") > 0.1


def test_a_hand_close_up_can_hang_the_fingers_down() -> None:
    from rehab_planner.figures.inset import draw
    from rehab_planner.figures.primitives import BLACK, Shape, Stroke
    from rehab_planner.model.figure import HandInset

    box = (0.0, 0.0, 1.0, 1.0)

    def lowest_and_highest(spec: HandInset) -> tuple[float, float]:
        _, *hand = draw(spec, BLACK, box)
        ys = [p[1] for i in hand if isinstance(i, Shape | Stroke) for p in i.points]
        return min(ys), max(ys)

    up = HandInset.model_validate({"hands": ["palm_up"]})
    down = HandInset.model_validate({"hands": ["palm_up"], "fingers_down": True})
    low_up, high_up = lowest_and_highest(up)
    low_down, high_down = lowest_and_highest(down)
    # turned upside down in the same box: what was near the top is now near the bottom
    assert low_down == pytest.approx(1.0 - high_up) and high_down == pytest.approx(1.0 - low_up)


def test_a_big_toe_bent_up_rises_from_the_front_of_the_foot() -> None:
    from rehab_planner.figures import hands
    from rehab_planner.figures.primitives import BLACK, Stroke
    from rehab_planner.model.figure import FigureSpec

    spec = FigureSpec.model_validate({"base": "standing", "feet": {"right": "toe_up"}})
    _, (pose,) = placed_poses(spec)
    (toe,) = hands.big_toe_up(pose, "right", BLACK)
    assert isinstance(toe, Stroke)
    start, tip = toe.points
    assert start == pose.points["right_toe"]
    assert tip[1] - start[1] > 0.05  # straight up from the toes (up the wall)


def test_a_rail_runs_level_under_the_hand_or_up_a_stair_and_stands_as_a_post_from_the_front() -> None:
    from rehab_planner.figures.primitives import Stroke
    from rehab_planner.figures.props import in_front, static_prop
    from rehab_planner.model.figure import FigureSpec, Prop, View

    def rail_items(spec: FigureSpec, prop: Prop) -> tuple[list[Stroke], list[object]]:
        floor, poses = placed_poses(spec)
        items = static_prop(prop, poses[0], poses, floor)
        return [i for i in items if isinstance(i, Stroke)], poses

    side = FigureSpec.model_validate({"base": "standing", "start": {"shoulders": 20}})
    strokes, (pose,) = rail_items(side, Prop.model_validate({"kind": "rail"}))
    bar = strokes[-1]
    (ax, ay), (bx, by) = bar.points
    hand = pose.points["right_hand"]
    assert ax < hand[0] < bx and ay == pytest.approx(by)  # level, under the hand
    assert abs(ay - hand[1]) < 0.05
    assert all(min(s.points[0][1], s.points[1][1]) < 0.01 for s in strokes[:2])  # posts to the floor
    strokes, _ = rail_items(side, Prop.model_validate({"kind": "rail", "slope": 34}))
    (ax, ay), (bx, by) = strokes[-1].points
    assert (by - ay) / (bx - ax) == pytest.approx(math.tan(math.radians(34)))  # up the stair
    front = FigureSpec.model_validate({"base": "standing", "view": "front"})
    strokes, (pose,) = rail_items(front, Prop.model_validate({"kind": "rail"}))
    (post,) = strokes
    assert post.points[0][0] == post.points[1][0]  # upright, at the hand
    counter = Prop.model_validate({"kind": "counter", "at": "pelvis"})
    assert in_front(counter, View.FRONT) and not in_front(counter, View.SIDE)
