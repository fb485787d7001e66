"""DatabaseController: open the patient database, open plans from it, save revisions, show history.

It remembers which database plan (and revision) the open document is, so Save writes a new
revision that names the revision it started from; a refused save keeps the edits and asks what to do.
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QWidget
from shiboken6 import isValid

from rehab_planner.errors import RehabError
from rehab_planner.model import Plan, Template
from rehab_planner.plans.changes import plan_changes
from rehab_planner.storage.db_types import ConflictError, PlanArchivedError
from rehab_planner.templates.from_plan import template_from_plan

from .. import tasks
from ..dialogs.messages import confirm, show_error
from ..document import PlanDocument
from ..file_ops import FileController
from .conflict import ConflictChoice, ask_conflict
from .history import HistoryDialog

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("DatabaseController", text)


@dataclass(frozen=True)
class DatabaseLink:
    """Which database plan the open document is.

    Attributes:
        plan_id: the plan's id in the database.
        revision: the newest revision this copy knows; the next save expects it.
        base: the plan as it was when this visit started (opened or first saved).
        previous: the revision before `base`, if there is one.
    """

    plan_id: str
    revision: int
    base: Plan | None = None
    previous: Plan | None = None


def _open_database(url: str | None) -> PatientDatabase:
    """Open the patient database (on a worker thread: SQLAlchemy and Alembic load here, not at
    start-up)."""
    from rehab_planner.storage.database import PatientDatabase

    return PatientDatabase.open(url)


def load_for_editing(database: PatientDatabase, plan_id: str) -> tuple[Plan, int, Plan | None]:
    """The plan's newest revision, its number and the revision before it (runs off the GUI thread)."""
    plan, number = database.load_plan(plan_id)
    previous = database.revision(plan_id, number - 1) if number > 1 else None
    return plan, number, previous


