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
