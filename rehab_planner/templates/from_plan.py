"""Save a patient's plan as a clinic template: the program without the patient, dates or sign-offs."""

from __future__ import annotations

import hashlib

from pydantic import ValidationError

from rehab_planner.errors import RehabError
from rehab_planner.model.exercise import ID_PATTERN
from rehab_planner.model.plan import Plan
from rehab_planner.model.template import Template, TemplateClinicianItem
from rehab_planner.text import slug

CLINIC_PREFIX = "clinic-"


def clinic_template_id(name: str) -> str:
    """The id for a clinic template from its name: lower-case words joined by hyphens.

    Example: "Dr Lee's TKA (fast)" -> "clinic-dr-lee-s-tka-fast".

    Raises:
        RehabError: the name has no letters or digits to make an id from.
    """
    words = slug(name, max_length=60)
    if not words and any(c.isalnum() for c in name):
        # Letters with no Latin spelling (e.g. Cyrillic): a stable id from the name itself.
        words = "t" + hashlib.sha1(name.strip().casefold().encode()).hexdigest()[:10]
    if not words:
        raise RehabError(
            f"'{name}' cannot name a template: use at least one letter or digit"
        )
    return CLINIC_PREFIX + words


def template_from_plan(plan: Plan, template_id: str, name: str) -> Template:
    """A clinic template made from a patient's plan.

    Keeps the phases (goals, criteria, exercises with their dosage and notes), the precautions,
    guidance topics, settings, main message and procedure. Drops the patient, the surgery and
    save dates, the clinic and surgeon details and the accepted safety findings. Every phase and
    prescription gets a fresh id, so the template shares nothing with the plan.

    Args:
        plan: the plan to copy.
        template_id: the new template's id (lower-case words joined by hyphens).
        name: what the therapist calls it, e.g. "Dr Lee's knee replacement".

    Returns:
        The template, marked clinic_made.

    Raises:
        RehabError: the id is not valid, the name is too short or too long, or the plan cannot
            make a template (no phases, or a procedure shorter than two letters).
    """
    if not ID_PATTERN.match(template_id):
        raise RehabError(
            f"'{template_id}' is not a valid template id: use lower-case letters, digits and "
            "hyphens, e.g. 'clinic-knee-fast'"
        )
    name = name.strip()
    if not 2 <= len(name) <= 80:
        raise RehabError("A template name must be 2 to 80 characters long")
    if not plan.phases:
        raise RehabError("This plan has no phases, so it cannot be saved as a template")
    try:
        return Template(
            id=template_id,
            name=name,
            procedure=plan.procedure,
            main_message=plan.main_message,
            phases=[p.with_fresh_ids() for p in plan.phases],
            precautions=[p.model_copy(deep=True) for p in plan.precautions],
            guidance=list(plan.guidance),
            milestones=[m.model_copy(deep=True) for m in plan.milestones],
            clinician_items=_clinician_items(plan),
            settings=plan.settings.model_copy(deep=True),
            clinic_made=True,
        )
    except ValidationError as err:
        reasons = "; ".join(
            f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in err.errors()
        )
        raise RehabError(f"This plan cannot be saved as a template: {reasons}") from None


def _clinician_items(plan: Plan) -> list[TemplateClinicianItem]:
    """The plan's clinician items, each tied to its phase by number (ids change with a copy);
    an item whose phase is gone is for every phase."""
    numbers = {phase.id: n for n, phase in enumerate(plan.phases, start=1)}
    return [TemplateClinicianItem(kind=item.kind, text=item.text,
                                  phase=numbers.get(item.phase_id or ""))
            for item in plan.clinician_items]
