"""PlanArchiver: archive a plan from the patient list (after asking) and restore it, off the GUI thread.

A plan is never deleted: archiving takes it off the list and keeps every revision; the database
refuses to save an archived plan until it is restored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from rehab_planner.storage.db_types import PlanSummary

from .. import tasks
from ..dialogs.messages import confirm, show_error
from .controller import DatabaseController
from .plans_model import patient_text


def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("PlanArchiver", text)


class PlanArchiver(QObject):
    """Archives and restores plans in the controller's database.

    Args:
        controller: the database controller (its database, window and open plan).
        who: the name recorded with the archive or restore.

    Signals:
        changed(str): a plan (its id) was archived or restored: the list needs a refresh.
        message(str): a short status-bar message.
    """

    changed = Signal(str)
    message = Signal(str)

    def __init__(self, controller: DatabaseController, who: Callable[[], str]) -> None:
        super().__init__(controller)
        self.controller, self._who = controller, who

    def archive(self, summary: PlanSummary, *, ask: bool = True) -> None:
        """Archive a plan, after a question naming the patient and the plan (unless ask is False)."""
        database, window = self.controller.database, self.controller.window
        if database is None:
            show_error(window, tr("Could not archive the plan"), self.controller.problem)
            return
        if ask and not confirm(window, "confirm_archive", tr("Archive plan"),
                               self.question(summary), self.detail(summary)):
            return
        tasks.run(database.archive_plan, summary.plan_id, by=self._who(),
                  on_done=lambda _r: self._on_done(summary, tr("Archived the plan for %1")),
                  on_error=lambda exc: self._on_failed(tr("Could not archive the plan"), exc))

    def restore(self, summary: PlanSummary) -> None:
        """Put an archived plan back on the list (no question: nothing is lost either way)."""
        database, window = self.controller.database, self.controller.window
        if database is None:
            show_error(window, tr("Could not restore the plan"), self.controller.problem)
            return
        tasks.run(database.restore_plan, summary.plan_id, by=self._who(),
                  on_done=lambda _r: self._on_done(summary, tr("Restored the plan for %1")),
                  on_error=lambda exc: self._on_failed(tr("Could not restore the plan"), exc))

    @staticmethod
    def question(summary: PlanSummary) -> str:
        """'Archive the plan for Ann Lee (A-1): Lumbar fusion, surgery on 2026-11-02?'."""
        return (tr("Archive the plan for %1: %2, surgery on %3?")
                .replace("%1", patient_text(summary)).replace("%2", summary.procedure)
                .replace("%3", summary.surgery_date.isoformat()))

    def detail(self, summary: PlanSummary) -> str:
        """What archiving does, and what it means for the plan that is open, if it is this one."""
        text = tr("It leaves the patient list. Every saved version is kept. To bring it back, tick "
                  "Show archived, choose it and click Restore.")
        link = self.controller.link
        if link is not None and link.plan_id == summary.plan_id:
            text += " " + tr("This plan is open: you can still print it, but you cannot save "
                             "changes until you restore it.")
        return text

    def _on_done(self, summary: PlanSummary, text: str) -> None:
        if isValid(self):
            self.message.emit(text.replace("%1", patient_text(summary)))
            self.changed.emit(summary.plan_id)

    def _on_failed(self, title: str, exc: Exception) -> None:
        if isValid(self):
            show_error(self.controller.window, title, str(exc))
            self.changed.emit("")  # someone else may have archived or restored it: show the truth
