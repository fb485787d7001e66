"""FindingsModel: the safety findings of the open plan, re-checked after every change.

In the window the check runs on a worker thread (it takes 5 to 10 ms, too long for the GUI thread
after each edit). It starts once the GUI thread has done the edit's own work (the rows, their
layout and paint): run beside them, the check would hold the interpreter lock they need, and the
edit would take as long as before. Every update is numbered; a result is shown only when it
belongs to the latest update, so the model never shows the findings of a plan older than the one
last given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from shiboken6 import isValid

from rehab_planner.model import Plan

from .. import tasks
from ..icons import icon
from ..labels import label

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
FindingRole = Qt.ItemDataRole.UserRole + 1

_ICONS = {"conflict": "error", "warning": "warning", "info": "info"}


class FindingsModel(QAbstractTableModel):
    """Severity, message and phase of each finding; accepted ones are shown greyed with the reason.

    The findings come from a core function (safety.check_plan) given at construction, called as
    check(plan, *context) with the plain data update() was given.

    Args:
        check: the core check (no widgets: with `background` it runs on a worker thread).
        background: check off the GUI thread; the findings follow a moment after update().

    Signals:
        checked(): the findings of the latest plan given are in (background checks).
        check_failed(str): the latest check raised; the model holds no findings.
    """

    SEVERITY, MESSAGE, PHASE = range(3)

    checked = Signal()
    check_failed = Signal(str)

    def __init__(self, check: Callable[..., list[Any]], parent: QObject | None = None,
                 background: bool = False) -> None:
        super().__init__(parent)
        self._check = check
        self._background = background
        self._findings: list[Any] = []
        # The number of the latest update, in a list the worker reads: a check still waiting in
        # the pool when a newer update comes is skipped, and its result (if any) dropped.
        self._latest = [0]
        self._waiting = False
        self.failure = ""  # why the latest check failed ("" when it did not)
        self._next: tuple[Plan, tuple[Any, ...]] | None = None  # the plan a check waits to start for
        # Fires when the events queued now (the edit's layout and paint) are done; edits in quick
        # succession start one check, for the last.
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.setInterval(0)
        self._start.timeout.connect(self._start_check)

    def update(self, plan: Plan | None, *context: Any) -> None:
        """Re-run the checks on a plan (None: no plan, no findings).

        Args:
            context: more plain data for the check (the library, ...), taken now, on this thread.
        """
        self._latest[0] += 1
        if plan is None or not self._background:
            self._waiting, self._next = False, None
            self._start.stop()
            self._show(list(self._check(plan, *context)) if plan is not None else [])
            return
        self._waiting, self._next = True, (plan, context)
        self._start.start()

    def _start_check(self) -> None:
        if self._next is None:
            return
        (plan, context), self._next = self._next, None
        revision, latest, check = self._latest[0], self._latest, self._check

        def job() -> list[Any] | None:
            return None if latest[0] != revision else list(check(plan, *context))

        tasks.run(job, on_done=lambda found: self._on_checked(revision, found),
                  on_error=lambda exc: self._on_check_failed(revision, exc))

    def is_checking(self) -> bool:
        """True while the findings of the latest plan given are not in yet."""
        return self._waiting

    def _on_checked(self, revision: int, found: list[Any] | None) -> None:
        if not isValid(self) or revision != self._latest[0] or found is None:
            return  # a newer plan was given meanwhile: its own check follows
        self._waiting = False
        self._show(found)
        self.checked.emit()

    def _on_check_failed(self, revision: int, exc: Exception) -> None:
        if not isValid(self) or revision != self._latest[0]:
            return
        log.error("the safety check failed", exc_info=exc)
        self._waiting = False
        self._show([], str(exc) or type(exc).__name__)
        self.check_failed.emit(self.failure)
        self.checked.emit()

    def _show(self, findings: list[Any], failure: str = "") -> None:
        self.beginResetModel()
        self._findings, self.failure = findings, failure
        self.endResetModel()

    @property
    def findings(self) -> list[Any]:
        """The current findings (accepted ones included)."""
        return list(self._findings)

    def open_count(self) -> tuple[int, int]:
        """How many open conflicts and open warnings there are."""
        open_ = [f for f in self._findings if getattr(f, "accepted", None) is None]
        return (sum(1 for f in open_ if f.severity == "conflict"),
                sum(1 for f in open_ if f.severity == "warning"))

    def finding(self, index: AnyIndex) -> Any:
        """The finding in a row."""
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        return self._findings[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Severity"), self.tr("Finding"), self.tr("Phase"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        finding = self.finding(index)
        if finding is None:
            return None
        accepted = getattr(finding, "accepted", None)
        col = index.column()
        if role == FindingRole:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.SEVERITY:
                return self.tr("Accepted") if accepted is not None else label(finding.severity)
            if col == self.MESSAGE:
                if accepted is not None:
                    return self.tr("%1 (accepted: %2)").replace("%1", finding.message).replace(
                        "%2", accepted.reason)
                return finding.message
            return getattr(finding, "phase_name", "") or self.tr("Whole plan")
        if role == Qt.ItemDataRole.DecorationRole and col == self.SEVERITY:
            return icon("ok" if accepted is not None else _ICONS.get(str(finding.severity), "info"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MESSAGE:
            return finding.message
        if role == Qt.ItemDataRole.ForegroundRole and accepted is not None:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and col == self.SEVERITY and finding.severity == "conflict" \
                and accepted is None:
            font = QFont()
            font.setBold(True)
            return font
        return None
