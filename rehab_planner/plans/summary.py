"""A plain-text summary of a plan: patient, phases with calendar dates, exercises with dosage."""

from __future__ import annotations

from rehab_planner.library import Library
from rehab_planner.model import Plan, Prescription
from rehab_planner.plans.schedule import format_date, phase_title


def prescribed_dosage_words(rx: Prescription, library: Library) -> str:
    """The dosage a patient is given for a prescription (its override over the default)."""
    exercise = library.find(rx.exercise_id)
    if exercise is None:
        return rx.dosage.describe() if rx.dosage else ""
    return exercise.dosage.merged(rx.dosage).describe()


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
