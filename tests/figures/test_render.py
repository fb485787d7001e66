"""Rendering: every exercise draws in the box, in all backends, distinct, with sides and photos."""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from pypdf import PdfReader

from rehab_planner.errors import RenderError
from rehab_planner.figures.mirror import mirrored_spec
from rehab_planner.figures.primitives import Shape, Stroke, bounds
from rehab_planner.figures.raster import picture_png
from rehab_planner.figures.render import BOX_H, BOX_W, render_exercise, render_spec
from rehab_planner.figures.reportlab_backend import figure_drawing, picture_pdf
from rehab_planner.figures.svg import picture_svg
from rehab_planner.model import Exercise
from rehab_planner.model.figure import FigureSpec


def _exercise(**changes: object) -> Exercise:
    data: dict[str, object] = {
        "id": "my-bridge",
        "name": "My bridge",
        "region": "hip",
        "category": "strengthening",
        "position": "hook_lying",
        "steps": ["Lift your hips."],
        "dosage": {"reps": 10},
    }
    data.update(changes)
    return Exercise.model_validate(data)


def test_every_exercise_draws_inside_its_box_with_a_body(library) -> None:  # type: ignore[no-untyped-def]
    for exercise in library:
        picture = render_exercise(exercise)
        x0, y0, x1, y1 = bounds(picture.items)
        assert (picture.width, picture.height) == (BOX_W, BOX_H)
        assert x0 >= -0.01 and x1 <= BOX_W + 0.01, exercise.id
        assert y0 >= -0.01 and y1 <= BOX_H + 0.01, exercise.id
        # A close-up cuts the legs off and its front-view torso is a shape: count both.
        assert sum(isinstance(i, Stroke | Shape) for i in picture.items) >= 8, exercise.id


def test_no_two_exercises_share_a_picture(library) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    for exercise in library:
        digest = hashlib.sha1(picture_svg(render_exercise(exercise)).encode()).hexdigest()
        assert digest not in seen, f"{exercise.id} looks like {seen.get(digest)}"
        seen[digest] = exercise.id


def test_every_exercise_renders_in_the_svg_png_and_reportlab_backends(library) -> None:  # type: ignore[no-untyped-def]
    for exercise in library:
        picture = render_exercise(exercise)
        root = ET.fromstring(picture_svg(picture, 200, title=exercise.name))
        assert root.tag.endswith("svg") and len(root) > 10
        with Image.open(io.BytesIO(picture_png(picture, 64))) as image:
            assert image.size == (64, 48)
            darkest = image.convert("L").getextrema()[0]
            assert isinstance(darkest, int) and darkest < 60, exercise.id  # something dark drawn
        drawing = figure_drawing(exercise, 113)
        assert (round(drawing.width), round(drawing.height)) == (113, 85)
    pdf = picture_pdf(render_exercise(next(iter(library))))
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_a_named_side_is_drawn_working_and_highlighted(library) -> None:  # type: ignore[no-untyped-def]
    exercise = library.get("straight-leg-raise")
    plain = render_exercise(exercise)
    right = render_exercise(exercise, "right")
    left = render_exercise(exercise, "left")
    widths = {round(i.width, 4) for i in plain.items if isinstance(i, Stroke)}
    wider = {round(i.width, 4) for i in right.items if isinstance(i, Stroke)} - widths
    assert wider, "the working leg is drawn thicker"
    # The left side is the mirror image of the right side.
    xs_right = sorted(
        round(x, 3) for i in right.items if isinstance(i, Stroke) for x, _ in i.points
    )
    xs_left = sorted(
        round(BOX_W - x, 3) for i in left.items if isinstance(i, Stroke) for x, _ in i.points
    )
    assert (
        xs_right
        != sorted(round(x, 3) for i in plain.items if isinstance(i, Stroke) for x, _ in i.points)
        or wider
    )
    assert len(xs_left) == len(xs_right)
    assert picture_svg(left) != picture_svg(right)


def test_a_custom_exercise_without_figure_data_gets_a_drawing() -> None:
    picture = render_exercise(_exercise())
    assert sum(isinstance(i, Stroke) for i in picture.items) >= 8


def test_a_base_position_without_that_view_is_a_clear_error() -> None:
    spec = FigureSpec.model_validate({"base": "hands_and_knees", "view": "front"})
    with pytest.raises(RenderError, match="has no front view"):
        render_spec(spec)


def test_a_photo_replaces_the_drawing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner import paths

    photo = paths.custom_exercises_dir() / "me.png"  # photos live in the clinic's folders
    Image.new("RGB", (40, 30), "red").save(photo)
    exercise = _exercise(photo=str(photo))
    picture = render_exercise(exercise, photo=photo)
    assert picture.items == [] and picture.photo == photo
    assert "data:image/png;base64," in picture_svg(picture)
    with Image.open(io.BytesIO(picture_png(picture, 80))) as image:
        assert image.convert("RGB").getpixel((40, 30)) == (255, 0, 0)
    drawing = figure_drawing(exercise, 100)
    assert any(type(c).__name__ == "Image" for c in drawing.contents)


