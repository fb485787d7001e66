"""A picture's cue: a few words under the drawing, the one thing a look-alike does not do.

The words sit in a band of their own below the floor line, centred, so they never cover the
body; the drawing above shrinks a little to make room (its lines keep their weight and its words
their size). A numbered panel's cue sits under its own panel (figures/panels.py).
"""

from __future__ import annotations

from dataclasses import replace

from rehab_planner.figures.muscles import WORD_SIZE
from rehab_planner.figures.panels import is_floor
from rehab_planner.figures.pose import HEAD_R
from rehab_planner.figures.primitives import Circle, Item, Label, Picture, Stroke, backed, transform

GAP = 0.006  # between the cue's white patch and the box's foot, and the drawing above
PATCH_H = WORD_SIZE * 1.65  # a word's white patch: the word's height (1.25 sizes) and its padding
CUE_BAND = PATCH_H + 2 * GAP  # the band under the drawing that holds the cue
SMALL_R = HEAD_R * 0.8  # circles smaller than a head (fists, eyes) keep their size when it shrinks


def cue_label(text: str, middle: float, bottom: float) -> list[Item]:
    """The cue centred at x = middle, the foot of its white patch at y = bottom."""
    return backed(Label(text, (middle, bottom + WORD_SIZE * 0.45), WORD_SIZE))


def with_cue(picture: Picture, text: str, max_height: float) -> Picture:
    """The picture with its cue in a band under it: a short (cropped) picture grows down to make
    room, up to max_height; the rest of the room comes from drawing it smaller (its lines keep
    their weight, its words and small circles their size)."""
    height = min(max_height, picture.height + CUE_BAND)
    scale = min(1.0, (height - CUE_BAND) / picture.height)
    dx = picture.width * (1 - scale) / 2
    moved = []
    for item in picture.items:
        shifted = transform(item, scale, dx, CUE_BAND, width_scale=1.0)
        if isinstance(item, Label) and isinstance(shifted, Label):
            shifted = replace(shifted, size=item.size)
        elif isinstance(item, Circle) and isinstance(shifted, Circle) and item.radius < SMALL_R:
            # Fists, eyes and joints keep their size as lines keep their weight: a fist drawn
            # narrower than the forearm's line reads as no hand. A head follows the drawing, as
            # the lines meeting it were drawn for its size.
            shifted = replace(shifted, radius=item.radius)
        elif is_floor(item, picture.width) and isinstance(shifted, Stroke):
            # The floor still runs the picture's width, as in every picture.
            (x0, _), (x1, _) = item.points
            y = shifted.points[0][1]
            shifted = replace(shifted, points=((x0, y), (x1, y)))
        moved.append(shifted)
    return Picture(picture.width, height, moved + cue_label(text, picture.width / 2, GAP))
