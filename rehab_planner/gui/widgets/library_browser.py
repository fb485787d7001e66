"""LibraryBrowser: search as you type, filters by region, kind, position and equipment, a list."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rehab_planner.library import Library, Query
from rehab_planner.library.search import SearchIndex
from rehab_planner.model import Category, Equipment, Exercise, Position, Region

from ..labels import label
from ..models.library_model import DetailRole, ExerciseRole, LibraryModel, library_index
from ..shown_texts import ShownTexts
from ..thumbnails import cached_thumbnail, paint_initials, thumbnail
from .exercise_details import ExerciseDetails

ROW_HEIGHT = 52
LARGE_LIBRARY = 3000  # above this, typing is debounced so fast typists are not slowed down


class ExerciseDelegate(QStyledItemDelegate):
    """A row: picture, name in bold, kind and region below.

    A picture not made yet shows as the kind's colour and initials; the pictures are then made
    one at a time between events (each takes a few milliseconds), so a list that shows for the
    first time, or scrolls to new rows, never holds the window up. While the window is still
    loading its other panels the pictures wait (`hold_pictures`): the loading thread and the
    drawing would take turns and the window would answer late.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._held = False
        self._wanted: dict[str, tuple[Exercise, int, float]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_one)

    def _picture(self, exercise: Exercise, size: int, ratio: float) -> QPixmap | None:
        pixmap = cached_thumbnail(exercise, size, ratio)
        if pixmap is None:
            self._wanted[exercise.id] = (exercise, size, ratio)
            if not self._held:
                self._timer.start()
        return pixmap

    def hold_pictures(self, held: bool) -> None:
        """Wait with the pictures (True), or make the ones wanted so far (False)."""
        self._held = held
        if not held and self._wanted:
            self._timer.start()

    def _make_one(self) -> None:
        if not self._wanted or self._held:
            return
        exercise_id = next(iter(self._wanted))
        exercise, size, ratio = self._wanted.pop(exercise_id)
        thumbnail(exercise, size, ratio)
        self._view.viewport().update()  # the row repaints from the cache (cheap)
        if self._wanted:
            self._timer.start()

    def pending(self) -> int:
        """How many pictures of shown rows are still to be made."""
        return len(self._wanted)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        exercise = index.data(ExerciseRole)
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        if not isinstance(exercise, Exercise):
            return
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = ROW_HEIGHT - 10
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        picture = self._picture(exercise, size, ratio)
        if picture is not None:
            painter.drawPixmap(rect.left() + 6, rect.top() + 5, picture)
        else:
            paint_initials(painter, QRectF(rect.left() + 6, rect.top() + 5, size, size), exercise)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        colour = palette.highlightedText().color() if selected else palette.text().color()
        text_left = rect.left() + size + 16
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(colour)
        name_rect = QRect(text_left, rect.top() + 6, rect.right() - text_left - 4, rect.height() // 2 - 4)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(exercise.name, Qt.TextElideMode.ElideRight,
                                                          name_rect.width()))
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.placeholderText().color())
        detail_rect = name_rect.translated(0, rect.height() // 2 - 4)
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(str(index.data(DetailRole)),
                                                          Qt.TextElideMode.ElideRight,
                                                          detail_rect.width()))
        painter.restore()


