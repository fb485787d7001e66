"""ExerciseTree: a phase's exercises grouped by kind; drag to reorder, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
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
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PrescriptionModel.EXERCISE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PrescriptionModel.EXERCISE, 210)
        header.resizeSection(PrescriptionModel.DOSAGE, 180)
        header.resizeSection(PrescriptionModel.SIDE, 64)
        self.setAccessibleName(self.tr("Exercises of the phase"))
        self.setToolTip(self.tr("Drag to reorder; Delete removes; F2 edits the side or note"))
        model.modelReset.connect(self.expandAll)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
