"""One visual language across the library (issue 13): outlined start, solid end, words for holds."""

from __future__ import annotations

import itertools
import re

import pytest
from PIL import Image, ImageChops, ImageFilter

from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Color, Label, Shape, Stroke
from rehab_planner.figures.raster import picture_image
from rehab_planner.figures.render import START_GREY, START_GREY_ON_WALL, render_exercise, render_spec
from rehab_planner.figures.words import figure_words
from rehab_planner.library.loader import Library, load_library
from rehab_planner.model.figure import ArrowKind, FigureSpec

LIBRARY: Library = load_library(include_custom=False)


def _luminance(c: Color) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in c)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_start_outline_keeps_3_to_1_contrast_on_white_and_on_a_wall() -> None:
    assert contrast(START_GREY, WHITE) >= 3.0
    assert contrast(START_GREY_ON_WALL, (0.95, 0.95, 0.95)) >= 3.0


def _shows_movement(spec: FigureSpec) -> str | None:
    """How a figure shows what to do, or None if it does not."""
    if spec.then:
        return "numbered panels"
    if spec.hold:
        return "held"
    if spec.end is not None or spec.middle is not None:
        return "start and end"
    if spec.arrow is ArrowKind.CIRCLE:
        return "round and round"
    if spec.inset is not None and spec.inset.sequence:
        return "hand shapes one after another"
    if spec.inset is not None and spec.inset.holds == "hammer":
        return "a close-up: the hammer upright, then tipped each way"
    if any(m.both_ways for m in spec.marks):
        return "back and forth in place"
    return None


def test_every_figure_shows_a_start_or_is_marked_held() -> None:
    missing = [e.id for e in LIBRARY if e.figure is None or _shows_movement(e.figure) is None]
    assert not missing


@pytest.mark.parametrize("exercise_id", sorted(e.id for e in LIBRARY))
def test_each_picture_follows_the_visual_language(exercise_id: str) -> None:
    exercise = LIBRARY.get(exercise_id)
    spec = exercise.figure
    assert spec is not None
    items = render_exercise(exercise).items
    words = {i.text for i in items if isinstance(i, Label)}
    # No bare rings: a tightened or stretched muscle is shaded and named.
    assert not [i for i in items if isinstance(i, Circle) and i.fill is None and i.stroke == BLACK]
    if spec.hold:
        assert words & {figure_words().hold, figure_words().squeeze, figure_words().stretch}
    if not spec.then and (spec.end is not None or spec.middle is not None):
        # The start is a light outline: a grey edge with white inside it.
        # A limb is a stroke, a foot an outline shape.
        outlined = [
            (a, b)
            for a, b in itertools.pairwise(items)
            if (isinstance(a, Stroke) and isinstance(b, Stroke)
                and a.color in (START_GREY, START_GREY_ON_WALL) and b.color == WHITE
                and a.points == b.points and b.width < a.width)
            or (isinstance(a, Shape) and isinstance(b, Shape)
                and a.stroke in (START_GREY, START_GREY_ON_WALL) and b.fill == WHITE
                and a.points == b.points and b.width < a.width)
        ]
        assert outlined


def test_a_held_position_without_a_shaded_muscle_says_hold_in_its_corner() -> None:
    items = render_spec(FigureSpec.model_validate({"base": "standing", "hold": True})).items
    (word,) = [i for i in items if isinstance(i, Label)]
    assert word.text == "hold" and word.at[1] > 1.5
    moving = render_spec(FigureSpec.model_validate({"base": "standing", "end": {"hips": 20}}))
    assert not [i for i in moving.items if isinstance(i, Label)]


def _names_one_word_apart() -> list[tuple[str, str]]:
    def words(name: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", name.lower())

    pairs = []
    for a, b in itertools.combinations(sorted(LIBRARY, key=lambda e: e.id), 2):
        wa, wb = words(a.name), words(b.name)
        if len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb, strict=True)) == 1:
            pairs.append((a.id, b.id))
        elif abs(len(wa) - len(wb)) == 1:
            long, short = (wa, wb) if len(wa) > len(wb) else (wb, wa)
            if any(long[:i] + long[i + 1 :] == short for i in range(len(long))):
                pairs.append((a.id, b.id))
    return pairs


# Pairs the blind review confused that differ by more than one word.
CONFUSED = [
    ("heel-to-toe-stand", "half-step-stand"),
    ("walking-program", "pool-walking"),
    ("prone-back-muscle-set", "prone-lying"),
]


def _dark(exercise_id: str) -> Image.Image:
    image = picture_image(render_exercise(LIBRARY.get(exercise_id)), 200).convert("L")
    return image.point(lambda v: 255 if v < 128 else 0)


def _body_box(image: Image.Image) -> tuple[int, int, int, int]:
    """The box of the largest dark blob: the body in its end pose (insets are separate blobs).

    The white edges that part the limbs from the trunk are closed first (a 5-pixel dilation), so
    the body is one blob whether its trunk or a limb is the biggest part.
    """
    image = image.filter(ImageFilter.MaxFilter(5))
    w, h = image.size
    data = image.load()
    assert data is not None
    seen: set[tuple[int, int]] = set()
    best: tuple[int, tuple[int, int, int, int]] = (0, (0, 0, w, h))
    for y in range(h):
        for x in range(w):
            if data[x, y] == 0 or (x, y) in seen:
                continue
            stack, blob = [(x, y)], []
            seen.add((x, y))
            while stack:
                px, py = stack.pop()
                blob.append((px, py))
                for nx in (px - 1, px, px + 1):
                    for ny in (py - 1, py, py + 1):
                        if 0 <= nx < w and 0 <= ny < h and data[nx, ny] and (nx, ny) not in seen:
                            seen.add((nx, ny))
                            stack.append((nx, ny))
            if len(blob) > best[0]:
                xs, ys = [p[0] for p in blob], [p[1] for p in blob]
                best = (len(blob), (min(xs), min(ys), max(xs) + 1, max(ys) + 1))
    return best[1]


@pytest.mark.parametrize(("first", "second"), _names_one_word_apart() + CONFUSED)
def test_names_one_word_apart_differ_in_the_body_not_only_an_inset(first: str, second: str) -> None:
    a, b = _dark(first), _dark(second)
    ba, bb = _body_box(a), _body_box(b)
    box = (min(ba[0], bb[0]), min(ba[1], bb[1]), max(ba[2], bb[2]), max(ba[3], bb[3]))
    a, b = a.crop(box), b.crop(box)
    changed = ImageChops.difference(a, b).histogram()[255]
    dark = ImageChops.lighter(a, b).histogram()[255]
    assert changed / dark >= 0.2, f"{first} and {second}: {changed / dark:.2f} of the body differs"
