"""LibraryModel: the exercises matching the current search, in search order, keyed by id."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rehab_planner.library import Library, Query
from rehab_planner.library.search import SearchIndex
from rehab_planner.model import Exercise

from ..labels import kind_line
from ..shown_texts import ShownTexts

EXERCISE_MIME = "application/x-rehab-exercise-ids"
ExerciseIdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
ExerciseRole = Qt.ItemDataRole.UserRole + 3  # the exercise as shown (in the interface language)

AnyIndex = QModelIndex | QPersistentModelIndex


def exercise_ids_from_mime(mime: QMimeData) -> list[str]:
    """The exercise ids a drag from the library carries."""
    if not mime.hasFormat(EXERCISE_MIME):
        return []
    return [i for i in bytes(mime.data(EXERCISE_MIME).data()).decode().split("\n") if i]


def library_index(library: Library, shown: ShownTexts) -> SearchIndex:
    """The search index of a library as `shown` shows it (plain data: any thread may build it).

    In another language a word of either language finds an exercise.
    """
    display = shown.library(library)
    versions = None if display is library else library.exercises
    return display.search_index(versions)


class LibraryModel(QAbstractListModel):
    """The library filtered by a Query (the search itself is library.search, in the core).

    In a Spanish interface the rows show the exercises' Spanish names and texts (English, marked,
    where there is none) and a word of either language finds an exercise; `exercise()` still
    gives the library's own exercise, the one a plan and the custom exercise editor use.

    Args:
        shown: the texts in the interface language (English when None).
    """

    def __init__(self, library: Library | None = None, parent=None,
                 shown: ShownTexts | None = None, index: SearchIndex | None = None) -> None:
        super().__init__(parent)
        self._shown_texts = shown or ShownTexts()
        self._library = library or Library()
        self._display = self._library
        self._index = SearchIndex([])
        self._query = Query()
        self._shown: list[str] = []
        self.set_library(self._library, index)

    # --- data ------------------------------------------------------------------------------------

    def set_library(self, library: Library, index: SearchIndex | None = None) -> None:
        """Show a new library (the query is kept).

        Args:
            index: `library_index(library, shown)` made already (on a worker thread at start-up).
        """
        self.beginResetModel()
        self._library = library
        self._display = self._shown_texts.library(library)
        # The searchable text of each exercise is built once, so a keystroke only compares strings
        # (at start-up on a worker thread; here, when a library comes without its index).
        # An index given may come without its texts (a fresh start makes them on a worker once
        # every panel is built, and then calls texts_prepared).
        if index is None:
            index = library_index(library, self._shown_texts)
            index.prepare()
        self._index = index
        self._shown = self._search(self._query)
        self.endResetModel()

    def texts_ready(self) -> bool:
        """True when a query's words search the exercises' whole texts; False while they are being
        made: the rows then show the exercises whose name holds the words (by_name_only)."""
        return self._index.is_prepared()

    def by_name_only(self) -> bool:
        """True while the rows match the words by the exercises' names only (texts not ready)."""
        return bool(self._query.words) and not self.texts_ready()

    def texts_prepared(self, index: SearchIndex) -> None:
        """The texts of `index` are made (on a worker): a query typed meanwhile searches them now."""
        if index is self._index and self._query.words:
            self._show(self._search(self._query))

    def _search(self, query: Query) -> list[str]:
        # The texts are never made here, on the GUI thread, for an index that came without them:
        # with 10,000 exercises that takes a second (every exercise validated).
        if query.words and not self._index.is_prepared():
            return self._index.search_names(query)
        return self._index.search_ids(query)

    def set_query(self, query: Query) -> None:
        """Show the exercises matching a query.

        The rows change in one layout change rather than a reset: the views keep their
        selection model and what is still shown stays selected (persistent indexes follow).
        """
        if query == self._query:
            return
        self._query = query
        self._show(self._search(query))

    def _show(self, shown: list[str]) -> None:
        if shown == self._shown:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._shown
        self._shown = shown
        persistent = self.persistentIndexList()
        if persistent:
            rows = {exercise_id: row for row, exercise_id in enumerate(shown)}
            self.changePersistentIndexList(
                persistent,
                [self._moved(index, old, rows) for index in persistent])
        self.layoutChanged.emit()

    def _moved(self, index: QModelIndex, old: list[str], rows: dict[str, int]) -> QModelIndex:
        """Where a persistent index goes after the rows change (invalid once filtered out)."""
        if not index.isValid() or index.row() >= len(old):
            return QModelIndex()
        row = rows.get(old[index.row()])
        return QModelIndex() if row is None else self.index(row, index.column())

    @property
    def shown_texts(self) -> ShownTexts:
        """The texts in the interface language the rows show."""
        return self._shown_texts

    @property
    def search_index(self) -> SearchIndex:
        """The index the rows come from."""
        return self._index

    @property
    def query(self) -> Query:
        """The current query."""
        return self._query

    def exercise(self, index: AnyIndex) -> Exercise | None:
        """The exercise at an index."""
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._library.find(self._shown[index.row()])

    def shown_exercise(self, index: AnyIndex) -> Exercise | None:
        """The exercise at an index as the rows show it (its texts in the interface language)."""
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._display.find(self._shown[index.row()])

    def index_of(self, exercise_id: str) -> QModelIndex:
        """The index showing an exercise (invalid when it is filtered out)."""
        try:
            return self.index(self._shown.index(exercise_id), 0)
        except ValueError:
            return QModelIndex()

    def total(self) -> int:
        """How many exercises the library has."""
        return len(self._library)

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        exercise = self.shown_exercise(index)
        if exercise is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return exercise.name
        if role == ExerciseIdRole:
            return exercise.id
        if role == ExerciseRole:
            return exercise
        if role == DetailRole:
            return kind_line(exercise.category, exercise.region, exercise.position)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{exercise.name}\n{self._shown_texts.dosage(exercise.dosage)}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        ids = [self._shown[i.row()] for i in indexes if i.isValid()]
        mime.setData(EXERCISE_MIME, QByteArray("\n".join(ids).encode()))
        mime.setText("\n".join(ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
