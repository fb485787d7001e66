"""Precautions: the surgeon's orders, as a catalogue entry and as the setting a plan holds."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.exercise import check_id
from rehab_planner.model.vocab import Movement

ParamValue = int | float | str | bool


class PrecautionParameter(Model):
    """A number or choice a precaution carries, e.g. the lift limit in pounds."""

    name: str = Field(description="Key used in texts, e.g. 'lift_limit_lb'")
    label: str = Field(description="What the therapist sees, e.g. 'Lift limit (lb)'")
    default: ParamValue
    minimum: float | None = None
    maximum: float | None = None
    choices: list[str] | None = None


class Precaution(Model):
    """A catalogue entry: what it forbids, for how long by default, and how it reads to a patient."""

    id: str
    name: str = Field(description="Therapist-facing name")
    group: str = Field(default="general", description="e.g. spine, neck, hip, shoulder, weight bearing")
    patient_text: str = Field(description="One plain sentence; may use {parameter} placeholders")
    forbids: list[Movement] = Field(default_factory=list)
    default_weeks_from: float = Field(default=0, ge=0, le=104)
    default_weeks_to: float | None = Field(default=12, ge=0, le=104)
    parameters: list[PrecautionParameter] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list, description="Ids it cannot be combined with")

    _check_id = field_validator("id")(check_id)


class PrecautionSetting(Model):
    """A precaution chosen for one patient, with its weeks and parameter values."""

    id: str = Field(description="Catalogue id, e.g. 'spinal-blt'")
    weeks_from: float = Field(default=0, ge=0, le=104)
    weeks_to: float | None = Field(default=None, ge=0, le=104, description="None: until lifted")
    params: dict[Annotated[str, Field(max_length=80)], ParamValue] = Field(
        default_factory=dict, max_length=20)
    note: str = Field(default="", max_length=400, description="e.g. the surgeon's exact order")

    _check_id = field_validator("id")(check_id)

    @model_validator(mode="after")
    def _weeks_in_order(self) -> PrecautionSetting:
        if self.weeks_to is not None and self.weeks_to <= self.weeks_from:
            raise ValueError(
                f"precaution '{self.id}' ends at week {self.weeks_to:g}, "
                f"which is not after its start at week {self.weeks_from:g}"
            )
        return self

    def active_during(self, weeks_from: float, weeks_to: float | None) -> bool:
        """True when this precaution overlaps the weeks [weeks_from, weeks_to)."""
        end = weeks_to if weeks_to is not None else float("inf")
        mine = self.weeks_to if self.weeks_to is not None else float("inf")
        return self.weeks_from < end and weeks_from < mine
