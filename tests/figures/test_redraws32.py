"""Figures redrawn after the fifth full blind review (review E, stop 32): each test states what the
picture must show, and fails on the drawing that was misread."""

from __future__ import annotations

import pytest

from rehab_planner.library import load_library
from rehab_planner.model.figure_vocab import MarkKind


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return load_library(include_custom=False)


def test_the_femoral_nerve_glide_shows_looking_up_with_the_look_up_sign(library) -> None:  # type: ignore[no-untyped-def]
    # A curved arrow over the crown read as the head turning (the one leg stand with head
    # turns, high confidence, reviews A-E). The head tips up: the same sign as "Look up", in
    # front of the face.
    glide = [m for m in library.get("femoral-nerve-glide").figure.marks if m.at == "head"]
    look_up = [m for m in library.get("neck-extension").figure.marks if m.at == "head"]
    assert glide == look_up and glide[0].kind is MarkKind.TURN and glide[0].dx > 0
