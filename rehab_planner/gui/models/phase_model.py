"""PhaseModel: the open plan's phases as a table (name, weeks, dates); a drop on a phase adds to it.

It reads the document's Plan on every call and holds only ids; edits made in place become undo
commands.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rehab_planner.errors import RehabError
from rehab_planner.i18n.dates import date_words
from rehab_planner.model import Phase, Plan
from rehab_planner.plans.conditions import holds, switched_off
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.plans.schedule import format_phase_dates, phase_dates

from .. import commands
from ..document import PlanDocument
from ..labels import milestone_kind_label
from ..shown_texts import ShownTexts
from .plan_drops import DROP_ACTIONS, PLAN_MIME_TYPES, can_drop, drop_on_phase

IdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class PhaseModel(QAbstractTableModel):
    """The plan's phases: name, weeks and calendar dates. Accepts exercises dropped on a phase."""

    NAME, START, END, DATES, MILESTONES = range(5)

    def __init__(self, document: PlanDocument, parent: QObject | None = None,
                 shown: ShownTexts | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._shown = shown or ShownTexts()  # dates in the interface language
        document.changed.connect(self._on_document_changed)

    def _short_dates(self, plan: Plan, phase: Phase) -> str:
        """'2 nov – 14 dic 2026': the column is narrow, and another language's long dates are long."""
        language = self._shown.language
        start, end = phase_dates(plan, phase)
        if end is None:
            return self.tr("from %1").replace("%1", date_words(start, language, short=True))
        first = date_words(start, language, short=True, year=start.year != end.year)
        return f"{first} – {date_words(end, language, short=True)}"

    def _milestones(self, plan: Plan, phase: Phase) -> str:
        """'stop sling (week 6), drive (day 10)': the milestones timed in the phase's weeks (those
        the plan's conditions switch on)."""
        shown = []
        for milestone in plan.milestones:
            if not holds(milestone, plan.conditions):
                continue
            weeks = milestone.weeks
            if weeks is None or weeks < phase.weeks_from or (
                    phase.weeks_to is not None and weeks >= phase.weeks_to):
                continue
            name = milestone_kind_label(milestone.kind) or milestone.text
            when = (self.tr("day %1").replace("%1", str(milestone.days))
                    if milestone.unit == "days"
                    else self.tr("week %1").replace("%1", f"{weeks:g}"))
            shown.append(self.tr("%1 (%2)").replace("%1", name).replace("%2", when))
        return ", ".join(shown)

    def _phases(self) -> list[Phase]:
        plan = self._doc.plan
        return plan.phases if plan is not None else []

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PRESCRIPTION, ChangeKind.ACKNOWLEDGEMENTS):
            return
        if change.kind in (ChangeKind.PHASE, ChangeKind.PATIENT):
            count = self.rowCount()
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.MILESTONES))
            return
        self.beginResetModel()
        self.endResetModel()

    def phase_id(self, row: int) -> str | None:
        """The id of the phase in a row."""
        phases = self._phases()
        return phases[row].id if 0 <= row < len(phases) else None

    def row_of(self, phase_id: str | None) -> int:
        """The row of a phase, or -1."""
        return next((i for i, p in enumerate(self._phases()) if p.id == phase_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._phases())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Phase"), self.tr("From week"), self.tr("To week"),
                    self.tr("Dates"), self.tr("Milestones"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        phases = self._phases()
        if not index.isValid() or index.row() >= len(phases):
            return None
        phase, col = phases[index.row()], index.column()
        if role == IdRole:
            return phase.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if col == self.NAME:
                if edit:
                    return phase.name
                plan = self._doc.plan
                count = sum(1 for rx in phase.prescriptions  # those the patient does
                            if plan is None or not switched_off(plan, rx))
                return self.tr("%1  (%2)").replace("%1", self._shown_name(phase)).replace(
                    "%2", str(count))
            if col == self.START:
                return phase.weeks_from if edit else f"{phase.weeks_from:g}"
            if col == self.END:
                if edit:
                    return phase.weeks_to if phase.weeks_to is not None else 0.0
                return f"{phase.weeks_to:g}" if phase.weeks_to is not None else self.tr("onwards")
            plan = self._doc.plan
            if plan is None:
                return ""
            if col == self.MILESTONES:
                return self._milestones(plan, phase)
            if not self._shown.translated:
                return format_phase_dates(plan, phase)
            return self._short_dates(plan, phase)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and self._other_words(phase):
            return self.tr("The handout prints this stage's words for the plan's condition "
                           "(name, goals, criteria). The stage's own name: %1").replace(
                               "%1", phase.name)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.END:
            return self.tr("Set to 0 for a phase with no end")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MILESTONES:
            return self.tr("Milestones in this phase's weeks (edit them on the Recovery and care "
                           "tab)")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.START, self.END):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _other_words(self, phase: Phase) -> bool:
        """The plan's conditions give this stage other words on the handout."""
        plan = self._doc.plan
        return plan is not None and phase.words_for(plan.conditions) is not None

    def _shown_name(self, phase: Phase) -> str:
        """The stage's name as the handout prints it (its words for the plan's condition)."""
        plan = self._doc.plan
        return phase.name if plan is None else phase.name_for(plan.conditions)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() not in (self.DATES, self.MILESTONES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        phase_id = self.phase_id(index.row())
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or phase_id is None:
            return False
        phase = self._phases()[index.row()]
        try:
            if index.column() == self.NAME:
                name = str(value).strip()
                if not name or name == phase.name:
                    return False
                commands.rename_phase(self._doc, phase_id, name)
            elif index.column() == self.START:
                commands.set_phase_weeks(self._doc, phase_id, float(value), phase.weeks_to)  # type: ignore[arg-type]
            elif index.column() == self.END:
                end = float(value)  # type: ignore[arg-type]
                commands.set_phase_weeks(self._doc, phase_id, phase.weeks_from, end or None)
            else:
                return False
        except (RehabError, ValueError):
            return False  # e.g. an end before the start: the view keeps the old value
        return True

    # --- drops: an exercise or a prescription dropped on a phase ---------------------------------

    def mimeTypes(self) -> list[str]:
        return PLAN_MIME_TYPES

    def supportedDropActions(self) -> Qt.DropAction:
        return DROP_ACTIONS

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return parent.isValid() and can_drop(data)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        phase_id = self.phase_id(parent.row()) if parent.isValid() else None
        if phase_id is not None:
            drop_on_phase(self._doc, phase_id, data, action)
        return False  # the plan moved the item itself: the view must not remove the source row
