"""Pure edits of a plan: each takes a Plan and returns a new Plan and a Change saying what changed.

The GUI's undo commands call these; the CLI may too. A plan is small, so every edit works on a deep
copy and the caller keeps the old Plan for undo. Invalid edits raise RehabError (or pydantic's
ValidationError for out-of-range values) and leave the input untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rehab_planner.errors import RehabError
from rehab_planner.model import (
    Acknowledgement,
    Clinic,
    Dosage,
    Patient,
    Phase,
    Plan,
    PlanSettings,
    PrecautionSetting,
    Prescription,
    Side,
    Surgeon,
)
from rehab_planner.model.plan import new_id
from rehab_planner.model.precaution import ParamValue


class ChangeKind(StrEnum):
    """What part of the plan an edit touched."""

    PRESCRIPTION = "prescription"  # one prescription's dosage or note
    PRESCRIPTIONS = "prescriptions"  # prescriptions added, removed or moved
    PHASE = "phase"  # one phase's name or weeks
    PHASES = "phases"  # phases added, removed or moved
    PATIENT = "patient"  # patient, procedure, dates, therapist, clinic
    PRECAUTIONS = "precautions"
    CONDITIONS = "conditions"  # what the surgeon found or did (the ACL graft, a repaired meniscus)
    SETTINGS = "settings"
    GUIDANCE = "guidance"  # the lifestyle topics printed
    ACKNOWLEDGEMENTS = "acknowledgements"
    MILESTONES = "milestones"  # the milestones on the recovery timeline
    PROGRESS = "progress"  # criteria met, a phase's end on criteria, the stage moved to
    CLINICIAN = "clinician"  # clinician items (care given in the clinic)
    PLAN = "plan"  # the whole plan replaced


@dataclass(frozen=True)
class Change:
    """A small record of one edit: its kind and the ids it touched (for views to refresh)."""

    kind: ChangeKind
    phase_id: str | None = None
    prescription_id: str | None = None
    other_phase_id: str | None = None


def _copy(plan: Plan) -> Plan:
    return plan.model_copy(deep=True)


def _validated(plan: Plan) -> Plan:
    """Re-validate the whole plan (ids unique, weeks in order) after an edit on a copy."""
    return Plan.model_validate(plan.model_dump())


def _find_rx(plan: Plan, prescription_id: str) -> tuple[Phase, int]:
    for phase in plan.phases:
        for index, rx in enumerate(phase.prescriptions):
            if rx.id == prescription_id:
                return phase, index
    raise RehabError(f"No exercise with id '{prescription_id}' in this plan")


def _phase(plan: Plan, phase_id: str) -> Phase:
    try:
        return plan.phase(phase_id)
    except KeyError:
        raise RehabError(f"No phase with id '{phase_id}' in this plan") from None


def find_prescription(plan: Plan, prescription_id: str) -> tuple[Phase, Prescription]:
    """The phase holding a prescription, and the prescription.

    Raises:
        RehabError: no such prescription.
    """
    phase, index = _find_rx(plan, prescription_id)
    return phase, phase.prescriptions[index]


def _clamp(index: int | None, length: int) -> int:
    if index is None or index > length:
        return length
    return max(0, index)


# --- prescriptions -------------------------------------------------------------------------------


def add_prescription(
    plan: Plan,
    phase_id: str,
    exercise_id: str,
    index: int | None = None,
    dosage: Dosage | None = None,
    note: str = "",
) -> tuple[Plan, Change]:
    """Add an exercise to a phase (at the end, or before position `index`).

    Returns:
        The new plan and a Change naming the new prescription's id.
    """
    new = _copy(plan)
    phase = _phase(new, phase_id)
    rx = Prescription(exercise_id=exercise_id, dosage=dosage, note=note)
    phase.prescriptions.insert(_clamp(index, len(phase.prescriptions)), rx)
    return new, Change(ChangeKind.PRESCRIPTIONS, phase_id, rx.id)


def remove_prescription(plan: Plan, prescription_id: str) -> tuple[Plan, Change]:
    """Remove one prescription from its phase."""
    new = _copy(plan)
    phase, index = _find_rx(new, prescription_id)
    del phase.prescriptions[index]
    return new, Change(ChangeKind.PRESCRIPTIONS, phase.id, prescription_id)


def _fit_start(rx: Prescription, phase: Phase) -> Prescription:
    """The prescription as it goes into another phase: a start week at or before that stage's
    start is cleared (it starts with the stage anyway); a later one is kept, past the stage's end
    too (the handout holds the exercise back all the same, and `check` warns)."""
    if rx.start_week is not None and not rx.starts_later(phase):
        rx.start_week = None
    return rx


def move_prescription(
    plan: Plan, prescription_id: str, phase_id: str, index: int | None = None
) -> tuple[Plan, Change]:
    """Move a prescription within its phase or to another phase, before position `index`.

    The index counts positions in the target phase as it is before the move.
    """
    new = _copy(plan)
    source, old_index = _find_rx(new, prescription_id)
    target = _phase(new, phase_id)
    rx = source.prescriptions.pop(old_index)
    if target is not source:
        rx = _fit_start(rx, target)
    position = _clamp(index, len(target.prescriptions) + (1 if target is source else 0))
    if target is source and index is not None and old_index < position:
        position -= 1
    target.prescriptions.insert(_clamp(position, len(target.prescriptions)), rx)
    return new, Change(ChangeKind.PRESCRIPTIONS, phase_id, prescription_id, source.id)


def copy_prescription_to_phase(
    plan: Plan, prescription_id: str, phase_id: str, index: int | None = None
) -> tuple[Plan, Change]:
    """Copy a prescription (dosage and note too) into a phase under a new id."""
    new = _copy(plan)
    _, rx = find_prescription(new, prescription_id)
    target = _phase(new, phase_id)
    copy = _fit_start(rx.model_copy(deep=True, update={"id": new_id()}), target)
    target.prescriptions.insert(_clamp(index, len(target.prescriptions)), copy)
    return new, Change(ChangeKind.PRESCRIPTIONS, phase_id, copy.id)


def paste_prescriptions(
    plan: Plan, phase_id: str, prescriptions: list[Prescription], index: int | None = None
) -> tuple[Plan, Change]:
    """Insert copies of prescriptions (from the clipboard) into a phase, each with a new id."""
    new = _copy(plan)
    target = _phase(new, phase_id)
    position = _clamp(index, len(target.prescriptions))
    last = None
    for rx in prescriptions:
        copy = _fit_start(Prescription.model_validate(rx.model_dump() | {"id": new_id()}),
                          target)
        target.prescriptions.insert(position, copy)
        position += 1
        last = copy.id
    return new, Change(ChangeKind.PRESCRIPTIONS, phase_id, last)


def set_dosage(plan: Plan, prescription_id: str, dosage: Dosage | None) -> tuple[Plan, Change]:
    """Set a prescription's dosage (None: back to the exercise's default)."""
    new = _copy(plan)
    phase, index = _find_rx(new, prescription_id)
    phase.prescriptions[index].dosage = dosage
    return new, Change(ChangeKind.PRESCRIPTION, phase.id, prescription_id)


def set_side(
    plan: Plan, prescription_id: str, side: Side, default: Dosage
) -> tuple[Plan, Change]:
    """Set the side of a prescription, starting from `default` when it has no dosage of its own."""
    _, rx = find_prescription(plan, prescription_id)
    base = rx.dosage or default
    return set_dosage(plan, prescription_id, base.model_copy(update={"side": side}))


def set_note(plan: Plan, prescription_id: str, note: str) -> tuple[Plan, Change]:
    """Set the therapist's note on a prescription."""
    new = _copy(plan)
    phase, index = _find_rx(new, prescription_id)
    phase.prescriptions[index].note = note.strip()
    return new, Change(ChangeKind.PRESCRIPTION, phase.id, prescription_id)


