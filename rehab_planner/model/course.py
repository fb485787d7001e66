"""The course of recovery beside the exercises: milestones, criteria met and clinician care."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.exercise import check_id
from rehab_planner.model.precaution import DAYS_PER_WEEK, TimeUnit

MAX_MILESTONES = 40
MAX_CLINICIAN_ITEMS = 60
MAX_CRITERIA_MET = 500

#: How a phase ends: at its last week, when its criteria are met, or whichever comes later.
PhaseEnd = Literal["week", "criteria", "later"]

#: The kinds of clinician-performed care (the text says what exactly).
ClinicianKind = Literal["joint-mobilisation", "scar-mobilisation", "cryotherapy-compression",
                        "gait-training", "neuromuscular-re-education", "work-hardening", "other"]
CLINICIAN_KINDS: tuple[ClinicianKind, ...] = (
    "joint-mobilisation", "scar-mobilisation", "cryotherapy-compression", "gait-training",
    "neuromuscular-re-education", "work-hardening", "other")


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


class Milestone(Model):
    """A step the surgeon allows at a time or on a criterion ("discontinue sling at 6 weeks").

    The patient reads the kind's plain sentence (resources/milestones.yaml) or the therapist's
    own `text`, then the surgeon's `wording` as written.
    """

    id: str = Field(default_factory=_new_id, min_length=1, max_length=80)
    kind: str | None = Field(default=None, max_length=80,
                             description="A milestone kind of resources/milestones.yaml; None: "
                             "the text says it")
    text: str = Field(default="", max_length=300,
                      description="The therapist's own words to the patient (used when no kind)")
    weeks: float | None = Field(default=None, ge=0, le=156,
                                description="When, in weeks after surgery; None: on the criterion")
    unit: TimeUnit = Field(default="weeks", description="How the surgeon wrote the time")
    criterion: str = Field(default="", max_length=300,
                           description="What must be true first, e.g. 'You walk without a limp.'")
    wording: str = Field(default="", max_length=300, description="The surgeon's words as written")
    only_if: list[str] = Field(default_factory=list,
                               description="Condition ids: the milestone holds only when the plan "
                               "has one (a variant's later return to all activities)")
    unless: list[str] = Field(default_factory=list,
                              description="Condition ids: the milestone holds only when the plan "
                              "has none")

    @field_validator("kind")
    @classmethod
    def _kind_id(cls, value: str | None) -> str | None:
        return None if value is None else check_id(value)

    @field_validator("only_if", "unless")
    @classmethod
    def _condition_ids(cls, value: list[str]) -> list[str]:
        return [check_id(v) for v in value]

    @model_validator(mode="after")
    def _when_and_what(self) -> Milestone:
        if self.weeks is None and not self.criterion.strip():
            raise ValueError("a milestone needs weeks or a criterion")
        if self.kind is None and not self.text.strip():
            raise ValueError("a milestone needs a kind or its own text")
        if self.unit == "days" and self.weeks is not None \
                and abs(self.weeks * DAYS_PER_WEEK - round(self.weeks * DAYS_PER_WEEK)) > 0.01:
            raise ValueError(f"a milestone written in days is at a whole day, not {self.weeks:g} "
                             "weeks")
        return self

    @property
    def days(self) -> int | None:
        """The time in whole days after surgery (None: on its criterion only)."""
        return None if self.weeks is None else round(self.weeks * DAYS_PER_WEEK)


class CriterionMet(Model):
    """One exit criterion of a phase the patient met: when, and who saw it."""

    phase_id: str = Field(min_length=1, max_length=80)
    criterion: str = Field(min_length=1, max_length=300, description="The criterion, as written")
    on: dt.date
    by: str = Field(default="", max_length=120)


class ClinicianItem(Model):
    """Care the clinician gives in the clinic (never printed on the patient's handout)."""

    id: str = Field(default_factory=_new_id, min_length=1, max_length=80)
    kind: ClinicianKind = "other"
    text: str = Field(default="", max_length=400, description="What, how and how often")
    phase_id: str | None = Field(default=None, max_length=80,
                                 description="The phase it belongs to; None: all phases")
