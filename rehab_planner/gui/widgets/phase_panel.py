"""PhasePanel: the plan's phases as a table with add, remove, move up and move down."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QWidget,
)

from ..document import PlanDocument
from ..icons import icon
from ..models.phase_model import PhaseModel
from ..shown_texts import ShownTexts


class PhasePanel(QWidget):
    """The phases of the plan; the chosen one's exercises are shown below it.

    Signals:
        phase_chosen(object): the id of the chosen phase (or None).
        add_requested(), remove_requested(str), move_requested(str, int): buttons pressed.
    """

    phase_chosen = Signal(object)
    add_requested = Signal()
    remove_requested = Signal(str)
    carry_requested = Signal(str)
    move_requested = Signal(str, int)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None,
                 shown: ShownTexts | None = None) -> None:
        super().__init__(parent)
        self.model = PhaseModel(document, self, shown)
        self._current_id: str | None = None
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PhaseModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (PhaseModel.START, PhaseModel.END, PhaseModel.DATES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PhaseModel.MILESTONES, QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Phases"))
        self.table.setToolTip(self.tr("F2 renames or sets weeks; drop exercises on a phase to add them"))
        self.table.setMinimumHeight(90)
        self.buttons: dict[str, QToolButton] = {}
        column = QGridLayout()  # two buttons a row: the panel stays as low as its table
        column.setSpacing(2)
        for key, icon_name, text in (
            ("add", "add", self.tr("Add a phase")),
            ("remove", "remove", self.tr("Remove the chosen phase")),
            ("up", "up", self.tr("Move the chosen phase up")),
            ("down", "down", self.tr("Move the chosen phase down")),
            ("carry", "carry", self.tr("Carry the previous phase's exercises into the chosen one, "
                                       "with more reps, sets, time or weight")),
        ):
            button = QToolButton()
            button.setIcon(icon(icon_name))
            button.setToolTip(text)
            button.setAccessibleName(text)
            column.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
            self.buttons[key] = button
        column.setRowStretch(3, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(column)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.buttons["add"].clicked.connect(self.add_requested)
        self.buttons["remove"].clicked.connect(lambda: self._emit_for_current(self.remove_requested))
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(+1))
        self.buttons["carry"].clicked.connect(lambda: self._emit_for_current(self.carry_requested))

    def sizeHint(self) -> QSize:
        """Room for the header and three or four phases: the exercise list below gets the rest."""
        rows = min(max(self.model.rowCount(), 3), 4)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        return QSize(super().sizeHint().width(), max(height, self.table.minimumHeight()))

    @property
    def current_phase_id(self) -> str | None:
        """The chosen phase."""
        return self._current_id

    def select_phase(self, phase_id: str | None) -> None:
        """Choose a phase by id (the first one when it is gone)."""
        row = self.model.row_of(phase_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._set_current(None)

    def _set_current(self, phase_id: str | None) -> None:
        self._current_id = phase_id
        for key in ("remove", "up", "down"):
            self.buttons[key].setEnabled(phase_id is not None)
        self.buttons["carry"].setEnabled(phase_id is not None and self.model.row_of(phase_id) > 0)
        self.phase_chosen.emit(phase_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.phase_id(current.row()))

    def _on_model_reset(self) -> None:
        keep = self._current_id
        self._current_id = None
        self.select_phase(keep)

    def _emit_for_current(self, signal) -> None:
        if self._current_id is not None:
            signal.emit(self._current_id)

    def _move(self, step: int) -> None:
        row = self.model.row_of(self._current_id)
        if self._current_id is not None and 0 <= row + step < self.model.rowCount():
            self.move_requested.emit(self._current_id, row + step)