def set_stance_leg(plan: Plan, prescription_id: str, leg: str | None) -> tuple[Plan, Change]:
    """Say which leg bears the weight in single-leg work: 'operated', 'other' or None (not said)."""
    new = _copy(plan)
    phase, index = _find_rx(new, prescription_id)
    try:
        phase.prescriptions[index].stance_leg = leg  # type: ignore[assignment]
    except ValueError:
        raise RehabError(f"'{leg}' is not a leg to stand on (operated or other)") from None
    return new, Change(ChangeKind.PRESCRIPTION, phase.id, prescription_id)


def set_start_week(plan: Plan, prescription_id: str, week: float | None
                   ) -> tuple[Plan, Change]:
    """Set the week after surgery when the patient starts an exercise (None: with its stage)."""
    new = _copy(plan)
    phase, index = _find_rx(new, prescription_id)
    try:
        phase.prescriptions[index].start_week = week
    except ValueError:
        raise RehabError(f"'{week}' is not a start week (0 to 156 weeks after surgery)") from None
    return new, Change(ChangeKind.PRESCRIPTION, phase.id, prescription_id)


# --- phases --------------------------------------------------------------------------------------


def add_phase(
    plan: Plan,
    name: str,
    weeks_from: float | None = None,
    weeks_to: float | None = None,
    index: int | None = None,
) -> tuple[Plan, Change]:
    """Add a phase. Without weeks it starts where the last phase ends and lasts 4 weeks."""
    new = _copy(plan)
    if weeks_from is None:
        last = new.phases[-1] if new.phases else None
        if last is None:
            weeks_from = 0.0
        elif last.weeks_to is not None:
            weeks_from = last.weeks_to
        else:
            weeks_from = last.weeks_from + 4
        if weeks_to is None:
            weeks_to = weeks_from + 4
    phase = Phase(name=name, weeks_from=weeks_from, weeks_to=weeks_to)
    new.phases.insert(_clamp(index, len(new.phases)), phase)
    return new, Change(ChangeKind.PHASES, phase.id)


