"""What changed between two versions of a plan, in plain words a patient can read.

Pure: two Plans in, a list of sentences out. Used by the database history and by the handout's
"What changed since your last visit".
"""

from __future__ import annotations

from collections.abc import Mapping

from rehab_planner.i18n.dosage import amount_words, english_dosage_words, how_often_words
from rehab_planner.model import Dosage, Exercise, Phase, Plan, Prescription
from rehab_planner.model.dosage import SEPARATOR
from rehab_planner.model.plan import PlanSettings
from rehab_planner.plans.schedule import format_weeks

# Settings a patient notices, with how each value reads; the rest are the therapist's business.
_SETTING_WORDS: dict[str, str] = {
    "driving_weeks": "Driving",
    "brace_weeks": "Brace",
    "no_nsaid_weeks": "No anti-inflammatory pills",
    "return_to_work_weeks": "Back to work",
    "walking_goal_minutes": "Walking goal",
    "sitting_limit_minutes": "Sitting limit",
}


def _number(value: float) -> str:
    return f"{value:g}"


def phase_weeks(phase: Phase) -> str:
    """The weeks of a phase as the handout prints them: 'Weeks 0 to 6' or 'Week 12 on'."""
    return format_weeks(phase)


def exercise_name(exercise_id: str, exercises: Mapping[str, Exercise] | None = None) -> str:
    """The exercise's name from the library, else its id made readable: 'Heel slide'."""
    if exercises is not None and exercise_id in exercises:
        return exercises[exercise_id].name
    words = exercise_id.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _dosage_parts(dosage: Dosage | None) -> list[str]:
    """The parts of a dosage a patient reads, in a fixed order; '' where a part is not set."""
    if dosage is None:
        return ["", "", "", "", ""]
    words = english_dosage_words()
    return [
        amount_words(dosage, words),
        words.sides.get(dosage.side, ""),
        dosage.load or "",
        words.rest.of(dosage.rest_seconds) if dosage.rest_seconds else "",
        how_often_words(dosage, words),
    ]


def _effective(rx: Prescription, exercises: Mapping[str, Exercise] | None) -> Dosage | None:
    """The dosage the patient does: the library default with the plan's override on top."""
    if exercises is not None and rx.exercise_id in exercises:
        return exercises[rx.exercise_id].dosage.merged(rx.dosage)
    return rx.dosage


def dosage_change(old: Dosage | None, new: Dosage | None) -> str | None:
    """'now 2 sets of 10 (was 10 times)', naming only the parts that changed; None if none did."""
    before, after = _dosage_parts(old), _dosage_parts(new)
    changed = [i for i in range(len(before)) if before[i] != after[i]]
    if not changed:
        return None
    now_text = SEPARATOR.join(after[i] for i in changed if after[i]) or "the usual amount"
    was_text = SEPARATOR.join(before[i] for i in changed if before[i]) or "the usual amount"
    return f"now {now_text} (was {was_text})"


def _phase_changes(old: Phase, new: Phase) -> list[str]:
    out: list[str] = []
    if old.name != new.name:
        out.append(f"Phase '{old.name}' is now called '{new.name}'")
    if old.weeks_from != new.weeks_from:
        out.append(
            f"Phase '{new.name}' now starts at week {_number(new.weeks_from)} "
            f"(was week {_number(old.weeks_from)})"
        )
    if old.weeks_to != new.weeks_to:
        if new.weeks_to is None:
            out.append(f"Phase '{new.name}' now has no set end")
        elif old.weeks_to is None:
            out.append(f"Phase '{new.name}' now ends at week {_number(new.weeks_to)}")
        else:
            out.append(
                f"Phase '{new.name}' now ends at week {_number(new.weeks_to)} "
                f"(was week {_number(old.weeks_to)})"
            )
    for label, before, after in (("goal", old.goals, new.goals), ("step to move on", old.criteria,
                                                                   new.criteria)):
        for text in after:
            if text not in before:
                out.append(f"Phase '{new.name}': new {label}: {text}")
        for text in before:
            if text not in after:
                out.append(f"Phase '{new.name}': {label} taken off: {text}")
    return out


