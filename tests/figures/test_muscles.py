"""Shaded muscles (issue 13): a ring or squeeze shades the named muscle on its side of the body
part, with its word on a white patch joined to it by a short line.

The blind naming test read the old grey ovals as pillows, balls or the wrong muscle (belly or
buttock?). These tests hold the muscle to its side of the body and the word to its meaning.
"""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from rehab_planner.figures.arrows import word_for
from rehab_planner.figures.muscles import LEADER, SHADE, WORD_SIZE, muscle_items, shade
from rehab_planner.figures.pose import base_for, resolve, skeleton
from rehab_planner.figures.primitives import BLACK, WHITE, Label, Shape, Stroke, item_bounds
from rehab_planner.figures.render import placed_poses, render_exercise, render_spec
from rehab_planner.figures.trunk import side_frame
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import BasePosition, FigureSpec, Mark, MarkKind, Muscle, View

# The muscles seen from the side that lie on one side of their part: +1 in front, -1 behind.
_TRUNK_SIDE = {Muscle.BELLY: 1, Muscle.CHEST: 1, Muscle.LOW_BACK: -1, Muscle.BUTTOCK: -1,
               Muscle.SHOULDER_BLADES: -1}
_LIMB_SIDE = {Muscle.QUADRICEPS: (1, "hip", "knee"), Muscle.FRONT_OF_HIP: (1, "hip", "knee"),
              Muscle.HAMSTRING: (-1, "hip", "knee"), Muscle.CALF: (-1, "knee", "ankle"),
              Muscle.FOREARM_PALM_SIDE: (-1, "elbow", "wrist"), Muscle.SOLE: (-1, "heel", "toe")}


def _muscle_marks(library):  # type: ignore[no-untyped-def]
    for exercise in library:
        spec = exercise.figure
        if spec is None:
            continue
        for panel in spec.panels():
            for mark in panel.marks:
                if mark.kind in (MarkKind.RING, MarkKind.SQUEEZE):
                    yield exercise, panel, mark


def _centre(points):  # type: ignore[no-untyped-def]
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _trunk_offset(sk, point) -> float:  # type: ignore[no-untyped-def]
    """How far the point is in front of (+) or behind (-) the trunk's middle line, side view."""
    best = None
    for k in range(-40, 101):
        (x, y), (fx, fy), _, _ = side_frame(sk, k / 100)
        d = math.dist((x, y), point)
        if best is None or d < best[0]:
            best = (d, (point[0] - x) * fx + (point[1] - y) * fy)
    assert best is not None
    return best[1]


def test_every_side_view_muscle_lies_on_its_side_of_the_body(library) -> None:  # type: ignore[no-untyped-def]
    # Belly in front of the trunk's middle line; low back, buttock, shoulder blades behind it;
    # quadriceps in front of the thigh, hamstring behind, the calf behind the shin.
    checked = set()
    for exercise, panel, mark in _muscle_marks(library):
        muscle = mark.shaded_muscle()
        if panel.view is not View.SIDE or muscle not in _TRUNK_SIDE | _LIMB_SIDE:
            continue
        _, poses = placed_poses(panel)
        sk = poses[-1]
        (part,) = shade(mark, sk)
        centre = _centre(part.outline)
        if muscle in _TRUNK_SIDE:
            offset = _trunk_offset(sk, centre)
            way = _TRUNK_SIDE[muscle]
        else:
            way, a_name, b_name = _LIMB_SIDE[muscle]
            side = mark.at.split("_")[0]
            a, b = sk.points[f"{side}_{a_name}"], sk.points[f"{side}_{b_name}"]
            length = math.dist(a, b)
            front = (-(b[1] - a[1]) / length, (b[0] - a[0]) / length)  # anticlockwise
            offset = (centre[0] - a[0]) * front[0] + (centre[1] - a[1]) * front[1]
        # The grey lies inside the limb now, from just past its middle line out to near its
        # edge: its middle a quarter of the limb's half width or more off the middle line.
        assert offset * way > (0.006 if muscle is Muscle.SOLE else 0.012), (exercise.id, muscle, offset)
        checked.add(exercise.id)
    assert {"abdominal-brace", "standing-abdominal-brace", "front-plank", "counter-plank",
            "glute-set", "hamstring-set", "quad-set",
            "step-calf-stretch", "wrist-stretch-up"} <= checked


