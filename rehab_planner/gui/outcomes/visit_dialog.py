"""VisitDialog: enter a visit (what the patient reported, criteria met, notes) and its measures, or
change a saved one.

OK builds the Visit through the core (scoring every measure taken) and saves it off the GUI thread;
a refused save (a date before surgery, an archived plan) is shown in the dialog and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.datafile import error_reason, loc_text
from rehab_planner.errors import RehabError
from rehab_planner.model import Plan
from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.plans.schedule import current_phase
from rehab_planner.visits import Visit

from .. import tasks
from .measure_form import MeasureForm


def _spin(top: int) -> QSpinBox:
    """0..top, with one step below 0 meaning 'not noted'."""
    spin = QSpinBox()
    spin.setRange(-1, top)
    spin.setSpecialValueText("–")
    spin.setValue(-1)
    return spin


class VisitDialog(QDialog):
    """Enter one visit for the open database plan, or change a saved one (`visit` given).

    Signals:
        saved(int, bool): the visit's id, and whether the therapist will update the plan after it.
    """

    saved = Signal(int, bool)

    def __init__(self, plan: Plan, therapist: str, save: Callable[[Visit], int],
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 visit: Visit | None = None) -> None:
        super().__init__(parent)
        self.editing = visit
        title = self.tr("Edit visit: %1") if visit is not None else self.tr("New visit: %1")
        self.setWindowTitle(title.replace("%1", plan.patient.name))
        self.plan = plan
        self._save = save
        day = visit.date if visit is not None else today or dt.date.today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.therapist = QLineEdit(therapist)
        self.phase = QComboBox()
        self.phase.addItem(self.tr("(none)"), None)
        for phase in plan.phases:
            self.phase.addItem(phase.name, phase.id)
        self.days = _spin(7)
        self.pain_before, self.pain_after = _spin(10), _spin(10)
        self.problems = QLineEdit()
        self.problems.setPlaceholderText(self.tr("What got in the way of the home program"))
        self.criteria = QListWidget()
        self.criteria.setMaximumHeight(90)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.update_plan = QCheckBox(self.tr("Update the plan after this visit (the next revision "
                                             "saved to the database is linked to it)"))
        self.forms = {mid: MeasureForm(m) for mid, m in shipped_measures().items()}
        self.tabs = QTabWidget()
        for form in self.forms.values():
            self.tabs.addTab(form, form.measure.short_name)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._layout()
        self._connect_signals()
        self._on_date_changed()
        if visit is not None:
            self._show_visit(visit)
        self.resize(760, 720)

    def _show_visit(self, visit: Visit) -> None:
        """Fill the form with a saved visit (its phase may since have been renamed or removed)."""
        self.therapist.setText(visit.therapist)
        index = 0 if visit.phase_id is None else self.phase.findData(visit.phase_id)
        if index < 0:
            self.phase.addItem(visit.phase_name, visit.phase_id)
            index = self.phase.count() - 1
        self.phase.setCurrentIndex(index)
        for spin, value in ((self.days, visit.days_per_week), (self.pain_before, visit.pain_before),
                            (self.pain_after, visit.pain_after)):
            spin.setValue(-1 if value is None else value)
        self.problems.setText(visit.problems)
        self.notes.setPlainText(visit.notes)
        shown = [self.criteria.item(i).text() for i in range(self.criteria.count())]
        for text in visit.criteria_met:
            if text not in shown:  # met then, no longer in the phase: kept, and can be unticked
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.criteria.addItem(item)
        for i in range(self.criteria.count()):
            item = self.criteria.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in visit.criteria_met
                               else Qt.CheckState.Unchecked)
        for result in visit.measures:
            form = self.forms.get(result.measure_id)
            if form is not None:
                form.set_answers(list(result.answers), list(result.activities))
                form.taken.setChecked(True)
        self.update_plan.setVisible(False)  # linking a revision belongs to a new visit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Therapist"), self.therapist)
        form.addRow(self.tr("&Phase"), self.phase)
        reported = QHBoxLayout()
        for label, spin in ((self.tr("Days done a week"), self.days),
                            (self.tr("Pain before (0-10)"), self.pain_before),
                            (self.tr("after"), self.pain_after)):
            reported.addWidget(QLabel(label))
            reported.addWidget(spin)
        reported.addStretch(1)
        form.addRow(self.tr("From the log"), reported)
        form.addRow(self.tr("P&roblems"), self.problems)
        form.addRow(self.tr("&Criteria met"), self.criteria)
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Outcome measures (each scores itself as you type):")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.update_plan)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.date.dateChanged.connect(self._on_date_changed)
        self.phase.currentIndexChanged.connect(self._on_phase_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for form in self.forms.values():
            form.changed.connect(self._on_form_changed)

    def _day(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def _on_date_changed(self, *_args: object) -> None:
        phase = current_phase(self.plan, self._day())
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase.id if phase else None)))
        self._on_phase_changed()

    def _on_phase_changed(self, *_args: object) -> None:
        self.criteria.clear()
        phase_id = self.phase.currentData()
        phase = next((p for p in self.plan.phases if p.id == phase_id), None)
        for text in phase.criteria if phase else []:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.criteria.addItem(item)

    def _on_form_changed(self) -> None:
        for index, form in enumerate(self.forms.values()):
            mark = " ✓" if form.taken.isChecked() else ""
            self.tabs.setTabText(index, form.measure.short_name + mark)

    def visit(self) -> Visit:
        """The visit as entered, its measures scored.

        Raises:
            RehabError: a measure's answers do not make a score.
            ValidationError: a value the model refuses.
        """
        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        results = [r for form in self.forms.values() if (r := form.result()) is not None]
        checked = [self.criteria.item(i).text() for i in range(self.criteria.count())
                   if self.criteria.item(i).checkState() == Qt.CheckState.Checked]
        phase_id = self.phase.currentData()
        kept = self.editing
        return Visit(
            id=kept.id if kept else None, plan_revision=kept.plan_revision if kept else None,
            next_revision=kept.next_revision if kept else None,
            plan_id=self.plan.id, date=self._day(), therapist=self.therapist.text().strip(),
            phase_id=phase_id, phase_name=self.phase.currentText() if phase_id else "",
            days_per_week=value(self.days), pain_before=value(self.pain_before),
            pain_after=value(self.pain_after), problems=self.problems.text().strip(),
            criteria_met=checked, notes=self.notes.toPlainText().strip(), measures=results,
        )

    def _on_buttons_accepted(self) -> None:
        try:
            visit = self.visit()
        except RehabError as exc:
            self.error.setText(str(exc))
            return
        except ValidationError as exc:
            self.error.setText("; ".join(f"{loc_text(e['loc'])}: {error_reason(e)}"
                                         for e in exc.errors()))
            return
        self.error.setText(self.tr("Saving…"))
        self.buttons.setEnabled(False)
        tasks.run(self._save, visit, on_done=self._on_saved, on_error=self._on_save_failed)

    def _on_saved(self, visit_id: int) -> None:
        self.saved.emit(visit_id, self.editing is None and self.update_plan.isChecked())
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(exc) if isinstance(exc, RehabError) else
                           self.tr("The visit was not saved: %1").replace("%1", str(exc)))
