"""Plan: a patient's home program, phase by phase, with the surgeon's precautions."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

from rehab_planner.model.base import Model
from rehab_planner.model.course import (
    MAX_CLINICIAN_ITEMS,
    MAX_CRITERIA_MET,
    MAX_MILESTONES,
    ClinicianItem,
    CriterionMet,
    Milestone,
    PhaseEnd,
)
from rehab_planner.model.dosage import Dosage
from rehab_planner.model.embedded import MAX_EMBEDDED, EmbeddedExercise
from rehab_planner.model.exercise import check_id
from rehab_planner.model.people import Clinic, Patient, Surgeon
from rehab_planner.model.precaution import PrecautionSetting
from rehab_planner.model.range_limit import MAX_RANGE_LIMITS, RangeLimit

# 2: orders (precautions) may repeat an id, each with its own key, weeks or days and wording;
#    the sitting limit and driving are printed only when ordered (None by default).
# 3: a plan carries the custom exercises it uses (custom_exercises), photos included.
# 4: dosage forms (ranges, as needed, as tolerated, distance, effort, a build-up target);
#    milestones, a phase's end on criteria (ends_by), the criteria met and the stage the
#    therapist moved to, clinician items; print_progress in the settings.
# 5: range limits on phases (joint, motion, degrees, passive or active).
# 6: milestones with only_if/unless (a stage's main_message came within format 6).
# 7: a prescription's start_week (an exercise that starts later than its stage).
SCHEMA_VERSION = 8

# Limits of a plan (README, "Reliability and limits"): far above any real program, low enough
# that a hostile file cannot take minutes or gigabytes to check or print.
MAX_ID = 80
MAX_PHASES = 24
MAX_PRESCRIPTIONS = 60  # in one phase
MAX_LINES = 20  # goals, criteria
MAX_LINE = 300  # characters in a goal or criterion
MAX_PHASE_WORDS = 10  # other words of one phase, by condition
MAX_PRECAUTIONS = 40
MAX_TOPICS = 100
MAX_ACKNOWLEDGEMENTS = 1000

Line = Annotated[str, Field(max_length=MAX_LINE)]


def check_plan_id(value: str) -> str:
    """A plan id: 1 to 80 characters, no spaces, control or direction characters.

    The same rule holds for plan files, SQLite and PostgreSQL (which refuses NUL characters).

    Raises:
        ValueError: the id breaks the rule.
    """
    if not value or len(value) > MAX_ID:
        raise ValueError(f"a plan id has 1 to {MAX_ID} characters, not {len(value)}")
    if any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")
           for c in value):
        raise ValueError("a plan id may not hold spaces, control or direction characters")
    return value


def days_after(weeks: float) -> int:
    """Weeks after surgery as whole days (rounded half up): the one rounding every date uses."""
    return math.floor(weeks * 7 + 0.5)


def new_id() -> str:
    """A short random id for phases, prescriptions and plans."""
    return uuid.uuid4().hex[:12]


def now() -> dt.datetime:
    """The current time, timezone-aware, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Prescription(Model):
    """One exercise in a phase: the library exercise, its dosage for this patient, a note."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=MAX_ID)
    exercise_id: str = Field(max_length=MAX_ID)
    dosage: Dosage | None = Field(default=None, description="Overrides the exercise's default")
    note: str = Field(default="", max_length=600, description="The therapist's note to the patient")
    only_if: list[str] = Field(default_factory=list,
                               description="Condition ids: prescribed only when the plan has one")
    unless: list[str] = Field(default_factory=list,
                              description="Condition ids: prescribed only when the plan has none")
    stance_leg: Literal["operated", "other"] | None = Field(
        default=None,
        description="For standing work on one leg: which leg bears the weight. 'other': the leg "
        "that had no surgery, so weight-bearing orders do not forbid it",
    )

    start_week: float | None = Field(
        default=None, ge=0, le=156,
        description="Weeks after surgery when the patient starts this exercise, later than its "
        "stage starts: the card prints the date and the log has no boxes before it. None: with "
        "the stage")

    _check_exercise = field_validator("exercise_id")(check_id)

    @field_serializer("dosage")
    def _only_what_changes(self, dosage: Dosage | None) -> dict[str, object] | None:
        """Save an override as the fields it sets, so a reloaded plan keeps the other defaults."""
        return None if dosage is None else dosage.model_dump(mode="json", exclude_unset=True)

    @model_serializer(mode="wrap")
    def _no_unset_start(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Leave out an unset start week, so a prescription without one is saved as before."""
        data = handler(self)
        if isinstance(data, dict) and self.start_week is None:
            data.pop("start_week", None)
        return data

    def starts_later(self, phase: Phase) -> bool:
        """Whether the patient starts this exercise on a later day than its stage starts (the
        handout then holds it back to that day, even past the stage's end: see starts_after_end).
        Compared in days after surgery, as the handout's dates are."""
        return self.start_week is not None and (
            days_after(self.start_week) > days_after(phase.weeks_from))

    def later_start(self, phase: Phase) -> float | None:
        """The start week when the patient starts this exercise later than its stage, else
        None."""
        return self.start_week if self.starts_later(phase) else None

    def starts_after_end(self, phase: Phase) -> bool:
        """Whether the start day is on or after the stage's last day: the patient would never do
        this exercise in this stage (`check` warns)."""
        return self.start_week is not None and phase.weeks_to is not None and (
            days_after(self.start_week) >= days_after(phase.weeks_to))


