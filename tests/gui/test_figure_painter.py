"""The QPainter backend draws every exercise, and shows a photo instead when there is one."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor

from rehab_planner.gui.figure_painter import figure_image, figure_pixmap


def _dark_pixels(image) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 80:
                count += 1
    return count


def test_every_exercise_paints_a_thumbnail(qapp, library) -> None:  # type: ignore[no-untyped-def]
    for exercise in library:
        image = figure_image(exercise, 64)
        assert (image.width(), image.height()) == (64, 48)
        assert _dark_pixels(image) > 5, exercise.id


def test_the_pixmap_has_the_asked_width(qapp, library) -> None:  # type: ignore[no-untyped-def]
    pixmap = figure_pixmap(library.get("bridge"), 240, side="left")
    assert (pixmap.width(), pixmap.height()) == (240, 180)


def test_a_photo_replaces_the_drawing(qapp, library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner import paths

    photo = paths.custom_exercises_dir() / "red.png"  # photos live in the clinic's folders
    Image.new("RGB", (40, 30), "red").save(photo)
    exercise = library.get("bridge").model_copy(update={"photo": str(photo)})
    image = figure_image(exercise, 80)
    assert QColor(image.pixel(40, 30)).name() == "#ff0000"


def test_a_small_thumbnail_leaves_out_the_words_under_the_picture(qapp, library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui import figure_painter, thumbnails

    asked: list[bool] = []
    painter = figure_painter.paint_figure

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("cue", True))
        return painter(*args, **kwargs)

    monkeypatch.setattr(figure_painter, "paint_figure", spy)
    thumbnails.thumbnail(library.get("high-knee-march"), 48)
    thumbnails.thumbnail(library.get("high-knee-march"), thumbnails.CUE_MIN_SIZE)
    figure_image(library.get("high-knee-march"), 240)
    # The list's thumbnail leaves "knees high" out; the detail view's picture shows it.
    assert asked == [False, True, True]
