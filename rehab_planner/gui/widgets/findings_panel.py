"""FindingsPanel: the plan's safety findings, live; click one to go to the exercise; accept one."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import Plan

from ..models.findings_model import FindingsModel

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size: no maximum
FINDINGS_ROWS = 4  # open, the panel asks for room to show this many findings


class FindingsPanel(QWidget):
    """Lists findings; the chosen finding can be accepted with a reason.

    With no findings it folds to its summary line, leaving the room to the plan; it opens again
    when a finding appears. While the check of a newer plan is on its way, the rows still show the
    older plan's findings: nothing can be done with them then (no accepting, no going to the
    exercise) until the new findings are in.

    Signals:
        finding_activated(object): a finding was clicked (go to its exercise).
        accept_requested(object): the therapist wants to accept a finding.
        collapsed_changed(bool): the panel folded to its summary line (True) or opened (False).
    """

    finding_activated = Signal(object)
    accept_requested = Signal(object)
    collapsed_changed = Signal(bool)

    def __init__(self, check: Callable[..., list[Any]], parent: QWidget | None = None,
                 background: bool = False) -> None:
        super().__init__(parent)
        self._has_plan = False
        # background: the check runs on a worker thread; the newest plan's findings show when in.
        self.model = FindingsModel(check, self, background)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Findings summary"))
        self.accept_button = QPushButton(self.tr("&Accept with a reason…"))
        self.accept_button.setToolTip(self.tr("Keep the exercise and record why it is safe"))
        self.accept_button.setEnabled(False)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FindingsModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FindingsModel.PHASE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Safety findings"))
        self.table.setMinimumHeight(48)  # the dock starts short; the plan's exercise list needs the room
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        self._layout = layout
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._collapsed = False
        self._connect_signals()
        self._update_summary()

    def open_height(self, rows: int = FINDINGS_ROWS) -> int:
        """The height the open panel needs for its summary line, the table's header and `rows` rows."""
        margins = self._layout.contentsMargins()
        line = max(self.summary.sizeHint().height(), self.accept_button.sizeHint().height())
        table = (self.table.horizontalHeader().sizeHint().height()
                 + rows * self.table.verticalHeader().defaultSectionSize()
                 + 2 * self.table.frameWidth())
        return margins.top() + line + self._layout.spacing() + table + margins.bottom()

    def is_collapsed(self) -> bool:
        """True while the panel shows only its summary line (no findings)."""
        return self._collapsed

    def _connect_signals(self) -> None:
        self.table.clicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.model.modelReset.connect(self._update_summary)

    def update(self, plan: Plan | None, *context: Any) -> None:  # type: ignore[override]
        """Re-check a plan (None: no plan is open, so nothing was checked); `context` goes to the
        check with it (FindingsModel.update)."""
        self._has_plan = plan is not None
        self.model.update(plan, *context)
        self._update_accept_button()

    def is_actionable(self) -> bool:
        """True when the rows are the findings of the plan as it is now (no check on its way)."""
        return not self.model.is_checking()

    def current_finding(self) -> Any:
        """The chosen finding, or None."""
        return self.model.finding(self.table.currentIndex())

    def _on_table_activated(self, index: QModelIndex) -> None:
        finding = self.model.finding(index)
        if finding is not None and self.is_actionable():
            self.finding_activated.emit(finding)

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_accept_button()

    def _update_accept_button(self) -> None:
        finding = self.current_finding()
        self.accept_button.setEnabled(finding is not None and self.is_actionable()
                                      and getattr(finding, "accepted", None) is None)

    def _on_accept_clicked(self) -> None:
        finding = self.current_finding()
        if finding is not None and self.is_actionable():
            self.accept_requested.emit(finding)

    def _update_summary(self) -> None:
        conflicts, warnings = self.model.open_count()
        total = self.model.rowCount()
        if not self._has_plan:
            self.summary.setText(self.tr("Open or start a plan to check it."))
            self.accept_button.setEnabled(False)
            self._set_collapsed(True)
            return
        if self.model.failure:  # not a clean bill: nothing could be checked
            self.summary.setText("<b style='color:#b00020'>{}</b>".format(html.escape(
                self.tr("Could not check the plan: %1").replace("%1", self.model.failure))))
            self.accept_button.setEnabled(False)
            self._set_collapsed(True)
            return
        if total == 0:
            text = self.tr("No safety findings.")
        else:
            text = ", ".join((
                _counted(conflicts, self.tr("%1 conflict"), self.tr("%1 conflicts")),
                _counted(warnings, self.tr("%1 warning"), self.tr("%1 warnings")),
                _counted(total, self.tr("%1 finding in all"), self.tr("%1 findings in all"))))
        colour = "#b00020" if conflicts else "#8a5a00" if warnings else "#2e7d32"
        self.summary.setText(f"<b style='color:{colour}'>{text}</b>")
        self.accept_button.setEnabled(False)
        self._set_collapsed(total == 0)

    def _set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self._collapsed:
            return
        self._collapsed = collapsed
        self.table.setVisible(not collapsed)
        self.accept_button.setVisible(not collapsed)
        if collapsed:
            # One line high, the height the summary and button take when open, so nothing jumps.
            margins = self._layout.contentsMargins()
            line = max(self.summary.sizeHint().height(), self.accept_button.sizeHint().height())
            self.setMaximumHeight(margins.top() + line + margins.bottom())
        else:
            self.setMaximumHeight(QWIDGETSIZE_MAX)
        self.collapsed_changed.emit(collapsed)


def _counted(count: int, one: str, many: str) -> str:
    """'1 warning' or '3 warnings': the words for one or for many, with the number put in."""
    return (one if count == 1 else many).replace("%1", str(count))
