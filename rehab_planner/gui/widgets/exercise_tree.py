"""ExerciseTree: a phase's exercises grouped by kind; drag to reorder, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from rehab_planner.model import Side

from ..labels import label
from ..models.plan_model import THUMB, PrescriptionModel

# The Exercise column fits its longest name, within these bounds (and at most EXERCISE_SHARE of the
# list's width); the Dosage column likewise. The Note column takes the rest and cuts long notes
# short (the whole note is in its tooltip).
EXERCISE_WIDTH = (210, 340)
EXERCISE_SHARE = 0.42
DOSAGE_WIDTH = (160, 230)

class SideDelegate(QStyledItemDelegate):
    """Edits the side column with a drop-down list."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # type: ignore[override]
        combo = QComboBox(parent)
        for side in Side:
            combo.addItem(label(side), str(side))
        combo.setAccessibleName(self.tr("Side"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ExerciseTree(QTreeView):
    """The exercise list of one phase.

    Signals:
        delete_pressed(): Delete or Backspace on the selection.
    """

    delete_pressed = Signal()

    def __init__(self, model: PrescriptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)  # kind rows are text only; exercise rows have a picture
        self.setAnimated(False)
        self.setItemDelegateForColumn(PrescriptionModel.SIDE, SideDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PrescriptionModel.EXERCISE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PrescriptionModel.EXERCISE, EXERCISE_WIDTH[0])
        header.resizeSection(PrescriptionModel.DOSAGE, DOSAGE_WIDTH[0])
        header.resizeSection(PrescriptionModel.SIDE, 64)
        self.setAccessibleName(self.tr("Exercises of the phase"))
        self.setToolTip(self.tr("Drag to reorder; Delete removes; F2 edits the side or note"))
        self._fitting = False
        self._sized_by_hand: set[int] = set()  # columns the therapist has widened or narrowed
        header.sectionResized.connect(self._on_section_resized)
        model.modelReset.connect(self.expandAll)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Widen the Exercise and Dosage columns to their contents, within bounds.

        A column the therapist has sized by hand keeps its width.
        """
        header, width = self.header(), self.viewport().width()
        bounds = {PrescriptionModel.EXERCISE: (EXERCISE_WIDTH[0],
                                               min(EXERCISE_WIDTH[1], int(width * EXERCISE_SHARE))),
                  PrescriptionModel.DOSAGE: DOSAGE_WIDTH}
        self._fitting = True
        try:
            for column, (least, most) in bounds.items():
                if column not in self._sized_by_hand:
                    wanted = self.sizeHintForColumn(column)
                    header.resizeSection(column, max(least, min(wanted, max(least, most))))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and self.isVisible() and column in (PrescriptionModel.EXERCISE,
                                                                 PrescriptionModel.DOSAGE):
            self._sized_by_hand.add(column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
