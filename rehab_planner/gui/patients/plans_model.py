"""PlanListModel: the plans the patient database found (PlanSummary rows), newest first.

Archived plans (listed only when asked for) say so in the patient column and are shown in italics.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from rehab_planner.storage.db_types import PlanSummary

PlanIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

PATIENT, SURGERY, SAVED = range(3)


def tr(text: str) -> str:
    """Translate a label."""
    return QCoreApplication.translate("PlanListModel", text)


def when_text(moment: dt.datetime, today: dt.date | None = None) -> str:
    """A save time as a therapist reads it: '14:05' today, else '3 Nov 2026'."""
    local = moment.astimezone()
    if local.date() == (today or dt.date.today()):
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %Y')}"


def patient_text(summary: PlanSummary) -> str:
    """'Ann Lee (A-1234)', or just the name without a record number."""
    if summary.record_number:
        return f"{summary.patient} ({summary.record_number})"
    return summary.patient


def shown_patient_text(summary: PlanSummary) -> str:
    """The patient column: 'Ann Lee (A-1234)', with '(archived)' after an archived plan."""
    if summary.archived:
        return tr("%1 (archived)").replace("%1", patient_text(summary))
    return patient_text(summary)


def archived_text(summary: PlanSummary) -> str:
    """A tooltip line saying who archived the plan and when ('' for a plan in use)."""
    if summary.archived_at is None:
        return ""
    return "\n" + (tr("Archived %1 by %2")
                   .replace("%1", summary.archived_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                   .replace("%2", summary.archived_by or tr("someone")))


class PlanListModel(QAbstractTableModel):
    """A read-only table over the rows a database search returned; keyed by plan id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanSummary] = []

    def set_rows(self, rows: list[PlanSummary]) -> None:
        """Show a new search result."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> PlanSummary | None:
        """The plan summary shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, plan_id: str) -> int:
        """The row showing a plan, -1 when it is not shown."""
        return next((n for n, s in enumerate(self._rows) if s.plan_id == plan_id), -1)

    # --- Qt model ----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {PATIENT: tr("Patient"), SURGERY: tr("Surgery"), SAVED: tr("Saved")}.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PATIENT:
                return shown_patient_text(summary)
            if column == SURGERY:
                return summary.procedure
            if column == SAVED:
                return when_text(summary.updated)
        elif role == Qt.ItemDataRole.ToolTipRole:
            born = (tr("born %1").replace("%1", summary.date_of_birth.isoformat()) + "\n"
                    if summary.date_of_birth else "")
            return (f"{patient_text(summary)}\n{born}"
                    + tr("%1, surgery on %2").replace("%1", summary.procedure)
                    .replace("%2", summary.surgery_date.isoformat()) + "\n"
                    + tr("Revision %1, saved %2 by %3").replace("%1", str(summary.revision))
                    .replace("%2", summary.updated.astimezone().strftime("%Y-%m-%d %H:%M"))
                    .replace("%3", summary.updated_by or tr("someone"))
                    + archived_text(summary))
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == PATIENT:
            return shown_patient_text(summary)
        elif role == Qt.ItemDataRole.FontRole and summary.archived:
            font = QFont()
            font.setItalic(True)
            return font
        elif role == PlanIdRole:
            return summary.plan_id
        elif role == SummaryRole:
            return summary
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
