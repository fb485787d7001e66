"""Figures redrawn in stop 42, after full review PP: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import pytest

from rehab_planner.figures.muscles import shade
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library
from rehab_planner.model.figure import Mark, MarkKind, Muscle
from rehab_planner.model.figure_vocab import Focus, PropKind, muscle_fits


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_the_outer_hip_stretch_bends_little_and_keeps_the_free_hand_off_the_push(library) -> None:  # type: ignore[no-untyped-def]
    # Side-bent 42 degrees the trunk was drawn as narrow as a side view's, and the crossed legs
    # read as a stride: the front of hip stretch, with high confidence (PP). The trunk bends
    # less, the crossed foot stands on its toes on the floor, and the free hand is up and out,
    # clear of the arrow that pushes the hips toward the counter.
    spec = library.get("outer-hip-stretch").figure
    assert spec.start.spine is not None and -36 <= spec.start.spine <= -20
    ground, (sk,) = placed_poses(spec)
    p = sk.points
    assert min(p["left_toe"][1], p["right_toe"][1]) - ground < 0.06  # a toe on the floor
    assert max(p["left_toe"][1], p["right_toe"][1]) - ground < 0.06  # both: the crossed one too
    counter = next(x for x in spec.props if x.kind is PropKind.COUNTER)
    free = "right" if counter.at.startswith("left") else "left"
    assert p[f"{free}_hand"][1] > p["pelvis"][1] + 0.08  # above the push arrow at the hips


def test_the_band_up_and_across_is_tied_off_the_floor(library) -> None:  # type: ignore[no-untyped-def]
    # Tied at the floor, the band and the raised arm were one stick standing on the floor: the
    # cane side raise (reviews P, T, II and PP). It is tied low on the door, but clear of the
    # floor, so it ends in the air at its anchor.
    spec = library.get("band-diagonal-up").figure
    ground, (start, _) = placed_poses(spec)
    (band,) = [p for p in spec.props if p.kind is PropKind.BAND]
    anchor_height = start.points["right_hand"][1] + band.dy - ground
    assert 0.15 <= anchor_height < 0.3


def test_the_top_of_foot_stretch_shades_the_top_of_the_pointed_foot_in_a_close_up(library) -> None:  # type: ignore[no-untyped-def]
    # On the whole figure the pointed foot was a few pixels under a grey ring at the ankle, and
    # the picture read as the seated knee bend (reviews of stop 28 and PP). A close-up of the
    # feet shows it, the top of the foot shaded with "stretch".
    spec = library.get("top-of-foot-stretch").figure
    assert spec.zoom is Focus.FOOT
    (mark,) = spec.marks
    assert mark.kind is MarkKind.RING and mark.shaded_muscle() is Muscle.TOP_OF_FOOT
    _, (sk,) = placed_poses(spec)

    def side_of_foot(muscle: Muscle) -> float:
        drawn = shade(Mark(kind=MarkKind.RING, at=mark.at, muscle=muscle), sk)
        points = [pt for part in drawn for pt in part.outline]
        cx = sum(x for x, _ in points) / len(points)
        cy = sum(y for _, y in points) / len(points)
        (hx, hy), (tx, ty) = sk.points["right_heel"], sk.points["right_toe"]
        return (tx - hx) * (cy - hy) - (ty - hy) * (cx - hx)  # which side of the heel-toe line

    top, sole = side_of_foot(Muscle.TOP_OF_FOOT), side_of_foot(Muscle.SOLE)
    assert top * sole < 0  # the top of the foot, not the sole
    assert muscle_fits(Muscle.TOP_OF_FOOT, "left_toe") and not muscle_fits(Muscle.TOP_OF_FOOT, "left_knee")
