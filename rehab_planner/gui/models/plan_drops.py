"""Drag and drop in the plan: what a drag carries, and what a drop on a phase does (undo commands)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt

from rehab_planner.plans.edits import find_prescription

from .. import commands
from ..document import PlanDocument
from .library_model import EXERCISE_MIME, exercise_ids_from_mime

RX_MIME = "application/x-rehab-prescription-ids"
PLAN_MIME_TYPES = [EXERCISE_MIME, RX_MIME]  # library exercises and the plan's own prescriptions
DROP_ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def rx_ids_from_mime(mime: QMimeData) -> list[str]:
    """The prescription ids a drag inside the plan carries."""
    if not mime.hasFormat(RX_MIME):
        return []
    return [i for i in bytes(mime.data(RX_MIME).data()).decode().split("\n") if i]


def prescriptions_mime(rx_ids: list[str]) -> QMimeData:
    """What dragging these prescriptions carries."""
    mime = QMimeData()
    mime.setData(RX_MIME, QByteArray("\n".join(rx_ids).encode()))
    return mime


def can_drop(mime: QMimeData) -> bool:
    """True when a drag carries library exercises or prescriptions."""
    return mime.hasFormat(EXERCISE_MIME) or mime.hasFormat(RX_MIME)


def drop_on_phase(document: PlanDocument, phase_id: str, mime: QMimeData,
                  action: Qt.DropAction) -> None:
    """A drop on a phase's row: exercises are added, prescriptions copied (Ctrl) or moved there."""
    for exercise_id in exercise_ids_from_mime(mime):
        commands.add_exercise(document, phase_id, exercise_id)
    for rx_id in rx_ids_from_mime(mime):
        if action == Qt.DropAction.CopyAction:
            commands.copy_exercise(document, rx_id, phase_id)
        else:
            commands.move_exercise(document, rx_id, phase_id, None)


def drop_in_phase(document: PlanDocument, phase_id: str, position: int | None, mime: QMimeData,
                  action: Qt.DropAction) -> None:
    """A drop among a phase's exercises, inserted at position (None: at the end).

    Prescriptions from another phase are copied when the drop copies; otherwise they move
    (reordering within the phase is always a move).
    """
    for exercise_id in exercise_ids_from_mime(mime):
        commands.add_exercise(document, phase_id, exercise_id, position)
        position = None if position is None else position + 1
    for rx_id in rx_ids_from_mime(mime):
        plan = document.plan
        if plan is None:
            break
        source, _ = find_prescription(plan, rx_id)
        if action == Qt.DropAction.CopyAction and source.id != phase_id:
            commands.copy_exercise(document, rx_id, phase_id)
        else:
            commands.move_exercise(document, rx_id, phase_id, position)
