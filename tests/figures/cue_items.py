"""Test helpers: a picture's drawing without the cue printed under it (figures/cues.py)."""

from __future__ import annotations

from rehab_planner.figures.primitives import Item, Label, Picture
from rehab_planner.figures.words import figure_words
from rehab_planner.model import Exercise


def cue_text(exercise: Exercise) -> str | None:
    """The words printed under the exercise's picture, if it has a cue."""
    if exercise.figure is None or exercise.figure.cue is None:
        return None
    return figure_words().cues[exercise.figure.cue]


def drawn(picture: Picture, exercise: Exercise) -> list[Item]:
    """The picture's items without its cue and the white patch behind it."""
    text = cue_text(exercise)
    items = picture.items
    for k, item in enumerate(items):
        if isinstance(item, Label) and item.text == text:
            return items[: k - 1] + items[k + 1:]
    return list(items)


def drawing_box(exercise: Exercise) -> tuple[float, float, float, float]:
    """Where the drawing sits in a whole (uncropped) picture: the box, less a cue's band under
    it; the drawing shrinks about its middle to fit above the band."""
    from rehab_planner.figures.cues import CUE_BAND
    from rehab_planner.figures.layout import BOX_H, BOX_W

    if cue_text(exercise) is None:
        return 0.0, 0.0, BOX_W, BOX_H
    scale = (BOX_H - CUE_BAND) / BOX_H
    side = BOX_W * (1 - scale) / 2
    return side, CUE_BAND, BOX_W - side, BOX_H


def drawing_scale(exercise: Exercise) -> float:
    """How much a cue's band shrinks the whole picture's drawing (1.0 without a cue)."""
    x0, _, x1, _ = drawing_box(exercise)
    from rehab_planner.figures.layout import BOX_W

    return (x1 - x0) / BOX_W
