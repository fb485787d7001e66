"""PatientHeader: patient name, procedure, surgery date (with a calendar) and therapist of the plan."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from rehab_planner.model import Patient, Plan


class PatientHeader(QWidget):
    """The plan's header fields; each edit is reported when the field is left.

    Signals:
        patient_edited(str, object): which field ('patient', 'procedure', 'therapist') and its value.
        surgery_date_edited(object): the new datetime.date.
    """

    patient_edited = Signal(str, object)
    surgery_date_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Patient name"))
        self.name.setMaxLength(120)
        self.procedure = QLineEdit()
        self.procedure.setAccessibleName(self.tr("Procedure"))
        self.procedure.setMaxLength(120)
        self.surgery = QDateEdit()
        self.surgery.setCalendarPopup(True)
        self.surgery.setDisplayFormat("d MMM yyyy")
        self.surgery.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.surgery.setAccessibleName(self.tr("Surgery date"))
        self.surgery.setToolTip(self.tr("Phase dates are counted from this day"))
        self.therapist = QLineEdit()
        self.therapist.setAccessibleName(self.tr("Therapist"))
        self.therapist.setMaxLength(120)
        left = QFormLayout()
        left.addRow(self.tr("&Patient:"), self.name)
        left.addRow(self.tr("P&rocedure:"), self.procedure)
        right = QFormLayout()
        right.addRow(self.tr("Sur&gery date:"), self.surgery)
        right.addRow(self.tr("&Therapist:"), self.therapist)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(right, 2)
        self._connect_signals()
        self.show_plan(None)

    def _connect_signals(self) -> None:
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.procedure.editingFinished.connect(
            lambda: self._text_edited("procedure", self.procedure, lambda p: p.procedure))
        self.therapist.editingFinished.connect(
            lambda: self._text_edited("therapist", self.therapist, lambda p: p.therapist))
        self.surgery.dateChanged.connect(self._on_surgery_date_changed)

    def show_plan(self, plan: Plan | None) -> None:
        """Show a plan's header (fields being typed in are left alone)."""
        self._plan = plan
        self.setEnabled(plan is not None)
        if plan is None:
            for edit in (self.name, self.procedure, self.therapist):
                edit.clear()
            return
        for edit, value in ((self.name, plan.patient.name), (self.procedure, plan.procedure),
                            (self.therapist, plan.therapist)):
            if edit.text() != value:
                edit.setText(value)
        day = plan.surgery_date
        if self.surgery.date().toPython() != day:
            self.surgery.blockSignals(True)
            self.surgery.setDate(QDate(day.year, day.month, day.day))
            self.surgery.blockSignals(False)

    def _on_name_editing_finished(self) -> None:
        plan = self._plan
        if plan is None or self.name.text().strip() == plan.patient.name:
            return
        try:
            patient = plan.patient.model_copy(update={"name": self.name.text()})
            patient = Patient.model_validate(patient.model_dump())
        except ValidationError:
            self.name.setText(plan.patient.name)  # a name cannot be empty
            return
        self.patient_edited.emit("patient", patient)

    def _text_edited(self, field: str, edit: QLineEdit, current) -> None:
        plan = self._plan
        if plan is None or edit.text().strip() == current(plan):
            return
        if field == "procedure" and not edit.text().strip():
            edit.setText(plan.procedure)
            return
        self.patient_edited.emit(field, edit.text())

    def _on_surgery_date_changed(self, date: QDate) -> None:
        day = date.toPython()
        if self._plan is not None and isinstance(day, dt.date) and day != self._plan.surgery_date:
            self.surgery_date_edited.emit(day)
