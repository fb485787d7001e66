"""Template: a published post-operative protocol that a plan is started from."""

from __future__ import annotations

from pydantic import Field, field_validator

from rehab_planner.model.base import Model
from rehab_planner.model.exercise import check_id
from rehab_planner.model.plan import Phase, PlanSettings
from rehab_planner.model.precaution import PrecautionSetting


class Template(Model):
    """A protocol: phases by weeks from surgery, default precautions and guidance topics."""

    schema_version: int = Field(default=1, ge=1, le=1)
    id: str
    name: str = Field(min_length=2, max_length=80)
    procedure: str = Field(min_length=2, max_length=120)
    description: str = Field(default="", max_length=1200)
    main_message: str = Field(default="", max_length=400, description="Page 1's one message")
    sources: list[str] = Field(default_factory=list, description="Where the protocol comes from")
    phases: list[Phase] = Field(min_length=1)
    precautions: list[PrecautionSetting] = Field(default_factory=list)
    conditions: list[str] = Field(
        default_factory=list,
        description="Condition ids the new-plan flow offers for this template (see only_if/unless)",
    )
    guidance: list[str] = Field(default_factory=list)
    settings: PlanSettings = Field(default_factory=PlanSettings)
    clinic_made: bool = Field(default=False, description="Saved by a therapist, not shipped")

    _check_id = field_validator("id")(check_id)
