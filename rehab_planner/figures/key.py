"""The picture key: small examples of the visual language, with the words that explain them."""

from __future__ import annotations

from rehab_planner.figures import body
from rehab_planner.figures.arrows import marks
from rehab_planner.figures.panels import number
from rehab_planner.figures.primitives import BLACK, Item, Label, Picture, bounds, transform
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.figures.words import figure_words
from rehab_planner.model.figure import FigureSpec
from rehab_planner.model.figure_vocab import PropKind

PAD = 0.04

_MOVE = {"base": "standing", "view": "front", "end": {"right_shoulder": 100}, "moving": ["right_arm"]}
SHRINK = 0.7  # the example figure is drawn at 0.7 the size of an exercise picture


def _cropped(items: list[Item]) -> Picture:
    """The items, at the size of an exercise picture, in a box just round them."""
    x0, y0, x1, y1 = bounds(items)
    out = [transform(i, 1.0, PAD - x0, PAD - y0, width_scale=1.0) for i in items]
    return Picture(x1 - x0 + 2 * PAD, y1 - y0 + 2 * PAD, out)


def key_pictures(close_up: bool = False, glide: bool = False) -> list[tuple[Picture, list[str]]]:
    """Each example picture and the lines that explain it, in the units of a full picture box.

    1. an arm raised out to the side: the start as a light outline, the end solid, the arrow along the way;
    2. shaded muscles and their words: a calf that stretches, a buttock that squeezes (and, with
       glide, what "glide" beside a nerve glide's shaded part says);
    3. the numbers of a picture in steps (and, with close_up, what a close-up box is).
    """
    words = figure_words()
    move = [i for i in render_spec(FigureSpec.model_validate(_MOVE)).items if _not_floor(i)]
    small = [transform(i, SHRINK, 0.0, 0.0, width_scale=1.0) for i in move]
    discs: list[Item] = []
    for n in (1, 2, 3):
        discs += number(n, (n * 0.4, 0.0))
    return [
        (_cropped(small), [words.key_start, words.key_end, words.key_arrow]),
        (_cropped(_shaded()), [words.key_stretch, words.key_squeeze, words.key_hold,
                               *([words.key_glide] if glide else [])]),
        (_cropped(discs), [words.key_panels, *([words.key_close_up] if close_up else [])]),
    ]


# A tiny figure, drawn as the pictures draw it, with both signs and their words on its left: the
# calf stretched at the back of the lower leg, the buttock squeezed at the back of the hip.
_SHADED = {"base": "standing", "hold": True, "arrow": "none",
           "start": {"left_hip": -18, "right_hip": 22, "right_knee": 25, "trunk": 10},
           "marks": [{"kind": "ring", "at": "left_shin", "direction": 180},
                     {"kind": "squeeze", "at": "buttock", "direction": 150}]}


def _shaded() -> list[Item]:
    """The figure at the move example's size, a calf shaded with "stretch" and a buttock with
    "squeeze", their lines and words at a picture's size."""
    spec = FigureSpec.model_validate(_SHADED)
    _, poses = placed_poses(spec)
    sk = poses[-1]
    items = body.draw(sk, BLACK, "right", set()) + marks(spec, sk, 1 / SHRINK)
    return [transform(i, SHRINK, 0.0, 0.0, width_scale=1.0) for i in items]


def _not_floor(item: Item) -> bool:
    """Drop the long floor line: a key example needs no floor across its box."""
    x0, _, x1, _ = bounds([item])
    return not (x1 - x0 > 2.0 and not isinstance(item, Label))


def has_glide(spec: FigureSpec) -> bool:
    """Whether the picture says "glide" (a nerve glide), in any of its panels."""
    marks = [*spec.marks, *(mark for panel in spec.then for mark in panel.marks)]
    return any(mark.word == "glide" for mark in marks)


def has_close_up(spec: FigureSpec) -> bool:
    """Whether the picture has a framed close-up (a hand, a foot, footprints or a ladder on the
    floor)."""
    return (
        spec.inset is not None
        or spec.zoom is not None
        or any(p.kind in (PropKind.FOOTPRINT, PropKind.LADDER) for p in spec.props)
    )
