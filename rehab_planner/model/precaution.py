"""Precautions: the surgeon's orders, as a catalogue entry and as the setting a plan holds."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.exercise import check_id
from rehab_planner.model.range_limit import MOTIONS, joint_motion_key
from rehab_planner.model.vocab import Movement

ParamValue = int | float | str | bool
TimeUnit = Literal["weeks", "days"]
DAYS_PER_WEEK = 7
# A day written as weeks (e.g. 30 days = 4.285714... weeks) survives a JSON round trip exactly, but
# a hand-written file may round it; this much slack still counts as a whole day.
_DAY_SLACK = 0.01


class PrecautionParameter(Model):
    """A number or choice a precaution carries, e.g. the lift limit in pounds."""

    name: str = Field(description="Key used in texts, e.g. 'lift_limit_lb'")
    label: str = Field(description="What the therapist sees, e.g. 'Lift limit (lb)'")
    default: ParamValue
    minimum: float | None = None
    maximum: float | None = None
    choices: list[str] | None = None


class Sentence(Model):
    """One patient sentence of an order, shown when the order's parameters match its conditions.

    `when` holds when every named parameter has the given value (or one of the listed values);
    `unless` holds when none of them has. A sentence with neither is always shown.
    """

    text: str = Field(min_length=1, max_length=300)
    when: dict[str, ParamValue | list[ParamValue]] = Field(default_factory=dict)
    unless: dict[str, ParamValue | list[ParamValue]] = Field(default_factory=dict)
    restricts: bool = Field(
        default=False, description="It limits what a permission allows (weight only in the "
        "boot): an order that shows it keeps its end date on page 1")


class LimitForbids(Model):
    """Movements an order forbids only while one of its number parameters is below a value
    (partial weight bearing under 50%: standing on both legs puts about half the weight on each)."""

    param: str = Field(description="A number parameter of the precaution, e.g. 'percent'")
    below: float = Field(description="The movements are forbidden while the value is below this")
    weekly_step: str | None = Field(
        default=None, description="A number parameter added to the value each whole week from "
        "the order's start, e.g. 'add_percent_each_week'")
    forbids: list[Movement] = Field(min_length=1)


class Precaution(Model):
    """A catalogue entry: what it forbids, for how long by default, and how it reads to a patient."""

    id: str
    name: str = Field(description="Therapist-facing name")
    group: str = Field(default="general", description="e.g. spine, neck, hip, shoulder, weight bearing")
    patient_text: str = Field(
        default="", description="One plain sentence; may use {parameter} placeholders. Used "
        "when no entry of `sentences` is shown"
    )
    sentences: list[Sentence] = Field(
        default_factory=list,
        description="Sentences built from the order's parameters, in order (see Sentence)",
    )
    choice_words: dict[str, str] = Field(
        default_factory=dict,
        description="How a choice value reads in a translated handout (e.g. crutches: muletas); "
        "set from resources/i18n, never in the English catalogue",
    )
    forbids: list[Movement] = Field(default_factory=list)
    forbids_below: list[LimitForbids] = Field(
        default_factory=list,
        description="Movements forbidden while a parameter is below a value (see LimitForbids)")
    stage_clashes: list[str] = Field(
        default_factory=list, max_length=20,
        description="Phrases a stage's name or goals may not use while this order runs through "
        "the whole stage (e.g. 'without crutches' under a weight-bearing limit)")
    permission: bool = Field(
        default=False, description="It allows more than the order before it (weight as "
        "tolerated, lifting as tolerated): page 1 gives its start date only, since what it "
        "allows goes on after its end")
    says_limits: list[str] = Field(
        default_factory=list, max_length=12,
        description="Joint motions ('hip flexion') its words already limit: page 1 prints no "
        "range limit of that motion for a stage the order covers (no rule said twice)")
    default_weeks_from: float = Field(default=0, ge=0, le=104)
    default_weeks_to: float | None = Field(default=12, ge=0, le=104)
    parameters: list[PrecautionParameter] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list, description="Ids it cannot be combined with")
    allows: list[str] = Field(
        default_factory=list,
        description="Exercise ids the order itself expects, not checked against it (walking "
        "with crutches under toe-touch weight bearing)",
    )

    _check_id = field_validator("id")(check_id)

    @field_validator("says_limits")
    @classmethod
    def _known_motions(cls, value: list[str]) -> list[str]:
        known = {joint_motion_key(j, m) for j, motions in MOTIONS.items() for m in motions}
        for key in value:
            if key not in known:
                raise ValueError(f"'{key}' is not a joint motion (e.g. 'hip flexion')")
        return value

    @model_validator(mode="after")
    def _has_text(self) -> Precaution:
        if not self.patient_text.strip() and not self.sentences:
            raise ValueError("needs a patient_text or sentences")
        names = {p.name for p in self.parameters}
        for limit in self.forbids_below:
            for name in (limit.param, limit.weekly_step):
                if name is not None and name not in names:
                    raise ValueError(f"forbids_below names '{name}', which is not one of its "
                                     f"parameters ({', '.join(sorted(names)) or 'none'})")
        return self


def new_order_key() -> str:
    """A short random key that tells apart two orders of the same precaution in one plan."""
    return uuid.uuid4().hex[:8]


class PrecautionSetting(Model):
    """One order of the surgeon: a catalogue precaution with its own weeks and parameter values.

    A plan may hold the same precaution many times (a staged order: toe-touch weight bearing in
    weeks 0-4, then partial weight bearing; a lift limit of 0 lb, then 10 lb); `key` tells the
    entries apart. `wording` keeps the surgeon's order exactly as written, printed beside the
    plain-words version.
    """

    id: str = Field(description="Catalogue id, e.g. 'lift-limit'")
    key: str = Field(default_factory=new_order_key, min_length=1, max_length=40,
                     description="Tells apart entries of the same precaution in one plan")
    weeks_from: float = Field(default=0, ge=0, le=104)
    weeks_to: float | None = Field(default=None, ge=0, le=104, description="None: until lifted")
    unit: TimeUnit = Field(default="weeks",
                           description="How the surgeon wrote the time: weeks or days")
    params: dict[Annotated[str, Field(max_length=80)], ParamValue] = Field(
        default_factory=dict, max_length=20)
    wording: str = Field(default="", max_length=400,
                         description="The surgeon's order exactly as written; printed on the "
                         "handout beside the plain-words version")
    note: str = Field(default="", max_length=400,
                      description="The therapist's own note (not printed), e.g. how surgeons differ")
    only_if: list[str] = Field(default_factory=list,
                               description="Condition ids: the order holds only when the plan has "
                               "one of them (e.g. 'graft-hamstring')")
    unless: list[str] = Field(default_factory=list,
                              description="Condition ids: the order holds only when the plan has "
                              "none of them")

    _check_id = field_validator("id")(check_id)

    @model_validator(mode="after")
    def _weeks_in_order(self) -> PrecautionSetting:
        if self.weeks_to is not None and self.weeks_to <= self.weeks_from:
            raise ValueError(
                f"precaution '{self.id}' ends at week {self.weeks_to:g}, "
                f"which is not after its start at week {self.weeks_from:g}"
            )
        if self.unit == "days":
            for name, weeks in (("weeks_from", self.weeks_from), ("weeks_to", self.weeks_to)):
                if weeks is not None and abs(weeks * DAYS_PER_WEEK
                                             - round(weeks * DAYS_PER_WEEK)) > _DAY_SLACK:
                    raise ValueError(
                        f"precaution '{self.id}' is written in days, but {name} "
                        f"({weeks:g} weeks) is not a whole number of days"
                    )
        return self

    @property
    def days_from(self) -> int:
        """The start in whole days after surgery."""
        return round(self.weeks_from * DAYS_PER_WEEK)

    @property
    def days_to(self) -> int | None:
        """The end in whole days after surgery, or None: until lifted."""
        return None if self.weeks_to is None else round(self.weeks_to * DAYS_PER_WEEK)

    def overlaps(self, other: PrecautionSetting) -> bool:
        """True when this order and another hold in at least one common moment."""
        return self.active_during(other.weeks_from, other.weeks_to)

    def covers(self, weeks_from: float, weeks_to: float | None) -> bool:
        """True when this order holds the whole of [weeks_from, weeks_to) (None: onwards)."""
        if self.weeks_from > weeks_from:
            return False
        if self.weeks_to is None:
            return True
        return weeks_to is not None and self.weeks_to >= weeks_to

    def active_during(self, weeks_from: float, weeks_to: float | None) -> bool:
        """True when this precaution overlaps the weeks [weeks_from, weeks_to)."""
        end = weeks_to if weeks_to is not None else float("inf")
        mine = self.weeks_to if self.weeks_to is not None else float("inf")
        return self.weeks_from < end and weeks_from < mine