def remove_phase(plan: Plan, phase_id: str) -> tuple[Plan, Change]:
    """Remove a phase and its exercises, the criteria met in it and its clinician care; a patient
    moved on to it follows the calendar again."""
    new = _copy(plan)
    phase = _phase(new, phase_id)
    new.phases.remove(phase)
    new.criteria_met = [m for m in new.criteria_met if m.phase_id != phase_id]
    new.clinician_items = [c for c in new.clinician_items if c.phase_id != phase_id]
    if new.current_phase_id == phase_id:
        new.current_phase_id = None
    return new, Change(ChangeKind.PHASES, phase_id)


def rename_phase(plan: Plan, phase_id: str, name: str) -> tuple[Plan, Change]:
    """Rename a phase."""
    new = _copy(plan)
    _phase(new, phase_id).name = name.strip()
    return new, Change(ChangeKind.PHASE, phase_id)


def set_phase_weeks(
    plan: Plan, phase_id: str, weeks_from: float, weeks_to: float | None
) -> tuple[Plan, Change]:
    """Set when a phase starts and ends, in weeks after surgery (None: open-ended)."""
    new = _copy(plan)
    phase = _phase(new, phase_id)
    # Validate the pair at once: assigning one at a time could pass through an invalid state.
    updated = Phase.model_validate(
        phase.model_dump() | {"weeks_from": weeks_from, "weeks_to": weeks_to}
    )
    new.phases[new.phases.index(phase)] = updated
    return new, Change(ChangeKind.PHASE, phase_id)


def move_phase(plan: Plan, phase_id: str, index: int) -> tuple[Plan, Change]:
    """Move a phase to position `index` (counted after it is taken out)."""
    new = _copy(plan)
    phase = _phase(new, phase_id)
    new.phases.remove(phase)
    new.phases.insert(_clamp(index, len(new.phases)), phase)
    return new, Change(ChangeKind.PHASES, phase_id)


# --- patient, dates, clinic ----------------------------------------------------------------------