def login_name() -> str:
    """The computer's user name, for 'saved by' when the settings name no therapist."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


class DatabaseController(QObject):
    """Patient database behaviour for one window.

    Args:
        document: the open plan.
        files: the file controller (Save As a file after a refused save).
        window: parent for dialogs.
        who: the name saved with each revision.

    Signals:
        database_changed(): the database was opened, replaced or failed to open.
        link_changed(): the open plan became (or stopped being) a database plan, or was saved.
        opened(str): a plan from the database is now open (its id).
        saved(int): a revision was saved (its number).
        message(str): a short status-bar message.
    """

    database_changed = Signal()
    link_changed = Signal()
    opened = Signal(str)
    saved = Signal(int)
    message = Signal(str)

    def __init__(self, document: PlanDocument, files: FileController, window: QWidget,
                 who: Callable[[], str]) -> None:
        super().__init__(window)
        self.document, self.files, self.window, self._who = document, files, window, who
        self.database: PatientDatabase | None = None
        self.problem = tr("Opening the patient database…")
        self.opening = True  # a database is being opened in the background
        self.url: str | None = None
        self.link: DatabaseLink | None = None
        self.history_dialog: HistoryDialog | None = None
        self._asked = 0
        self._replacing = False
        document.replaced.connect(self._on_document_replaced)

    # --- the database -----------------------------------------------------------------------------

    def open_database(self, url: str) -> None:
        """Open the database at url ('' = the private one on this computer) in the background."""
        if self.url == url and self.database is not None:
            return
        self.url = url
        self._asked += 1
        asked = self._asked
        self._set_database(None, tr("Opening the patient database…"), opening=True)
        tasks.run(_open_database, url or None,
                  on_done=lambda db: self._on_database_opened(asked, db),
                  on_error=lambda exc: self._on_database_failed(asked, exc))

    def _on_database_opened(self, asked: int, database: PatientDatabase) -> None:
        if not isValid(self) or asked != self._asked:
            database.close()  # a newer URL was chosen meanwhile
            return
        self._set_database(database, "")
        self.message.emit(tr("Patient database: %1").replace("%1", database.short_name))

    def _on_database_failed(self, asked: int, exc: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._set_database(None, tr("The patient database could not be opened: %1")
                               .replace("%1", str(exc)))

    def _set_database(self, database: PatientDatabase | None, problem: str, *,
                      opening: bool = False) -> None:
        self.opening = opening
        if self.database is not None and self.database is not database:
            self.database.close()
            if self.link is not None:  # the link named a plan in the old database
                self.link = None
                self.link_changed.emit()
        self.database, self.problem = database, problem
        self.database_changed.emit()

    def restore_link(self, plan_id: str, revision: int, base: Plan | None,
                     previous: Plan | None) -> None:
        """Link the open document to a database plan again (a plan restored after a crash)."""
        self.link = DatabaseLink(plan_id, revision, base=base, previous=previous)
        self.link_changed.emit()

    def close(self) -> None:
        """Close the database (the window is closing)."""
        self._asked += 1
        if self.database is not None:
            self.database.close()
            self.database = None

    # --- opening plans ----------------------------------------------------------------------------

    def open_plan(self, plan_id: str, *, ask: bool = True) -> None:
        """Open a plan's newest revision (asks about unsaved changes first unless ask is False)."""
        if self.database is None:
            show_error(self.window, tr("Could not open the plan"), self.problem)
            return
        if ask and not self.files.maybe_save():
            return
        self._asked += 1
        asked = self._asked
        tasks.run(load_for_editing, self.database, plan_id,
                  on_done=lambda loaded: self._on_plan_loaded(asked, ask, loaded),
                  on_error=lambda exc: self._on_open_failed(asked, exc))

    def _on_plan_loaded(self, asked: int, ask: bool, loaded: tuple[Plan, int, Plan | None]) -> None:
        if not isValid(self) or asked != self._asked:
            return
        # The therapist may have edited while the plan was on its way.
        if ask and self.document.is_modified() and not self.files.maybe_save():
            return
        plan, number, previous = loaded
        # Linked first, so the preview's first render already knows what changed.
        self.link = DatabaseLink(plan.id, number, base=plan, previous=previous)
        self._replacing = True
        try:
            self.document.set_plan(plan, None)
        finally:
            self._replacing = False
        self.link_changed.emit()
        self.opened.emit(plan.id)
        self.message.emit(tr("Opened %1, revision %2").replace("%1", plan.patient.name)
                          .replace("%2", str(number)))

    def _on_open_failed(self, asked: int, exc: Exception) -> None:
        if isValid(self) and asked == self._asked:
            show_error(self.window, tr("Could not open the plan"), str(exc))

    def _on_document_replaced(self) -> None:
        if not self._replacing and self.link is not None:
            self.link = None  # a new plan or a plan file: Save goes to the file again
            self.link_changed.emit()

    def reload(self) -> None:
        """Open the newest revision of the database plan, dropping unsaved edits (asks first)."""
        if self.link is None:
            return
        if self.document.is_modified() and not confirm(
                self.window, "confirm_reload", tr("Open the newest version?"),
                tr("Your unsaved changes to this plan will be lost."), ""):
            return
        self.open_plan(self.link.plan_id, ask=False)

    # --- saving -----------------------------------------------------------------------------------

    def save(self) -> bool | None:
        """The Save hook: a plan opened from (or saved to) the database gets a new revision.

        Returns:
            True or False when the database handled it (saved or not); None when Save should
            write the plan file as usual (a new plan or a plan file: Save to database imports it).
        """
        if self.document.plan is None or self.link is None:
            return None
        return self.save_to_database()

    def save_to_database(self) -> bool:
        """Save the open plan as a new revision; a plan from a file is imported (asks if it is there)."""
        plan = self.document.saved_form()
        if plan is None:
            return False
        if self.database is None:
            show_error(self.window, tr("Could not save to the patient database"), self.problem)
            return False
        database, link = self.database, self.link
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if link is None:
                known = database.latest_revision(plan.id)
                if known is not None:
                    QGuiApplication.restoreOverrideCursor()
                    if not confirm(self.window, "confirm_import_again", tr("Save to the patient database"),
                                   tr("This plan is already in the patient database (revision %1). "
                                      "Save this copy as the newest revision?").replace("%1", str(known)),
                                   tr("The earlier revisions are kept.")):
                        return False
                    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                base = database.revision(plan.id, known) if known else None
                number = database.save_plan(plan, by=self._who(), expected_revision=known)
                link = DatabaseLink(plan.id, number, base=base or plan)
            else:
                number = database.save_plan(plan, by=self._who(), expected_revision=link.revision)
                link = replace(link, revision=number)
        except ConflictError as exc:
            QGuiApplication.restoreOverrideCursor()
            return self._on_conflict(exc)
        except PlanArchivedError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, tr("Could not save to the patient database"),
                       f"{exc}\n" + tr("Your changes are still open. To keep them, restore the plan "
                                       "(tick Show archived in the patient list) and save again, or "
                                       "save them as a file."))
            return False
        except RehabError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, tr("Could not save to the patient database"), str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.link = link
        self.document.undo_stack.setClean()
        self.link_changed.emit()
        self.saved.emit(number)
        self.message.emit(tr("Saved revision %1 to the patient database").replace("%1", str(number)))
        return True

    def _on_conflict(self, exc: ConflictError) -> bool:
        """Someone else saved first: nothing was written; the edits stay open."""
        log.info("save refused: plan %s changed in the database (revision %s)", exc.plan_id, exc.latest)
        choice = ask_conflict(self.window, str(exc))
        if choice == ConflictChoice.SAVE_AS_FILE:
            return self.files.save_as()
        if choice == ConflictChoice.RELOAD:
            self.open_plan(exc.plan_id, ask=False)
        return False

    # --- clinic templates -------------------------------------------------------------------------

    def save_as_template(self, name: str | None = None) -> bool:
        """Save the open plan's program as a clinic template (asks for a name when name is None)."""
        plan = self.document.plan
        if plan is None:
            return False
        if self.database is None:
            show_error(self.window, tr("Could not save the template"), self.problem)
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self.window, tr("Save plan as template"),
                tr("Template name (the patient's details are not saved):"), text=plan.procedure)
            if not ok:
                return False
        try:
            # A template that already has this name is replaced; it keeps its id (also if renamed).
            existing = self.database.template_named(name)
            template_id = existing.id if existing else self.database.template_id_for(name)
            template = template_from_plan(plan, template_id, name)
            if existing is not None and not confirm(
                    self.window, "confirm_replace_template", tr("Save plan as template"),
                    tr("The clinic already has a template called %1. Replace it?")
                    .replace("%1", template.name), ""):
                return False
            self.database.save_template(template, by=self._who())
        except RehabError as exc:
            show_error(self.window, tr("Could not save the template"), str(exc))
            return False
        self.message.emit(tr("Saved the clinic template %1; New plan offers it")
                          .replace("%1", template.name))
        return True

    def clinic_templates(self) -> dict[str, Template]:
        """The clinic's templates from the database by id ({} when it is not open or unreadable)."""
        if self.database is None:
            return {}
        try:
            return {t.id: t for t in self.database.templates()}
        except RehabError as exc:
            log.warning("clinic templates could not be read: %s", exc)
            return {}

    # --- history and the handout ------------------------------------------------------------------

    def show_history(self, plan_id: str | None = None) -> HistoryDialog | None:
        """Show the revisions of a plan (the open database plan when plan_id is None)."""
        plan_id = plan_id or (self.link.plan_id if self.link else None)
        if plan_id is None or self.database is None:
            self.message.emit(tr("Open a plan from the patient list to see its history."))
            return None
        plan = self.document.plan
        title = plan.patient.name if plan is not None and plan.id == plan_id else tr("the plan")
        if self.history_dialog is not None and isValid(self.history_dialog):
            self.history_dialog.close()
        dialog = HistoryDialog(self.database, plan_id, title, self.document.library.exercises,
                               self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog
        return dialog

    def handout_changes(self) -> list[str] | None:
        """'What changed since your last visit' for the handout: None for a plan not from the database.

        The changes made during this visit when there are any; else what the last saved
        revision changed, so a reprint of an unchanged plan still tells the patient.
        """
        plan, link = self.document.plan, self.link
        if plan is None or link is None or plan.id != link.plan_id:
            return None
        exercises = self.document.library.exercises
        if link.base is not None and link.base is not plan:
            changes = plan_changes(link.base, plan, exercises, plan.patient.language)
            if changes:
                return changes
        if link.previous is not None and link.base is not None:
            return plan_changes(link.previous, link.base, exercises,
                                plan.patient.language) or None
        return None
