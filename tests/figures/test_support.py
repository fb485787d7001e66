"""Where the steps say to hold a counter or a rail, the picture shows it, and the hand on it.

A patient standing on one leg, on a step or walking heel to toe copies the picture: drawn with
nothing to hold, it tells them to balance free, against the steps and the safety notes. Where the
steps only say to stand or walk next to one ("if you need to"), the picture shows it nearby.
"""

from __future__ import annotations

import itertools
import math
import re

import pytest

from rehab_planner.figures.primitives import Shape, Stroke
from rehab_planner.figures.props import static_prop
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library
from rehab_planner.model.figure import FigureSpec, Prop, PropKind

# A sentence that tells the patient to hold on while they do it.
HOLD = re.compile(
    r"\bhold (?:on to )?(?:a|the) (counter|rail)\b(?! if you need)"
    r"|\b(counter|rail) and hold it\b|\b(counter|rail)\. Hold it\b",
    re.IGNORECASE,
)
# A sentence that puts a support within reach.
NEAR = re.compile(r"\b(?:next to|along|near) (?:a|the) (counter|rail)\b", re.IGNORECASE)
SUPPORTS = {"counter": {PropKind.COUNTER}, "rail": {PropKind.RAIL}}
TOUCH = 0.1  # a hand this close to a support's edge rests on it
HANDS = ("right_hand", "left_hand")

LIBRARY = load_library(include_custom=False)


def _wanted(pattern: re.Pattern[str]) -> dict[str, str]:
    """Exercise id -> the support its steps or safety notes name."""
    out: dict[str, str] = {}
    for exercise in LIBRARY.exercises.values():
        for sentence in (*exercise.steps, *exercise.safety_notes):
            found = pattern.search(sentence)
            if found:
                out[exercise.id] = next(g for g in found.groups() if g).lower()
                break
    return out


HELD = _wanted(HOLD)
NEARBY = {k: v for k, v in _wanted(NEAR).items() if k not in HELD}


def _edges(items: list[object]) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    out = []
    for item in items:
        if isinstance(item, Shape):
            pts = list(item.points)
            out += list(zip(pts, pts[1:] + pts[:1], strict=True))
        elif isinstance(item, Stroke):
            pts = list(item.points)
            out += list(itertools.pairwise(pts))
    return out


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length))
    return math.dist(p, (ax + t * dx, ay + t * dy))


def _supports(panel: FigureSpec, word: str) -> list[Prop]:
    return [p for p in panel.props if p.kind in SUPPORTS[word]]


def test_the_library_asks_to_hold_a_support_somewhere() -> None:
    # The patterns still find the sentences they are written for.
    assert {"step-up", "stairs", "single-leg-heel-raise", "standing-march"} <= set(HELD)
    assert {"heel-to-toe-walk", "high-knee-march"} <= set(NEARBY) | set(HELD)


@pytest.mark.parametrize("exercise_id", sorted(HELD))
def test_a_hand_holds_the_support_in_every_pose(exercise_id: str) -> None:
    word = HELD[exercise_id]
    for n, panel in enumerate(LIBRARY.get(exercise_id).figure.panels(), 1):
        props = _supports(panel, word)
        assert props, f"{exercise_id} panel {n}: the steps say hold a {word}; none is drawn"
        floor, poses = placed_poses(panel)
        edges = [e for prop in props for e in _edges(static_prop(prop, poses[0], poses, floor))]
        for k, pose in enumerate(poses):
            gap = min(_distance(pose.points[h], a, b) for h in HANDS for a, b in edges)
            assert gap < TOUCH, f"{exercise_id} panel {n} pose {k}: no hand on the {word} ({gap:.2f})"


@pytest.mark.parametrize("exercise_id", sorted(NEARBY))
def test_a_support_the_steps_put_nearby_is_drawn(exercise_id: str) -> None:
    word = NEARBY[exercise_id]
    for n, panel in enumerate(LIBRARY.get(exercise_id).figure.panels(), 1):
        assert _supports(panel, word), f"{exercise_id} panel {n}: the steps put a {word} nearby"