def _facet_combo(any_text: str, values: type[StrEnum], name: str) -> QComboBox:
    combo = QComboBox()
    # "" rather than None: PySide6 6.12 returns an empty QVariant as None without a reference,
    # and enough such calls crash Python 3.11 (bench/gui_bench.py found it).
    combo.addItem(any_text, "")
    for value in values:
        combo.addItem(label(value), value)
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class LibraryBrowser(QWidget):
    """The exercise library panel.

    Signals:
        exercise_chosen(str): an exercise was double-clicked or Enter was pressed on it.
        current_changed(object): the highlighted Exercise changed (or None).
        texts_made(): the search texts of the library shown are made (make_texts).

    Args:
        shown: the interface language's texts; the exercises show their names and steps in it.
        index: the library's search index, made already (models.library_model.library_index).
        pictures_held: start with `hold_pictures(True)`.
    """

    exercise_chosen = Signal(str)
    current_changed = Signal(object)
    texts_made = Signal()

    def __init__(self, library: Library | None = None, parent: QWidget | None = None,
                 shown: ShownTexts | None = None, index: SearchIndex | None = None,
                 pictures_held: bool = False) -> None:
        super().__init__(parent)
        self.model = LibraryModel(library, self, shown, index)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises (name, steps, tags)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setToolTip(self.tr("Type words from the name, the steps or the movements"))
        self.region = _facet_combo(self.tr("Any region"), Region, self.tr("Region filter"))
        self.kind = _facet_combo(self.tr("Any kind"), Category, self.tr("Kind filter"))
        self.position = _facet_combo(self.tr("Any position"), Position, self.tr("Position filter"))
        self.equipment = _facet_combo(self.tr("Any equipment"), Equipment, self.tr("Equipment filter"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Exercises shown"))
        self.count.setWordWrap(True)  # the longer "by name" line must not widen the panel
        self.list = QListView()
        self.list.setModel(self.model)
        self.delegate = ExerciseDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        # Lay out a long list in batches between events: the first rows show at once and typing is
        # not held up by laying out thousands of rows nobody sees (10,000 exercises: 20 -> 12 ms).
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Exercise library"))
        self.list.setToolTip(self.tr("Double-click, press Enter or drag an exercise to add it"))
        self.list.installEventFilter(self)
        self.search.installEventFilter(self)
        self.details = ExerciseDetails(shown=shown)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._build_layout()
        self._connect_signals()
        if pictures_held:
            self.hold_pictures(True)
        self._on_model_rows_changed()

    def _build_layout(self) -> None:
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.region, 0, 0)
        filters.addWidget(self.kind, 0, 1)
        filters.addWidget(self.position, 1, 0)
        filters.addWidget(self.equipment, 1, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self._timer.timeout.connect(self.apply_query)
        for combo in (self.region, self.kind, self.position, self.equipment):
            combo.currentIndexChanged.connect(self.apply_query)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.model.modelReset.connect(self._on_model_rows_changed)
        self.model.layoutChanged.connect(self._on_model_rows_changed)

    # --- public ----------------------------------------------------------------------------------

    def set_library(self, library: Library, index: SearchIndex | None = None) -> None:
        """Show another library (after loading, or a custom exercise saved).

        Args:
            index: its search index, made already (models.library_model.library_index).

        A large library given without its index (LARGE_LIBRARY) gets its search texts made on a
        worker (make_texts), as at a fresh start: with 10,000 exercises they take a second.
        """
        if index is None and len(library) > LARGE_LIBRARY:
            self.model.set_library(library, library_index(library, self.model.shown_texts))
            self.make_texts()
            return
        self.model.set_library(library, index)

    def make_texts(self) -> None:
        """Make the search texts of the library shown on a worker thread, unless made already.

        Until they are in, words typed match the exercises' names only (the count says so); then
        the same query searches the whole texts. They are never made on the GUI thread here.
        """
        index = self.model.search_index
        if index.is_prepared():
            self.texts_made.emit()
            return
        from .. import tasks
        from ..start_up import prepare_search_texts

        tasks.run(prepare_search_texts, index, on_done=lambda _texts: self._on_texts_made(index))

    def _on_texts_made(self, index: SearchIndex) -> None:
        if not isValid(self) or index is not self.model.search_index:
            return  # the window closed, or another library came meanwhile (its own texts follow)
        self.model.texts_prepared(index)
        self._update_count()
        self.texts_made.emit()

    def hold_pictures(self, held: bool) -> None:
        """While the window loads its other panels, rows and details show initials (True); then
        the drawings are made (False), one row at a time."""
        self.delegate.hold_pictures(held)
        self.details.hold_picture(held)

    def query(self) -> Query:
        """The query the search box and filters describe."""
        def chosen(combo: QComboBox) -> frozenset:
            value = combo.currentData()
            return frozenset([value]) if value else frozenset()
        return Query(
            text=self.search.text(),
            regions=chosen(self.region),
            categories=chosen(self.kind),
            positions=chosen(self.position),
            equipment=chosen(self.equipment),
        )

    def is_searching(self) -> bool:
        """True when the search box or a filter narrows the list."""
        return bool(self.search.text().strip()) or any(
            combo.currentIndex() > 0 for combo in (self.region, self.kind, self.position, self.equipment))

    def apply_query(self) -> None:
        """Filter the list now."""
        self._timer.stop()
        self.model.set_query(self.query())

    def current_exercise(self) -> Exercise | None:
        """The highlighted exercise."""
        return self.model.exercise(self.list.currentIndex())

    def select_exercise(self, exercise_id: str) -> None:
        """Highlight an exercise, if shown."""
        index = self.model.index_of(exercise_id)
        if index.isValid():
            self.list.setCurrentIndex(index)

    # --- slots -----------------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        if self.model.total() > LARGE_LIBRARY:
            self._timer.start()
        else:
            self.apply_query()

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        exercise = self.model.exercise(index)
        if exercise is not None:
            self.exercise_chosen.emit(exercise.id)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_exercise(self.model.shown_exercise(current))
        self.current_changed.emit(self.model.exercise(current))

    def _on_model_rows_changed(self) -> None:
        # A new search or library: the best match is highlighted, so Enter adds it. When it was
        # highlighted already, nothing is redrawn in the details.
        self._update_count()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.scrollToTop()
        else:
            self.details.show_exercise(None)

    def _update_count(self) -> None:
        text = (self.tr("%1 of %2 exercises, by name (the steps are searched in a moment)")
                if self.model.by_name_only() else self.tr("%1 of %2 exercises"))
        self.count.setText(text.replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_query()
                self.list.setFocus()
                if key != Qt.Key.Key_Down:
                    exercise = self.current_exercise()
                    if exercise is not None:
                        self.exercise_chosen.emit(exercise.id)
                return True
            if watched is self.list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                for index in self.list.selectionModel().selectedIndexes() or [self.list.currentIndex()]:
                    exercise = self.model.exercise(index)
                    if exercise is not None:
                        self.exercise_chosen.emit(exercise.id)
                return True
        return super().eventFilter(watched, event)
