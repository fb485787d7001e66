"""VisitsModel: a table view over a plan's visits (the list the database returned, not a copy)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rehab_planner.visits import Visit

from ..labels import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate a column title."""
    return QCoreApplication.translate("VisitsModel", text)


class VisitsModel(QAbstractTableModel):
    """One row per visit, oldest first: date, phase, days done, pain, measures, criteria, notes."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("VisitsModel", "Date"),
        QT_TRANSLATE_NOOP("VisitsModel", "Phase"),
        QT_TRANSLATE_NOOP("VisitsModel", "Days a week"),
        QT_TRANSLATE_NOOP("VisitsModel", "Pain before/after"),
        QT_TRANSLATE_NOOP("VisitsModel", "Measures"),
        QT_TRANSLATE_NOOP("VisitsModel", "Criteria met"),
        QT_TRANSLATE_NOOP("VisitsModel", "Notes"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []

    def set_visits(self, visits: list[Visit]) -> None:
        """Show these visits."""
        self.beginResetModel()
        self._visits = visits
        self.endResetModel()

    def visit(self, row: int) -> Visit:
        """The visit on a row."""
        return self._visits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        v = self._visits[index.row()]

        def noted(value: int | None) -> str:
            return "–" if value is None else str(value)

        column = index.column()
        if column == 0:
            return v.date.isoformat()
        if column == 1:
            return v.phase_name
        if column == 2:
            return noted(v.days_per_week)
        if column == 3:
            return f"{noted(v.pain_before)} / {noted(v.pain_after)}"
        if column == 4:
            shown = ", ".join(f"{m.measure_id.upper().replace('_', ' ')} {m.score:g}" for m in v.measures)
            named = [f"{a} {s}" for m in v.measures for a, s in m.named()]
            if role == Qt.ItemDataRole.ToolTipRole and named:  # the PSFS activities
                return shown + "\n" + "\n".join(named)
            return shown
        if column == 5:
            return "; ".join(v.criteria_met)
        if column == 6:
            return "; ".join(x for x in (v.problems, v.notes) if x)
        return None