def test_belly_low_back_and_buttock_differ_in_place_seen_from_the_side() -> None:
    # Lying on the stomach: the low back on top of the waist, the buttock on top of the hips
    # (further toward the feet); the belly underneath.
    spec = FigureSpec.model_validate({"base": "lying_on_stomach"})
    _, (sk,) = placed_poses(spec)
    centres = {at: _centre(shade(Mark(kind="squeeze", at=at), sk)[0].outline)
               for at in ("belly", "low_back", "buttock")}
    assert centres["low_back"][1] > sk.points["belly"][1] > centres["belly"][1]
    assert centres["buttock"][1] > sk.points["pelvis"][1]
    head_way = 1 if sk.points["head"][0] > sk.points["pelvis"][0] else -1
    assert (centres["low_back"][0] - centres["buttock"][0]) * head_way > 0.1


def test_a_squeezed_thigh_lies_along_the_thigh_with_its_word_joined_by_a_line() -> None:
    angles, shorten = resolve(base_for(BasePosition.LYING_ON_BACK, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    items = muscle_items(Mark(kind="squeeze", at="right_thigh"), sk, sk.points["right_thigh"],
                         1.0, "squeeze")
    shaded = [i for i in items if isinstance(i, Shape) and i.fill == SHADE]
    assert len(shaded) == 1 and shaded[0].stroke == WHITE  # mid-grey, a white edge
    xs = [p[0] for p in shaded[0].points]
    ys = [p[1] for p in shaded[0].points]
    hip, knee = sk.points["right_hip"], sk.points["right_knee"]
    # Long along the (lying, level) thigh, between the hip and the knee.
    assert max(xs) - min(xs) > 1.3 * (max(ys) - min(ys))
    assert min(hip[0], knee[0]) - 0.01 < min(xs) and max(xs) < max(hip[0], knee[0]) + 0.01
    (word,) = [i for i in items if isinstance(i, Label)]
    assert word.text == "squeeze" and word.size == WORD_SIZE
    # A white patch under the word, a short line from the muscle to it.
    assert any(isinstance(i, Shape) and i.fill == WHITE and i.stroke is None for i in items)
    (under, leader) = [i for i in items if isinstance(i, Stroke)]
    # The line is black on a wider white line, so it shows where it crosses the black body.
    assert leader.color == BLACK and under.color == WHITE and under.width > leader.width
    assert under.points == leader.points
    start, end = leader.points
    assert math.dist(start, end) == pytest.approx(LEADER, abs=0.01)
    near = min(math.dist(start, p) for p in shaded[0].points)
    assert near < 0.05
    x0, y0, x1, y1 = item_bounds(word)
    assert x0 - 0.1 < end[0] < x1 + 0.1 and y0 - 0.1 < end[1] < y1 + 0.1


def test_pressed_together_arrows_come_from_opposite_sides() -> None:
    angles, shorten = resolve(base_for(BasePosition.LYING_ON_BACK, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    c = sk.points["buttock"]
    mark = Mark(kind="squeeze", at="buttock", direction=180, both_ways=True)
    heads = [i for i in muscle_items(mark, sk, c, 1.0, "squeeze")
             if isinstance(i, Shape) and len(i.points) == 3 and i.fill != WHITE]
    tips = sorted(h.points[0][0] for h in heads)
    (part,) = shade(mark, sk)
    middle = _centre(part.outline)
    assert len(tips) == 2 and tips[0] < middle[0] < tips[1]


def test_lying_holds_on_different_muscles_draw_differently() -> None:
    def picture(at: str, muscle: str | None = None) -> list[object]:
        mark = {"kind": "squeeze", "at": at} | ({"muscle": muscle} if muscle else {})
        spec = FigureSpec.model_validate({"base": "lying_on_back", "arrow": "none", "marks": [mark]})
        return list(render_spec(spec).items)

    drawn = [picture("buttock"), picture("right_thigh"), picture("belly"), picture("low_back"),
             picture("right_thigh", "hamstring"), picture("right_thigh", "quadriceps")]
    assert all(a != b for i, a in enumerate(drawn) for b in drawn[i + 1:])


def test_a_muscle_must_lie_on_its_point_and_only_rings_and_squeezes_shade_one() -> None:
    assert Mark(kind="squeeze", at="left_thigh", muscle="hamstring").shaded_muscle() is Muscle.HAMSTRING
    assert Mark(kind="ring", at="right_shin").shaded_muscle() is Muscle.CALF
    with pytest.raises(ValidationError, match="does not lie at"):
        Mark(kind="squeeze", at="belly", muscle="hamstring")
    with pytest.raises(ValidationError, match="only a ring or a squeeze"):
        Mark(kind="push", at="right_thigh", muscle="quadriceps")


def test_rings_say_stretch_and_squeezes_say_squeeze(library) -> None:  # type: ignore[no-untyped-def]
    # A ring is "feel the stretch here": every ring is on a stretch and says "stretch", or on a
    # nerve glide and says "glide" (a gentle pull at most, never a stretch). A squeeze says
    # "squeeze", or "hold" where the whole position is held (a plank, a wall sit).
    words = figure_words()
    for exercise, panel, mark in _muscle_marks(library):
        stretch = "stretch" in exercise.name.lower() or exercise.id.endswith("-stretch")
        said = word_for(mark)
        if mark.kind is MarkKind.RING and said == "glide":
            assert _nerve_glide(exercise) and not stretch, exercise.id
        elif mark.kind is MarkKind.RING:
            assert stretch and said == "stretch", exercise.id
        else:
            assert not stretch, exercise.id
            assert said == "squeeze" or (said == "hold" and panel.hold), exercise.id
        texts = {i.text for i in render_exercise(exercise).items if isinstance(i, Label)}
        assert getattr(words, said) in texts, exercise.id


def _nerve_glide(exercise) -> bool:  # type: ignore[no-untyped-def]
    return "nerve glide" in exercise.name.lower() or "nerve slider" in exercise.name.lower()


def test_every_nerve_glide_says_glide_where_its_nerve_slides(library) -> None:  # type: ignore[no-untyped-def]
    # Blind reviews read the front thigh nerve glide as the one leg stand with head turns or the
    # standing knee curl (full reviews E-H): the shaded front of the thigh and "glide" say which
    # exercise it is and how it should feel, as its safety notes do (a gentle pull at most).
    where = {"femoral-nerve-glide": Muscle.QUADRICEPS, "sciatic-nerve-slider": Muscle.HAMSTRING,
             "median-nerve-glide": Muscle.FOREARM_PALM_SIDE, "ulnar-nerve-glide": Muscle.FOREARM,
             "radial-nerve-glide": Muscle.FOREARM_BACK_SIDE}
    glides = {e.id for e in library if _nerve_glide(e)}
    assert glides == set(where)
    words = figure_words()
    for exercise_id, muscle in where.items():
        exercise = library.get(exercise_id)
        assert [(m.kind, m.shaded_muscle()) for e, _, m in _muscle_marks(library)
                if e.id == exercise_id] == [(MarkKind.RING, muscle)], exercise_id
        assert any("gentle pull" in note for note in exercise.safety_notes), exercise_id
        picture = render_exercise(exercise)
        assert words.glide in {i.text for i in picture.items if isinstance(i, Label)}, exercise_id
        assert len([i for i in picture.items if isinstance(i, Shape) and i.fill == SHADE]) == 1


def test_the_named_pictures_say_what_the_blind_test_missed(library) -> None:  # type: ignore[no-untyped-def]
    def marks(exercise_id: str) -> list[tuple[MarkKind, Muscle | None]]:
        return [(m.kind, m.shaded_muscle()) for e, _, m in _muscle_marks(library)
                if e.id == exercise_id]

    assert marks("glute-set") == [(MarkKind.SQUEEZE, Muscle.BUTTOCK)]
    assert marks("prone-back-muscle-set") == [(MarkKind.SQUEEZE, Muscle.LOW_BACK)]
    for plank in ("front-plank", "counter-plank", "standing-abdominal-brace", "abdominal-brace"):
        assert marks(plank) == [(MarkKind.SQUEEZE, Muscle.BELLY)], plank
    assert marks("step-calf-stretch") == [(MarkKind.RING, Muscle.CALF)]
    assert marks("upper-trap-stretch") == [(MarkKind.RING, Muscle.UPPER_TRAP)]
    assert marks("levator-stretch") == [(MarkKind.RING, Muscle.BACK_OF_NECK)]
    assert marks("wrist-stretch-up") == [(MarkKind.RING, Muscle.FOREARM_PALM_SIDE)]


def test_wrist_stretch_up_holds_the_arm_out_in_front_the_stretch_under_the_forearm(library) -> None:  # type: ignore[no-untyped-def]
    # Bent at the side, the hand sat on a shaded oval at the belly and read as "tummy tighten".
    spec = library.get("wrist-stretch-up").figure
    _, poses = placed_poses(spec)
    sk = poses[-1]
    shoulder, elbow, wrist, hand = (sk.points[f"right_{p}"] for p in ("shoulder", "elbow", "wrist", "hand"))
    assert wrist[0] - shoulder[0] > 0.4 and abs(wrist[1] - shoulder[1]) < 0.12  # straight out
    assert hand[1] > wrist[1] + 0.03  # the fingers up
    mark = next(m for m in spec.marks if m.kind is MarkKind.RING)
    (part,) = shade(mark, sk)
    centre = _centre(part.outline)
    assert centre[1] < min(elbow[1], wrist[1])  # under the forearm: its palm side
    assert centre[0] > sk.points["belly"][0] + 0.3  # well away from the belly


def _held_ring(library, exercise_id: str):  # type: ignore[no-untyped-def]
    """The muscle a figure's ring shades, and the end pose it lies on."""
    spec = library.get(exercise_id).figure
    _, poses = placed_poses(spec)
    mark = next(m for m in spec.marks if m.kind is MarkKind.RING)
    (part,) = shade(mark, poses[-1])
    return part, poses[-1]


def test_side_neck_stretches_shade_the_stretched_side(library) -> None:  # type: ignore[no-untyped-def]
    # The side neck stretch: the head tips away from the shaded side.
    part, sk = _held_ring(library, "upper-trap-stretch")
    centre = _centre(part.outline)
    neck, head = sk.points["neck"], sk.points["head"]
    assert (centre[0] - neck[0]) * (head[0] - neck[0]) < 0
    assert centre[1] > neck[1] - 0.1  # up at the neck and shoulder


def test_the_back_of_neck_stretch_shades_the_back_of_the_bowed_neck(library) -> None:  # type: ignore[no-untyped-def]
    # Seen from the side, the figure facing right: the shading lies behind the line from the
    # neck to the bowed head, away from the face, from the skull down to the top of the back.
    # (The front view's shape, out toward the shoulder, fell on the front of the neck.)
    part, sk = _held_ring(library, "levator-stretch")
    neck, head = sk.points["neck"], sk.points["head"]
    dx, dy = head[0] - neck[0], head[1] - neck[1]
    back = (-dy, dx) if dy > 0 else (dy, -dx)  # the normal pointing away from the face (-x)
    assert back[0] < 0
    centre = _centre(part.outline)
    assert (centre[0] - neck[0]) * back[0] + (centre[1] - neck[1]) * back[1] > 0
    ys = [y for _, y in part.outline]
    assert min(ys) < neck[1] < max(ys)  # down past the base of the neck
    assert centre[1] > neck[1] - 0.1  # up at the neck


def test_the_key_shows_a_stretch_and_a_squeeze_each_with_its_word_and_line() -> None:
    from rehab_planner.figures.key import key_pictures

    words = figure_words()
    (picture, lines) = key_pictures()[1]
    assert lines == [words.key_stretch, words.key_squeeze, words.key_hold]
    labels = [i for i in picture.items if isinstance(i, Label)]
    assert sorted(label.text for label in labels) == sorted([words.stretch, words.squeeze])
    assert all(label.size == pytest.approx(WORD_SIZE) for label in labels)  # picture-sized words
    assert len([i for i in picture.items if isinstance(i, Shape) and i.fill == SHADE]) == 2


def _inside(point, polygon) -> bool:  # type: ignore[no-untyped-def]
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _to_segment(p, a, b) -> float:  # type: ignore[no-untyped-def]
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ((dx * dx + dy * dy) or 1.0)))
    return math.dist(p, (a[0] + dx * t, a[1] + dy * t))


def test_a_shaded_limb_muscle_sits_inside_the_body_not_beyond_it(library) -> None:  # type: ignore[no-untyped-def]
    # The sixth and eighth blind tests read a grey patch standing out past the calf as a pad or a
    # shoe. Now the muscle swells the limb's own black edge and the grey sits inside it: every
    # grey point is inside the black body shape (or on its edge where the muscle ends).
    checked = 0
    for _exercise, panel, mark in _muscle_marks(library):
        if panel.view is not View.SIDE or mark.shaded_muscle() not in _LIMB_SIDE:
            continue
        _, poses = placed_poses(panel)
        for part in shade(mark, poses[-1]):
            assert part.body, "a limb muscle swells the limb's edge"
            body = list(part.body)
            for p in part.outline:
                edge = min(_to_segment(p, a, b) for a, b in zip(body, body[1:] + body[:1], strict=True))
                assert _inside(p, body) or edge < 1e-6, (_exercise.id, p)
            checked += 1
    assert checked >= 10


def test_a_shaded_muscle_draws_as_body_then_grey(library) -> None:  # type: ignore[no-untyped-def]
    # The swelling is black like the body (no light rim round it on white paper); the grey
    # muscle inside it has a thin white edge.
    from rehab_planner.figures.muscles import muscle_shapes

    angles, shorten = resolve(base_for(BasePosition.STANDING, View.SIDE))
    sk = skeleton(angles, shorten, View.SIDE)
    parts = shade(Mark(kind="ring", at="right_shin"), sk)
    body, grey_part = muscle_shapes(parts)
    assert body.fill == BLACK and body.stroke == BLACK
    assert grey_part.fill == SHADE and grey_part.stroke == WHITE
