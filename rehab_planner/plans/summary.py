"""A plain-text summary of a plan: patient, phases with calendar dates, exercises with dosage."""

from __future__ import annotations

from rehab_planner.i18n.dosage import describe
from rehab_planner.library import Library
from rehab_planner.model import Plan, PrecautionSetting, Prescription
from rehab_planner.model.course import Milestone
from rehab_planner.plans.ranges import limit_words
from rehab_planner.plans.schedule import format_date, phase_title, start_date


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
    if plan.milestones:
        lines.append("Milestones:")
        lines += [f"  {n}. {milestone_words(m)}" for n, m in enumerate(plan.milestones, start=1)]
    for phase in plan.phases:
        lines.append("")
        lines.append(f"{phase.name} ({phase_title(plan, phase)})")
        if phase.range_limits:
            lines.append("  Range limits: " + "; ".join(limit_words(r) for r in phase.range_limits))
        if not phase.prescriptions:
            lines.append("  (no exercises yet)")
        for rx in phase.prescriptions:
            exercise = library.find(rx.exercise_id)
            name = exercise.name if exercise else f"{rx.exercise_id} (not in the library)"
            words = prescribed_dosage_words(rx, library)
            lines.append(f"  - {name}: {words}" if words else f"  - {name}")
            start = start_date(plan, phase, rx)
            if start is not None:
                lines.append(f"      Starts: week {rx.start_week:g} ({format_date(start)})")
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


def milestone_words(milestone: Milestone) -> str:
    """One milestone for a terminal: kind, when, then its criterion, the surgeon's words and the
    therapist's own text, e.g. 'stop-sling, week 6; surgeon: D/C sling at 6/52'."""
    m = milestone
    when = ("on its criterion" if m.weeks is None else
            f"day {m.days}" if m.unit == "days" else f"week {m.weeks:g}")
    extra = "".join(f"; {label}: {value}" for label, value in (
        ("criterion", m.criterion), ("surgeon", m.wording), ("text", m.text),
        ("only with", ", ".join(m.only_if)), ("not with", ", ".join(m.unless))) if value)
    return f"{m.kind or 'own'}, {when}{extra}"