def _prescription_changes(
    old_plan: Plan, new_plan: Plan, exercises: Mapping[str, Exercise] | None
) -> list[str]:
    old_rx = {rx.id: (phase, rx) for phase in old_plan.phases for rx in phase.prescriptions}
    new_rx = {rx.id: (phase, rx) for phase in new_plan.phases for rx in phase.prescriptions}
    out: list[str] = []
    for rx_id, (phase, rx) in new_rx.items():
        name = exercise_name(rx.exercise_id, exercises)
        if rx_id not in old_rx:
            out.append(f"Added: {name} ({phase_weeks(phase)})")
            continue
        old_phase, old = old_rx[rx_id]
        if old.exercise_id != rx.exercise_id:
            old_name = exercise_name(old.exercise_id, exercises)
            out.append(f"{old_name} is replaced by {name} ({phase_weeks(phase)})")
            continue
        if old_phase.id != phase.id:
            out.append(f"{name} moved to {phase_weeks(phase)} (was {phase_weeks(old_phase)})")
        change = dosage_change(_effective(old, exercises), _effective(rx, exercises))
        if change:
            out.append(f"{name}: {change}")
        if old.note != rx.note:
            out.append(f"{name}: new note: {rx.note}" if rx.note else f"{name}: note taken off")
    for rx_id, (phase, rx) in old_rx.items():
        if rx_id not in new_rx:
            name = exercise_name(rx.exercise_id, exercises)
            out.append(f"Removed: {name} ({phase_weeks(phase)})")
    return out


def _weeks_text(value: int | None, unit: str) -> str:
    return "your surgeon decides" if value is None else f"{value} {unit}"


def _settings_changes(old: PlanSettings, new: PlanSettings) -> list[str]:
    out: list[str] = []
    for field, label in _SETTING_WORDS.items():
        before, after = getattr(old, field), getattr(new, field)
        if before == after:
            continue
        unit = "minutes" if field.endswith("minutes") else "weeks"
        out.append(f"{label}: now {_weeks_text(after, unit)} (was {_weeks_text(before, unit)})")
    if old.brace != new.brace:
        out.append("You now wear a brace" if new.brace else "You no longer need the brace")
    return out


def plan_changes(
    old: Plan, new: Plan, exercises: Mapping[str, Exercise] | None = None
) -> list[str]:
    """Everything that changed from one version of a plan to the next, one sentence each.

    Args:
        old: the earlier version.
        new: the later version.
        exercises: the library by id, for names and default dosages; without it, names come
            from the ids and only dosages the plan sets itself are compared.

    Returns:
        Plain sentences such as "Added: Heel slide (Weeks 0 to 6)",
        "Bridge: now 2 sets of 10 (was 10 times)", "Phase 'Protection' now ends at week 8
        (was week 6)". Empty when nothing a reader would notice changed.
    """
    out: list[str] = []
    if old.surgery_date != new.surgery_date:
        out.append(
            f"Surgery date: now {new.surgery_date.isoformat()} (was {old.surgery_date.isoformat()})"
        )
    if old.procedure != new.procedure:
        out.append(f"Surgery: now {new.procedure} (was {old.procedure})")
    old_phases = {p.id: p for p in old.phases}
    new_ids = {p.id for p in new.phases}
    for phase in new.phases:
        if phase.id in old_phases:
            out.extend(_phase_changes(old_phases[phase.id], phase))
        else:
            out.append(f"New phase: '{phase.name}' ({phase_weeks(phase)})")
    out.extend(
        f"Phase '{p.name}' taken off ({phase_weeks(p)})" for p in old.phases if p.id not in new_ids
    )
    out.extend(_prescription_changes(old, new, exercises))
    # Orders are matched by key: a staged order holds the same precaution id more than once.
    old_prec = {p.key: p for p in old.precautions}
    new_prec = {p.key: p for p in new.precautions}
    for key, setting in new_prec.items():
        label = exercise_name(setting.id)
        if key not in old_prec:
            out.append(f"New precaution: {label}")
        elif setting != old_prec[key]:
            out.append(f"Precaution changed: {label}")
    out.extend(f"Precaution lifted: {exercise_name(p.id)}"
               for key, p in old_prec.items() if key not in new_prec)
    out.extend(_settings_changes(old.settings, new.settings))
    if old.main_message != new.main_message and new.main_message:
        out.append(f"New main message: {new.main_message}")
    return out
