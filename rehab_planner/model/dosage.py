"""Dosage: how much of an exercise, and how it reads in plain words."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.vocab import Side

SEPARATOR = " · "

_SIDE_WORDS = {
    Side.LEFT: "left side",
    Side.RIGHT: "right side",
    Side.EACH: "each side",
}


# The fields a prescription may clear from the exercise's default dosage ("no hold").
ClearableField = Literal["sets", "reps", "hold_seconds", "minutes", "times_a_day", "days_a_week",
                         "load", "rest_seconds"]


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


class Dosage(Model):
    """Sets, repetitions, holds and how often. Limits reject typing slips, not clinical choices."""

    sets: int | None = Field(default=None, ge=1, le=10, description="Sets (1 to 10)")
    reps: int | None = Field(default=None, ge=1, le=100, description="Repetitions per set")
    hold_seconds: int | None = Field(default=None, ge=1, le=300, description="Hold, seconds")
    minutes: int | None = Field(default=None, ge=1, le=180, description="Minutes per session")
    times_a_day: int | None = Field(default=None, ge=1, le=24, description="Sessions a day")
    days_a_week: int | None = Field(default=None, ge=1, le=7, description="Days a week")
    side: Side = Field(default=Side.BOTH, description="Which side")
    load: str | None = Field(default=None, max_length=60, description="Weight or band colour")
    rest_seconds: int | None = Field(default=None, ge=1, le=600, description="Rest between sets")
    clear: list[ClearableField] = Field(
        default_factory=list, max_length=8,
        description="In a prescription's override: default fields to leave out (e.g. hold_seconds)")

    @model_validator(mode="after")
    def _clear_what_is_not_set(self) -> Dosage:
        both = [name for name in self.clear if getattr(self, name) is not None]
        if both:
            raise ValueError(f"'{both[0]}' is both set and cleared; do one or the other")
        return self

    def is_complete(self) -> bool:
        """True when it says what to do: repetitions, a hold time or minutes.

        A prescription's override may set only what changes (e.g. times a day); an exercise's
        default dosage must be complete.
        """
        return not (self.reps is None and self.minutes is None and self.hold_seconds is None)

    def merged(self, override: Dosage | None) -> Dosage:
        """This dosage with the fields an override sets explicitly replaced."""
        if override is None:
            return self
        data = self.model_dump()
        # An override names only what it changes; a field left empty keeps the default.
        data.update({k: v for k, v in override.model_dump(exclude_unset=True).items()
                     if v is not None and k != "clear"})
        for name in override.clear:  # the therapist took this default out
            data[name] = None
        data["clear"] = []
        return Dosage.model_validate(data)

    def amount_words(self) -> str:
        """How much in one session, e.g. '2 sets of 10 reps · hold 5 seconds'.

        Counts are 'reps' (the how-to list on page 1 says what a rep is), so 'times' is left to
        how often: '20 reps · 3 times a day', never '20 times · 3 times a day'.
        """
        parts: list[str] = []
        holds = bool(self.hold_seconds or self.minutes)
        if self.reps == 1 and holds and (self.sets or 1) > 1:
            parts.append(f"{self.sets} reps")  # 2 sets of 1 hold: "2 reps · hold 15 seconds"
        elif self.reps == 1 and holds:
            pass  # "hold 60 seconds" says it all; "1 rep" would only add noise
        elif self.reps is not None:
            reps = f"{self.reps} rep{'s' if self.reps != 1 else ''}"
            if self.sets and self.sets > 1:
                parts.append(f"{self.sets} sets of {reps}")
            else:
                parts.append(reps)
        elif self.sets and self.sets > 1:
            parts.append(f"{self.sets} sets")
        if self.hold_seconds is not None:
            parts.append(f"hold {self.hold_seconds} second{'s' if self.hold_seconds != 1 else ''}")
        if self.minutes is not None:
            parts.append(f"{self.minutes} minute{'s' if self.minutes != 1 else ''}")
        return SEPARATOR.join(parts)

    def how_often_words(self) -> str:
        """How often, e.g. '3 times a day · 5 days a week'."""
        parts: list[str] = []
        if self.times_a_day is not None:
            parts.append(f"{_times(self.times_a_day)} a day")
        if self.days_a_week is not None:
            parts.append("every day" if self.days_a_week == 7 else f"{self.days_a_week} days a week")
        return SEPARATOR.join(parts)

    def describe(self) -> str:
        """The whole dosage in plain words: '2 sets of 10 reps · hold 5 seconds · 3 times a day'."""
        parts = [self.amount_words()]
        if self.side in _SIDE_WORDS:
            parts.append(_SIDE_WORDS[self.side])
        if self.load:
            parts.append(self.load)
        if self.rest_seconds:
            parts.append(f"rest {self.rest_seconds} seconds between sets")
        parts.append(self.how_often_words())
        return SEPARATOR.join(p for p in parts if p)

    def session_minutes(self) -> float:
        """Estimated minutes one session takes (about 4 seconds a repetition plus holds)."""
        if self.minutes is not None:
            return float(self.minutes)
        sets = self.sets or 1
        reps = self.reps or 1
        per_rep = 4 + (self.hold_seconds or 0)
        sides = 2 if self.side == Side.EACH else 1
        rest = (self.rest_seconds or 30) * (sets - 1)
        return (sets * reps * per_rep * sides + rest) / 60.0

    def minutes_a_day(self) -> float:
        """Estimated minutes a day: one session times the sessions a day."""
        return self.session_minutes() * (self.times_a_day or 1)
