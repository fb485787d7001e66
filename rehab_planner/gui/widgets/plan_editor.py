"""PlanEditor: the centre of the window: patient header, phases, the phase's exercises, dosage."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from rehab_planner.errors import RehabError
from rehab_planner.model import Precaution, Prescription
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.plans.schedule import phase_title

from .. import commands
from ..dialogs.carry_forward import ask_progression
from ..dialogs.messages import show_error
from ..document import PlanDocument
from ..models.plan_model import PrescriptionModel
from ..shown_texts import ShownTexts
from .course_panel import CoursePanel
from .dosage_editor import DosageEditor
from .exercise_tree import ExerciseTree
from .handout_settings import HandoutSettings
from .patient_details import PatientDetails
from .patient_header import PatientHeader
from .phase_panel import PhasePanel
from .precautions_panel import PrecautionsPanel


class PlanEditor(QWidget):
    """Edits the open plan; every change goes through an undo command.

    Signals:
        selection_changed(): the chosen exercises changed (Edit menu actions follow it).
    """

    selection_changed = Signal()

    def __init__(self, document: PlanDocument, catalogue: Mapping[str, Precaution],
                 topics: Mapping[str, str] | None = None, parent: QWidget | None = None,
                 shown: ShownTexts | None = None, pages_later: bool = False) -> None:
        super().__init__(parent)
        self._doc = document
        self._catalogue, self._topics = catalogue, topics or {}
        self._selected_ids: list[str] = []
        self.header = PatientHeader()
        self._shown = shown or ShownTexts()
        self.phases = PhasePanel(document, shown=self._shown)
        self.exercises_model = PrescriptionModel(document, self, self._shown)
        self.tree = ExerciseTree(self.exercises_model)
        self.dosage = DosageEditor()
        self.phase_title = QLabel()
        self.phase_title.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(self.tr("<p style='font-size:14pt'>No plan is open.</p>"
                                    "<p>Press <b>Ctrl+N</b> for a new plan or <b>Ctrl+O</b> "
                                    "to open one.</p>"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_layout()
        self._connect_signals()
        self._on_document_replaced()
        if not pages_later:
            self.build_pages()

    def build_pages(self) -> None:
        """The tabs after the first: precautions, recovery and care, patient and surgeon, handout
        settings. A fresh start builds them a turn of the event loop after the rest of the editor
        (pages_later), so building the window never holds the GUI thread long."""
        doc = self._doc
        self.precautions = PrecautionsPanel(doc, self._catalogue)
        self.course = CoursePanel(doc, self._catalogue, shown=self._shown)
        self.details = PatientDetails(doc)
        self.settings = HandoutSettings(doc, self._topics)
        self.tabs.addTab(self.precautions, self.tr("Pre&cautions"))
        self.tabs.addTab(self.course, self.tr("Recover&y and care"))
        self.tabs.addTab(self.details, self.tr("Patient and s&urgeon"))
        self.tabs.addTab(self.settings, self.tr("Han&dout settings"))

    def _build_layout(self) -> None:
        exercises = QWidget()
        ex_layout = QVBoxLayout(exercises)
        ex_layout.setContentsMargins(0, 0, 0, 0)
        ex_layout.addWidget(self.phase_title)
        ex_layout.addWidget(self.tree, 1)
        ex_layout.addWidget(self.dosage)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.phases)
        split.addWidget(exercises)
        # The phases table keeps its compact size hint; the exercise list takes the rest.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("&Phases and exercises"))
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)

    def _connect_signals(self) -> None:
        doc = self._doc
        doc.replaced.connect(self._on_document_replaced)
        doc.changed.connect(self._on_document_changed)
        self.header.patient_edited.connect(self._on_header_patient_edited)
        self.header.surgery_date_edited.connect(lambda day: commands.set_surgery_date(doc, day))
        self.phases.phase_chosen.connect(self._on_phases_phase_chosen)
        self.phases.add_requested.connect(self._on_phases_add_requested)
        self.phases.remove_requested.connect(lambda pid: commands.remove_phase(doc, pid))
        self.phases.carry_requested.connect(self._on_phases_carry_requested)
        self.phases.move_requested.connect(lambda pid, row: commands.move_phase(doc, pid, row))
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.exercises_model.modelReset.connect(self._restore_selection)
        self.tree.delete_pressed.connect(self.remove_selected)
        self.dosage.dosage_edited.connect(
            lambda rx, d, field: commands.set_dosage(doc, rx, d, field))
        self.dosage.note_edited.connect(lambda rx, note: commands.set_note(doc, rx, note))
        self.dosage.stance_edited.connect(
            lambda rx, leg: commands.set_stance_leg(doc, rx, leg))
        self.dosage.start_edited.connect(
            lambda rx, week: commands.set_start_week(doc, rx, week))

    # --- public ----------------------------------------------------------------------------------

    def current_phase_id(self) -> str | None:
        """The phase whose exercises are shown."""
        return self.phases.current_phase_id

    def selected_prescriptions(self) -> list[Prescription]:
        """The chosen exercises, in display order."""
        model = self.exercises_model
        chosen = {rx.id for rx in map(model.prescription, self.tree.selectionModel().selectedRows())
                  if rx is not None}
        return [rx for rx in model.all_prescriptions() if rx.id in chosen] if chosen else []

    def select_prescription(self, phase_id: str | None, rx_id: str | None) -> None:
        """Show a phase and choose one of its exercises (from a finding, or after an add)."""
        self.tabs.setCurrentIndex(0)
        if phase_id is not None and phase_id != self.current_phase_id():
            self.phases.select_phase(phase_id)
        if rx_id is not None:
            self._selected_ids = [rx_id]
            self._restore_selection()
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_exercise(self, exercise_id: str) -> None:
        """Add an exercise to the chosen phase (and choose it)."""
        phase_id = self.current_phase_id()
        if phase_id is None:
            return
        change = commands.add_exercise(self._doc, phase_id, exercise_id)
        self.select_prescription(phase_id, change.prescription_id)

    def remove_selected(self) -> None:
        """Remove the chosen exercises (one undo step)."""
        ids = [rx.id for rx in self.selected_prescriptions()]
        if ids:
            commands.remove_exercises(self._doc, ids)

    def copy_selected_to(self, phase_id: str) -> None:
        """Copy the chosen exercises into another phase."""
        for rx in self.selected_prescriptions():
            commands.copy_exercise(self._doc, rx.id, phase_id)

    # --- slots -----------------------------------------------------------------------------------

    def _on_document_replaced(self) -> None:
        plan = self._doc.plan
        self.tabs.setVisible(plan is not None)
        self.header.setVisible(plan is not None)
        self.empty.setVisible(plan is None)
        self.header.show_plan(plan)
        self._selected_ids = []
        self.phases.select_phase(plan.phases[0].id if plan and plan.phases else None)

    def _on_document_changed(self, change: Change) -> None:
        plan = self._doc.plan
        if change.kind in (ChangeKind.PATIENT, ChangeKind.PLAN):
            self.header.show_plan(plan)
        if change.kind in (ChangeKind.PHASE, ChangeKind.PATIENT, ChangeKind.PHASES,
                           ChangeKind.PRESCRIPTIONS, ChangeKind.PLAN):
            self._update_phase_title()
        if change.kind in (ChangeKind.PRESCRIPTION, ChangeKind.PLAN) or (
                change.kind == ChangeKind.PRESCRIPTIONS and change.prescription_id):
            self._show_dosage()
        if change.kind == ChangeKind.PRESCRIPTIONS and change.phase_id and \
                change.phase_id != self.current_phase_id() and change.other_phase_id is None:
            # An undo of an add or remove elsewhere: show where it happened.
            self.phases.select_phase(change.phase_id)

    def _on_header_patient_edited(self, field: str, value: object) -> None:
        commands.set_patient(self._doc, field, **{field: value})

    def _on_phases_phase_chosen(self, phase_id: str | None) -> None:
        if phase_id != self.exercises_model.phase_id:
            self._selected_ids = []
            self.exercises_model.set_phase(phase_id)
        self._update_phase_title()

    def _on_phases_add_requested(self) -> None:
        plan = self._doc.plan
        if plan is None:
            return
        name = self.tr("Phase %1").replace("%1", str(len(plan.phases) + 1))
        change = commands.add_phase(self._doc, name)
        self.phases.select_phase(change.phase_id)

    def _on_phases_carry_requested(self, phase_id: str) -> None:
        plan = self._doc.plan
        row = next((n for n, p in enumerate(plan.phases) if p.id == phase_id), 0) if plan else 0
        if plan is None or row == 0:
            return
        step = ask_progression(self, plan.phases[row - 1].name, plan.phases[row].name)
        if step is None:
            return
        try:
            commands.carry_forward(self._doc, phase_id, step)
        except RehabError as exc:
            show_error(self, self.tr("Carry exercises forward"), str(exc))

    def _on_tree_selection_changed(self, *_args: object) -> None:
        if not self._restoring:
            self._selected_ids = [rx.id for rx in self.selected_prescriptions()]
        self._show_dosage()
        self.selection_changed.emit()

    _restoring = False

    def _restore_selection(self) -> None:
        """After a reset, choose the same exercises again by id."""
        self._restoring = True
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for rx_id in self._selected_ids:
            index = self.exercises_model.index_of(rx_id)
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.scrollTo(first)
        self._restoring = False
        self._show_dosage()
        self.selection_changed.emit()

    def _show_dosage(self) -> None:
        chosen = self.selected_prescriptions()
        rx = chosen[0] if len(chosen) == 1 else None
        exercise = self._doc.library.find(rx.exercise_id) if rx else None
        self.dosage.show_prescription(rx, exercise)

    def _update_phase_title(self) -> None:
        plan, phase_id = self._doc.plan, self.current_phase_id()
        if plan is None or phase_id is None:
            self.phase_title.setText(self.tr("<i>Add a phase to start.</i>"))
            return
        try:
            phase = plan.phase(phase_id)
        except KeyError:
            return
        with self._shown.writing():  # the weeks and dates in the interface language
            when = phase_title(plan, phase)
        self.phase_title.setText(
            f"<b style='font-size:12pt'>{html.escape(phase.name_for(plan.conditions))}"
            "</b>&nbsp;&nbsp;"
            f"<span style='color:#555'>{html.escape(when)}</span>")
