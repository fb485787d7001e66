"""ExerciseTree: a phase's exercises grouped by kind; drag to reorder, Delete to remove.

Each exercise row shows its picture, its name and, under the name, its whole dosage as the handout
prints it, wrapped onto more lines when the column is narrow (nothing is cut short).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from rehab_planner.model import Side
from rehab_planner.model.dosage import SEPARATOR

from ..labels import label
from ..models.plan_model import THUMB, DosageTextRole, PrescriptionModel

AnyIndex = QModelIndex | QPersistentModelIndex
# The Exercise column (picture, name and dosage) fits its longest name or dosage on one line,
# within these bounds and at most EXERCISE_SHARE of the list's width; a longer dosage wraps.
# The Note column takes the rest and cuts long notes short (the whole note is in its tooltip).
EXERCISE_WIDTH = (210, 560)
EXERCISE_SHARE = 0.62
ROW_PADDING = 2  # above and below the text of an exercise row
DOSAGE_TEXT_WEIGHT = 0.72  # the dosage line's colour: this much text colour, the rest background


def wrap_dosage(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Break a dosage into lines that fit, between its parts ('3 sets of 10 · hold 5 seconds').

    A part too long for a line on its own is broken between words; a single word too long
    for a line stays on its own line.

    Args:
        text: the dosage in words, its parts joined by the dosage separator.
        fits: whether a line of text fits the width available.
    """
    lines: list[str] = []
    for part in (p for p in text.split(SEPARATOR) if p):
        if lines and fits(lines[-1] + SEPARATOR + part):
            lines[-1] += SEPARATOR + part
        elif fits(part):
            lines.append(part)
        else:
            first = True
            for word in part.split():
                if not first and fits(lines[-1] + " " + word):
                    lines[-1] += " " + word
                else:
                    lines.append(word)
                first = False
    return lines


