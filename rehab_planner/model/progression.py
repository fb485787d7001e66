"""Progression: how an exercise carried into the next stage grows ("continue stage 2, 5 more reps")."""

from __future__ import annotations

from pydantic import Field

from rehab_planner.model.base import Model


class Progression(Model):
    """What to add to last stage's dose. Each step applies only to what the dose already counts."""

    sets: int = Field(default=0, ge=0, le=5, description="Sets to add")
    reps: int = Field(default=0, ge=0, le=50, description="Repetitions to add")
    hold_seconds: int = Field(default=0, ge=0, le=120, description="Seconds to add to a hold")
    minutes: int = Field(default=0, ge=0, le=60, description="Minutes to add")
    load: str | None = Field(default=None, max_length=60,
                             description="The new weight or band, e.g. 'red band' or '2 lb'")

    def is_empty(self) -> bool:
        """True when it changes nothing (a plain copy)."""
        return not (self.sets or self.reps or self.hold_seconds or self.minutes or self.load)
