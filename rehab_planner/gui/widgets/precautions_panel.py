"""PrecautionsPanel: the surgeon's orders on the plan, their weeks, values and wording.

The same precaution may be added again: the new order starts where the last one of that precaution
ends, with its values, so a staged order (0 lb, then 10 lb) is two clicks and one edit.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import Precaution, PrecautionSetting
from rehab_planner.model.precaution import ParamValue
from rehab_planner.plans.conditions import named_conditions, shipped_conditions
from rehab_planner.plans.edits import Change, ChangeKind

from .. import commands
from ..document import PlanDocument
from ..models.precautions_model import PrecautionsModel


class TimeDelegate(QStyledItemDelegate):
    """Edits an order's start or end: weeks to 104 (one decimal), or whole days to 728."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        spin = QDoubleSpinBox(parent)
        days = index.sibling(index.row(), PrecautionsModel.DAYS).data(
            Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        spin.setDecimals(0 if days else 1)
        spin.setRange(0, 728 if days else 104)
        spin.setSuffix(self.tr(" days") if days else self.tr(" weeks"))
        return spin


class PrecautionsPanel(QWidget):
    """Add, remove and set orders (each change is one undo step)."""

    def __init__(self, document: PlanDocument, catalogue: Mapping[str, Precaution],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.model = PrecautionsModel(document, catalogue, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._time_delegate = TimeDelegate(self.table)
        for column in (PrecautionsModel.START, PrecautionsModel.END):
            self.table.setItemDelegateForColumn(column, self._time_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # The name gets room to read ("Partial weight bearing"); the values take the rest and
        # show the whole text in their tooltip.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PrecautionsModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PrecautionsModel.NAME, 240)
        header.setSectionResizeMode(PrecautionsModel.DAYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PrecautionsModel.VALUES, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Precautions"))
        self.add_combo = QComboBox()
        # A long precaution name widens the list when it opens, never the window.
        self.add_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(32)
        self.add_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.add_combo.setAccessibleName(self.tr("Precaution to add"))
        self.add_button = QPushButton(self.tr("&Add precaution"))
        self.remove_button = QPushButton(self.tr("&Lift precaution"))
        self.remove_button.setToolTip(self.tr("Remove the chosen precaution from the plan"))
        self.wording = QLineEdit()
        self.wording.setAccessibleName(self.tr("Surgeon's wording"))
        self.wording.setPlaceholderText(
            self.tr("The surgeon's order exactly as written (printed on the handout)"))
        self.wording.setMaxLength(400)
        wording_row = QFormLayout()
        wording_row.addRow(self.tr("Surgeon's &words:"), self.wording)
        self.values = QGroupBox(self.tr("Values"))
        self.values_form = QFormLayout(self.values)
        self._shown_id: str | None = None
        self._editors: dict[str, QWidget] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_combo, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.conditions_row = QHBoxLayout()
        self.conditions_label = QLabel(self.tr("Conditions:"))
        self.conditions_label.setToolTip(
            self.tr("What the surgeon found or did; it switches orders and exercises on or off."))
        self.condition_boxes: dict[str, QCheckBox] = {}
        self.conditions_row.addWidget(self.conditions_label)
        self.conditions_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.conditions_row)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(wording_row)
        layout.addWidget(self.values)
        self._connect_signals()
        self._refresh_choices()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.wording.editingFinished.connect(self._on_wording_editing_finished)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self._doc.changed.connect(self._on_document_changed)

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PRECAUTIONS, ChangeKind.CONDITIONS, ChangeKind.PLAN):
            self._refresh_choices()

    def _refresh_conditions(self) -> None:
        plan = self._doc.plan
        ids = named_conditions(plan) if plan is not None else []
        if list(self.condition_boxes) != ids:
            for box in self.condition_boxes.values():
                self.conditions_row.removeWidget(box)
                box.deleteLater()
            self.condition_boxes = {}
            known = shipped_conditions()
            for i, cid in enumerate(ids):
                box = QCheckBox(known[cid].name if cid in known else cid)
                box.setToolTip(known[cid].description if cid in known else "")
                box.toggled.connect(self._on_condition_toggled)
                self.conditions_row.insertWidget(1 + i, box)
                self.condition_boxes[cid] = box
        chosen = set(plan.conditions) if plan is not None else set()
        for cid, box in self.condition_boxes.items():
            box.blockSignals(True)
            box.setChecked(cid in chosen)
            box.blockSignals(False)
        self.conditions_label.setVisible(bool(self.condition_boxes))

    def _on_condition_toggled(self, _on: bool) -> None:
        chosen = [cid for cid, box in self.condition_boxes.items() if box.isChecked()]
        commands.set_conditions(self._doc, chosen)

    def _refresh_choices(self) -> None:
        self._refresh_conditions()
        plan = self._doc.plan
        if self.add_combo.count() != len(self.model.catalogue):
            self.add_combo.clear()
            for pid, precaution in self.model.catalogue.items():
                self.add_combo.addItem(precaution.name, pid)
        self.add_button.setEnabled(plan is not None and self.add_combo.count() > 0)
        self.remove_button.setEnabled(self._current_key() is not None)

    def _current_key(self) -> str | None:
        setting = self.model.setting(self.table.currentIndex().row())
        return setting.key if setting else None

    def _on_add_clicked(self) -> None:
        if self.add_combo.count() == 0:
            return  # currentData() of an empty combo would be an empty QVariant
        pid = str(self.add_combo.currentData())
        precaution = self.model.catalogue.get(pid) if pid else None
        if precaution is None:
            return
        plan = self._doc.plan
        setting = next_order(precaution, plan.orders(pid) if plan is not None else [])
        commands.set_precaution(self._doc, setting)
        self.table.setCurrentIndex(self.model.index(self.model.row_of(setting.key), 0))

    def _on_remove_clicked(self) -> None:
        key = self._current_key()
        if key is not None:
            commands.remove_precaution(self._doc, key)

    def _on_wording_editing_finished(self) -> None:
        setting = self.model.setting(self.table.currentIndex().row())
        text = " ".join(self.wording.text().split())
        if setting is not None and text != setting.wording:
            commands.set_precaution_wording(self._doc, setting.key, text)

    def _on_model_reset(self) -> None:
        # Keep the same precaution chosen across an edit, so its value editors stay put.
        row = self.model.row_of(self._shown_id) if self._shown_id else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
        self.remove_button.setEnabled(row >= 0)
        self._show_values(self.model.setting(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        setting = self.model.setting(current.row())
        self.remove_button.setEnabled(setting is not None)
        self._show_values(setting)

    def _show_values(self, setting: PrecautionSetting | None) -> None:
        self.wording.setEnabled(setting is not None)
        if not self.wording.hasFocus():
            self.wording.setText(setting.wording if setting else "")
        if setting is not None and setting.key == self._shown_id and self._editors:
            self._update_values(setting)
            return
        self._shown_id = setting.key if setting else None
        self._editors = {}
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        precaution = self.model.catalogue.get(setting.id) if setting else None
        if setting is None or precaution is None or not precaution.parameters:
            self.values.setVisible(False)
            return
        self.values.setVisible(True)
        for param in precaution.parameters:
            value = setting.params.get(param.name, param.default)
            widget = self._editor(setting.key, param.name, param.default, value, param)
            widget.setAccessibleName(param.label)
            self._editors[param.name] = widget
            self.values_form.addRow(param.label, widget)

    def _update_values(self, setting: PrecautionSetting) -> None:
        """Show changed values (after an undo) without rebuilding the editors."""
        for name, widget in self._editors.items():
            value = setting.params.get(name)
            if value is None:
                continue
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentText(str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDoubleSpinBox) and widget.value() != float(value):
                widget.setValue(float(value))
            elif isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setText(str(value))
            widget.blockSignals(False)

    def _editor(self, pid: str, name: str, default: ParamValue, value: ParamValue, param) -> QWidget:
        def push(new: ParamValue) -> None:
            commands.set_precaution_params(self._doc, pid, {name: new})
        if param.choices:
            combo = QComboBox()
            combo.addItems(param.choices)
            combo.setCurrentText(str(value))
            combo.currentTextChanged.connect(push)
            return combo
        if isinstance(default, bool):
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(push)
            return box
        if isinstance(default, int | float):
            spin = QDoubleSpinBox()
            spin.setDecimals(0 if isinstance(default, int) else 1)
            spin.setRange(param.minimum if param.minimum is not None else 0,
                          param.maximum if param.maximum is not None else 1000)
            spin.setValue(float(value))
            spin.valueChanged.connect(lambda v: push(int(v) if isinstance(default, int) else v))
            return spin
        edit = QLineEdit(str(value))
        edit.editingFinished.connect(lambda: push(edit.text()))
        return edit

    def focus_precaution(self, ref: str) -> None:
        """Select an order's row (by key, or the first order of a precaution id)."""
        row = self.model.row_of(ref)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def next_order(precaution: Precaution, earlier: list[PrecautionSetting]) -> PrecautionSetting:
    """A new order of a precaution: its catalogue defaults, or, when the plan already holds it,
    the next stage: from where the last order ends, as long as the catalogue's default span, with
    the last order's values."""
    params: dict[str, ParamValue] = {p.name: p.default for p in precaution.parameters}
    start, end = precaution.default_weeks_from, precaution.default_weeks_to
    last = max(earlier, key=lambda s: s.weeks_from, default=None)
    if last is not None:
        params |= last.params
        if last.weeks_to is not None:
            span = (end - start) if end is not None else None
            start = last.weeks_to
            end = min(start + span, 104) if span is not None else None
            if end is not None and end <= start:
                end = None
    return PrecautionSetting(id=precaution.id, weeks_from=start, weeks_to=end, params=params)