def _muted(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    """The text colour moved a little toward the background: plainly second, still easy to read."""
    text = palette.color(group, QPalette.ColorRole.Text)
    base = palette.color(group, QPalette.ColorRole.Base)
    mix = DOSAGE_TEXT_WEIGHT
    return QColor(round(text.red() * mix + base.red() * (1 - mix)),
                  round(text.green() * mix + base.green() * (1 - mix)),
                  round(text.blue() * mix + base.blue() * (1 - mix)))


def _style(opt: QStyleOptionViewItem) -> QStyle:
    """The style a cell is drawn with: its view's, else the application's."""
    return opt.widget.style() if opt.widget else QApplication.style()


SIZES_KEPT = 2000  # rows' measured sizes an ExerciseDelegate keeps


class ExerciseDelegate(QStyledItemDelegate):
    """The Exercise column: the picture (with its findings badge), the name, the dosage under it.

    Kind rows (top level) are drawn as usual.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # A row's size from what it shows: the view asks for every row after each edit (to fit the
        # column, then to lay the rows out), and only the changed rows need measuring again.
        self._sizes: dict[tuple[object, ...], QSize] = {}

    @staticmethod
    def _is_exercise(index: AnyIndex) -> bool:
        return index.isValid() and index.parent().isValid()

    def _margin(self, opt: QStyleOptionViewItem) -> int:
        """The space the style leaves between a cell's text and its edges."""
        style = _style(opt)
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1

    def text_rect(self, opt: QStyleOptionViewItem) -> QRect:
        """Where the name and dosage go in a cell (opt.rect), inside the style's margins."""
        style = _style(opt)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = self._margin(opt)
        return rect.adjusted(margin, 0, -margin, 0)

    def dosage_lines(self, opt: QStyleOptionViewItem, index: AnyIndex, width: int) -> list[str]:
        """The dosage of an exercise row broken into lines no wider than `width` pixels."""
        text = index.data(DosageTextRole) if self._is_exercise(index) else None
        if not text:
            return []
        metrics = QFontMetrics(opt.font)
        return wrap_dosage(str(text), lambda line: metrics.horizontalAdvance(line) <= width)

    def _cell_width(self, index: AnyIndex) -> int:
        """The width of the cell an index is drawn in, without the tree's indentation."""
        view = self._view
        width = view.columnWidth(index.column())
        if index.column() == max(view.treePosition(), 0):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if not self._is_exercise(index):
            return super().sizeHint(option, index)
        icon = option.decorationSize
        key = (index.data(Qt.ItemDataRole.DisplayRole), index.data(DosageTextRole),
               index.data(Qt.ItemDataRole.DecorationRole) is not None, self._cell_width(index),
               option.font.key(), icon.width(), icon.height(), int(option.features.value))
        known = self._sizes.get(key)
        if known is not None:
            return QSize(known)
        size = self._measure(option, index)
        if len(self._sizes) > SIZES_KEPT:
            self._sizes.clear()
        self._sizes[key] = QSize(size)
        return size

    def _measure(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        dosage = str(index.data(DosageTextRole) or "")
        # Wide enough for the name or the whole dosage on one line, whichever is longer.
        size.setWidth(size.width() + max(0, metrics.horizontalAdvance(dosage)
                                         - metrics.horizontalAdvance(opt.text)))
        opt.rect = QRect(0, 0, self._cell_width(index), size.height())
        lines = self.dosage_lines(opt, index, self.text_rect(opt).width())
        height = (1 + len(lines)) * metrics.lineSpacing() + 2 * ROW_PADDING
        size.setHeight(max(size.height(), height))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not self._is_exercise(index):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = _style(opt)
        rect = self.text_rect(opt)
        name = opt.text
        opt.text = ""  # the style draws the background, selection, focus and picture; we the text
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        lines = self.dosage_lines(opt, index, rect.width())
        metrics = QFontMetrics(opt.font)
        step = metrics.lineSpacing()
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = (QPalette.ColorGroup.Disabled if not enabled
                 else QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        top = rect.top() + max(0, (rect.height() - (1 + len(lines)) * step) // 2)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), top, rect.width(), step), flags,
                         metrics.elidedText(name, opt.textElideMode, rect.width()))
        if not selected:
            painter.setPen(_muted(opt.palette, group))
        for number, line in enumerate(lines, start=1):
            painter.drawText(QRect(rect.left(), top + number * step, rect.width(), step), flags,
                             metrics.elidedText(line, opt.textElideMode, rect.width()))
        painter.restore()


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
        self.setItemDelegateForColumn(PrescriptionModel.EXERCISE, ExerciseDelegate(self))
        self.setItemDelegateForColumn(PrescriptionModel.SIDE, SideDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(PrescriptionModel.EXERCISE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PrescriptionModel.EXERCISE, EXERCISE_WIDTH[0])
        # The dosage is drawn under the name, where it has room to wrap; its column stays in
        # the model (and in screen readers' text of the Exercise cell).
        self.setColumnHidden(PrescriptionModel.DOSAGE, True)
        header.resizeSection(PrescriptionModel.SIDE, 64)
        self.setAccessibleName(self.tr("Exercises of the phase"))
        self.setToolTip(self.tr("Drag to reorder; Delete removes; F2 edits the side or note"))
        self._fitting = False
        self._sized_by_hand: set[int] = set()  # columns the therapist has widened or narrowed
        header.sectionResized.connect(self._on_section_resized)
        model.modelReset.connect(self.expandAll)
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self._on_rows_inserted)

    def fit_columns(self) -> None:
        """Widen the Exercise column to its names and dosages, within bounds.

        A column the therapist has sized by hand keeps its width.
        """
        column = PrescriptionModel.EXERCISE
        if column in self._sized_by_hand:
            return
        least = EXERCISE_WIDTH[0]
        most = max(least, min(EXERCISE_WIDTH[1], int(self.viewport().width() * EXERCISE_SHARE)))
        self._fitting = True
        try:
            self.header().resizeSection(column, max(least, min(self.sizeHintForColumn(column),
                                                               most)))
        finally:
            self._fitting = False

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """A group that came opens; the Exercise column widens for new rows that need it (the
        rows already there were measured when the column was fitted)."""
        model = self.model()
        if not parent.isValid():
            for row in range(first, last + 1):
                self.expand(model.index(row, 0))
            return
        column = PrescriptionModel.EXERCISE
        if column in self._sized_by_hand:
            return
        most = max(EXERCISE_WIDTH[0],
                   min(EXERCISE_WIDTH[1], int(self.viewport().width() * EXERCISE_SHARE)))
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegateForColumn(column)
        needed = max(delegate.sizeHint(option, model.index(row, column, parent)).width()
                     + self.indentation() * 2 for row in range(first, last + 1))
        if self.columnWidth(column) < min(needed, most):
            self._fitting = True
            try:
                self.header().resizeSection(column, min(needed, most))
            finally:
                self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != PrescriptionModel.EXERCISE:
            return
        if not self._fitting and self.isVisible():
            self._sized_by_hand.add(column)
        # Row heights follow the column's width: a narrower column wraps the dosage more.
        self.scheduleDelayedItemsLayout()

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
