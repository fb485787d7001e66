"""PatientsPanel: search the patient database by name or record number; open, archive, restore plans.

Archived plans are left out of the list until "Show archived" is ticked; then they are listed too,
marked, and the Archive button becomes Restore for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rehab_planner.storage.db_types import PlanSummary

from .. import tasks
from .plans_model import PATIENT, SAVED, SURGERY, PlanListModel

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

SEARCH_DELAY_MS = 250  # typing pauses this long before the database is asked
LIMIT = 100



def _find(database: PatientDatabase, text: str, archived: bool) -> tuple[list[PlanSummary], int]:
    """The plans matching text (on a worker thread), and, when none are listed, how many plans
    the database holds at all (so an empty list can say they are all archived)."""
    rows = database.search(text, LIMIT, include_archived=archived)
    return rows, (database.count_plans() if not rows and not text else 0)

class PatientsPanel(QWidget):
    """The Patients dock: a search box over the recent or matching plans.

    Signals:
        plan_chosen(str): open this plan (double-click or Enter).
        history_requested(str): show this plan's saved versions.
        archive_requested(object): archive this plan (a PlanSummary; the receiver asks first).
        restore_requested(object): bring this archived plan back (a PlanSummary).
    """

    plan_chosen = Signal(str)
    history_requested = Signal(str)
    archive_requested = Signal(object)
    restore_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: PatientDatabase | None = None
        self._asked = 0  # numbers the queries, so a slow old answer never replaces a newer one
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or record number"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search patients"))
        self.model = PlanListModel(self)
        self.list = QTreeView()
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Patient plans"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SURGERY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAVED, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SURGERY, 110)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setToolTip(self.tr("List archived plans too, to look at or restore them"))
        self.archive_button = QPushButton()
        self._build_context_menu()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.open_button)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.show_archived, 1)
        archive_row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(archive_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect_signals()
        self._update_buttons()
        self.set_database(None, self.tr("Opening the patient database…"))

    def _build_context_menu(self) -> None:
        """Right-click on a plan: open, history, archive or restore (also the panel's actions)."""
        self.open_action = QAction(self.tr("&Open"), self)
        self.history_action = QAction(self.tr("&History…"), self)
        self.archive_action = QAction(self.tr("Ar&chive…"), self)
        self.archive_action.setToolTip(self.tr("Take this plan off the list; its history is kept"))
        self.restore_action = QAction(self.tr("&Restore"), self)
        self.restore_action.setToolTip(self.tr("Put this archived plan back on the list"))
        self.context_menu = QMenu(self)
        self.context_menu.addActions([self.open_action, self.history_action])
        self.context_menu.addSeparator()
        self.context_menu.addActions([self.archive_action, self.restore_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.open_action.triggered.connect(lambda: self._emit_for_current(self.plan_chosen))
        self.history_action.triggered.connect(lambda: self._emit_for_current(self.history_requested))
        self.archive_action.triggered.connect(lambda: self._ask_archive(restore=False))
        self.restore_action.triggered.connect(lambda: self._ask_archive(restore=True))
        self._timer.timeout.connect(self.refresh)
        self.list.activated.connect(self._on_list_activated)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.plan_chosen))
        self.history_button.clicked.connect(lambda: self._emit_for_current(self.history_requested))

    # --- the database -----------------------------------------------------------------------------

    def set_database(self, database: PatientDatabase | None, problem: str = "") -> None:
        """Search this database (None: show `problem` instead of plans)."""
        self._database = database
        self._asked += 1
        if database is None:
            self.model.set_rows([])
            self.status.setText(problem)
            self.search.setEnabled(False)
            self.show_archived.setEnabled(False)
            return
        self.search.setEnabled(True)
        self.show_archived.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """Ask the database now for the plans matching the search text (recent ones when empty)."""
        self._timer.stop()
        if self._database is None:
            return
        self._asked += 1
        asked, text = self._asked, self.search.text().strip()
        self.status.setText(self.tr("Searching…"))
        tasks.run(_find, self._database, text, self.show_archived.isChecked(),
                  on_done=lambda found: self._on_found(asked, text, *found),
                  on_error=lambda exc: self._on_failed(asked, exc))

    def _on_found(self, asked: int, text: str, rows: list[PlanSummary], saved: int) -> None:
        if not isValid(self) or asked != self._asked:
            return
        chosen = self.current_plan_id()
        self.model.set_rows(rows)
        if not rows:
            if text:
                self.status.setText(self.tr("No plans match"))
            elif saved:
                self.status.setText(self.tr("Every plan is archived. Tick Show archived to see them."))
            else:
                self.status.setText(self.tr("No plans saved yet"))
        elif text:
            self.status.setText(self.tr("%1 found").replace("%1", str(len(rows))))
        else:
            self.status.setText(self.tr("Recent patients"))
        row = self.model.row_of(chosen) if chosen else -1
        self.list.setCurrentIndex(self.model.index(max(row, 0), 0) if rows else QModelIndex())

    def _on_failed(self, asked: int, exc: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self.status.setText(str(exc))

    # --- choosing ---------------------------------------------------------------------------------

    def current_summary(self) -> PlanSummary | None:
        """The plan chosen in the list, as the database described it."""
        return self.model.summary(self.list.currentIndex().row())

    def current_plan_id(self) -> str | None:
        """The plan chosen in the list."""
        summary = self.current_summary()
        return summary.plan_id if summary else None

    def select_plan(self, plan_id: str) -> None:
        """Make a plan the chosen row, when the list shows it (e.g. the plan just opened)."""
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _emit_for_current(self, signal: SignalInstance) -> None:
        plan_id = self.current_plan_id()
        if plan_id is not None:
            signal.emit(plan_id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.plan_chosen.emit(summary.plan_id)

    def _ask_archive(self, *, restore: bool) -> None:
        summary = self.current_summary()
        if summary is None or summary.archived != restore:
            return
        (self.restore_requested if restore else self.archive_requested).emit(summary)

    def _on_archive_button_clicked(self) -> None:
        summary = self.current_summary()
        if summary is not None:
            self._ask_archive(restore=summary.archived)

    def _on_list_context_menu_requested(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.context_menu.popup(self.list.viewport().mapToGlobal(pos))

    def _update_buttons(self) -> None:
        summary = self.current_summary()
        chosen = summary is not None
        archived = summary is not None and summary.archived
        self.open_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)
        self.open_action.setEnabled(chosen)
        self.history_action.setEnabled(chosen)
        self.archive_action.setEnabled(chosen and not archived)
        self.restore_action.setEnabled(archived)
        self.archive_button.setEnabled(chosen)
        if archived:
            self.archive_button.setText(self.tr("&Restore"))
            self.archive_button.setToolTip(self.restore_action.toolTip())
        else:
            self.archive_button.setText(self.tr("Ar&chive…"))
            self.archive_button.setToolTip(self.archive_action.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down moves to the list and Enter opens the chosen plan; Delete in the
        list archives the chosen plan (after asking)."""
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._ask_archive(restore=False)
                return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # the list is not up to date yet: search first
                    self.refresh()
                    return True
                self._emit_for_current(self.plan_chosen)
                return True
        return super().eventFilter(watched, event)
