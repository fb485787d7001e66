"""FindingsModel: the safety findings of the open plan, re-checked after every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from rehab_planner.model import Plan

from ..icons import icon
from ..labels import label

AnyIndex = QModelIndex | QPersistentModelIndex
FindingRole = Qt.ItemDataRole.UserRole + 1

_ICONS = {"conflict": "error", "warning": "warning", "info": "info"}


class FindingsModel(QAbstractTableModel):
    """Severity, message and phase of each finding; accepted ones are shown greyed with the reason.

    The findings come from a core function (safety.check_plan) given at construction.
    """

    SEVERITY, MESSAGE, PHASE = range(3)

    def __init__(self, check: Callable[[Plan], list[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._findings: list[Any] = []

    def update(self, plan: Plan | None) -> None:
        """Re-run the checks on a plan."""
        self.beginResetModel()
        self._findings = list(self._check(plan)) if plan is not None else []
        self.endResetModel()

    @property
    def findings(self) -> list[Any]:
        """The current findings (accepted ones included)."""
        return list(self._findings)

    def open_count(self) -> tuple[int, int]:
        """How many open conflicts and open warnings there are."""
        open_ = [f for f in self._findings if getattr(f, "accepted", None) is None]
        return (sum(1 for f in open_ if f.severity == "conflict"),
                sum(1 for f in open_ if f.severity == "warning"))

    def finding(self, index: AnyIndex) -> Any:
        """The finding in a row."""
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        return self._findings[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Severity"), self.tr("Finding"), self.tr("Phase"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        finding = self.finding(index)
        if finding is None:
            return None
        accepted = getattr(finding, "accepted", None)
        col = index.column()
        if role == FindingRole:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.SEVERITY:
                return self.tr("Accepted") if accepted is not None else label(finding.severity)
            if col == self.MESSAGE:
                if accepted is not None:
                    return self.tr("%1 (accepted: %2)").replace("%1", finding.message).replace(
                        "%2", accepted.reason)
                return finding.message
            return getattr(finding, "phase_name", "") or self.tr("Whole plan")
        if role == Qt.ItemDataRole.DecorationRole and col == self.SEVERITY:
            return icon("ok" if accepted is not None else _ICONS.get(str(finding.severity), "info"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MESSAGE:
            return finding.message
        if role == Qt.ItemDataRole.ForegroundRole and accepted is not None:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and col == self.SEVERITY and finding.severity == "conflict" \
                and accepted is None:
            font = QFont()
            font.setBold(True)
            return font
        return None
