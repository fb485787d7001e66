"""PlanDocument: the open plan, its undo stack, its file and whether it is saved."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from rehab_planner.library import Library
from rehab_planner.library.embedded import PlanLibrary, embed_custom_exercises, library_for_plan
from rehab_planner.model import Plan
from rehab_planner.plans.edits import Change, ChangeKind
from rehab_planner.storage.planfile import load_plan, save_plan

from . import tasks

log = logging.getLogger(__name__)


class PlanDocument(QObject):
    """The single source of truth while editing.

    Signals:
        changed(Change): the plan changed (an edit, an undo or a redo).
        replaced(): a different plan was opened or created (views reset).
        path_changed(): the file name changed.
        library_changed(): the library gained or changed an exercise.
        clean_changed(bool): saved state changed (True: nothing to save).
    """

    changed = Signal(object)
    replaced = Signal()
    path_changed = Signal()
    library_changed = Signal()
    clean_changed = Signal(bool)

    def __init__(self, plan: Plan | None, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._library = library
        self._path: Path | None = None
        self._differing: list[str] = []  # carried custom exercises unlike this computer's copy
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.clean_changed)

    # --- state -----------------------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        """The plan being edited (None before one is created or opened)."""
        return self._plan

    @property
    def library(self) -> Library:
        """The exercise library."""
        return self._library

    @property
    def differing(self) -> list[str]:
        """The custom exercises the plan carries whose copy on this computer differs (the plan's
        copy is used; the findings say so)."""
        return list(self._differing)

    def set_library(self, library: Library) -> None:
        """Use a new library (after loading or a custom exercise was saved)."""
        self._library = library
        self.library_changed.emit()

    @property
    def path(self) -> Path | None:
        """The plan file, or None for a plan never saved."""
        return self._path

    def is_modified(self) -> bool:
        """True when there are changes not saved to the file."""
        if self._plan is None:
            return False
        return not self.undo_stack.isClean()

    # --- edits (called by commands only) ----------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        """Do an edit through the undo stack."""
        self.undo_stack.push(command)

    def apply(self, plan: Plan, change: Change) -> None:
        """Store a new version of the plan and tell the views (undo commands call this)."""
        self._plan = plan
        self.changed.emit(change)

    # --- whole plans -----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None, path: Path | None = None, *, modified: bool = False) -> None:
        """Start editing a different plan; the undo history starts afresh."""
        self.undo_stack.clear()
        self._plan = plan
        self._path = path
        self._differing = []
        self._use_carried_exercises()
        self.replaced.emit()
        self.changed.emit(Change(ChangeKind.PLAN))
        self.path_changed.emit()
        if modified:
            self.undo_stack.resetClean()  # no clean index: the plan counts as changed
        self.clean_changed.emit(not self.is_modified())

    def _use_carried_exercises(self) -> None:
        """Add the custom exercises the plan carries that this computer lacks (or has otherwise).

        Their photos are checked and written to the photo cache off the GUI thread; when that is
        done the library gains them and the views refresh (library_changed, then changed(PLAN)).
        """
        plan, library = self._plan, self._library
        if plan is None or not plan.custom_exercises:
            return
        tasks.run(library_for_plan, library, plan,
                  on_done=lambda found: self._on_carried_found(plan, library, found),
                  on_error=lambda exc: log.warning("carried exercises not added: %s", exc))

    def _on_carried_found(self, plan: Plan, library: Library, found: PlanLibrary) -> None:
        if self._plan is None or self._plan.id != plan.id:
            return  # another plan was opened meanwhile
        if self._library is not library:  # the library changed meanwhile: add them to it
            self._use_carried_exercises()
            return
        self._differing = list(found.differing)
        if found.added or found.differing:
            self.set_library(found.library)
            self.changed.emit(Change(ChangeKind.PLAN))

    def saved_form(self) -> Plan | None:
        """The plan as it is written to a file or the database: its custom exercises embedded."""
        if self._plan is None:
            return None
        return embed_custom_exercises(self._plan, self._library).plan

    def open(self, path: Path) -> None:
        """Open a plan file.

        Raises:
            PlanFileError, DataFileError: the file is missing or broken.
        """
        self.set_plan(load_plan(path), path)

    def save(self, path: Path | None = None) -> Path:
        """Save the plan to its file (or to `path`, which becomes its file).

        Raises:
            PlanFileError: the file could not be written; the old copy is intact.
        """
        if self._plan is None:
            raise ValueError("no plan to save")
        target = path or self._path
        if target is None:
            raise ValueError("no file name")
        # `updated` is not an edit the therapist can undo, so it is set without a command.
        self._plan = save_plan(embed_custom_exercises(self._plan, self._library).plan, target)
        if target != self._path:
            self._path = target
            self.path_changed.emit()
        self.undo_stack.setClean()
        self.clean_changed.emit(True)
        return target

    def display_name(self) -> str:
        """The file name, or the patient's name for a plan not saved yet."""
        if self._path is not None:
            return self._path.name
        if self._plan is not None:
            return self._plan.patient.name
        return ""