def test_a_crossed_leg_bends_back_to_its_own_line_and_footprints_draw() -> None:
    from rehab_planner.figures.pose import base_for, resolve, skeleton
    from rehab_planner.model.figure import Pose, View

    spec = FigureSpec.model_validate({"base": "hook_lying", "view": "front"})
    base = base_for(spec.base, View.FRONT)
    for hip in (-30.0, 30.0):
        angles, shorten = resolve(base, Pose(right_hip=hip, right_knee=60))
        pts = skeleton(angles, shorten, View.FRONT).points
        hip_y, knee_y, ankle_y = (pts[f"right_{p}"][1] for p in ("hip", "knee", "ankle"))
        # The foot comes back towards the hip's line, whichever way the knee went.
        assert abs(ankle_y - hip_y) < abs(knee_y - hip_y)
    feet = render_spec(
        FigureSpec.model_validate(
            {"base": "standing", "props": [{"kind": "footprint", "at": "head", "dx": -0.8}]}
        )
    )
    plain = render_spec(FigureSpec.model_validate({"base": "standing"}))
    assert len(feet.items) > len(plain.items)  # the sole, its toes and the close-up frame


def test_mirroring_turns_curved_arrows_round_and_keeps_squeezes_coming_from_the_side() -> None:
    marks = [
        {"kind": "twist", "at": "chest", "direction": 1},
        {"kind": "turn", "at": "head", "direction": 1},
        {"kind": "turn", "at": "right_elbow", "direction": 120},
        {"kind": "squeeze", "at": "right_thigh", "direction": 180},
        {"kind": "squeeze", "at": "belly"},
        {"kind": "push", "at": "right_hand", "direction": 30},
    ]
    spec = FigureSpec.model_validate({"base": "standing", "view": "front", "marks": marks})
    mirrored = mirrored_spec(spec)
    assert [m.direction for m in mirrored.marks] == [-1, -1, -60, 360, 0, 150]
    assert [m.at for m in mirrored.marks][2:4] == ["left_elbow", "left_thigh"]
    # Mirroring twice gives the figure back.
    assert [m.direction % 360 for m in mirrored_spec(mirrored).marks] == [
        m.direction % 360 for m in spec.marks
    ]


def test_a_mirrored_front_view_moves_marks_to_the_other_side() -> None:
    spec = FigureSpec.model_validate(
        {"base": "standing", "view": "front", "marks": [{"kind": "ring", "at": "chest", "dx": 0.2}]}
    )
    assert mirrored_spec(spec).marks[0].dx == -0.2


def test_an_upright_bike_has_handlebars_at_the_hands_and_a_recumbent_one_a_back_rest(library) -> None:  # type: ignore[no-untyped-def]
    def flat_bars(ex_id: str) -> int:
        items = render_exercise(library.get(ex_id)).items
        return sum(
            1
            for i in items
            if isinstance(i, Stroke)
            and len(i.points) == 2
            and abs(i.points[0][1] - i.points[1][1]) < 1e-9
            and 0.1 < abs(i.points[0][0] - i.points[1][0]) < 0.5  # short and level: a bar
        )

    assert flat_bars("bike-upright") > flat_bars("bike-recumbent")


def test_long_sitting_keeps_the_legs_flat_on_the_floor() -> None:
    from rehab_planner.figures.pose import base_for, resolve, skeleton
    from rehab_planner.model.figure import BasePosition, Pose, View

    angles, shorten = resolve(base_for(BasePosition.LONG_SITTING, View.SIDE), Pose())
    pts = skeleton(angles, shorten, View.SIDE).points
    assert abs(pts["right_ankle"][1] - pts["right_hip"][1]) < 0.02


def test_every_pair_of_thumbnails_differs_clearly(library) -> None:  # type: ignore[no-untyped-def]
    """At 64 px (the app's thumbnail) no two exercises look alike: each pair differs in at least
    min_different dark pixels (about 1.3% of the picture), not just in a hash."""
    import itertools

    from PIL import ImageChops

    from rehab_planner.figures.raster import picture_image

    min_different = 40
    dark = {
        e.id: picture_image(render_exercise(e), 64).convert("L").point(lambda v: 255 if v < 160 else 0)
        for e in library.exercises.values()
    }
    closest = min(
        (ImageChops.difference(dark[a], dark[b]).histogram()[255], a, b)
        for a, b in itertools.combinations(sorted(dark), 2)
    )
    assert closest[0] >= min_different, f"{closest[1]} and {closest[2]} look alike at 64 px"
