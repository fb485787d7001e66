"""SharedExercises: the clinic's custom exercises from the patient database, in the window's library.

When the database opens (or changes) the shared exercises are fetched in the background and
merged into the library; a custom exercise the therapist saves is also saved in the database.
Without a database nothing happens here: the private exercise files work as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid

from rehab_planner.library.shared import (
    fetch_shared_exercises,
    share_exercise,
    with_shared_exercises,
    without_exercises,
)
from rehab_planner.model import Exercise

from .. import tasks

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

    from ..document import PlanDocument
    from .controller import DatabaseController

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("SharedExercises", text)


class SharedExercises(QObject):
    """Keeps the database's custom exercises in the document's library.

    Args:
        document: the open plan (its library gets the shared exercises).
        controller: the database controller (which database is open).
        who: the name saved with each exercise.

    Signals:
        merged(int): the library now holds this many exercises from the database.
        shared(str): a custom exercise (its id) was saved in the database.
        failed(str): reading or saving shared exercises failed (a short message).
    """

    merged = Signal(int)
    shared = Signal(str)
    failed = Signal(str)

    def __init__(self, document: PlanDocument, controller: DatabaseController,
                 who: Callable[[], str]) -> None:
        super().__init__(controller)
        self.document, self.controller, self._who = document, controller, who
        self._added: set[str] = set()  # ids only the database had: gone when it closes
        self._asked = 0
        controller.database_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Fetch the open database's shared exercises (off the GUI thread) and merge them in."""
        self._asked += 1
        asked, database = self._asked, self.controller.database
        if database is None:
            self._apply(asked, None, [])
            return
        tasks.run(fetch_shared_exercises, database,
                  on_done=lambda found: self._apply(asked, database, found),
                  on_error=lambda exc: self._on_fetch_failed(asked, exc))

    def _apply(self, asked: int, database: PatientDatabase | None, found: list[Exercise]) -> None:
        if not isValid(self) or asked != self._asked or database is not self.controller.database:
            return  # another database was chosen meanwhile
        # Merged into the library as it is now: exercises saved meanwhile are kept.
        base = without_exercises(self.document.library, self._added)
        if not found and not self._added:
            return
        self._added = {e.id for e in found if e.id not in base}
        self.document.set_library(with_shared_exercises(base, found))
        self.merged.emit(len(found))

    def _on_fetch_failed(self, asked: int, exc: Exception) -> None:
        if isValid(self) and asked == self._asked:
            log.warning("shared exercises could not be read: %s", exc)
            self.failed.emit(tr("The clinic's exercises could not be read: %1").replace("%1", str(exc)))

    def exercise_saved(self, exercise: Exercise) -> None:
        """A custom exercise was saved on this computer: save it in the database too (background)."""
        database = self.controller.database
        if database is None or not exercise.custom:
            return
        self._added.discard(exercise.id)  # the therapist has it as a file now
        tasks.run(share_exercise, database, exercise, by=self._who(),
                  on_done=lambda _photo: self._on_shared(exercise),
                  on_error=self._on_share_failed)

    def _on_shared(self, exercise: Exercise) -> None:
        if isValid(self):
            self.shared.emit(exercise.id)

    def _on_share_failed(self, exc: Exception) -> None:
        if isValid(self):
            log.warning("a custom exercise could not be shared: %s", exc)
            self.failed.emit(tr("Saved on this computer only; the patient database said: %1")
                             .replace("%1", str(exc)))
