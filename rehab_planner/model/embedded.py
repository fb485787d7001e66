"""EmbeddedExercise: a custom exercise a plan carries, with its photo, so any computer can print it."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field, field_validator

from rehab_planner.model.base import Model
from rehab_planner.model.exercise import Exercise

MAX_EMBEDDED = 60  # custom exercises one plan may carry
PHOTO_CHUNK = 16_000  # base64 characters in one piece (a plan file string holds at most 20,000)
MAX_PHOTO_BYTES = 400_000  # one embedded photo, after re-encoding and scaling down
MAX_PHOTO_CHUNKS = -(-(MAX_PHOTO_BYTES * 4 // 3 + 4) // PHOTO_CHUNK)
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")

Chunk = Annotated[str, Field(min_length=1, max_length=PHOTO_CHUNK)]


class EmbeddedPhoto(Model):
    """A photo re-encoded by the picture gate, as base64 text cut into pieces."""

    format: Literal["PNG", "JPEG"]
    base64: list[Chunk] = Field(min_length=1, max_length=MAX_PHOTO_CHUNKS)

    @field_validator("base64")
    @classmethod
    def _base64_text(cls, value: list[str]) -> list[str]:
        for i, piece in enumerate(value):
            if not _BASE64.match(piece):
                raise ValueError(f"piece {i + 1} of the photo is not base64 text")
        return value


class EmbeddedExercise(Model):
    """A custom exercise as the plan's author had it; `exercise.photo` is only the file name."""

    exercise: Exercise
    photo: EmbeddedPhoto | None = None
