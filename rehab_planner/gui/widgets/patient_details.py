"""PatientDetails: the patient's record number, birth date and language, the surgeon, the main message."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehab_planner.i18n import DEFAULT_LANGUAGE, LANGUAGES
from rehab_planner.model import Patient, Plan, Surgeon
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.plans.stage import stage_on

from .. import commands
from ..document import PlanDocument

NO_DATE = QDate(1899, 12, 31)  # the date edit's "not set" value, one day before the earliest birth date


# Changes that may change which stage's message page 1 prints, or its words.
_STAGE_MESSAGE_CHANGES = (ChangeKind.PROGRESS, ChangeKind.PHASE, ChangeKind.PHASES,
                          ChangeKind.CONDITIONS)


class PatientDetails(QWidget):
    """Fields of the plan beyond the header; each edit is one undo step when the field is left."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.record_number = self._line(40, self.tr("Record number"), self.tr("e.g. MRN 004512"))
        self.birth_date = QDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("d MMM yyyy")
        self.birth_date.setDateRange(NO_DATE, QDate.currentDate())
        self.birth_date.setSpecialValueText(self.tr("Not set"))
        self.birth_date.setAccessibleName(self.tr("Date of birth"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language the patient reads"))
        self.language.setToolTip(self.tr("The handout is printed in this language"))
        self.bilingual = QCheckBox(self.tr("Headings also in English"))
        self.bilingual.setToolTip(self.tr("For a clinician who reads English: the handout's "
                                          "headings and exercise names in both languages"))
        self.surgeon_name = self._line(120, self.tr("Surgeon's name"), self.tr("e.g. Dr. Ana Ruiz"))
        self.surgeon_phone = self._line(40, self.tr("Surgeon's phone"), self.tr("e.g. 555-0142"))
        self.main_message = self._line(400, self.tr("Main message"),
                                       self.tr("The one thing the patient must remember"))
        self.main_message.setToolTip(self.tr(
            "Printed first, in a box, on page 1 of the handout, at every stage. Left empty, each "
            "stage prints its own message from the template, if it has one"))
        # what page 1 prints while the field is empty, whole (a hint in the field is cut off)
        self.message_now = QLabel()
        self.message_now.setWordWrap(True)
        font = self.message_now.font()  # the text's own colour: it is read, not a hint
        font.setItalic(True)
        self.message_now.setFont(font)
        self.message_now.hide()
        self._stage_message = ""
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        patient = QGroupBox(self.tr("Patient"))
        patient_form = QFormLayout(patient)
        patient_form.addRow(self.tr("&Record number:"), self.record_number)
        patient_form.addRow(self.tr("Date of &birth:"), self.birth_date)
        patient_form.addRow(self.tr("Handout &language:"), self.language)
        patient_form.addRow("", self.bilingual)
        surgeon = QGroupBox(self.tr("Surgeon"))
        surgeon_form = QFormLayout(surgeon)
        surgeon_form.addRow(self.tr("Na&me:"), self.surgeon_name)
        surgeon_form.addRow(self.tr("Pho&ne:"), self.surgeon_phone)
        boxes = QHBoxLayout()
        boxes.addWidget(patient)
        boxes.addWidget(surgeon)
        message = QGroupBox(self.tr("Handout"))
        message_form = QFormLayout(message)
        message_form.addRow(self.tr("Main &message:"), self.main_message)
        message_form.addRow("", self.message_now)
        layout = QFormLayout(self)
        layout.addRow(boxes)
        layout.addRow(message)
        layout.addRow(self.problem)
        self._connect_signals()
        self.show_plan(None)

    def _show_message_hint(self, plan: Plan | None) -> None:
        """The main message field's hint, and under it what page 1 prints while the field is
        empty (the stage's own message, from the template, for a plan whose stages have one)."""
        self._stage_message = ""
        if plan is None or not any(p.main_message.strip() for p in plan.phases):
            self.main_message.setPlaceholderText(self.tr("The one thing the patient must remember"))
        else:
            self.main_message.setPlaceholderText(self.tr("Empty: each stage prints its own message"))
            choice = stage_on(plan, dt.date.today())
            if choice is not None:  # what prints once the field is empty (not the plan's own)
                followed = choice.phase.as_followed(plan.conditions)
                self._stage_message = followed.main_message.strip()
        self.message_now.setText(self.tr("Now page 1 prints: %1").replace("%1", self._stage_message))
        self._message_typed(self.main_message.text())

    def _message_typed(self, text: str) -> None:
        """What page 1 prints is shown while the field is empty only."""
        self.message_now.setVisible(bool(self._stage_message) and not text.strip())

    def _line(self, length: int, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        return edit

    def _connect_signals(self) -> None:
        self.record_number.editingFinished.connect(self._on_patient_edited)
        self.birth_date.dateChanged.connect(self._on_patient_edited)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.bilingual.toggled.connect(self._on_bilingual_toggled)
        self.surgeon_name.editingFinished.connect(self._on_surgeon_edited)
        self.surgeon_phone.editingFinished.connect(self._on_surgeon_edited)
        self.main_message.editingFinished.connect(self._on_main_message_editing_finished)
        self.main_message.textChanged.connect(self._message_typed)
        self._doc.changed.connect(self._on_document_changed)
        self._doc.replaced.connect(lambda: self.show_plan(self._doc.plan))

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PATIENT, ChangeKind.SETTINGS, ChangeKind.PLAN):
            self.show_plan(self._doc.plan)
        elif change.kind in _STAGE_MESSAGE_CHANGES:  # today's stage, or its words, may change
            self._show_message_hint(self._doc.plan)

    def show_plan(self, plan: Plan | None) -> None:
        """Show a plan's values (a field being typed in is left alone)."""
        self.setEnabled(plan is not None)
        self.problem.clear()
        values = ((self.record_number, plan.patient.record_number or "" if plan else ""),
                  (self.surgeon_name, plan.surgeon.name if plan else ""),
                  (self.surgeon_phone, plan.surgeon.phone if plan else ""),
                  (self.main_message, plan.main_message if plan else ""))
        for edit, value in values:
            if edit.text() != value and not edit.hasFocus():
                edit.setText(value)
        self._show_message_hint(plan)
        index = self.language.findData(plan.patient.language if plan else DEFAULT_LANGUAGE)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
        bilingual = plan.settings.bilingual_headings if plan else False
        if self.bilingual.isChecked() != bilingual:
            self.bilingual.blockSignals(True)
            self.bilingual.setChecked(bilingual)
            self.bilingual.blockSignals(False)
        self.bilingual.setEnabled(plan is not None and plan.patient.language != DEFAULT_LANGUAGE)
        born = plan.patient.date_of_birth if plan else None
        shown = QDate(born.year, born.month, born.day) if born else NO_DATE
        if self.birth_date.date() != shown:
            self.birth_date.blockSignals(True)
            self.birth_date.setDate(shown)
            self.birth_date.blockSignals(False)

    def _birth_date(self) -> dt.date | None:
        date = self.birth_date.date()
        day = date.toPython()
        return day if date != NO_DATE and isinstance(day, dt.date) else None

    def _on_patient_edited(self, *_args: object) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        record = self.record_number.text().strip() or None
        born = self._birth_date()
        if (record, born) == (plan.patient.record_number, plan.patient.date_of_birth):
            return
        try:
            patient = Patient.model_validate(
                plan.patient.model_dump() | {"record_number": record, "date_of_birth": born})
        except ValidationError as exc:
            self.problem.setText(str(exc.errors()[0]["msg"]).removeprefix("Value error, "))
            return
        field = "record" if record != plan.patient.record_number else "birth"
        commands.set_patient(self._doc, field, patient=patient)

    def _on_language_changed(self, _index: int) -> None:
        plan = self._doc.plan
        code = self.language.currentData()
        if plan is None or not isinstance(code, str) or code == plan.patient.language:
            return
        patient = plan.patient.model_copy(update={"language": code})
        commands.set_patient(self._doc, "language", patient=patient)

    def _on_bilingual_toggled(self, checked: bool) -> None:
        plan = self._doc.plan
        if plan is None or checked == plan.settings.bilingual_headings:
            return
        settings = plan.settings.model_copy(update={"bilingual_headings": checked})
        commands.set_settings(self._doc, settings, "bilingual")

    def _on_surgeon_edited(self) -> None:
        plan = self._doc.plan
        surgeon = Surgeon(name=self.surgeon_name.text().strip(), phone=self.surgeon_phone.text().strip())
        if plan is not None and surgeon != plan.surgeon:
            commands.set_surgeon(self._doc, surgeon)

    def _on_main_message_editing_finished(self) -> None:
        plan = self._doc.plan
        if plan is not None and self.main_message.text().strip() != plan.main_message:
            commands.set_main_message(self._doc, self.main_message.text())
