"""A plan started from one line of a template (the template alone, or one of its variants)."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Patient, Plan, Surgeon, Template
from rehab_planner.templates.loader import instantiate, load_templates


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


SURGERY = dt.date(2026, 11, 2)  # a Monday; the handout reviews print at weeks 1, 7 and 15


def review_plan(template_id: str, *conditions: str) -> Plan:
    """The plan of a handout review: Ana Ruiz, surgery on 2 Nov 2026, Dr Lee at 555-0100, the
    shipped template with these conditions ticked."""
    plan = instantiate(load_templates()[template_id], Patient(name="Ana Ruiz"), SURGERY,
                       conditions=list(conditions))
    plan.surgeon = Surgeon(name="Dr Lee", phone="555-0100")
    return plan


def every_line() -> list[tuple[str, list[str]]]:
    """Every shipped template as written and each of its variants: (template id, conditions)."""
    templates = load_templates()
    return [(t, []) for t in sorted(templates)] + [
        (t, list(v.conditions)) for t, template in sorted(templates.items())
        for v in template.variants]