def set_patient(
    plan: Plan,
    patient: Patient | None = None,
    procedure: str | None = None,
    therapist: str | None = None,
    main_message: str | None = None,
) -> tuple[Plan, Change]:
    """Set the patient and the header fields given (others are kept)."""
    new = _copy(plan)
    if patient is not None:
        new.patient = patient
    if procedure is not None:
        new.procedure = procedure.strip()
    if therapist is not None:
        new.therapist = therapist.strip()
    if main_message is not None:
        new.main_message = main_message.strip()
    return new, Change(ChangeKind.PATIENT)


def set_surgery_date(plan: Plan, surgery_date: dt.date) -> tuple[Plan, Change]:
    """Set the surgery date (every phase's calendar dates follow)."""
    new = _copy(plan)
    new.surgery_date = surgery_date
    return new, Change(ChangeKind.PATIENT)


def set_main_message(plan: Plan, message: str) -> tuple[Plan, Change]:
    """Set the one message printed first in the handout (blank: none)."""
    return set_patient(plan, main_message=message)


def set_surgeon(plan: Plan, surgeon: Surgeon) -> tuple[Plan, Change]:
    """Set the surgeon the patient calls (name and phone)."""
    new = _copy(plan)
    new.surgeon = Surgeon(name=surgeon.name.strip(), phone=surgeon.phone.strip())
    return new, Change(ChangeKind.PATIENT)


def set_clinic(plan: Plan, clinic: Clinic) -> tuple[Plan, Change]:
    """Set the clinic printed on the handout."""
    new = _copy(plan)
    new.clinic = clinic
    return new, Change(ChangeKind.PATIENT)


# --- precautions and settings --------------------------------------------------------------------


def set_precaution(plan: Plan, setting: PrecautionSetting) -> tuple[Plan, Change]:
    """Add an order, or replace the plan's order with the same key.

    The same precaution may be ordered many times (a staged order), each entry with its own key.
    """
    new = _copy(plan)
    for i, existing in enumerate(new.precautions):
        if existing.key == setting.key:
            new.precautions[i] = setting
            break
    else:
        new.precautions.append(setting)
    return new, Change(ChangeKind.PRECAUTIONS)


def remove_precaution(plan: Plan, ref: str) -> tuple[Plan, Change]:
    """Lift an order from the plan: the entry with this key, else every entry of this precaution id.
    """
    new = _copy(plan)
    before = len(new.precautions)
    by_key = [p for p in new.precautions if p.key != ref]
    new.precautions = by_key if len(by_key) < before else [
        p for p in new.precautions if p.id != ref]
    if len(new.precautions) == before:
        raise RehabError(f"The plan has no precaution '{ref}'")
    return new, Change(ChangeKind.PRECAUTIONS)


def _setting(plan: Plan, ref: str) -> PrecautionSetting:
    setting = plan.precaution(ref)
    if setting is None:
        raise RehabError(f"The plan has no precaution '{ref}'")
    return setting


def set_precaution_weeks(
    plan: Plan, ref: str, weeks_from: float, weeks_to: float | None
) -> tuple[Plan, Change]:
    """Set the weeks an order applies (None: until the surgeon lifts it).

    Args:
        plan: the plan.
        ref: the order's key, or a precaution id (its first order).
        weeks_from: start in weeks after surgery.
        weeks_to: end in weeks, or None.
    """
    setting = _setting(plan, ref)
    updated = PrecautionSetting.model_validate(
        setting.model_dump() | {"weeks_from": weeks_from, "weeks_to": weeks_to}
    )
    return set_precaution(plan, updated)


def set_precaution_wording(plan: Plan, ref: str, wording: str) -> tuple[Plan, Change]:
    """Keep the surgeon's order exactly as written (printed beside the plain words)."""
    setting = _setting(plan, ref)
    updated = PrecautionSetting.model_validate(
        setting.model_dump() | {"wording": " ".join(wording.split())})
    return set_precaution(plan, updated)