class PhaseWords(Model):
    """A phase's own words when the plan has a condition: its name and main message (if given),
    goals and criteria, shown instead of the phase's (goals and criteria replace them, an empty
    list: none).
    """

    condition: str = Field(max_length=MAX_ID, description="The condition id these words are for")
    name: str | None = Field(default=None, min_length=1, max_length=80,
                             description="The phase's name for this condition; None: the same")
    main_message: str | None = Field(default=None, max_length=400,
                                     description="The stage's main message for this condition; "
                                     "None: the same")
    goals: list[Line] = Field(default_factory=list, max_length=MAX_LINES)
    criteria: list[Line] = Field(default_factory=list, max_length=MAX_LINES,
                                 description="What must be true to move on")

    _check_condition = field_validator("condition")(check_id)

    @model_serializer(mode="wrap")
    def _no_unset_message(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Leave out an unset main message, so words without one are saved as before (a file an
        older Rehab Planner still opens)."""
        data = handler(self)
        if isinstance(data, dict) and self.main_message is None:
            data.pop("main_message", None)
        return data


class Phase(Model):
    """A stretch of weeks after surgery with its goals, exercises and criteria to move on."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=MAX_ID)
    name: str = Field(min_length=1, max_length=80)
    weeks_from: float = Field(ge=0, le=104, description="Start, in weeks after surgery")
    weeks_to: float | None = Field(default=None, ge=0, le=156, description="End; None: onwards")
    main_message: str = Field(
        default="", max_length=400,
        description="The stage's one message, printed first on page 1 while the patient is in it, "
        "when the plan has no message of its own (a template's 'keep your weight off your leg' "
        "holds in the first stages only)")
    goals: list[Line] = Field(default_factory=list, max_length=MAX_LINES)
    criteria: list[Line] = Field(default_factory=list, max_length=MAX_LINES,
                                 description="What must be true to move on")
    ends_by: PhaseEnd = Field(
        default="week", description="When the phase ends: at weeks_to, when its criteria are met "
        "(the therapist moves the patient on), or whichever comes later")
    prescriptions: list[Prescription] = Field(default_factory=list, max_length=MAX_PRESCRIPTIONS)
    range_limits: list[RangeLimit] = Field(
        default_factory=list, max_length=MAX_RANGE_LIMITS,
        description="How far joints may move in this phase (the surgeon's degrees)")
    by_condition: list[PhaseWords] = Field(
        default_factory=list, max_length=MAX_PHASE_WORDS,
        description="Other words (name, goals, criteria) for a plan with a condition; the first "
        "whose condition the plan has is shown")

    @model_serializer(mode="wrap")
    def _no_empty_words(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Leave out by_condition and main_message when they are empty, so a phase without them
        is saved as before (a file an older Rehab Planner still opens)."""
        data = handler(self)
        if isinstance(data, dict):
            if not self.by_condition:
                data.pop("by_condition", None)
            if not self.main_message:
                data.pop("main_message", None)
        return data

    def words_for(self, conditions: Iterable[str]) -> PhaseWords | None:
        """The phase's other words for a plan with these conditions (the first that applies)."""
        chosen = set(conditions)
        return next((w for w in self.by_condition if w.condition in chosen), None)

    def name_for(self, conditions: Iterable[str]) -> str:
        """The stage's name as a plan with these conditions prints it."""
        words = self.words_for(conditions)
        return words.name if words is not None and words.name else self.name

    def as_followed(self, conditions: Iterable[str]) -> Phase:
        """The phase with the words a plan with these conditions shows (a copy without
        by_condition); the phase itself when it has no other words."""
        if not self.by_condition:
            return self
        words = self.words_for(conditions)
        update: dict[str, object] = {"by_condition": []}
        if words is not None:
            update |= {"name": words.name or self.name, "goals": list(words.goals),
                       "criteria": list(words.criteria)}
            if words.main_message is not None:
                update["main_message"] = words.main_message
        return self.model_copy(deep=True, update=update)

    def with_fresh_ids(self) -> Phase:
        """A deep copy with new phase and prescription ids (for a new plan or template)."""
        return self.model_copy(
            deep=True,
            update={
                "id": new_id(),
                "prescriptions": [rx.model_copy(deep=True, update={"id": new_id()})
                                  for rx in self.prescriptions],
            },
        )

    @model_validator(mode="after")
    def _weeks_in_order(self) -> Phase:
        if self.weeks_to is not None and self.weeks_to <= self.weeks_from:
            raise ValueError(
                f"phase '{self.name}' ends at week {self.weeks_to:g}, "
                f"which must be after its start at week {self.weeks_from:g}"
            )
        seen: set[tuple[str, str, str, str | None, tuple[str, ...], tuple[str, ...]]] = set()
        for limit in self.range_limits:
            same = (limit.key, limit.mode, "", limit.side, tuple(limit.only_if),
                    tuple(limit.unless))
            if same in seen:
                raise ValueError(f"phase '{self.name}' limits {limit.key} ({limit.mode}) twice; "
                                 "keep one")
            seen.add(same)
        conditions = [w.condition for w in self.by_condition]
        twice = [c for c, n in Counter(conditions).items() if n > 1]
        if twice:
            raise ValueError(f"phase '{self.name}' has two sets of words for condition "
                             f"'{twice[0]}'; keep one")
        return self


class PlanSettings(Model):
    """Values that differ between surgeons and clinics; guidance texts and checks read them."""

    sitting_limit_minutes: int | None = Field(default=None, ge=5, le=240,
                                              description="None: the surgeon set no sitting limit")
    sitting_limit_weeks: int | None = Field(
        default=None, ge=1, le=52,
        description="How long the sitting limit holds, in weeks after surgery; None: no end set")
    fever_f: float = Field(default=101.0, ge=99.0, le=104.0)
    driving_weeks: int | None = Field(default=None, ge=0, le=52, description="None: surgeon decides")
    brace: bool = False
    brace_weeks: int | None = Field(default=None, ge=1, le=52)
    no_nsaid_weeks: int | None = Field(default=None, ge=1, le=52)
    walking_goal_minutes: int = Field(default=30, ge=5, le=120)
    return_to_work_weeks: int | None = Field(default=None, ge=0, le=52)
    emergency_number: str = Field(default="911", max_length=12)
    max_minutes_a_day: int = Field(default=40, ge=5, le=240)
    max_exercises_per_phase: int = Field(default=10, ge=1, le=60)
    bilingual_headings: bool = Field(
        default=False, description="A handout in another language also prints its headings and "
        "exercise names in English, for the clinician")
    print_progress: bool = Field(
        default=False, description="The handout prints 'Your progress' (pain and function in plain "
        "words, a small plot) from the plan's visits in the patient database")

    @model_serializer(mode="wrap")
    def _no_unset_sitting_end(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Leave out a sitting limit with no end, so the settings are saved as before format 8."""
        data = handler(self)
        if isinstance(data, dict) and self.sitting_limit_weeks is None:
            data.pop("sitting_limit_weeks", None)
        return data

    @property
    def fever_c(self) -> float:
        """The fever threshold in Celsius, one decimal."""
        return round((self.fever_f - 32) * 5 / 9, 1)


class Acknowledgement(Model):
    """A safety finding the therapist accepted, with the reason, who and when."""

    code: str = Field(max_length=MAX_ID)
    phase_id: str | None = Field(default=None, max_length=MAX_ID)
    exercise_id: str | None = Field(default=None, max_length=MAX_ID)
    subject: str | None = Field(
        default=None, max_length=2 * MAX_ID + 1,
        description="What else the finding is about, e.g. the precaution id",
    )
    reason: str = Field(min_length=3, max_length=400)
    by: str = Field(default="", max_length=120)
    at: dt.datetime = Field(default_factory=now)


class Plan(Model):
    """A patient's home exercise program. Calendar dates are computed from surgery_date."""

    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    patient: Patient
    procedure: str = Field(min_length=1, max_length=120)
    main_message: str = Field(default="", max_length=400,
                              description="The one message, page 1, at every stage; empty: each "
                              "stage's own (Phase.main_message)")
    template_id: str | None = Field(default=None, max_length=MAX_ID)
    surgery_date: dt.date
    therapist: str = Field(default="", max_length=120)
    clinic: Clinic = Field(default_factory=Clinic)
    surgeon: Surgeon = Field(default_factory=Surgeon)
    precautions: list[PrecautionSetting] = Field(default_factory=list, max_length=MAX_PRECAUTIONS)
    conditions: list[str] = Field(
        default_factory=list,
        description="What the surgeon found or did (resources/conditions.yaml ids, e.g. "
        "'graft-hamstring'); they switch orders and exercises with only_if/unless on or off",
    )

    @field_validator("conditions")
    @classmethod
    def _condition_ids(cls, value: list[str]) -> list[str]:
        for cid in value:
            check_id(cid)
        return value
    settings: PlanSettings = Field(default_factory=PlanSettings)
    phases: list[Phase] = Field(default_factory=list, max_length=MAX_PHASES)
    guidance: list[Annotated[str, Field(max_length=MAX_ID)]] = Field(
        default_factory=list, max_length=MAX_TOPICS, description="Lifestyle topic ids")
    acknowledgements: list[Acknowledgement] = Field(default_factory=list,
                                                    max_length=MAX_ACKNOWLEDGEMENTS)
    custom_exercises: list[EmbeddedExercise] = Field(
        default_factory=list, max_length=MAX_EMBEDDED,
        description="The therapist's own exercises the plan uses, as they were when it was saved, "
        "so another computer can open and print it")
    milestones: list[Milestone] = Field(
        default_factory=list, max_length=MAX_MILESTONES,
        description="What the surgeon allows when: stop the sling, drive, return to work, ...")
    criteria_met: list[CriterionMet] = Field(default_factory=list, max_length=MAX_CRITERIA_MET)
    current_phase_id: str | None = Field(
        default=None, max_length=MAX_ID,
        description="The stage the therapist moved the patient to; None: the calendar decides")
    clinician_items: list[ClinicianItem] = Field(
        default_factory=list, max_length=MAX_CLINICIAN_ITEMS,
        description="Care given in the clinic: for the clinician summary, never the handout")
    created: dt.datetime = Field(default_factory=now)
    updated: dt.datetime = Field(default_factory=now)

    _check_id = field_validator("id")(check_plan_id)

    @field_validator("surgery_date")
    @classmethod
    def _sane_date(cls, value: dt.date) -> dt.date:
        if not dt.date(1990, 1, 1) <= value <= dt.date(2100, 12, 31):
            raise ValueError(f"surgery date {value.isoformat()} is not between 1990 and 2100")
        return value

    @model_validator(mode="after")
    def _unique_ids(self) -> Plan:
        for label, ids in (
            ("phase id", [p.id for p in self.phases]),
            ("prescription id", [rx.id for p in self.phases for rx in p.prescriptions]),
            ("precaution key", [p.key for p in self.precautions]),
            ("custom exercise id", [e.exercise.id for e in self.custom_exercises]),
            ("milestone id", [m.id for m in self.milestones]),
            ("clinician item id", [c.id for c in self.clinician_items]),
        ):
            twice = [i for i, n in Counter(ids).items() if n > 1]
            if twice:
                raise ValueError(f"{label} '{twice[0]}' is used more than once")
        return self

    def message_for(self, phase: Phase | None) -> str:
        """The main message page 1 prints for a stage: the plan's own, else the stage's."""
        return self.main_message.strip() or (phase.main_message.strip() if phase else "")

    def exercise_ids(self) -> list[str]:
        """Every exercise id the plan prescribes, in order, once each."""
        seen: dict[str, None] = {}
        for phase in self.phases:
            for rx in phase.prescriptions:
                seen.setdefault(rx.exercise_id, None)
        return list(seen)

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id.

        Raises:
            KeyError: no such phase.
        """
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    def precaution(self, ref: str) -> PrecautionSetting | None:
        """The order with this key, else the first order of the catalogue precaution with this id."""
        return next((p for p in self.precautions if p.key == ref),
                    next((p for p in self.precautions if p.id == ref), None))

    def orders(self, precaution_id: str) -> list[PrecautionSetting]:
        """Every order of one catalogue precaution, in plan order (a staged order has several)."""
        return [p for p in self.precautions if p.id == precaution_id]
