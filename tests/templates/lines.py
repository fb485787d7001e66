"""A plan started from one line of a template (the template alone, or one of its variants)."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Patient, Plan, Surgeon, Template
from rehab_planner.templates.loader import instantiate


def line_plan(template: Template, variant_id: str | None = None) -> Plan:
    """The plan a therapist starts for Ann Lee (surgery 2 March 2026) from the template, with the
    variant's conditions ticked; the surgeon's phone is set so no finding is about it."""
    conditions = None
    if variant_id is not None:
        variant = template.variant(variant_id)
        assert variant is not None
        conditions = list(variant.conditions)
    plan = instantiate(template, Patient(name="Ann Lee"), dt.date(2026, 3, 2),
                       conditions=conditions)
    plan.surgeon = Surgeon(phone="555-0100")
    return plan
