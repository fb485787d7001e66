"""PrecautionsModel: the plan's orders with their time and values (time edited in place, in weeks,
or in days for an order the surgeon wrote in days)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from rehab_planner.errors import RehabError
from rehab_planner.model import Precaution, PrecautionSetting
from rehab_planner.model.precaution import DAYS_PER_WEEK
from rehab_planner.plans.conditions import switched_off
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


class PrecautionsModel(QAbstractTableModel):
    """One row per order the plan carries, in plan order (a staged order has several rows)."""

    NAME, START, END, DAYS, VALUES = range(5)

    def __init__(self, document: PlanDocument, catalogue: Mapping[str, Precaution],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.catalogue = catalogue
        document.changed.connect(self._on_document_changed)

    def _settings(self) -> list[PrecautionSetting]:
        plan = self._doc.plan
        return plan.precautions if plan is not None else []

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PRECAUTIONS, ChangeKind.CONDITIONS, ChangeKind.PLAN):
            self.beginResetModel()
            self.endResetModel()

    def setting(self, row: int) -> PrecautionSetting | None:
        """The setting in a row."""
        settings = self._settings()
        return settings[row] if 0 <= row < len(settings) else None

    def row_of(self, ref: str) -> int:
        """The row of an order (by key), else of the first order of a precaution id; or -1."""
        settings = self._settings()
        row = next((i for i, s in enumerate(settings) if s.key == ref), -1)
        if row < 0:
            row = next((i for i, s in enumerate(settings) if s.id == ref), -1)
        return row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._settings())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Precaution"), self.tr("From"), self.tr("To"), self.tr("In days"),
                    self.tr("Values"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        setting = self.setting(index.row()) if index.isValid() else None
        if setting is None:
            return None
        precaution = self.catalogue.get(setting.id)
        col = index.column()
        days = setting.unit == "days"
        plan = self._doc.plan
        off = plan is not None and switched_off(plan, setting)
        if role == IdRole:
            return setting.key
        if role == Qt.ItemDataRole.ForegroundRole and off:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.CheckStateRole and col == self.DAYS:
            return Qt.CheckState.Checked if days else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            if col == self.START:
                return float(setting.days_from) if days else setting.weeks_from
            if col == self.END:
                end = setting.days_to if days else setting.weeks_to
                return float(end or 0)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.NAME:
                name = precaution.name if precaution else setting.id
                if off:
                    return self.tr("%1 (off: not for this plan's conditions)").replace("%1", name)
                return name
            if col == self.DAYS:
                return None
            if col == self.START:
                return (self.tr("day %1").replace("%1", str(setting.days_from)) if days
                        else self.tr("week %1").replace("%1", f"{setting.weeks_from:g}"))
            if col == self.END:
                if setting.weeks_to is None:
                    return self.tr("until lifted")
                return (self.tr("day %1").replace("%1", str(setting.days_to)) if days
                        else self.tr("week %1").replace("%1", f"{setting.weeks_to:g}"))
            labels = {p.name: p.label for p in precaution.parameters} if precaution else {}
            values = ", ".join(f"{labels.get(k, k)}: {v}" for k, v in setting.params.items())
            if setting.wording and role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1\nSurgeon's words: %2").replace("%1", values).replace(
                    "%2", setting.wording)
            return values
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in (self.START, self.END):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.DAYS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        setting = self.setting(index.row()) if index.isValid() else None
        if setting is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.DAYS:
            return self._set_days(setting, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = float(value)  # type: ignore[arg-type]
            if setting.unit == "days":
                number = round(number) / DAYS_PER_WEEK
            start = number if index.column() == self.START else setting.weeks_from
            end = (number or None) if index.column() == self.END else setting.weeks_to
            updated = PrecautionSetting.model_validate(
                setting.model_dump() | {"weeks_from": start, "weeks_to": end})
            commands.set_precaution(self._doc, updated)
        except (RehabError, ValueError):
            return False
        return True

    def _set_days(self, setting: PrecautionSetting, days: bool) -> bool:
        """Write an order's time in days (rounded to whole days) or in weeks."""
        try:
            start = round(setting.weeks_from * DAYS_PER_WEEK) / DAYS_PER_WEEK
            end = (None if setting.weeks_to is None
                   else round(setting.weeks_to * DAYS_PER_WEEK) / DAYS_PER_WEEK)
            updated = PrecautionSetting.model_validate(setting.model_dump() | (
                {"unit": "days", "weeks_from": start, "weeks_to": end} if days
                else {"unit": "weeks"}))
            commands.set_precaution(self._doc, updated)
        except (RehabError, ValueError):
            return False
        return True
