"""Table models over the plan's milestones and clinician items (each edit is one undo step)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rehab_planner.errors import RehabError
from rehab_planner.model.course import ClinicianItem, Milestone
from rehab_planner.model.precaution import DAYS_PER_WEEK
from rehab_planner.plans.clinician import KIND_NAMES
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument
from ..labels import milestone_kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
Display = Qt.ItemDataRole.DisplayRole
Edit = Qt.ItemDataRole.EditRole
Check = Qt.ItemDataRole.CheckStateRole
ON_CRITERION = -1.0  # the time editor's value for "on its criterion only"


class _PlanListModel(QAbstractTableModel):
    """Rows over one list of the plan, reset when an edit of that list (or the plan) lands."""

    KINDS: tuple[ChangeKind, ...] = ()
    COLUMNS = 0

    def headers(self) -> tuple[str, ...]:
        """The column titles (translated)."""
        raise NotImplementedError

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        document.changed.connect(self._on_document_changed)
        document.replaced.connect(self._reset)

    def _rows(self) -> list[Any]:
        raise NotImplementedError

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (*self.KINDS, ChangeKind.PLAN):
            self._reset()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Display) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Display \
                and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsEditable)


class MilestonesModel(_PlanListModel):
    """One row per milestone: kind, when (weeks or days, or on its criterion), the criterion,
    the surgeon's words and the therapist's own words."""

    KIND, WHEN, DAYS, CRITERION, WORDING, TEXT = range(6)
    KINDS = (ChangeKind.MILESTONES,)
    COLUMNS = 6

    def headers(self) -> tuple[str, ...]:
        """The column titles."""
        return (self.tr("Milestone"), self.tr("When"), self.tr("In days"),
                self.tr("Once this is true"), self.tr("Surgeon's words"), self.tr("Own words"))

    def _rows(self) -> list[Milestone]:
        plan = self._doc.plan
        return list(plan.milestones) if plan is not None else []

    def milestone(self, row: int) -> Milestone | None:
        """The milestone in a row."""
        rows = self._rows()
        return rows[row] if 0 <= row < len(rows) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DAYS:
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Display) -> object:
        m = self.milestone(index.row()) if index.isValid() else None
        if m is None:
            return None
        col, days = index.column(), m.unit == "days"
        if role == Check and col == self.DAYS:
            return Qt.CheckState.Checked if days else Qt.CheckState.Unchecked
        if role == Edit:
            if col == self.KIND:
                return m.kind or ""
            if col == self.WHEN:
                if m.weeks is None:
                    return ON_CRITERION
                return float(m.days or 0) if days else m.weeks
        if role == Qt.ItemDataRole.ToolTipRole and (m.only_if or m.unless):
            return self.tr("Switched by conditions: only with %1; not with %2").replace(
                "%1", ", ".join(m.only_if) or "-").replace("%2", ", ".join(m.unless) or "-")
        if role in (Display, Edit, Qt.ItemDataRole.ToolTipRole):
            if col == self.KIND:
                return milestone_kind_label(m.kind) or self.tr("own words")
            if col == self.WHEN:
                if m.weeks is None:
                    return self.tr("on its criterion")
                return (self.tr("day %1").replace("%1", str(m.days)) if days
                        else self.tr("week %1").replace("%1", f"{m.weeks:g}"))
            return {self.CRITERION: m.criterion, self.WORDING: m.wording,
                    self.TEXT: m.text}.get(col)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Edit) -> bool:
        m = self.milestone(index.row()) if index.isValid() else None
        if m is None:
            return False
        col = index.column()
        change: dict[str, object]
        if role == Check and col == self.DAYS:
            days = Qt.CheckState(value) == Qt.CheckState.Checked
            weeks = None if m.weeks is None else (round(m.weeks * DAYS_PER_WEEK) / DAYS_PER_WEEK
                                                   if days else round(m.weeks, 1))
            change = {"unit": "days" if days else "weeks", "weeks": weeks}
        elif role != Edit:
            return False
        elif col == self.KIND:
            change = {"kind": str(value) or None}
        elif col == self.WHEN:
            number = float(value)  # type: ignore[arg-type]
            weeks = None if number < 0 else (round(number) / DAYS_PER_WEEK if m.unit == "days"
                                              else number)
            change = {"weeks": weeks}
        else:
            key = {self.CRITERION: "criterion", self.WORDING: "wording", self.TEXT: "text"}[col]
            change = {key: " ".join(str(value).split())}
        return self._replace(index.row(), m, change)

    def _replace(self, row: int, m: Milestone, change: dict[str, object]) -> bool:
        plan = self._doc.plan
        if plan is None:
            return False
        try:
            updated = Milestone.model_validate(m.model_dump() | change)
            milestones = list(plan.milestones)
            milestones[row] = updated
            commands.set_milestones(self._doc, milestones, commands.tr("Edit a milestone"))
        except (RehabError, ValidationError, ValueError):
            return False
        return True


class ClinicianModel(_PlanListModel):
    """One row per clinician item: kind, phase (or every phase), what."""

    KIND, PHASE, TEXT = range(3)
    KINDS = (ChangeKind.CLINICIAN, ChangeKind.PHASES)
    COLUMNS = 3

    def headers(self) -> tuple[str, ...]:
        """The column titles."""
        return self.tr("Care"), self.tr("Phase"), self.tr("What, how and how often")

    def _rows(self) -> list[ClinicianItem]:
        plan = self._doc.plan
        return list(plan.clinician_items) if plan is not None else []

    def item(self, row: int) -> ClinicianItem | None:
        """The item in a row."""
        rows = self._rows()
        return rows[row] if 0 <= row < len(rows) else None

    def data(self, index: AnyIndex, role: int = Display) -> object:
        item = self.item(index.row()) if index.isValid() else None
        plan = self._doc.plan
        if item is None or plan is None:
            return None
        col = index.column()
        if role == Edit and col == self.KIND:
            return item.kind
        if role == Edit and col == self.PHASE:
            return item.phase_id or ""
        if role in (Display, Edit, Qt.ItemDataRole.ToolTipRole):
            if col == self.KIND:
                # the core's names, looked up in the app's translations when it has them
                return QCoreApplication.translate("ClinicianKind", KIND_NAMES[item.kind])
            if col == self.PHASE:
                names = {p.id: p.name for p in plan.phases}
                return names.get(item.phase_id or "", self.tr("Every phase"))
            return item.text
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Edit) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        plan = self._doc.plan
        if item is None or plan is None or role != Edit:
            return False
        key = {self.KIND: "kind", self.PHASE: "phase_id", self.TEXT: "text"}[index.column()]
        new: object = str(value)
        if key == "phase_id":
            new = str(value) or None
        elif key == "text":
            new = " ".join(str(value).split())
        try:
            items = list(plan.clinician_items)
            items[index.row()] = ClinicianItem.model_validate(item.model_dump() | {key: new})
            commands.set_clinician_items(self._doc, items, commands.tr("Edit clinician care"))
        except (RehabError, ValidationError, ValueError):
            return False
        return True
