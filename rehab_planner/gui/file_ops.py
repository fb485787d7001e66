"""FileController: new, open, save, export, print, the unsaved-changes prompt, autosave and recovery.

No domain work: it asks the core to build, load, save and render, and the document to hold the
result. Methods that would show a file dialog take an optional path, so tests pass one instead.
A plan from the patient database keeps its database link in the recovery file; a restored plan gets
the link back once that database is open (gui/patients), so Save adds a revision as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from rehab_planner.errors import RehabError
from rehab_planner.model import Patient, Plan, Template
from rehab_planner.plans.conditions import shipped_conditions
from rehab_planner.plans.edits import blank_plan
from rehab_planner.storage import recovery
from rehab_planner.storage.atomic import write_atomic

from . import tasks
from .dialogs.messages import Discard, confirm, confirm_discard, show_error
from .dialogs.new_plan import NewPlanDialog
from .document import PlanDocument
from .labels import QT_TRANSLATE_NOOP
from .services import Services, render_pdf
from .settings import UiSettings

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from rehab_planner.storage.database import PatientDatabase

    from .patients.controller import DatabaseController

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000
PLAN_FILTER = QT_TRANSLATE_NOOP("FileController", "Rehab plans (*.json)")
PDF_FILTER = QT_TRANSLATE_NOOP("FileController", "PDF files (*.pdf)")



def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("FileController", text)


def _starting_point(database: PatientDatabase, plan_id: str,
                    revision: int) -> tuple[Plan, Plan | None]:
    """The revision an edit started from and the one before it (runs off the GUI thread)."""
    base = database.revision(plan_id, revision)
    previous = database.revision(plan_id, revision - 1) if revision > 1 else None
    return base, previous


class FileController(QObject):
    """File menu behaviour for one window.

    Signals:
        recent_changed(): the recent files list changed.
        message(str): a short status-bar message.
    """

    recent_changed = Signal()
    message = Signal(str)

    def __init__(self, document: PlanDocument, services: Services, ui: UiSettings,
                 window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.services = services
        self.ui = ui
        self.window = window
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        document.clean_changed.connect(self._on_document_clean_changed)
        # Patient database hooks (set by gui/patients): Save of a database plan writes a revision
        # (returns None to save the file as usual); the handout's "What changed" lines.
        self.database_save: Callable[[], bool | None] | None = None
        self.handout_changes: Callable[[], list[str] | None] = lambda: None
        # 'Your progress' for the handout when the therapist chose it (set by gui/outcomes).
        self.handout_progress: Callable[[], object | None] = lambda: None
        # The stages the handout prints, as chosen over the preview (this week's by default).
        self.handout_scope: Callable[[], tuple[int | None, bool]] = lambda: (None, False)
        # The clinic's own templates from the patient database (set by gui/patients).
        self.clinic_templates: Callable[[], Mapping[str, Template]] = dict
        # A restored plan's database link, kept until the database it names is open (then it goes
        # to gui/patients) or turns out to be another one or unreachable (then it is dropped).
        self._pending_link: recovery.DatabaseLinkRecord | None = None
        self._relinking = False
        self._watching: DatabaseController | None = None
        document.replaced.connect(self._forget_pending_link)

    def templates(self) -> dict[str, Template]:
        """The shipped templates, then the clinic's own (a shipped id always wins)."""
        shipped = dict(self.services.templates)
        clinic = {tid: t for tid, t in self.clinic_templates().items() if tid not in shipped}
        return shipped | clinic

    # --- unsaved changes -------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.document.is_modified():
            return True
        answer = confirm_discard(self.window, self.document.display_name())
        if answer == Discard.SAVE:
            return self.save()
        return answer == Discard.DISCARD

    # --- new and open ----------------------------------------------------------------------------

    def new_plan(self) -> bool:
        """Ask for a template, patient and surgery date, then start the plan."""
        if not self.maybe_save():
            return False
        prefs = self.services.preferences
        dialog = NewPlanDialog(self.templates(), prefs.therapist, self.window,
                               conditions=shipped_conditions())
        if dialog.exec() != NewPlanDialog.DialogCode.Accepted:
            return False
        return self.create_plan(dialog.template_id(), dialog.patient.text(),
                                dialog.procedure.text(), dialog.surgery_date(),
                                dialog.therapist.text(), dialog.chosen_conditions())

    def create_plan(self, template_id: str | None, patient: str, procedure: str, surgery_date,
                    therapist: str = "", conditions: list[str] | None = None) -> bool:
        """Start a new plan (no questions asked); True when it worked."""
        prefs = self.services.preferences
        try:
            who = Patient(name=patient)
            template = self.templates().get(template_id) if template_id else None
            if template is not None:
                from rehab_planner.templates.loader import instantiate

                plan = instantiate(template, who, surgery_date, therapist.strip(), prefs.clinic,
                                   conditions=conditions)
            else:
                plan = blank_plan(who, procedure.strip(), surgery_date, therapist.strip(), prefs.clinic)
        except (RehabError, ValueError) as exc:
            show_error(self.window, tr("Could not start the plan"), str(exc))
            return False
        self.document.set_plan(plan, None, modified=True)
        return True

    def open_plan(self, path: Path | None = None) -> bool:
        """Open a plan file (asks which one when path is None)."""
        if not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, tr("Open plan"),
                                                  str(self.ui.last_folder()), tr(PLAN_FILTER))
            if not name:
                return False
            path = Path(name)
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Open a file without asking about unsaved changes; errors are shown."""
        try:
            self.document.open(path)
        except RehabError as exc:
            show_error(self.window, tr("Could not open the plan"), str(exc))
            return False
        self._remember(path)
        self.message.emit(tr("Opened %1").replace("%1", path.name))
        return True

    # --- save ------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the plan's file, or ask for one."""
        if self._pending_link is not None:  # a restored database plan: never to a file by mistake
            show_error(self.window, tr("Not saved yet"),
                       tr("The patient database is still opening. Try Save again in a moment."))
            return False
        if self.database_save is not None and (handled := self.database_save()) is not None:
            return handled  # gui/patients: a new revision in the patient database
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save to a new file (asks where when path is None)."""
        if self.document.plan is None:
            return False
        if path is None:
            suggested = self.ui.last_folder() / f"{self.document.plan.patient.name}.json"
            name, _ = QFileDialog.getSaveFileName(self.window, tr("Save plan"), str(suggested),
                                                  tr(PLAN_FILTER))
            if not name:
                return False
            path = Path(name) if name.lower().endswith(".json") else Path(name + ".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except RehabError as exc:
            show_error(self.window, tr("Could not save the plan"), str(exc))
            return False
        self._pending_link = None  # saved as a file on purpose: a file plan from now on
        self._remember(path)
        self.message.emit(tr("Saved %1").replace("%1", path.name))
        return True

    def _remember(self, path: Path) -> None:
        self.ui.add_recent_file(path)
        self.ui.set_last_folder(path.parent)
        self.recent_changed.emit()

    # --- handout ---------------------------------------------------------------------------------

    def _confirm_findings(self) -> bool:
        plan = self.document.plan
        if plan is None:
            return False
        findings = self.services.check(plan, self.document.library, self.document.differing)
        if not self.services.needs_confirmation(findings):
            return True
        return confirm(self.window, "confirm_findings", tr("Safety findings"),
                       tr("This plan has safety conflicts nobody has accepted. Print it anyway?"),
                       tr("Check the Findings panel first; you can accept a finding with a reason."))

    def _render(self, large_print: bool, page_size: str) -> bytes | None:
        plan = self.document.plan
        if plan is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render_pdf(plan, self.document.library, large_print, page_size,
                              self.handout_changes(),  # gui/patients: what changed
                              self.handout_scope(),
                              progress=self.handout_progress())  # gui/outcomes: 'Your progress'
        except RehabError as exc:
            show_error(self.window, tr("Could not make the handout"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def export_pdf(self, large_print: bool, page_size: str, path: Path | None = None) -> bool:
        """Render the handout and save it as a PDF (asks where when path is None)."""
        if self.document.plan is None or not self._confirm_findings():
            return False
        if path is None:
            stem = self.document.path.stem if self.document.path else self.document.plan.patient.name
            name, _ = QFileDialog.getSaveFileName(self.window, tr("Export handout"),
                                                  str(self.ui.last_folder() / f"{stem}.pdf"),
                                                  tr(PDF_FILTER))
            if not name:
                return False
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        pdf = self._render(large_print, page_size)
        if pdf is None:
            return False
        try:
            write_atomic(path, pdf, mode=0o644)
        except OSError as exc:
            show_error(self.window, tr("Could not save the PDF"), f"{path}: {exc.strerror or exc}")
            return False
        self.message.emit(tr("Handout saved to %1").replace("%1", str(path)))
        return True

    def export_summary(self, path: Path | None = None) -> bool:
        """Save the one-page clinician summary as a PDF (asks where when path is None)."""
        plan = self.document.plan
        if plan is None:
            return False
        if path is None:
            stem = self.document.path.stem if self.document.path else plan.patient.name
            name, _ = QFileDialog.getSaveFileName(
                self.window, tr("Save clinician summary"),
                str(self.ui.last_folder() / f"{stem} clinician summary.pdf"), tr(PDF_FILTER))
            if not name:
                return False
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        from rehab_planner.handout.clinician_summary import write_clinician_summary

        try:
            write_clinician_summary(plan, path)
        except RehabError as exc:
            show_error(self.window, tr("Could not save the summary"), str(exc))
            return False
        self.message.emit(tr("Clinician summary saved to %1").replace("%1", str(path)))
        return True

    def print_handout(self, large_print: bool, page_size: str) -> bool:
        """Print the handout through the system's print dialog."""
        if self.document.plan is None or not self._confirm_findings():
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        pdf = self._render(large_print, page_size)
        return pdf is not None and self._print_pdf(pdf, printer)

    def _print_pdf(self, pdf: bytes, printer: QPrinter) -> bool:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self.window, tr("Could not print"), tr("The printer could not be started."))
            return False
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page).scaled(target.width(), target.height(),
                                                       Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(int(size.width()), int(size.height())))
            white = QImage(image.size(), QImage.Format.Format_RGB32)
            white.fill(Qt.GlobalColor.white)
            page_painter = QPainter(white)  # the rendered page is transparent: put it on white
            page_painter.drawImage(0, 0, image)
            page_painter.end()
            painter.drawImage(0, 0, white)
        painter.end()
        self.message.emit(tr("Sent the handout to the printer"))
        return True

    # --- autosave and recovery -------------------------------------------------------------------

    def autosave(self) -> None:
        """Write the recovery file when there are unsaved changes."""
        plan = self.document.plan
        if plan is None or not self.document.is_modified():
            return
        try:
            recovery.write_recovery(plan, self.document.path, database=self.database_link())
        except RehabError as exc:
            log.warning("autosave failed: %s", exc)  # never interrupt the therapist for this

    def _on_document_clean_changed(self, clean: bool) -> None:
        if clean:
            recovery.discard()

    def offer_recovery(self) -> bool:
        """After a crash, offer the work found in recovery files; True when a plan was restored."""
        found = recovery.orphaned_recoveries()
        if not found:
            return False
        newest = found[0]
        name = newest.plan.patient.name
        when = newest.saved_at.astimezone().strftime("%d %b %Y %H:%M")
        restore = confirm(self.window, "confirm_recovery", tr("Restore unsaved work?"),
                          tr("Rehab Planner did not close properly. Restore the plan for %1, "
                             "autosaved at %2?").replace("%1", name).replace("%2", when),
                          tr("If you choose No, the autosaved copy is deleted."))
        for item in found:
            recovery.discard(item.path)
        if not restore:
            return False
        self.document.set_plan(newest.plan, newest.source, modified=True)
        self._pending_link = newest.database
        self.autosave()
        self.message.emit(tr("Restored the plan for %1").replace("%1", name))
        self._relink()
        return True

    # --- the database link of a restored plan ----------------------------------------------------

    def _patients(self) -> DatabaseController | None:
        """The window's patient database controller (installed by gui/patients), if any."""
        return getattr(getattr(self.window, "patients", None), "controller", None)

    def database_link(self) -> recovery.DatabaseLinkRecord | None:
        """The open plan's patient database link as the recovery file keeps it (None: not linked)."""
        plan, controller = self.document.plan, self._patients()
        if plan is None:
            return None
        if self._pending_link is not None:
            return self._pending_link
        if controller is None or controller.database is None or controller.link is None \
                or controller.link.plan_id != plan.id:
            return None
        return recovery.DatabaseLinkRecord(controller.database.description,
                                           controller.link.plan_id, controller.link.revision)

    def waiting_for_database(self) -> bool:
        """True while a restored plan waits for its database to open to get its link back."""
        return self._pending_link is not None

    def _forget_pending_link(self) -> None:
        self._pending_link = None  # another plan was opened or started

    def _relink(self) -> None:
        """Give the restored plan its database link back once the database it came from is open."""
        pending, controller = self._pending_link, self._patients()
        if pending is None or self._relinking:
            return
        if controller is None:
            self._restored_unlinked(tr("This window has no patient database."))
            return
        if self._watching is not controller:
            self._watching = controller
            controller.database_changed.connect(self._relink)
        database = controller.database
        if database is None:
            if not controller.opening:
                self._restored_unlinked(tr("The patient database it came from (%1) could not be "
                                           "opened.").replace("%1", pending.database),
                                        controller.problem)
            return
        if database.description != pending.database:
            self._restored_unlinked(tr("It came from the patient database %1, but Rehab Planner "
                                       "now uses %2.").replace("%1", pending.database)
                                    .replace("%2", database.description))
            return
        self._relinking = True
        tasks.run(_starting_point, database, pending.plan_id, pending.revision,
                  on_done=lambda found: self._on_starting_point(pending, database, found),
                  on_error=lambda exc: self._on_starting_point_failed(pending, exc))

    def _still_waiting(self, pending: recovery.DatabaseLinkRecord) -> bool:
        plan = self.document.plan
        return (self._pending_link is pending and plan is not None
                and plan.id == pending.plan_id)

    def _on_starting_point(self, pending: recovery.DatabaseLinkRecord, database: PatientDatabase,
                           found: tuple[Plan, Plan | None]) -> None:
        if not isValid(self):
            return  # the window closed meanwhile
        self._relinking = False
        controller = self._patients()
        if not self._still_waiting(pending) or controller is None:
            return
        if controller.database is not database:  # the database changed meanwhile: look again
            self._relink()
            return
        base, previous = found
        self._pending_link = None
        controller.restore_link(pending.plan_id, pending.revision, base, previous)
        log.info("restored plan %s linked to database revision %s", pending.plan_id, pending.revision)
        self.message.emit(tr("The restored plan is linked to the patient database again. "
                             "Save adds a new revision."))

    def _on_starting_point_failed(self, pending: recovery.DatabaseLinkRecord,
                                  exc: Exception) -> None:
        if not isValid(self):
            return
        self._relinking = False
        if self._still_waiting(pending):
            self._restored_unlinked(tr("It was not found in the patient database %1.")
                                    .replace("%1", pending.database), str(exc))

    def _restored_unlinked(self, why: str, detail: str = "") -> None:
        """Drop the restored plan's link and say so plainly; the plan itself stays open."""
        pending, self._pending_link = self._pending_link, None
        log.info("restored plan %s left unlinked from the database", pending.plan_id if pending else "")
        self.autosave()  # the recovery file stops naming the database too
        show_error(self.window, tr("The restored plan is not linked to the patient database"),
                   why + " " + tr("Nothing is lost: your plan is open, but Save will not add a "
                                  "revision to the database. Use Save As to keep it as a file.")
                   + ("\n" + detail if detail else ""))

    def closing(self) -> None:
        """The window closes for good: a clean exit leaves no recovery file."""
        self.autosave_timer.stop()
        recovery.discard()

    def plan(self) -> Plan | None:
        """The open plan."""
        return self.document.plan
