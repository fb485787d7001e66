"""Dosage: how much of an exercise and how often, as plain data (the words are in i18n/dosage)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.vocab import AsTolerated, DistanceUnit, Side

SEPARATOR = " · "

# The fields a prescription may clear from the exercise's default dosage ("no hold").
# Clearing a count clears its range too; clearing distance clears its unit; effort its range.
ClearableField = Literal["sets", "reps", "hold_seconds", "minutes", "times_a_day", "days_a_week",
                         "load", "rest_seconds", "distance", "effort", "build_up_to"]

# A count and the top of its range ("10 to 15 reps": reps=10, reps_max=15).
RANGES: dict[str, str] = {"sets": "sets_max", "reps": "reps_max",
                          "hold_seconds": "hold_seconds_max", "minutes": "minutes_max",
                          "effort": "effort_max"}
# What a clear of the first field also clears.
_CLEARS_WITH: dict[str, tuple[str, ...]] = {**{k: (v,) for k, v in RANGES.items()},
                                            "distance": ("distance_unit",)}
# How much in one session (an 'as needed' or 'as tolerated' override drops the defaults of these).
AMOUNT_FIELDS = ("sets", "sets_max", "reps", "reps_max", "hold_seconds", "hold_seconds_max",
                 "minutes", "minutes_max", "distance", "distance_unit", "build_up_to")
FREQUENCY_FIELDS = ("times_a_day", "days_a_week")
# Whole numbers of metres and yards; kilometres and miles in quarters, so that the words stay plain
# ('a quarter mile', '1.5 miles'). Limits reject typing slips.
DISTANCE_STEP = {DistanceUnit.M: 1.0, DistanceUnit.YD: 1.0,
                 DistanceUnit.KM: 0.25, DistanceUnit.MI: 0.25}
DISTANCE_MAX = {DistanceUnit.M: 20000.0, DistanceUnit.YD: 20000.0,
                DistanceUnit.KM: 20.0, DistanceUnit.MI: 13.0}
_SECONDS_A_REP = 4
_REST_SECONDS = 30


def _whole_steps(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-9


class DoseTarget(Model):
    """What to build up to by the end of the phase ('build up to 3 sets of 15 reps')."""

    sets: int | None = Field(default=None, ge=1, le=10, description="Sets to build up to")
    reps: int | None = Field(default=None, ge=1, le=100, description="Repetitions to build up to")
    hold_seconds: int | None = Field(default=None, ge=1, le=300, description="Hold to build up to")
    minutes: int | None = Field(default=None, ge=1, le=180, description="Minutes to build up to")
    distance: float | None = Field(default=None, gt=0, le=20000,
                                   description="Distance to build up to, in the dose's unit")

    @model_validator(mode="after")
    def _says_something(self) -> DoseTarget:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError("a build-up target needs sets, reps, a hold, minutes or a distance")
        return self


class Dosage(Model):
    """Sets, repetitions, holds, distance, effort and how often. Limits reject typing slips, not
    clinical choices.

    A count may be a range: `reps=10, reps_max=15` is "10 to 15 reps". `as_needed` leaves how
    often to the patient; `as_tolerated` leaves how much to the patient (a count then is the most).
    """

    sets: int | None = Field(default=None, ge=1, le=10, description="Sets (1 to 10)")
    sets_max: int | None = Field(default=None, ge=1, le=10, description="Top of a range of sets")
    reps: int | None = Field(default=None, ge=1, le=100, description="Repetitions per set")
    reps_max: int | None = Field(default=None, ge=1, le=100, description="Top of a range of reps")
    hold_seconds: int | None = Field(default=None, ge=1, le=300, description="Hold, seconds")
    hold_seconds_max: int | None = Field(default=None, ge=1, le=300,
                                         description="Top of a range of hold seconds")
    minutes: int | None = Field(default=None, ge=1, le=180, description="Minutes per session")
    minutes_max: int | None = Field(default=None, ge=1, le=180,
                                    description="Top of a range of minutes")
    distance: float | None = Field(default=None, gt=0, le=20000,
                                   description="Distance per session, in distance_unit")
    distance_unit: DistanceUnit | None = Field(default=None, description="m, km, yd or mi")
    effort: int | None = Field(default=None, ge=0, le=10, description="Effort, 0 to 10 (RPE)")
    effort_max: int | None = Field(default=None, ge=0, le=10, description="Top of the effort range")
    times_a_day: int | None = Field(default=None, ge=1, le=24, description="Sessions a day")
    days_a_week: int | None = Field(default=None, ge=1, le=7, description="Days a week")
    as_needed: bool = Field(default=False, description="How often is up to the patient")
    as_tolerated: AsTolerated | None = Field(
        default=None, description="How far, long or many is up to the patient (counts: the most)")
    build_up_to: DoseTarget | None = Field(default=None,
                                           description="What to build up to within the phase")
    side: Side = Field(default=Side.BOTH, description="Which side")
    load: str | None = Field(default=None, max_length=60, description="Weight or band colour")
    rest_seconds: int | None = Field(default=None, ge=1, le=600, description="Rest between sets")
    clear: list[ClearableField] = Field(
        default_factory=list, max_length=11,
        description="In a prescription's override: default fields to leave out (e.g. hold_seconds)")

    @model_validator(mode="after")
    def _consistent(self) -> Dosage:
        both = [name for name in self.clear if getattr(self, name) is not None]
        if both:
            raise ValueError(f"'{both[0]}' is both set and cleared; do one or the other")
        for low, high in RANGES.items():
            low_value, high_value = getattr(self, low), getattr(self, high)
            if high_value is not None and low_value is None:
                raise ValueError(f"'{high}' needs '{low}' (the bottom of the range)")
            if high_value is not None and high_value < low_value:
                raise ValueError(f"'{high}' ({high_value}) is below '{low}' ({low_value})")
        self._check_distance()
        if self.as_needed and (self.times_a_day is not None or self.days_a_week is not None):
            raise ValueError("'as_needed' leaves how often to the patient; "
                             "clear times_a_day and days_a_week")
        self._check_target()
        return self

    def _check_distance(self) -> None:
        if (self.distance is None) != (self.distance_unit is None):
            raise ValueError("'distance' and 'distance_unit' go together")
        if self.distance is not None and self.distance_unit is not None:
            unit = self.distance_unit
            if self.distance > DISTANCE_MAX[unit]:
                raise ValueError(f"'distance' {self.distance:g} {unit} is more than "
                                 f"{DISTANCE_MAX[unit]:g} {unit}")
            if not _whole_steps(self.distance, DISTANCE_STEP[unit]):
                raise ValueError(f"'distance' in {unit} goes in steps of "
                                 f"{DISTANCE_STEP[unit]:g}")

    def _check_target(self) -> None:
        target = self.build_up_to
        if target is None:
            return
        if target.distance is not None:
            if self.distance_unit is None:
                raise ValueError("'build_up_to.distance' needs the dose's distance and unit")
            unit = self.distance_unit
            if target.distance > DISTANCE_MAX[unit] or not _whole_steps(
                    target.distance, DISTANCE_STEP[unit]):
                raise ValueError(f"'build_up_to.distance' in {unit} goes in steps of "
                                 f"{DISTANCE_STEP[unit]:g} up to {DISTANCE_MAX[unit]:g}")
        grows = False
        for name in ("sets", "reps", "hold_seconds", "minutes", "distance"):
            goal, start = getattr(target, name), getattr(self, name)
            if goal is None:
                continue
            if start is not None and goal < start:
                raise ValueError(f"'build_up_to.{name}' ({goal:g}) is below the start ({start:g})")
            grows = grows or start is None or goal > start
        if not grows:
            raise ValueError("'build_up_to' asks for no more than the start")

    def is_complete(self) -> bool:
        """True when it says what to do: repetitions, a hold time, minutes or a distance, or that
        the amount or how often is up to the patient (as tolerated, as needed).

        A prescription's override may set only what changes (e.g. times a day); an exercise's
        default dosage must be complete.
        """
        return (self.as_needed or self.as_tolerated is not None
                or any(getattr(self, name) is not None
                       for name in ("reps", "minutes", "hold_seconds", "distance")))

    def merged(self, override: Dosage | None, *, validate: bool = True) -> Dosage:
        """This dosage with the fields an override sets explicitly replaced.

        An override that sets a count and not its range drops the default's range; one that says
        'as needed' or 'as tolerated' keeps none of the default's amount (and, as needed, none of
        its how often), only what it sets itself.

        Args:
            override: the prescription's changes (None: this dosage).
            validate: check the result again; the safety check, which merges every prescription
                on every edit, skips it (both inputs are valid already).
        """
        if override is None:
            return self
        data = dict(self.__dict__)
        # An override names only what it changes; a field left empty keeps the default.
        given = {name: getattr(override, name) for name in override.model_fields_set
                 if getattr(override, name) is not None and name != "clear"}
        for low, high in RANGES.items():
            if low in given and high not in given:
                data[high] = None
        if "distance" in given and "distance_unit" not in given:
            data["distance_unit"] = None
        dropped: tuple[str, ...] = ()
        if override.as_needed:
            dropped = (*AMOUNT_FIELDS, *FREQUENCY_FIELDS)
        elif override.as_tolerated is not None:
            dropped = AMOUNT_FIELDS
        if any(name in given for name in AMOUNT_FIELDS):
            dropped = (*dropped, "build_up_to")  # a new start needs its own target
        for name in dropped:
            data[name] = None
        data.update(given)
        for name in override.clear:  # the therapist took this default out
            for each in (name, *_CLEARS_WITH.get(name, ())):
                data[each] = None
        data["clear"] = []
        return Dosage.model_validate(data) if validate else Dosage.model_construct(**data)

    def top(self, name: str) -> float | None:
        """The most the dose asks of a count within the phase: the top of its range, or the
        build-up target when that is more."""
        values = [getattr(self, name), getattr(self, RANGES.get(name, name))]
        if self.build_up_to is not None and name in DoseTarget.model_fields:
            values.append(getattr(self.build_up_to, name))
        known = [float(v) for v in values if v is not None]
        return max(known) if known else None

    def session_minutes(self) -> float | None:
        """Estimated minutes one session takes at the most the phase asks (the top of a range, or
        the build-up target): about 4 seconds a repetition plus holds and rests.

        None when it cannot be known: the amount is as tolerated, or the dose gives only a
        distance or an effort.
        """
        if self.as_tolerated is not None:
            return None
        minutes = self.top("minutes")
        if minutes is not None:
            return minutes
        reps, hold = self.top("reps"), self.top("hold_seconds")
        if reps is None and hold is None:
            return None
        sets = self.top("sets") or 1.0
        per_rep = _SECONDS_A_REP + (hold or 0.0)
        sides = 2 if self.side == Side.EACH else 1
        rest = (self.rest_seconds or _REST_SECONDS) * (sets - 1)
        return (sets * (reps or 1.0) * per_rep * sides + rest) / 60.0

    def minutes_a_day(self) -> float | None:
        """Estimated minutes a day: one session times the sessions a day (None when either
        cannot be known, e.g. as needed)."""
        session = self.session_minutes()
        if session is None or self.as_needed:
            return None
        return session * (self.times_a_day or 1)