def add_stage(
    plan: Plan, ref: str, at_weeks: float, params: dict[str, ParamValue] | None = None
) -> tuple[Plan, Change]:
    """Stage an order: it ends at `at_weeks` and a new entry of the same precaution takes over
    from then to the old end, with these parameter values over the old ones (a lift limit of
    0 lb, then 10 lb).

    Raises:
        RehabError: no such order, or `at_weeks` is not inside its weeks.
    """
    setting = _setting(plan, ref)
    end = setting.weeks_to
    if not setting.weeks_from < at_weeks or (end is not None and at_weeks >= end):
        raise RehabError(
            f"Week {at_weeks:g} is not inside the weeks of precaution '{setting.id}'")
    first = PrecautionSetting.model_validate(setting.model_dump() | {"weeks_to": at_weeks})
    second = PrecautionSetting.model_validate(
        setting.model_dump(exclude={"key", "wording"})
        | {"weeks_from": at_weeks, "params": {**setting.params, **(params or {})}})
    new, change = set_precaution(plan, first)
    index = next(i for i, p in enumerate(new.precautions) if p.key == first.key)
    new.precautions.insert(index + 1, second)
    return Plan.model_validate(new.model_dump()), change


def set_precaution_params(
    plan: Plan, ref: str, params: dict[str, ParamValue]
) -> tuple[Plan, Change]:
    """Set parameter values of an order (by key, or a precaution id), merged over its own."""
    setting = _setting(plan, ref)
    updated = setting.model_copy(deep=True)
    updated.params = {**setting.params, **params}
    return set_precaution(plan, updated)


def set_settings(plan: Plan, settings: PlanSettings) -> tuple[Plan, Change]:
    """Replace the plan's settings (sitting limit, fever, driving, ...)."""
    new = _copy(plan)
    new.settings = PlanSettings.model_validate(settings.model_dump())
    return new, Change(ChangeKind.SETTINGS)


def set_guidance(plan: Plan, topic_ids: list[str]) -> tuple[Plan, Change]:
    """Set the lifestyle topics the handout prints, in this order (repeats are dropped)."""
    new = _copy(plan)
    new.guidance = list(dict.fromkeys(topic_ids))
    return new, Change(ChangeKind.GUIDANCE)


def move_guidance_topic(plan: Plan, topic_id: str, index: int) -> tuple[Plan, Change]:
    """Move one of the plan's lifestyle topics to another place in the handout's order.

    Args:
        plan: the plan.
        topic_id: a topic the plan prints.
        index: its new position, counted after it is taken out (0: printed first); out of range
            values go to the nearest end.

    Returns:
        The new plan and a GUIDANCE change.

    Raises:
        RehabError: the plan does not print that topic.
    """
    if topic_id not in plan.guidance:
        raise RehabError(f"The handout does not print the topic '{topic_id}'")
    new = _copy(plan)
    new.guidance.remove(topic_id)
    new.guidance.insert(_clamp(index, len(new.guidance)), topic_id)
    return new, Change(ChangeKind.GUIDANCE)


def add_acknowledgement(plan: Plan, acknowledgement: Acknowledgement) -> tuple[Plan, Change]:
    """Record an accepted safety finding."""
    new = _copy(plan)
    new.acknowledgements.append(acknowledgement)
    return new, Change(ChangeKind.ACKNOWLEDGEMENTS)


def replace_plan(plan: Plan, replacement: Plan) -> tuple[Plan, Change]:
    """Replace the whole plan (e.g. after a core function returned a new one)."""
    del plan
    return _validated(replacement), Change(ChangeKind.PLAN)


# --- a new plan ----------------------------------------------------------------------------------


def blank_plan(
    patient: Patient,
    procedure: str,
    surgery_date: dt.date,
    therapist: str = "",
    clinic: Clinic | None = None,
) -> Plan:
    """A plan with no template: one phase, weeks 0 to 6, no exercises yet."""
    return Plan(
        patient=patient,
        procedure=procedure,
        surgery_date=surgery_date,
        therapist=therapist,
        clinic=clinic or Clinic(),
        phases=[Phase(name="Phase 1", weeks_from=0, weeks_to=6)],
    )
