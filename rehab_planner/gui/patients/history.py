"""HistoryDialog: every saved revision of a plan (number, who, when, what changed); compare any two."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rehab_planner.model import Exercise
from rehab_planner.storage.db_types import AuditEntry, RevisionInfo

from .. import tasks

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

NUMBER, BY, WHEN, SUMMARY = range(4)


class HistoryDialog(QDialog):
    """The saved revisions of one plan, newest first.

    Choose one revision to see what it changed; choose two (Ctrl+click) to see what changed
    between them, in the plain words the handout uses.
    """

    def __init__(self, database: PatientDatabase, plan_id: str, title: str,
                 exercises: Mapping[str, Exercise] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        self.resize(760, 520)
        self._database, self._plan_id, self._exercises = database, plan_id, exercises
        self._revisions: dict[int, RevisionInfo] = {}
        self._asked = 0
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Revision"), self.tr("Saved by"), self.tr("When"),
                                       self.tr("What changed")])
        self.versions.setRootIsDecorated(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions.setAccessibleName(self.tr("Saved revisions"))
        self.versions.setColumnWidth(NUMBER, 70)
        self.versions.setColumnWidth(BY, 120)
        self.versions.setColumnWidth(WHEN, 130)
        self.heading = QLabel(self.tr("Loading the history…"))
        self.heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("What changed"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.versions)
        splitter.addWidget(lower)
        splitter.setSizes([260, 200])
        self.events = QLabel("")
        self.events.setWordWrap(True)
        self.events.setAccessibleName(self.tr("Other events"))
        self.events.hide()
        hint = QLabel(self.tr("Choose two revisions (Ctrl+click) to see what changed between them."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.events)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.versions.itemSelectionChanged.connect(self._on_versions_selection_changed)
        tasks.run(database.history, plan_id, exercises,
                  on_done=self._on_history_loaded, on_error=self._on_failed)
        tasks.run(database.audit, plan_id, on_done=self._on_events_loaded,
                  on_error=lambda exc: None)  # the revisions still show without these

    # --- loading ----------------------------------------------------------------------------------

    def is_loaded(self) -> bool:
        """True once the versions are listed."""
        return bool(self._revisions)

    def _on_history_loaded(self, revisions: list[RevisionInfo]) -> None:
        if not isValid(self):
            return
        self._revisions = {r.number: r for r in revisions}
        for info in reversed(revisions):
            item = QTreeWidgetItem([str(info.number), info.by,
                                    info.at.astimezone().strftime("%Y-%m-%d %H:%M"), info.summary])
            item.setData(NUMBER, Qt.ItemDataRole.UserRole, info.number)
            item.setToolTip(SUMMARY, "\n".join(info.changes) or info.summary)
            self.versions.addTopLevelItem(item)
        newest = self.versions.topLevelItem(0)
        if newest is not None:
            self.versions.setCurrentItem(newest)

    def _on_events_loaded(self, entries: list[AuditEntry]) -> None:
        """Archived and restored, besides the saves: who and when, oldest first."""
        if not isValid(self) or not entries:
            return
        lines = [
            self.tr("%1 by %2 on %3").replace("%1", entry.action.capitalize())
            .replace("%2", entry.by).replace("%3", entry.at.astimezone().strftime("%Y-%m-%d %H:%M"))
            for entry in entries
        ]
        self.events.setText(self.tr("Also: %1").replace("%1", "; ".join(lines)))
        self.events.show()

    def _on_failed(self, exc: Exception) -> None:
        if isValid(self):
            self.heading.setText(str(exc))

    # --- comparing ----------------------------------------------------------------------------------

    def select_versions(self, *numbers: int) -> None:
        """Choose revisions by number (the keyboard and tests use this)."""
        self.versions.clearSelection()
        for n in range(self.versions.topLevelItemCount()):
            item = self.versions.topLevelItem(n)
            if item is not None and item.data(NUMBER, Qt.ItemDataRole.UserRole) in numbers:
                item.setSelected(True)

    def chosen_versions(self) -> list[int]:
        """The chosen revision numbers, oldest first."""
        return sorted(int(i.data(NUMBER, Qt.ItemDataRole.UserRole))
                      for i in self.versions.selectedItems())

    def shown_changes(self) -> list[str]:
        """The sentences in the 'what changed' list."""
        return [self.changes.item(n).text() for n in range(self.changes.count())]

    def _on_versions_selection_changed(self) -> None:
        chosen = self.chosen_versions()
        self._asked += 1
        if len(chosen) == 1:
            info = self._revisions[chosen[0]]
            if info.number == 1:
                self._show(self.tr("Revision 1 is the first saved version."), [])
            else:
                self._show(self.tr("What revision %1 changed from revision %2:")
                           .replace("%1", str(info.number)).replace("%2", str(info.number - 1)),
                           info.changes)
        elif len(chosen) == 2:
            old, new = chosen
            asked = self._asked
            self._show(self.tr("Comparing…"), None)
            tasks.run(self._database.changes, self._plan_id, old, new, self._exercises,
                      on_done=lambda lines: self._on_compared(asked, old, new, lines),
                      on_error=self._on_failed)
        else:
            self._show(self.tr("Choose one revision, or two to compare."), None)

    def _on_compared(self, asked: int, old: int, new: int, lines: list[str]) -> None:
        if isValid(self) and asked == self._asked:
            self._show(self.tr("What changed from revision %1 to revision %2:")
                       .replace("%1", str(old)).replace("%2", str(new)), lines)

    def _show(self, heading: str, lines: list[str] | None) -> None:
        self.heading.setText(heading)
        self.changes.clear()
        if lines is not None:
            self.changes.addItems(lines or [self.tr("No changes a patient would notice.")])
