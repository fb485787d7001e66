"""install_outcomes(window): the Patients menu's 'Visits and outcomes…' and 'Progress report…'.

Both work on the open plan when it is a database plan. Loading, saving, editing and deleting visits
and the report run off the GUI thread through the core (PatientDatabase, handout.progress_report).
Whether the handout prints 'Your progress' is a plan setting (settings.print_progress), changed
with one undo step and saved with the plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from rehab_planner.i18n.progress import progress_in
from rehab_planner.outcomes.progress_words import PatientProgress
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.visits import Visit

from .. import commands, tasks
from ..dialogs.messages import confirm, show_error
from ..patients.controller import login_name

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from ..patients.install import PatientsIntegration
    from .view import OutcomesDialog
    from .visit_dialog import VisitDialog


def tr(text: str) -> str:
    """Translate a label."""
    return QCoreApplication.translate("Outcomes", text)


def _make_report(database, plan_id: str, path: Path, by: str, exercises) -> int:
    """Write the progress report (runs on a worker thread; reportlab loads here, not at start-up)."""
    from rehab_planner.handout.progress_report import make_progress_report

    return make_progress_report(database, plan_id, path, by=by, exercises=exercises)


class OutcomesIntegration:
    """The outcomes actions and dialogs of one window (tests reach it as window.outcomes)."""

    def __init__(self, window: MainWindow, patients: PatientsIntegration) -> None:
        self.window = window
        self.patients = patients
        self.dialog: OutcomesDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.pending_link: int | None = None  # a visit waiting for the plan's next saved revision
        # 'Your progress' in the handout: the plan's setting, from the visits last loaded.
        self.progress: PatientProgress | None = None
        self._progress_plan: str | None = None
        window.files.handout_progress = lambda: self.progress if self.print_progress else None
        self.show_action = QAction(tr("&Visits and outcomes…"), window)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.show_action.setStatusTip(tr("Enter visits and outcome measures; see progress plotted"))
        self.report_action = QAction(tr("Progress &report…"), window)
        self.report_action.setStatusTip(tr("Save a progress report PDF for the surgeon or payer"))
        for action in (self.show_action, self.report_action):
            window.addAction(action)
        menu = patients.menu
        before = next((a for a in menu.actions() if a.isSeparator()
                       and menu.actions().index(a) > menu.actions().index(patients.actions.reload)), None)
        menu.insertActions(before, [self.show_action, self.report_action])  # type: ignore[arg-type]
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        controller = self.patients.controller
        self.show_action.triggered.connect(lambda: self.show_outcomes())
        self.report_action.triggered.connect(lambda: self.save_report())
        controller.database_changed.connect(self._update)
        controller.link_changed.connect(self._update)
        controller.link_changed.connect(self._on_link_changed)
        controller.saved.connect(self._on_controller_saved)
        self.window.document.changed.connect(self._on_document_changed)
        self.window.document.replaced.connect(self._on_document_replaced)

    @property
    def print_progress(self) -> bool:
        """Whether the open plan prints 'Your progress' (its settings.print_progress)."""
        plan = self.window.document.plan
        return bool(plan is not None and plan.settings.print_progress)

    def _who(self) -> str:
        return self.window.services.preferences.therapist or login_name()

    def _plan_id(self) -> str | None:
        link = self.patients.controller.link
        return link.plan_id if link is not None and self.patients.controller.database else None

    def _update(self) -> None:
        ready = self._plan_id() is not None and self.window.document.plan is not None
        self.show_action.setEnabled(ready)
        self.report_action.setEnabled(ready)

    def show_outcomes(self) -> OutcomesDialog | None:
        """Show the visits and outcomes of the open database plan."""
        plan_id, plan = self._plan_id(), self.window.document.plan
        if plan_id is None or plan is None:
            self.window.statusBar().showMessage(tr("Open a plan from the patient database first"), 5000)
            return None
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
        from .view import OutcomesDialog  # QtCharts loads when the dialog first opens, not at start

        dialog = OutcomesDialog(plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.add_visit_requested.connect(self.add_visit)
        dialog.edit_visit_requested.connect(self.edit_visit)
        dialog.delete_visit_requested.connect(self.delete_visit)
        dialog.report_requested.connect(lambda: self.save_report())
        dialog.print_progress.setChecked(self.print_progress)
        dialog.print_progress_changed.connect(self.set_print_progress)
        self.dialog = dialog
        dialog.show()
        self.refresh()
        return dialog

    def refresh(self) -> None:
        """Load the plan's visits again (in the background) into the open dialog."""
        database, plan_id, dialog = self.patients.controller.database, self._plan_id(), self.dialog
        if database is None or plan_id is None or dialog is None:
            return

        def done(visits: list[Visit]) -> None:
            self._set_progress(plan_id, visits)
            if isValid(dialog):
                dialog.set_visits(visits)

        def failed(exc: Exception) -> None:
            if isValid(dialog):
                dialog.show_error(tr("The visits could not be read: %1").replace("%1", str(exc)))

        tasks.run(database.visits, plan_id, on_done=done, on_error=failed)

    def _on_link_changed(self) -> None:
        if self._plan_id() != self._progress_plan:  # another plan (or none): its own visits
            self.progress, self._progress_plan = None, None
        if self._plan_id() is not None and self.print_progress and self.progress is None:
            self._load_progress()

    def _load_progress(self) -> None:
        """Load the visits for 'Your progress' when the plan prints it and no dialog is loading them."""
        database, plan_id = self.patients.controller.database, self._plan_id()
        if database is None or plan_id is None:
            return
        tasks.run(database.visits, plan_id, on_done=lambda visits: self._set_progress(plan_id, visits),
                  on_error=lambda exc: None)

    def _on_document_replaced(self) -> None:
        self._sync_checkbox()
        if self.print_progress and self.progress is None:  # a plan that prints 'Your progress'
            self._load_progress()

    def _on_document_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.SETTINGS, ChangeKind.PLAN):
            self._sync_checkbox()

    def _sync_checkbox(self) -> None:
        """Show the plan's setting in the open dialog (after an undo, or another plan)."""
        dialog = self.dialog
        if dialog is None or not isValid(dialog):
            return
        if dialog.print_progress.isChecked() != self.print_progress:
            dialog.print_progress.blockSignals(True)
            dialog.print_progress.setChecked(self.print_progress)
            dialog.print_progress.blockSignals(False)

    def _set_progress(self, plan_id: str, visits: list[Visit]) -> None:
        plan = self.window.document.plan
        if plan_id != self._plan_id():
            return  # another plan was opened while these loaded
        self._progress_plan = plan_id

        self.progress = progress_in(plan, visits) if plan is not None else None
        if self.print_progress:
            self.window.preview.schedule()

    def set_print_progress(self, chosen: bool) -> None:
        """Print 'Your progress' in the open plan's handout (from the visits last loaded), or not.

        The choice is the plan's setting: one undo step, saved with the plan.
        """
        plan = self.window.document.plan
        if plan is None:
            return
        if chosen != plan.settings.print_progress:
            settings = plan.settings.model_copy(update={"print_progress": chosen})
            commands.set_settings(self.window.document, settings, "print_progress")
        if chosen and self.progress is None:
            self.window.statusBar().showMessage(
                tr("'Your progress' needs scores from at least two visits"), 5000)
        self.window.preview.schedule()

    def add_visit(self) -> VisitDialog | None:
        """Open the form for a new visit of the open plan."""
        database, plan = self.patients.controller.database, self.window.document.plan
        if database is None or plan is None or self._plan_id() is None:
            return None
        who = self._who()
        from .visit_dialog import VisitDialog

        dialog = VisitDialog(plan, who, lambda visit: database.save_visit(visit, by=who),
                             self.dialog or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_visit_saved)
        self.visit_dialog = dialog
        dialog.open()
        return dialog

    def edit_visit(self, visit: Visit) -> VisitDialog | None:
        """Open a saved visit of the open plan to change it (checked like a new one when saved)."""
        database, plan = self.patients.controller.database, self.window.document.plan
        if database is None or plan is None or self._plan_id() != visit.plan_id or visit.id is None:
            return None
        who = self._who()
        from .visit_dialog import VisitDialog

        def save(changed: Visit) -> int:
            database.update_visit(changed, by=who)
            assert changed.id is not None
            return changed.id

        dialog = VisitDialog(plan, who, save, self.dialog or self.window, visit=visit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id, _link: self._on_visit_changed(tr("Visit changed")))
        self.visit_dialog = dialog
        dialog.open()
        return dialog

    def delete_visit(self, visit: Visit) -> bool:
        """Delete a saved visit and its measures after the therapist confirms (the audit log keeps
        who deleted which visit). Returns False when not confirmed."""
        database = self.patients.controller.database
        if database is None or visit.id is None:
            return False
        count = len(visit.measures)
        question = (tr("Delete the visit of %1 and its %2 measure(s)?").replace("%1", visit.date.isoformat())
                    .replace("%2", str(count)))
        if not confirm(self.dialog or self.window, "confirm_delete_visit", tr("Delete visit"), question,
                       tr("This cannot be undone. The audit log records who deleted it.")):
            return False
        who = self._who()
        if self.pending_link == visit.id:
            self.pending_link = None
        tasks.run(database.delete_visit, visit.id, by=who,
                  on_done=lambda _plan: self._on_visit_changed(tr("Visit deleted")),
                  on_error=lambda exc: show_error(self.window, tr("Could not delete the visit"), str(exc)))
        return True

    def _on_visit_changed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)
        self.refresh()

    def _on_visit_saved(self, visit_id: int, update_plan: bool) -> None:
        if update_plan:
            self.pending_link = visit_id
            self.window.statusBar().showMessage(
                tr("Visit saved. Change the plan, then save it to the database: the new revision "
                   "will be linked to this visit."), 8000)
        else:
            self.window.statusBar().showMessage(tr("Visit saved"), 5000)
        self.refresh()

    def _on_controller_saved(self, revision: int) -> None:
        database, visit_id = self.patients.controller.database, self.pending_link
        if database is None or visit_id is None:
            return
        self.pending_link = None
        tasks.run(database.link_next_revision, visit_id, revision,
                  on_done=lambda _r: self.refresh(),
                  on_error=lambda exc: show_error(self.window, tr("Could not link the visit"), str(exc)))

    def save_report(self, path: Path | None = None) -> bool:
        """Save the progress report PDF of the open plan (asks where when path is None)."""
        database, plan_id = self.patients.controller.database, self._plan_id()
        plan = self.window.document.plan
        if database is None or plan_id is None or plan is None:
            return False
        if path is None:
            suggested = Path.home() / f"{plan.patient.name} progress report.pdf"
            name, _ = QFileDialog.getSaveFileName(self.window, tr("Save progress report"), str(suggested),
                                                  tr("PDF files (*.pdf)"))
            if not name:
                return False
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        exercises = dict(self.window.services.library.exercises)
        target = path
        tasks.run(_make_report, database, plan_id, target, self._who(), exercises,
                  on_done=lambda pages: self.window.statusBar().showMessage(
                      tr("Progress report saved to %1 (%2 pages)").replace("%1", str(target))
                      .replace("%2", str(pages)), 8000),
                  on_error=lambda exc: show_error(self.window, tr("Could not make the progress report"),
                                                  str(exc)))
        return True


def install_outcomes(window: MainWindow, patients: PatientsIntegration) -> OutcomesIntegration:
    """Add visits and outcomes to the window (after install_patients)."""
    return OutcomesIntegration(window, patients)
