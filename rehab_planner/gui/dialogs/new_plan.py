"""NewPlanDialog: a blank plan or one from a protocol template, for a patient and a surgery date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import Template
from rehab_planner.plans.conditions import Condition


class NewPlanDialog(QDialog):
    """Collects what a new plan needs; the caller builds the Plan through the core."""

    def __init__(self, templates: Mapping[str, Template], therapist: str = "",
                 parent: QWidget | None = None,
                 conditions: Mapping[str, Condition] | None = None) -> None:
        super().__init__(parent)
        self._conditions = conditions or {}
        self.condition_boxes: dict[str, QCheckBox] = {}
        self.conditions_group = QGroupBox(self.tr("What the surgeon found or did"))
        self.conditions_group.setToolTip(
            self.tr("These switch the template's orders and exercises on or off."))
        self._conditions_layout = QVBoxLayout(self.conditions_group)
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(460)
        self._templates = templates
        self.template = QComboBox()
        self.template.addItem(self.tr("Blank plan (no template)"), "")  # not None: see LibraryBrowser
        for tid, template in templates.items():
            label = (self.tr("%1 (clinic)").replace("%1", template.name) if template.clinic_made
                     else template.name)
            self.template.addItem(label, tid)
        self.template.setAccessibleName(self.tr("Template"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555")
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Protocol line"))
        self.variant.setToolTip(self.tr("A published line of this protocol: it ticks the surgeon's "
                                        "choices below that the line follows."))
        self.variant_sources = QLabel()
        self.variant_sources.setWordWrap(True)
        self.variant_sources.setStyleSheet("color: #555")
        self.patient = QLineEdit()
        self.patient.setAccessibleName(self.tr("Patient name"))
        self.patient.setMaxLength(120)
        self.procedure = QLineEdit()
        self.procedure.setAccessibleName(self.tr("Procedure"))
        self.surgery = QDateEdit(QDate.currentDate())
        self.surgery.setCalendarPopup(True)
        self.surgery.setDisplayFormat("d MMM yyyy")
        self.surgery.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.surgery.setAccessibleName(self.tr("Surgery date"))
        self.therapist = QLineEdit(therapist)
        self.therapist.setAccessibleName(self.tr("Therapist"))
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("Protocol &line:"), self.variant)
        form.addRow("", self.variant_sources)
        self._variant_row = (form.labelForField(self.variant), self.variant, self.variant_sources)
        form.addRow(self.tr("&Patient:"), self.patient)
        form.addRow(self.tr("P&rocedure:"), self.procedure)
        form.addRow(self.tr("&Surgery date:"), self.surgery)
        form.addRow(self.tr("T&herapist:"), self.therapist)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.conditions_group)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.variant.currentIndexChanged.connect(self._on_variant_changed)
        self.patient.textChanged.connect(self._update_ok)
        self.procedure.textChanged.connect(self._update_ok)
        if len(templates):
            self.template.setCurrentIndex(1)
        self._on_template_changed()

    def template_id(self) -> str | None:
        """The chosen template, or None for a blank plan."""
        return str(self.template.currentData()) or None

    def variant_id(self) -> str | None:
        """The chosen protocol line, or None for the template as written."""
        return str(self.variant.currentData() or "") or None

    def _show_variants(self, template: Template | None) -> None:
        self.variant.blockSignals(True)
        self.variant.clear()
        self.variant.addItem(self.tr("As the template is written"), "")
        for variant in template.variants if template is not None else []:
            self.variant.addItem(variant.name, variant.id)
            self.variant.setItemData(self.variant.count() - 1, variant.description,
                                     Qt.ItemDataRole.ToolTipRole)
        self.variant.blockSignals(False)
        shown = template is not None and bool(template.variants)
        for widget in self._variant_row:
            if widget is not None:
                widget.setVisible(shown)
        self.variant_sources.clear()

    def _on_variant_changed(self, *_args: object) -> None:
        template = self._templates.get(self.template_id() or "")
        if template is None:
            return
        chosen = template.variant(self.variant_id() or "")
        ticked = set(chosen.conditions) if chosen is not None else set()
        for variant in template.variants:
            for cid in variant.conditions:
                box = self.condition_boxes.get(cid)
                if box is not None:
                    box.setChecked(cid in ticked)
        self.variant_sources.setText(
            self.tr("Source: %1").replace("%1", "; ".join(chosen.sources)) if chosen else "")

    def chosen_conditions(self) -> list[str]:
        """The ticked condition ids, in the template's order."""
        return [cid for cid, box in self.condition_boxes.items() if box.isChecked()]

    def _show_conditions(self, template: Template | None) -> None:
        for box in self.condition_boxes.values():
            self._conditions_layout.removeWidget(box)
            box.deleteLater()
        self.condition_boxes = {}
        for cid in template.conditions if template is not None else []:
            condition = self._conditions.get(cid)
            box = QCheckBox(condition.name if condition else cid)
            box.setToolTip(condition.description if condition else "")
            box.setAccessibleName(condition.name if condition else cid)
            self._conditions_layout.addWidget(box)
            self.condition_boxes[cid] = box
        self.conditions_group.setVisible(bool(self.condition_boxes))

    def surgery_date(self) -> dt.date:
        """The chosen surgery date."""
        day = self.surgery.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _on_template_changed(self, *_args: object) -> None:
        template = self._templates.get(self.template_id() or "")
        self._show_conditions(template)
        self._show_variants(template)
        self.procedure.setEnabled(template is None)
        if template is not None:
            self.procedure.setText(template.procedure)
            self.description.setText(template.description)
        else:
            self.description.setText(self.tr("One empty phase; add exercises from the library."))
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ok = bool(self.patient.text().strip()) and bool(self.procedure.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
