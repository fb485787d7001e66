"""A custom exercise saved in one window reaches another therapist's window through the database."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from rehab_planner import paths
from rehab_planner.figures.photo import photo_path
from rehab_planner.gui import tasks
from rehab_planner.gui.dialogs.custom_exercise import CustomExerciseDialog
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.preferences import Preferences
from tests.storage.test_database import BACKENDS, backend_url

WAIT_MS = 10000


@pytest.fixture(params=BACKENDS)
def clinic_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The clinic's shared database, once per backend."""
    return backend_url(request.param, tmp_path)


@pytest.fixture
def open_window(qtbot, services, answers) -> Iterator:  # type: ignore[no-untyped-def]
    """Opens a main window for a therapist on a database; closes them all at the end."""
    windows: list[MainWindow] = []

    def make(url: str, therapist: str, wait: bool = True) -> MainWindow:
        prefs = Preferences(therapist=therapist, database_url=url)
        win = MainWindow(dataclasses.replace(services, preferences=prefs))
        win.setWindowState(Qt.WindowState.WindowNoState)
        win.show()
        qtbot.waitExposed(win)
        if wait:
            qtbot.waitUntil(lambda: win.patients.controller.database is not None, timeout=WAIT_MS)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.document.undo_stack.setClean()
        win.close()
        win.deleteLater()
    tasks.wait_all()


def write_exercise(monkeypatch: pytest.MonkeyPatch, name: str, photo: Path) -> None:
    """The next custom exercise dialog is filled in and saved as a therapist would."""
    def fill_and_save(dialog: CustomExerciseDialog) -> int:
        dialog.name.setText(name)
        dialog.steps.setPlainText("Put a rolled towel between your knees.\nSqueeze for 5 seconds.")
        dialog.photo.setText(str(photo))
        dialog._on_save_clicked()
        return int(dialog.result_exercise() is not None)

    monkeypatch.setattr(CustomExerciseDialog, "exec", fill_and_save)


def shown_names(window: MainWindow) -> list[str]:
    model = window.library.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_an_exercise_saved_in_one_window_appears_in_a_fresh_window(
    qtbot, open_window, clinic_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    picture = tmp_path / "towel.png"
    Image.new("RGB", (40, 30), "green").save(picture)
    kim = open_window(clinic_url, "Kim Lee")
    write_exercise(monkeypatch, "Towel squeeze", picture)
    with qtbot.waitSignal(kim.patients.shared_exercises.shared, timeout=WAIT_MS) as saved:
        kim.edit_custom_exercise(None)
    exercise_id = saved.args[0]
    assert exercise_id == "custom-towel-squeeze"
    assert (paths.custom_exercises_dir() / f"{exercise_id}.yaml").is_file()  # still a local file

    kim_data = paths.user_data()
    # Sam works on another computer: his own data folder, the same clinic database.
    sam_data = tmp_path / "sam-data"
    monkeypatch.setenv("REHAB_PLANNER_DATA", str(sam_data))
    assert not (paths.custom_exercises_dir() / f"{exercise_id}.yaml").exists()
    sam = open_window(clinic_url, "Sam Ortiz")
    qtbot.waitUntil(lambda: exercise_id in sam.document.library, timeout=WAIT_MS)
    shared = sam.document.library.get(exercise_id)
    assert shared.name == "Towel squeeze" and shared.custom
    found = photo_path(shared)
    assert found is not None and found.is_relative_to(sam_data)
    assert found.read_bytes() == (kim_data / "custom-exercises" / shared.id).with_suffix(
        ".png").read_bytes()
    with Image.open(found) as image:
        assert image.size == (40, 30)
    qtbot.waitUntil(lambda: "Towel squeeze" in " ".join(map(str, shown_names(sam))),
                    timeout=WAIT_MS)

    # The database says who shared it.
    with PatientDatabase.open(clinic_url) as db:
        [row] = db.shared_exercises(with_photos=False)
    assert row.saved_by == "Kim Lee" and row.has_photo


def test_without_a_database_custom_exercises_still_save_on_this_computer(
    qtbot, open_window, answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    picture = tmp_path / "towel.png"
    Image.new("RGB", (40, 30), "green").save(picture)
    missing = tmp_path / "no-such-folder" / "clinic.sqlite3"
    window = open_window(f"sqlite:///{missing}", "Kim Lee", wait=False)
    controller = window.patients.controller
    qtbot.waitUntil(lambda: "could not be opened" in controller.problem, timeout=WAIT_MS)
    write_exercise(monkeypatch, "Chair march", picture)
    window.edit_custom_exercise(None)
    assert "custom-chair-march" in window.document.library
    assert (paths.custom_exercises_dir() / "custom-chair-march.yaml").is_file()
    assert photo_path(window.document.library.get("custom-chair-march")) is not None
    assert answers["errors"]() == []
