"""Figures redrawn in stop 42, after full review PP: each test states what the picture must
show, and fails on the drawing that was misread."""

from __future__ import annotations

import pytest

from rehab_planner.figures.muscles import shade
from rehab_planner.figures.render import placed_poses
from rehab_planner.model.figure import Mark, MarkKind, Muscle, View
from rehab_planner.model.figure_vocab import Focus, PropKind, muscle_fits


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


def test_the_top_of_foot_stretch_shades_the_top_of_the_pointed_foot_close_up(library) -> None:  # type: ignore[no-untyped-def]
    # On the whole figure the pointed foot was a few pixels under a grey ring at the ankle, and
    # the picture read as the seated knee bend (reviews of stop 28 and PP). The legs close up
    # show it, the top of the foot shaded with "stretch".
    spec = library.get("top-of-foot-stretch").figure
    assert spec.focus is Focus.LEGS
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


def test_a_word_in_a_zoom_close_up_prints_at_page_size(library) -> None:  # type: ignore[no-untyped-def]
    # Scaled with the close-up, "stretch" on the top of a foot printed at 7 pt: a word in the
    # picture prints at 12 pt (WORD_SIZE) wherever it stands.
    from rehab_planner.figures.arrows import WORD_SIZE
    from rehab_planner.figures.primitives import Label
    from rehab_planner.figures.render import render_spec

    spec = library.get("top-of-foot-stretch").figure.model_copy(
        update={"focus": None, "zoom": Focus.FOOT})
    words = [i for i in render_spec(spec).items if isinstance(i, Label)]
    assert [w.text for w in words] == ["stretch"]
    assert words[0].size == pytest.approx(WORD_SIZE)


def test_the_standing_march_lifts_the_far_knee_in_front_of_a_whole_standing_leg(library) -> None:  # type: ignore[no-untyped-def]
    # With the near knee lifting, its start outline lay over the standing leg: the two read as
    # a stool's post, the body sat on it, and the march read as the standing knee curl (RR).
    # The far knee lifts; the near leg stands straight under the hip, black and whole.
    spec = library.get("standing-march").figure
    assert spec.moving == ["left_knee"] and spec.view is View.SIDE
    ground, (start, end) = placed_poses(spec)
    s, e = start.points, end.points
    assert e["left_knee"][1] > s["left_knee"][1] + 0.2  # the far knee comes up
    assert e["left_knee"][0] > e["left_hip"][0] + 0.2  # in front
    assert abs(e["right_ankle"][0] - e["right_hip"][0]) < 0.05  # the near leg stands under the hip
    assert e["right_heel"][1] - ground < 0.06


def test_the_push_up_plus_head_does_not_drop(library) -> None:  # type: ignore[no-untyped-def]
    # The head tucked down under the rounded upper back read as the cat of the cat and cow,
    # with high confidence (RR; also J and M). It rises a little with the back, face forward.
    spec = library.get("push-up-plus").figure
    _, (start, end) = placed_poses(spec)
    assert end.points["head"][1] >= start.points["head"][1] + 0.01
