"""Bands show where they are anchored and where they loop round the body (issue 13)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures.bands import ANCHOR_FILL, CUFF_W, RING_R, STOPPER_R, anchor_kind
from rehab_planner.figures.primitives import Circle, Stroke
from rehab_planner.figures.props import PROP_DARK, door_lines
from rehab_planner.figures.render import placed_poses, render_exercise, render_spec
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import FigureSpec, PropKind

LIBRARY: Library = load_library(include_custom=False)
TIED = sorted(
    e.id for e in LIBRARY
    if e.figure and any(p.kind is PropKind.BAND and p.to is None for p in e.figure.props)
)
LOOPED = {"band-side-steps": 2, "band-knee-lock": 1, "band-ankle-4-ways": 1}


def _rings(items: list[object]) -> list[Circle]:
    return [i for i in items if isinstance(i, Circle) and i.fill is None and i.stroke is not None
            and i.radius < RING_R * 2]


def _stoppers(items: list[object]) -> list[Circle]:
    return [i for i in items if isinstance(i, Circle) and i.fill == ANCHOR_FILL]


def test_the_tied_bands_of_the_library_are_known() -> None:
    assert {"band-row", "band-anti-twist-press", "band-knee-lock", "band-outward-turn",
            "band-inward-turn"} <= set(TIED)


@pytest.mark.parametrize("exercise_id", TIED)
def test_a_band_tied_to_a_door_shows_a_door_anchor(exercise_id: str) -> None:
    exercise = LIBRARY.get(exercise_id)
    spec = exercise.figure
    assert spec is not None and any(p.kind is PropKind.DOOR for p in spec.props)
    _, poses = placed_poses(spec)
    band = next(p for p in spec.props if p.kind is PropKind.BAND and p.to is None)
    start = poses[0].points[band.at or "right_hand"]
    doors = door_lines(spec.props, poses[0])
    assert anchor_kind((start[0] + band.dx, start[1] + band.dy), doors) == "door"
    items = render_exercise(exercise).items
    # A ring the band runs through on the figure's side and a stopper behind the door, for the
    # start (faded) and the end pose.
    rings, stoppers = _rings(items), _stoppers(items)
    assert len(rings) >= 2 and len(stoppers) >= 1
    for stopper in stoppers:
        ring = min(rings, key=lambda r: math.dist(r.center, stopper.center))
        assert abs(ring.center[1] - stopper.center[1]) < 1e-6
        assert math.dist(ring.center, stopper.center) > STOPPER_R


def test_a_band_tied_where_there_is_no_door_is_knotted_round_a_post() -> None:
    spec = FigureSpec.model_validate(
        {"base": "standing", "hands": {"right": "grip"}, "end": {"right_shoulder": 60},
         "props": [{"kind": "band", "at": "right_hand", "dx": 0.6}]})
    items = render_spec(spec).items
    assert _rings(items) and not _stoppers(items)


@pytest.mark.parametrize(("exercise_id", "loops"), sorted(LOOPED.items()))
def test_a_band_loops_round_the_leg_it_pulls(exercise_id: str, loops: int) -> None:
    items = render_exercise(LIBRARY.get(exercise_id)).items
    cuffs = [i for i in items if isinstance(i, Stroke) and i.width == pytest.approx(CUFF_W)]
    # The end pose's loops (the start pose's, faded, come on top of these).
    assert len(cuffs) >= loops
    dark = [c for c in cuffs if c.color == PROP_DARK]
    assert len(dark) == loops


def test_the_band_runs_from_the_door_anchor_not_from_inside_the_door() -> None:
    spec = LIBRARY.get("band-row").figure
    assert spec is not None
    _, poses = placed_poses(spec)
    assert len(door_lines(spec.props, poses[0])) == 1
    items = render_exercise(LIBRARY.get("band-row")).items
    stopper = _stoppers(items)[-1]
    ring = min(_rings(items), key=lambda r: math.dist(r.center, stopper.center))
    # Figure on the left of the door: the ring on the left, the stopper on the right.
    assert ring.center[0] < stopper.center[0]


def test_a_band_stood_on_runs_under_the_sole() -> None:
    spec = FigureSpec.model_validate(
        {"base": "standing", "hands": {"right": "grip"}, "end": {"right_elbow": 120},
         "props": [{"kind": "band", "at": "right_hand", "to": "right_toe"}]})
    items = render_spec(spec).items
    strips = [i for i in items if isinstance(i, Stroke) and i.width == pytest.approx(CUFF_W)
              and i.color == PROP_DARK]
    assert len(strips) == 1
    (x0, y0), (x1, y1) = strips[0].points
    assert y0 == pytest.approx(y1) and abs(x1 - x0) > 0.15  # level, along the whole sole
    # Sitting with the toes up, the band loops round the foot instead (a cuff across it).
    items = render_exercise(LIBRARY.get("band-ankle-4-ways")).items
    (cuff,) = [i for i in items if isinstance(i, Stroke) and i.width == pytest.approx(CUFF_W)
               and i.color == PROP_DARK]
    (x0, y0), (x1, y1) = cuff.points
    assert abs(y1 - y0) > 0.03
