"""The library list while typing: rows change without a reset, the best match stays highlighted."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehab_planner.gui.models.library_model import ExerciseIdRole, LibraryModel
from rehab_planner.gui.widgets.library_browser import LibraryBrowser
from rehab_planner.library import Library, Query


def names(model: LibraryModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_changes_the_rows_in_place_and_indexes_follow(qtmodeltester: ModelTester,
                                                             small_library: Library) -> None:
    model = LibraryModel(small_library)
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    knee = QPersistentModelIndex(model.index_of("knee-to-chest"))
    walking = QPersistentModelIndex(model.index_of("walking"))
    for i in range(1, len("knee") + 1):
        model.set_query(Query(text="knee"[:i]))
        qtmodeltester.check(model)
    assert names(model)[0] == "Knee to chest"
    assert not resets  # a layout change, so views keep their selection model
    # A kept index follows its exercise; one filtered out is gone.
    assert knee.isValid() and knee.data(Qt.ItemDataRole.DisplayRole) == "Knee to chest"
    assert knee.row() == 0
    assert not walking.isValid()
    model.set_query(Query())
    assert model.rowCount() == 7 and model.index_of("walking").isValid()
    qtmodeltester.check(model)


def test_the_best_match_is_highlighted_so_enter_adds_it(qtbot: QtBot, small_library: Library) -> None:
    browser = LibraryBrowser(small_library)
    qtbot.addWidget(browser)
    # From the start the first exercise is highlighted and described.
    assert browser.current_exercise() is not None
    assert browser.current_exercise() == small_library.find(
        browser.model.index(0, 0).data(ExerciseIdRole))
    changes: list[object] = []
    browser.current_changed.connect(changes.append)
    browser.search.setText("sit")
    browser.apply_query()
    current = browser.current_exercise()
    assert current is not None and current.id == "sit-to-stand"
    assert browser.count.text() == "1 of 7 exercises"
    # One more letter with the same best match: no second change, the details are not redrawn.
    browser.search.setText("sit ")
    browser.apply_query()
    assert [getattr(e, "id", None) for e in changes] == ["sit-to-stand"]
    chosen: list[str] = []
    browser.exercise_chosen.connect(chosen.append)
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert chosen == ["sit-to-stand"]
    # Nothing found: nothing highlighted, the details show the hint.
    browser.search.setText("zzz")
    browser.apply_query()
    assert browser.current_exercise() is None and browser.count.text() == "0 of 7 exercises"
    browser.search.setText("")
    browser.apply_query()
    assert browser.current_exercise() is not None and browser.model.rowCount() == 7


def test_the_rows_pictures_are_made_after_the_list_shows(qtbot: QtBot, small_library: Library) -> None:
    """The first paint draws each row's initials; the pictures follow, one per turn of the
    event loop, and the rows then show them (taken from the cache)."""
    from rehab_planner.gui.thumbnails import cached_thumbnail

    browser = LibraryBrowser(small_library)
    qtbot.addWidget(browser)
    browser.resize(340, 800)
    delegate = browser.list.itemDelegate()
    ratio = browser.list.devicePixelRatioF()
    shown = [browser.model.index(row).data(Qt.ItemDataRole.UserRole + 3)
             for row in range(browser.model.rowCount())]
    browser.show()
    qtbot.waitExposed(browser)
    # Made afresh (new objects): no picture of them is made yet.
    shown = [e.model_copy() for e in shown]
    browser.set_library(Library({e.id: e for e in shown}))
    browser.list.doItemsLayout()
    browser.list.viewport().grab()  # a paint, before the event loop runs again
    assert delegate.pending() == len(shown)
    assert all(cached_thumbnail(e, 42, ratio) is None for e in shown)
    qtbot.waitUntil(lambda: delegate.pending() == 0)
    assert all(cached_thumbnail(e, 42, ratio) is not None for e in shown)


def test_a_large_library_given_later_gets_its_texts_on_a_worker(qtbot: QtBot, small_library: Library,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A custom exercise saved into a large library (or a plan carrying some) gives the panel a new
    library without its index: its search texts are made on a worker, never on the GUI thread, and
    a query typed meanwhile matches names, then the whole texts."""
    import threading

    from rehab_planner.gui import tasks
    from rehab_planner.gui.widgets import library_browser
    from rehab_planner.library.search import SearchIndex

    threads: list[bool] = []
    prepare = SearchIndex.prepare

    def watched(index: SearchIndex) -> list[str]:
        if not index.is_prepared():
            threads.append(threading.current_thread() is threading.main_thread())
        return prepare(index)

    browser = LibraryBrowser(Library())
    qtbot.addWidget(browser)
    monkeypatch.setattr(library_browser, "LARGE_LIBRARY", 3)  # the small library counts as large
    made: list[bool] = []
    browser.texts_made.connect(lambda: made.append(True))
    held = threading.Event()  # the texts wait until the query is typed
    monkeypatch.setattr(SearchIndex, "prepare", lambda index: (held.wait(10), watched(index))[1])
    browser.set_library(small_library)
    step = next(word for word in small_library.get("knee-to-chest").steps[0].lower().split()
                if len(word) > 4 and word.isalpha()
                and all(word not in e.name.lower() for e in small_library))
    browser.search.setText(step)
    browser.apply_query()
    assert browser.model.by_name_only() and browser.model.rowCount() == 0
    held.set()
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    assert browser.model.index_of("knee-to-chest").isValid()
    assert threads == [False]
    tasks.wait_all()
