"""A plain-text summary of a plan: patient, phases with calendar dates, exercises with dosage."""

from __future__ import annotations

from rehab_planner.i18n.dosage import describe
from rehab_planner.library import Library
from rehab_planner.model import Plan, PrecautionSetting, Prescription
from rehab_planner.plans.schedule import format_date, phase_title


def prescribed_dosage_words(rx: Prescription, library: Library) -> str:
    """The dosage a patient is given for a prescription (its override over the default)."""
    exercise = library.find(rx.exercise_id)
    if exercise is None:
        return describe(rx.dosage) if rx.dosage else ""
    return describe(exercise.dosage.merged(rx.dosage))


def summary_text(plan: Plan, library: Library) -> str:
    """The plan as a few lines of text for a terminal."""
    lines = [f"Patient:   {plan.patient.name}"]
    if plan.patient.record_number:
        lines.append(f"Record:    {plan.patient.record_number}")
    lines.append(f"Procedure: {plan.procedure}")
    lines.append(f"Surgery:   {format_date(plan.surgery_date)}")
    if plan.therapist:
        lines.append(f"Therapist: {plan.therapist}")
    if plan.precautions:
        lines.append("Precautions: " + ", ".join(p.id for p in plan.precautions))
        lines += [f"  - {order_words(p)}" for p in plan.precautions]
    for phase in plan.phases:
        lines.append("")
        lines.append(f"{phase.name} ({phase_title(plan, phase)})")
        if not phase.prescriptions:
            lines.append("  (no exercises yet)")
        for rx in phase.prescriptions:
            exercise = library.find(rx.exercise_id)
            name = exercise.name if exercise else f"{rx.exercise_id} (not in the library)"
            words = prescribed_dosage_words(rx, library)
            lines.append(f"  - {name}: {words}" if words else f"  - {name}")
            if rx.note:
                lines.append(f"      Note: {rx.note}")
    return "\n".join(lines) + "\n"


def order_words(order: PrecautionSetting) -> str:
    """One order for a terminal: id, time as the surgeon wrote it, values, wording.

    E.g. 'lift-limit, weeks 0-6, lift_limit_lb=0, surgeon: "No lifting x 6/52"'.
    """
    if order.unit == "days":
        end = order.days_to
        when = f"days {order.days_from}-{end}" if end is not None else f"from day {order.days_from}"
    else:
        when = (f"weeks {order.weeks_from:g}-{order.weeks_to:g}" if order.weeks_to is not None
                else f"from week {order.weeks_from:g}")
    parts = [order.id, when, *(f"{k}={v}" for k, v in order.params.items())]
    if order.wording:
        parts.append(f'surgeon: "{order.wording}"')
    return ", ".join(parts)
