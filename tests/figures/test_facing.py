"""A lying body shows which way it faces (issue 13, the fifth blind test): from above, face up has
eyes and face down has hair; from the side, every head shows its eye and nose (toward the mat face
down, up face up, ahead standing)."""

from __future__ import annotations

import math

import pytest

from rehab_planner.figures import heads
from rehab_planner.figures.primitives import BLACK, WHITE, Circle, Item, Stroke
from rehab_planner.figures.render import placed_poses, render_spec
from rehab_planner.model.figure import BasePosition


def _head(items: list[Item]) -> Circle:
    """The end pose's head: the largest black disc."""
    return max((i for i in items if isinstance(i, Circle) and i.fill == BLACK),
               key=lambda c: c.radius)


def _on_head(items: list[Item], head: Circle) -> tuple[list[Circle], list[Stroke]]:
    """The white dots and white lines drawn inside the head."""
    def inside(p: tuple[float, float]) -> bool:
        return math.dist(p, head.center) < head.radius

    dots = [i for i in items if isinstance(i, Circle) and i.fill == WHITE
            and i.radius < head.radius / 2 and inside(i.center)]
    lines = [i for i in items if isinstance(i, Stroke) and i.color == WHITE
             and all(inside(p) for p in i.points)]
    return dots, lines


@pytest.mark.parametrize("exercise_id", ["prone-y-t-raise", "prone-arm-out"])
def test_face_down_from_above_shows_hair_not_eyes(library, exercise_id) -> None:  # type: ignore[no-untyped-def]
    items = render_spec(library.get(exercise_id).figure.panels()[0]).items
    dots, lines = _on_head(items, _head(items))
    assert len(lines) >= 3 and not dots


@pytest.mark.parametrize("exercise_id", ["bent-knee-fall-out"])
def test_face_up_from_above_shows_eyes_not_hair(library, exercise_id) -> None:  # type: ignore[no-untyped-def]
    items = render_spec(library.get(exercise_id).figure).items
    dots, lines = _on_head(items, _head(items))
    assert len(dots) == 2 and not lines


def test_the_head_from_above_differs_by_facing(library) -> None:  # type: ignore[no-untyped-def]
    _, poses = placed_poses(library.get("prone-arm-out").figure)
    up, down = heads.from_above(poses[-1], "up"), heads.from_above(poses[-1], "down")
    assert {type(i) for i in up} == {Circle} and {type(i) for i in down} == {Stroke}
    assert heads.facing(BasePosition.LYING_ON_STOMACH) == "down"
    assert heads.facing(BasePosition.HOOK_LYING) == "up"
    assert heads.facing(BasePosition.STANDING) is None


@pytest.mark.parametrize("exercise_id", ["prone-knee-hang", "superman"])
def test_a_face_down_head_from_the_side_has_its_nose_toward_the_mat(library, exercise_id) -> None:  # type: ignore[no-untyped-def]
    items = render_spec(library.get(exercise_id).figure).items
    head = _head(items)
    noses = _noses(items, head)
    assert noses
    assert all(n.center[1] < head.center[1] - 0.4 * head.radius for n in noses)


def _noses(items: list[Item], head: Circle) -> list[Circle]:
    return [i for i in items if isinstance(i, Circle) and i.fill == BLACK and i is not head
            and i.radius < head.radius / 2 and math.dist(i.center, head.center) < 1.3 * head.radius]


def test_a_face_up_head_from_the_side_has_its_nose_up(library) -> None:  # type: ignore[no-untyped-def]
    items = render_spec(library.get("heel-prop").figure).items
    head = _head(items)
    noses = _noses(items, head)
    assert noses
    assert all(n.center[1] > head.center[1] + 0.4 * head.radius for n in noses)


@pytest.mark.parametrize("exercise_id", ["mini-squat", "band-knee-lock", "sit-to-stand"])
def test_every_head_seen_from_the_side_shows_which_way_it_faces(library, exercise_id) -> None:  # type: ignore[no-untyped-def]
    """The sixth blind test could tell which way a standing figure faced only from its feet."""
    figure = library.get(exercise_id).figure
    items = render_spec(figure.panels()[-1]).items
    head = _head(items)
    dots, _ = _on_head(items, head)
    assert len(dots) == 1  # one eye, on the face side
    assert _noses(items, head)
