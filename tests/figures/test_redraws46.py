"""Figures redrawn after the "why not sure" review of stop 46 (issue 13)."""

from __future__ import annotations

import pytest

from rehab_planner.figures import props
from rehab_planner.figures.arrows import marks
from rehab_planner.figures.primitives import BLACK, WHITE, Stroke
from rehab_planner.figures.render import placed_poses
from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import PropKind


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_a_muscles_word_line_shows_over_the_body(library) -> None:  # type: ignore[no-untyped-def]
    # The low back's word line crossed the black arm and trunk and vanished there: the word
    # seemed to name the arm. Every word line is black on a wider white line.
    spec = library.get("prone-back-muscle-set").figure
    _, poses = placed_poses(spec)
    strokes = [i for i in marks(spec, poses[-1]) if isinstance(i, Stroke)]
    black = [s for s in strokes if s.color == BLACK]
    assert black
    for line in black:
        assert any(s.color == WHITE and s.points == line.points and s.width > line.width
                   for s in strokes)


def test_the_reacher_is_a_dark_stiff_stick_not_a_cord(library) -> None:  # type: ignore[no-untyped-def]
    spec = library.get("reaching-low-with-tools").figure
    (reacher,) = [p for p in spec.props if p.kind is PropKind.REACHER]
    ground, poses = placed_poses(spec)
    items = props.attached_prop(reacher, poses[-1], poses[0], ground, faded=False)
    shaft = max((i for i in items if isinstance(i, Stroke)), key=lambda s: s.width)
    assert shaft.color == props.PROP_DARK and shaft.width >= 0.06
    jaws = [i for i in items if isinstance(i, Stroke) and i.points[0] == shaft.points[-1]]
    assert len(jaws) == 2 and all(j.color == props.PROP_DARK for j in jaws)
