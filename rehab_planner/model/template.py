"""Template: a published post-operative protocol that a plan is started from."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from rehab_planner.model.base import Model
from rehab_planner.model.course import (
    MAX_CLINICIAN_ITEMS,
    MAX_MILESTONES,
    ClinicianKind,
    Milestone,
)
from rehab_planner.model.exercise import check_id
from rehab_planner.model.plan import Phase, PlanSettings
from rehab_planner.model.precaution import PrecautionSetting


class TemplateVariant(Model):
    """A published line of the protocol (e.g. conservative or accelerated): a named set of the
    template's conditions, with the source it follows."""

    id: str
    name: str = Field(min_length=2, max_length=80)
    description: str = Field(default="", max_length=600)
    conditions: list[str] = Field(min_length=1, max_length=20,
                                  description="Condition ids the variant ticks")
    sources: list[str] = Field(min_length=1, max_length=10,
                               description="Where this line comes from (clinical-facts.md)")

    _check_id = field_validator("id")(check_id)


class TemplateClinicianItem(Model):
    """Care the clinician gives that a plan started from the template carries (never printed on
    the patient's handout)."""

    kind: ClinicianKind = "other"
    text: str = Field(default="", max_length=400, description="What, how and how often")
    phase: int | None = Field(default=None, ge=1,
                              description="The phase it belongs to (1 is the first); None: all")


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
    variants: list[TemplateVariant] = Field(
        default_factory=list, max_length=10,
        description="Published lines of this protocol, each a named set of its conditions")
    guidance: list[str] = Field(default_factory=list)
    milestones: list[Milestone] = Field(
        default_factory=list, max_length=MAX_MILESTONES,
        description="What the protocol allows when (stop the sling, jog, contact sports, ...)")
    clinician_items: list[TemplateClinicianItem] = Field(
        default_factory=list, max_length=MAX_CLINICIAN_ITEMS,
        description="Care given in the clinic that a new plan from the template gets")
    settings: PlanSettings = Field(default_factory=PlanSettings)
    clinic_made: bool = Field(default=False, description="Saved by a therapist, not shipped")

    _check_id = field_validator("id")(check_id)

    @model_validator(mode="after")
    def _variants_use_offered_conditions(self) -> Template:
        ids = [v.id for v in self.variants]
        if len(set(ids)) != len(ids):
            raise ValueError("two variants have the same id")
        for n, item in enumerate(self.clinician_items):
            if item.phase is not None and item.phase > len(self.phases):
                raise ValueError(f"clinician item {n + 1} is for phase {item.phase}, but the "
                                 f"template has {len(self.phases)} phases")
        for variant in self.variants:
            missing = [c for c in variant.conditions if c not in self.conditions]
            if missing:
                raise ValueError(f"variant '{variant.id}' names condition '{missing[0]}', which the "
                                 "template does not offer (add it to conditions)")
        return self

    def variant(self, variant_id: str) -> TemplateVariant | None:
        """The variant with this id, or None."""
        return next((v for v in self.variants if v.id == variant_id), None)
