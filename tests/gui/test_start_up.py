"""A fresh start: the window shows (with a placeholder) before the library loads, then becomes usable."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject, Qt


def test_the_window_shows_before_the_library_loads_then_the_library_is_usable(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui import tasks
    from rehab_planner.gui.main_window import MainWindow

    win = MainWindow()  # no services: the shipped library loads on a worker thread

    class PaintsBeforeReady(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not win.is_ready():
                self.seen = True
            return False

    paints = PaintsBeforeReady()
    win.installEventFilter(paints)
    win.show()
    # Shown, and the library is not in yet: its result reaches the window through the event loop,
    # which has not run since, and the panels are built only after that.
    assert win.isVisible()
    assert not win.is_ready()
    assert win.centralWidget() is win.loading
    assert "Loading" in win.loading.text()
    assert not hasattr(win, "library")

    qtbot.waitUntil(win.is_ready, timeout=30000)
    assert paints.seen  # the window was painted while the library was loading
    assert win.is_ready()
    assert win.centralWidget() is win.editor  # the placeholder made way for the plan
    # The editor's later tabs were built in a step of their own, in their places.
    tabs = win.editor.tabs
    assert [tabs.widget(i) for i in range(tabs.count())] == [
        tabs.widget(0), win.editor.precautions, win.editor.course, win.editor.details,
        win.editor.settings]
    assert win.editor.settings._topics  # the guidance topics reached the settings tab
    assert win.editor.precautions.model.catalogue  # and the catalogue the precautions tab
    shipped = len(win.document.library)
    assert shipped > 20
    assert win.library.model.rowCount() == shipped
    win.library.search.setText("ankle pump")
    win.library.apply_query()
    names = [win.library.model.index(row).data(Qt.ItemDataRole.DisplayRole)
             for row in range(win.library.model.rowCount())]
    assert 0 < len(names) < shipped
    assert any("ankle" in str(name).lower() for name in names)
    # The library is usable: an exercise goes into a new plan.
    assert win.files.create_plan(None, "Ann Example", "Knee replacement", dt.date(2026, 11, 2))
    exercise = win.library.model.index(0).data(Qt.ItemDataRole.UserRole + 3)
    win.editor.add_exercise(exercise.id)
    assert exercise.id in [rx.exercise_id for phase in win.document.plan.phases
                           for rx in phase.prescriptions]
    assert answers["errors"]() == []
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    tasks.wait_all()


def test_the_window_module_loads_no_pydantic_model_before_the_window_shows() -> None:
    """What the first paint needs (the app, the window's module) loads neither pydantic, the
    library nor the panels; they load on a worker thread after it (bench/gui_bench.py)."""
    code = (
        "import sys\n"
        "from rehab_planner.gui.app import create_application\n"
        "app = create_application([])\n"
        "from rehab_planner.gui.main_window import MainWindow\n"
        "print(sorted(m for m in ('pydantic', 'yaml', 'rehab_planner.model', 'rehab_planner.library',"
        " 'rehab_planner.gui.widgets.plan_editor') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _fresh_window(qtbot):  # type: ignore[no-untyped-def]
    """A window started as the app starts it, with the moments its library showed and it was ready."""
    from rehab_planner.gui.main_window import MainWindow

    win = MainWindow()
    moments: list[str] = []
    win.library_shown.connect(lambda: moments.append("library shown"))
    win.ready.connect(lambda: moments.append("ready"))
    win.show()
    return win, moments


def _close(win) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui import tasks

    win.close()
    win.deleteLater()
    tasks.wait_all()


def test_the_library_lists_and_searches_before_the_other_panels_are_built(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    win, moments = _fresh_window(qtbot)
    qtbot.waitUntil(lambda: "library shown" in moments, timeout=30000)
    if not win.is_ready():  # the usual case: the plan editor is still loading
        assert win.centralWidget() is win.loading
        assert not hasattr(win, "editor")
    browser = win.library
    total = browser.model.total()
    assert total > 20 and browser.model.rowCount() == total  # the whole library, not a first part
    assert win.library_dock.widget() is browser
    browser.search.setText("ankle pump")
    browser.apply_query()
    names = [browser.model.index(row).data(Qt.ItemDataRole.DisplayRole)
             for row in range(browser.model.rowCount())]
    assert 0 < len(names) < total and any("ankle" in str(name).lower() for name in names)
    # The deferred part still comes: every panel, the same library, and then the plan editor works.
    qtbot.waitUntil(win.is_ready, timeout=30000)
    assert moments == ["library shown", "ready"]
    assert win.centralWidget() is win.editor
    assert win.document.library is browser.model._library
    assert win.services.templates and win.services.catalogue  # loaded after the library showed
    assert win.files.create_plan(None, "Ann Example", "Knee replacement", dt.date(2026, 11, 2))
    win.editor.add_exercise(browser.current_exercise().id)
    assert sum(len(phase.prescriptions) for phase in win.document.plan.phases) == 1
    assert answers["errors"]() == []
    win.document.undo_stack.setClean()
    _close(win)


def test_the_pictures_held_while_the_window_loads_are_drawn_once_it_is_ready(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.thumbnails import cached_thumbnail
    from rehab_planner.gui.widgets.exercise_details import PICTURE

    win, moments = _fresh_window(qtbot)
    qtbot.waitUntil(lambda: "library shown" in moments, timeout=30000)
    browser = win.library
    browser.list.resize(340, 600)
    qtbot.waitUntil(win.is_ready, timeout=30000)
    shown = [browser.model.exercise(browser.model.index(row)) for row in range(5)]
    browser.list.viewport().repaint()  # the rows ask for their pictures (from the cache or made)
    qtbot.waitUntil(lambda: browser.delegate.pending() == 0, timeout=10000)
    ratio = browser.list.viewport().devicePixelRatioF()
    assert all(cached_thumbnail(e, 42, ratio) is not None for e in shown)
    # The details show the chosen exercise's drawing (made once the window was ready).
    current = browser.current_exercise()
    assert current is not None
    drawing = cached_thumbnail(current, PICTURE, browser.details.devicePixelRatioF())
    assert drawing is not None
    assert browser.details._picture.pixmap().cacheKey() == drawing.cacheKey()
    _close(win)


def test_a_bad_custom_exercise_file_is_named_once_the_window_is_ready(
        qtbot, answers, _private_user_data) -> None:  # type: ignore[no-untyped-def]
    folder = _private_user_data / "custom-exercises"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.yaml").write_text(
        "schema_version: 1\nexercises:\n"
        "  - id: my-bridge\n    name: My bridge\n    region: hip\n    category: strengthening\n"
        "    position: lying_on_back\n    steps: [Lift your hips.]\n"
        "    dosage: {sets: 99, reps: 10, times_a_day: 1}\n", encoding="utf-8")
    win, _moments = _fresh_window(qtbot)
    qtbot.waitUntil(win.is_ready, timeout=30000)
    errors = answers["errors"]()
    assert len(errors) == 1
    text = errors[0][1]
    assert "mine.yaml" in text and "my-bridge" in text and "dosage.sets" in text
    assert "my-bridge" not in win.document.library  # skipped; the rest of the library loaded
    assert win.library.model.total() == len(win.document.library) > 20
    _close(win)


def test_a_search_typed_while_the_window_loads_keeps_the_library_in_front(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    win, moments = _fresh_window(qtbot)
    qtbot.waitUntil(lambda: "library shown" in moments, timeout=30000)
    win.library.search.setText("heel")
    qtbot.waitUntil(win.is_ready, timeout=30000)
    assert win.library.search.text() == "heel"
    tabs = win.tabifiedDockWidgets(win.library_dock)
    assert tabs  # the Patients dock shares the library's place
    assert not win.library_dock.visibleRegion().isEmpty()  # and the library is the tab in front
    assert all(dock.visibleRegion().isEmpty() for dock in tabs)
    _close(win)


def test_many_custom_exercises_come_after_the_shipped_ones_and_the_library_is_then_whole(
        qtbot, answers, monkeypatch, _private_user_data) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui import start_up

    folder = _private_user_data / "custom-exercises"
    folder.mkdir(parents=True, exist_ok=True)
    entries = "".join(
        f"  - id: my-bridge-{i}\n    name: My bridge {i}\n    region: hip\n"
        "    category: strengthening\n    position: lying_on_back\n    steps: [Lift your hips.]\n"
        "    dosage: {sets: 2, reps: 10, times_a_day: 1}\n    custom: true\n" for i in range(40))
    (folder / "mine.yaml").write_text(f"schema_version: 1\nexercises:\n{entries}", encoding="utf-8")
    monkeypatch.setattr(start_up, "LARGE_CUSTOM_LIBRARY_BYTES", 1000)  # 40 exercises count as many
    win, moments = _fresh_window(qtbot)
    first: list[tuple[int, bool]] = []  # what the panel lists when it first shows
    win.library_shown.connect(lambda: first.append(
        (win.library.model.total(), win.library.model.index_of("my-bridge-0").isValid())))
    win.library_loaded.connect(lambda: moments.append("library loaded"))
    qtbot.waitUntil(win.is_ready, timeout=30000)
    assert moments == ["library shown", "library loaded", "ready"]
    shipped, custom_shown = first[0]
    assert shipped > 20 and not custom_shown  # the shipped exercises first, alone
    whole = win.library.model.total()
    assert whole == shipped + 40 == len(win.document.library)  # then every one
    assert all(f"my-bridge-{i}" in win.document.library for i in range(40))
    win.library.search.setText("my bridge 39")
    win.library.apply_query()
    assert win.library.current_exercise().id == "my-bridge-39"
    assert answers["errors"]() == []
    _close(win)


def test_a_small_custom_library_loads_with_the_shipped_one_at_once(
        qtbot, answers, _private_user_data) -> None:  # type: ignore[no-untyped-def]
    folder = _private_user_data / "custom-exercises"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.yaml").write_text(
        "schema_version: 1\nexercises:\n  - id: my-bridge\n    name: My bridge\n    region: hip\n"
        "    category: strengthening\n    position: lying_on_back\n    steps: [Lift your hips.]\n"
        "    dosage: {sets: 2, reps: 10, times_a_day: 1}\n    custom: true\n", encoding="utf-8")
    win, moments = _fresh_window(qtbot)
    qtbot.waitUntil(lambda: "library shown" in moments, timeout=30000)
    assert win.library.model.index_of("my-bridge").isValid()  # in the first rows shown
    qtbot.waitUntil(win.is_ready, timeout=30000)
    _close(win)


def test_a_spanish_interface_shows_the_spanish_library_as_soon_as_it_shows(qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.settings import UiSettings
    from rehab_planner.i18n.content import EXERCISES_FILE, language_lookup

    settings = UiSettings()
    settings.set_interface_language("es")
    settings.sync()
    texts = language_lookup("es").texts
    win, _moments = _fresh_window(qtbot)
    first: list[tuple[str, str]] = []  # (id, name) of the first rows when the library shows
    win.library_shown.connect(lambda: first.extend(
        (win.library.model.index(r).data(Qt.ItemDataRole.UserRole + 1),
         win.library.model.index(r).data(Qt.ItemDataRole.DisplayRole)) for r in range(10)))
    qtbot.waitUntil(win.is_ready, timeout=30000)
    spanish = [(i, name) for i, name in first if texts.get(f"{EXERCISES_FILE}: exercises.{i}.name")]
    assert spanish and all(name == texts[f"{EXERCISES_FILE}: exercises.{i}.name"] for i, name in spanish)
    win.library.search.setText(spanish[0][1].split()[0])  # a Spanish word finds it
    win.library.apply_query()
    assert win.library.model.index_of(spanish[0][0]).isValid()
    _close(win)


def test_words_typed_before_the_search_texts_are_made_match_names_then_the_whole_texts(
        qtbot, answers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A fresh start makes the search texts on a worker once every panel is built; a query typed
    before shows the exercises whose name holds the words, and then, unchanged, the full result.
    The GUI thread never makes the texts."""
    import threading

    from rehab_planner.library.search import SearchIndex
    from rehab_planner.text import fold

    on_gui_thread: list[bool] = []
    prepare = SearchIndex.prepare

    def watched(index: SearchIndex) -> list[str]:
        if not index.is_prepared():
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return prepare(index)

    monkeypatch.setattr(SearchIndex, "prepare", watched)
    win, moments = _fresh_window(qtbot)
    made: list[bool] = []
    qtbot.waitUntil(lambda: "library shown" in moments, timeout=30000)
    browser = win.library
    browser.texts_made.connect(lambda: made.append(True))
    # A word of an exercise's steps that no shown name holds.
    shown = [browser.model.index(r).data(Qt.ItemDataRole.UserRole + 3)
             for r in range(browser.model.rowCount())]
    names = " ".join(fold(e.name) for e in shown)
    word, exercise_id = next((w, e.id) for e in shown for w in fold(" ".join(e.steps)).split()
                             if len(w) > 5 and w.isalpha() and w not in names)
    named = fold(shown[0].name).split()[0]  # a word of a name, too

    browser.search.setText(f"{named}")
    browser.apply_query()
    assert not made and browser.model.by_name_only()
    by_name = [e.id for e in shown if named in fold(e.name)]
    assert [browser.model.index(r).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(browser.model.rowCount())] == by_name
    assert "by name" in browser.count.text()
    browser.search.setText(word)
    browser.apply_query()
    assert browser.model.rowCount() == 0 and not browser.model.index_of(exercise_id).isValid()

    qtbot.waitUntil(lambda: bool(made), timeout=30000)
    assert win.is_ready() and browser.model.texts_ready() and not browser.model.by_name_only()
    assert browser.search.text() == word  # the query typed early, now over the whole texts
    assert browser.model.index_of(exercise_id).isValid()
    assert browser.current_exercise() is not None
    assert "by name" not in browser.count.text()
    assert on_gui_thread == [False]  # made once, on the worker
    _close(win)
