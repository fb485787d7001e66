"""Picture-text constraints of a figure: facts its exercise's text promises the picture shows."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.figure_vocab import LIMITS, SIDED, PropKind, check_point


class CheckKind(StrEnum):
    """What a picture-text constraint measures (see figures/checks.py)."""

    ANGLE = "angle"  # a joint's angle in the pose (degrees)
    TURN = "turn"  # how far a joint's angle changes from the start to the end pose (degrees)
    DISTANCE = "distance"  # between two points in the pose (body units)
    OFFSET = "offset"  # point `at` minus point `to` along `direction` (0 = right, 90 = up)
    MOVES = "moves"  # how far point `at` travels from the start to the end pose along `direction`
    HEIGHT = "height"  # how high point `at` is above the surface the body lies or stands on
    PANELS = "panels"  # how many numbered panels the picture has


class Constraint(Model):
    """A fact the exercise's text promises that its picture must show, e.g. 'hip 45 or less'.

    Body points are measured on the drawn poses (a standing figure is about 1.75 units tall);
    `prop` makes `to` the place of that prop (its point plus dx, dy) instead of a body point.
    """

    says: str = Field(min_length=3, description="The promise in a few words (the review sheet)")
    kind: CheckKind
    pose: Literal["start", "end"] = "end"
    panel: int = Field(default=1, ge=1, le=3, description="Which numbered panel (1 = the first)")
    joint: str | None = None
    at: str | None = None
    to: str | None = None
    prop: PropKind | None = None
    direction: float = Field(default=0.0, ge=-360, le=360)
    min: float | None = None
    max: float | None = None

    @field_validator("at", "to")
    @classmethod
    def _points(cls, value: str | None) -> str | None:
        return check_point(value, "constraint")

    @field_validator("joint")
    @classmethod
    def _joint(cls, value: str | None) -> str | None:
        if value is None:
            return None
        bare = value.split("_", 1)[1] if value.startswith(("left_", "right_")) else value
        if bare not in LIMITS or (bare in SIDED) != (bare != value):
            raise ValueError(f"'{value}' is not a joint: use e.g. right_hip, left_knee, trunk")
        return value

    @model_validator(mode="after")
    def _needs(self) -> Constraint:
        if self.min is None and self.max is None:
            raise ValueError("a constraint needs min, max or both")
        need = {
            CheckKind.ANGLE: ("joint",),
            CheckKind.TURN: ("joint",),
            CheckKind.DISTANCE: ("at", "to"),
            CheckKind.OFFSET: ("at",),
            CheckKind.MOVES: ("at",),
            CheckKind.HEIGHT: ("at",),
            CheckKind.PANELS: (),
        }[self.kind]
        for name in need:
            if getattr(self, name) is None:
                raise ValueError(f"a '{self.kind.value}' constraint needs '{name}'")
        if self.kind is CheckKind.OFFSET and self.to is None and self.prop is None:
            raise ValueError("an 'offset' constraint needs 'to' or 'prop'")
        return self
