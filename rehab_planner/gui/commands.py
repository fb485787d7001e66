"""Undo commands: each one calls a pure edit from plans.edits and keeps the plan before it.

Plans are small, so undo restores the snapshot taken before the edit instead of inverting it.
Edits that repeat on the same field (spin boxes) merge into one step.
"""

from __future__ import annotations

import datetime as dt
import weakref
import zlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rehab_planner.model import (
    Clinic,
    Dosage,
    Patient,
    Plan,
    PlanSettings,
    PrecautionSetting,
    Prescription,
    Surgeon,
)
from rehab_planner.model.course import ClinicianItem, Milestone, PhaseEnd
from rehab_planner.model.precaution import ParamValue
from rehab_planner.model.progression import Progression
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.plans import conditions, course_edits, edits, progression
from rehab_planner.plans.edits import Change, ChangeKind

from .document import PlanDocument

Edit = Callable[[Plan], tuple[Plan, Change]]


def tr(text: str) -> str:
    """Translate a command name (shown in the Edit menu as 'Undo <name>')."""
    return QCoreApplication.translate("commands", text)


class EditCommand(QUndoCommand):
    """One undoable edit of the document's plan.

    Args:
        document: the open plan.
        text: what the Edit menu shows.
        edit: Plan -> (Plan, Change), a function from plans.edits with its arguments bound.
        merge_key: edits with the same key, one right after the other, become one undo step.
    """

    def __init__(self, document: PlanDocument, text: str, edit: Edit, merge_key: str = "") -> None:
        super().__init__(text)
        # weak: the document's undo stack owns the command, so a strong reference back would make
        # a cycle through Qt-owned objects, and the cycle collector tearing that down (a document
        # dropped without a parent, as tests do) crashes the interpreter
        self._document_ref = weakref.ref(document)
        self._edit = edit
        self._merge_key = merge_key
        self._before: Plan | None = None
        self._after: Plan | None = None
        self._change: Change | None = None

    @property
    def _document(self) -> PlanDocument:
        document = self._document_ref()
        assert document is not None, "an edit outlived its document"
        return document

    def redo(self) -> None:
        if self._after is None:
            self._before = self._document.plan
            assert self._before is not None
            # An edit that raises leaves the stack untouched: push() is wrapped by `push_edit`.
            self._after, self._change = self._edit(self._before)
        assert self._change is not None
        self._document.apply(self._after, self._change)

    def undo(self) -> None:
        assert self._before is not None and self._change is not None
        self._document.apply(self._before, self._change)

    def id(self) -> int:
        if not self._merge_key:
            return -1
        return zlib.crc32(self._merge_key.encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        self._after, self._change = other._after, other._change
        return True


def push_edit(document: PlanDocument, text: str, edit: Edit, merge_key: str = "") -> Change:
    """Run an edit and, when it succeeds, put it on the undo stack.

    The edit runs before the push so an invalid edit (RehabError, ValidationError) raises here
    and leaves neither the plan nor the undo history changed.
    """
    plan = document.plan
    if plan is None:
        raise ValueError("no plan is open")
    after, change = edit(plan)
    command = EditCommand(document, text, lambda _plan: (after, change), merge_key)
    document.push(command)
    return change


# --- the edits the window offers, named for the Edit menu ----------------------------------------


def add_exercise(doc: PlanDocument, phase_id: str, exercise_id: str, index: int | None = None) -> Change:
    """Add an exercise from the library to a phase."""
    return push_edit(doc, tr("Add exercise"),
                     lambda p: edits.add_prescription(p, phase_id, exercise_id, index))


def remove_exercises(doc: PlanDocument, prescription_ids: list[str], text: str = "") -> None:
    """Remove exercises from the plan (one undo step)."""
    def edit(plan: Plan) -> tuple[Plan, Change]:
        change = Change(ChangeKind.PRESCRIPTIONS)
        for rx_id in prescription_ids:
            plan, change = edits.remove_prescription(plan, rx_id)
        return plan, change
    push_edit(doc, text or tr("Remove exercise"), edit)


def move_exercise(doc: PlanDocument, rx_id: str, phase_id: str, index: int | None) -> Change:
    """Move an exercise within its phase or to another phase."""
    return push_edit(doc, tr("Move exercise"),
                     lambda p: edits.move_prescription(p, rx_id, phase_id, index))


def copy_exercise(doc: PlanDocument, rx_id: str, phase_id: str) -> Change:
    """Copy an exercise into another phase."""
    return push_edit(doc, tr("Copy exercise to phase"),
                     lambda p: edits.copy_prescription_to_phase(p, rx_id, phase_id))


def paste_exercises(doc: PlanDocument, phase_id: str, items: list[Prescription],
                    index: int | None = None) -> Change:
    """Paste exercises from the clipboard into a phase."""
    return push_edit(doc, tr("Paste exercises"),
                     lambda p: edits.paste_prescriptions(p, phase_id, items, index))


def set_dosage(doc: PlanDocument, rx_id: str, dosage: Dosage | None, field: str = "") -> Change:
    """Change an exercise's dosage.

    Args:
        field: the field that changed; repeated changes of one field (steps of a spin box) merge
            into one undo step. '' (a tick box, a choice, back to default): a step of its own.
    """
    return push_edit(doc, tr("Change dosage"), lambda p: edits.set_dosage(p, rx_id, dosage),
                     merge_key=f"dosage:{rx_id}:{field}" if field else "")


def set_note(doc: PlanDocument, rx_id: str, note: str) -> Change:
    """Change the note on an exercise."""
    return push_edit(doc, tr("Change note"), lambda p: edits.set_note(p, rx_id, note),
                     merge_key=f"note:{rx_id}")


def add_phase(doc: PlanDocument, name: str) -> Change:
    """Add a phase after the last one."""
    return push_edit(doc, tr("Add phase"), lambda p: edits.add_phase(p, name))


def carry_forward(doc: PlanDocument, phase_id: str, step: Progression) -> Change:
    """Copy the previous stage's exercises into a stage with a progression (one undo step)."""
    return push_edit(doc, tr("Carry exercises forward"),
                     lambda p: progression.carry_forward(p, doc.library, phase_id, step))


def remove_phase(doc: PlanDocument, phase_id: str) -> Change:
    """Remove a phase and its exercises."""
    return push_edit(doc, tr("Remove phase"), lambda p: edits.remove_phase(p, phase_id))


def rename_phase(doc: PlanDocument, phase_id: str, name: str) -> Change:
    """Rename a phase."""
    return push_edit(doc, tr("Rename phase"), lambda p: edits.rename_phase(p, phase_id, name))


def set_phase_weeks(doc: PlanDocument, phase_id: str, start: float, end: float | None) -> Change:
    """Set a phase's weeks (repeated changes merge)."""
    return push_edit(doc, tr("Change phase weeks"),
                     lambda p: edits.set_phase_weeks(p, phase_id, start, end),
                     merge_key=f"weeks:{phase_id}")


def move_phase(doc: PlanDocument, phase_id: str, index: int) -> Change:
    """Move a phase up or down."""
    return push_edit(doc, tr("Move phase"), lambda p: edits.move_phase(p, phase_id, index))


def set_patient(doc: PlanDocument, field: str, **values: object) -> Change:
    """Change a header field (patient, procedure, therapist); typing in one field merges."""
    patient, procedure, therapist = (values.get(k) for k in ("patient", "procedure", "therapist"))
    return push_edit(
        doc, tr("Change patient details"),
        lambda p: edits.set_patient(
            p,
            patient=patient if isinstance(patient, Patient) else None,
            procedure=procedure if isinstance(procedure, str) else None,
            therapist=therapist if isinstance(therapist, str) else None,
        ),
        merge_key=f"header:{field}",
    )


def set_surgery_date(doc: PlanDocument, day: dt.date) -> Change:
    """Change the surgery date."""
    return push_edit(doc, tr("Change surgery date"), lambda p: edits.set_surgery_date(p, day),
                     merge_key="surgery-date")


def set_surgeon(doc: PlanDocument, surgeon: Surgeon) -> Change:
    """Change the surgeon's name or phone."""
    return push_edit(doc, tr("Change surgeon"), lambda p: edits.set_surgeon(p, surgeon))


def set_main_message(doc: PlanDocument, message: str) -> Change:
    """Change the handout's main message."""
    return push_edit(doc, tr("Change main message"), lambda p: edits.set_main_message(p, message))


def set_guidance(doc: PlanDocument, topic_ids: list[str]) -> Change:
    """Change the lifestyle topics the handout prints."""
    return push_edit(doc, tr("Change handout topics"), lambda p: edits.set_guidance(p, topic_ids))


def move_guidance_topic(doc: PlanDocument, topic_id: str, index: int) -> Change:
    """Move a lifestyle topic to another place in the handout's order (one undo step)."""
    return push_edit(doc, tr("Move handout topic"),
                     lambda p: edits.move_guidance_topic(p, topic_id, index))


def set_clinic(doc: PlanDocument, clinic: Clinic) -> Change:
    """Change the clinic printed on this plan."""
    return push_edit(doc, tr("Change clinic"), lambda p: edits.set_clinic(p, clinic))


def set_precaution(doc: PlanDocument, setting: PrecautionSetting) -> Change:
    """Add an order or change it (orders are told apart by key, so a second order of the same
    precaution is its own undo step)."""
    return push_edit(doc, tr("Set precaution"), lambda p: edits.set_precaution(p, setting),
                     merge_key=f"precaution:{setting.key}")


def remove_precaution(doc: PlanDocument, ref: str) -> Change:
    """Lift an order (by key, or every order of a precaution id)."""
    return push_edit(doc, tr("Remove precaution"),
                     lambda p: edits.remove_precaution(p, ref))


def set_precaution_params(doc: PlanDocument, ref: str,
                          params: dict[str, ParamValue]) -> Change:
    """Change an order's values."""
    return push_edit(doc, tr("Change precaution"),
                     lambda p: edits.set_precaution_params(p, ref, params),
                     merge_key=f"precaution:{ref}")


def set_stance_leg(doc: PlanDocument, prescription_id: str, leg: str | None) -> Change:
    """Say which leg bears the weight in a single-leg exercise."""
    return push_edit(doc, tr("Change the leg to stand on"),
                     lambda p: edits.set_stance_leg(p, prescription_id, leg))


def set_start_week(doc: PlanDocument, prescription_id: str, week: float | None) -> Change:
    """Set the week the patient starts an exercise (None: with its stage)."""
    return push_edit(doc, tr("Change when the exercise starts"),
                     lambda p: edits.set_start_week(p, prescription_id, week),
                     merge_key=f"start:{prescription_id}")


def set_conditions(doc: PlanDocument, condition_ids: list[str]) -> Change:
    """Set what the surgeon found or did (switches conditional orders and exercises)."""
    return push_edit(doc, tr("Change conditions"),
                     lambda p: conditions.set_conditions(p, condition_ids))


def set_precaution_wording(doc: PlanDocument, ref: str, wording: str) -> Change:
    """Keep the surgeon's wording of an order."""
    return push_edit(doc, tr("Change the surgeon's wording"),
                     lambda p: edits.set_precaution_wording(p, ref, wording),
                     merge_key=f"precaution-wording:{ref}")


def set_settings(doc: PlanDocument, settings: PlanSettings, field: str = "") -> Change:
    """Change the plan's settings; repeated changes of one field (a spin box) merge."""
    return push_edit(doc, tr("Change handout settings"), lambda p: edits.set_settings(p, settings),
                     merge_key=f"settings:{field}")


def replace_plan(doc: PlanDocument, text: str, plan: Plan) -> Change:
    """Replace the plan with one a core function made (e.g. a finding accepted)."""
    return push_edit(doc, text, lambda p: edits.replace_plan(p, plan))


# --- the course of recovery: milestones, exit criteria, clinician items (plans.course_edits) ---

def set_milestones(doc: PlanDocument, milestones: list[Milestone], text: str = "") -> Change:
    """Add, edit, remove or reorder milestones (one undo step)."""
    return push_edit(doc, text or tr("Change milestones"),
                     lambda p: course_edits.set_milestones(p, milestones))


def set_clinician_items(doc: PlanDocument, items: list[ClinicianItem], text: str = "") -> Change:
    """Add, edit or remove clinician items (one undo step)."""
    return push_edit(doc, text or tr("Change clinician care"),
                     lambda p: course_edits.set_clinician_items(p, items))


def set_range_limits(doc: PlanDocument, phase_id: str, limits: list[RangeLimit],
                     text: str = "") -> Change:
    """Add, edit or remove a phase's range limits (one undo step)."""
    return push_edit(doc, text or tr("Change range limits"),
                     lambda p: course_edits.set_range_limits(p, phase_id, limits))


def set_phase_end(doc: PlanDocument, phase_id: str, ends_by: PhaseEnd) -> Change:
    """How a phase ends: at its week, on its criteria, or whichever is later."""
    return push_edit(doc, tr("Set how the phase ends"),
                     lambda p: course_edits.set_phase_end(p, phase_id, ends_by))


def set_criterion_met(doc: PlanDocument, phase_id: str, number: int, met: bool, by: str,
                      on: dt.date | None = None) -> Change:
    """Mark an exit criterion met (today, by the therapist) or not met."""
    return push_edit(doc, tr("Mark criterion met") if met else tr("Mark criterion not met"),
                     lambda p: course_edits.set_criterion_met(p, phase_id, number, met,
                                                              on=on, by=by))


def move_to_next_phase(doc: PlanDocument, phase_id: str, day: dt.date | None = None) -> Change:
    """Move the patient on to the next phase (every exit criterion met)."""
    return push_edit(doc, tr("Move to next phase"),
                     lambda p: course_edits.move_to_next_phase(p, phase_id, day))
