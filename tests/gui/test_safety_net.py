"""Never lose work: the unsaved-changes question, autosave, and restoring after a crash."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtGui import QCloseEvent

from rehab_planner.gui.dialogs.messages import Discard
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.storage import recovery
from rehab_planner.storage.planfile import load_plan

SURGERY = dt.date(2026, 11, 2)


def start_plan(window) -> None:
    assert window.files.create_plan("lumbar-fusion", "Ann Lee", "", SURGERY)
    window.editor.add_exercise("bridge")


def test_close_asks_and_cancel_keeps_the_window(window, answers, tmp_path: Path) -> None:
    start_plan(window)
    asked: list[str] = []
    answers["confirm_discard"] = lambda name: asked.append(name) or Discard.CANCEL
    event = QCloseEvent()
    window.closeEvent(event)
    assert asked == ["Ann Lee"] and not event.isAccepted()
    assert window.document.plan is not None
    # Save: the plan is written, then the window may close.
    answers["confirm_discard"] = lambda name: Discard.SAVE
    path = tmp_path / "ann.json"
    window.files.save_as = lambda path_=None: window.files._save_to(path)  # no file dialog
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()
    assert "bridge" in [rx.exercise_id for rx in load_plan(path).phases[0].prescriptions]


def test_new_and_open_ask_first(window, answers, tmp_path: Path) -> None:
    start_plan(window)
    plan_id = window.document.plan.id
    answers["confirm_discard"] = lambda name: Discard.CANCEL
    assert not window.files.new_plan()
    assert not window.files.open_plan(tmp_path / "other.json")
    assert window.document.plan.id == plan_id
    answers["confirm_discard"] = lambda name: Discard.DISCARD
    other = tmp_path / "other.json"
    other.write_text("{broken")
    assert not window.files.open_plan(other)  # discarded, then the broken file is refused
    errors = answers["errors"]()
    assert errors and "not a plan file" in errors[-1][1]


def test_no_question_when_nothing_changed(window, answers, tmp_path: Path) -> None:
    start_plan(window)
    window.files.save_as(tmp_path / "ann.json")
    event = QCloseEvent()
    window.closeEvent(event)  # confirm_discard would raise: it is not asked
    assert event.isAccepted()


def test_autosave_and_restore_after_a_crash(qtbot, window, services, answers) -> None:
    start_plan(window)
    window.files.autosave()
    session = recovery.session_file()
    assert session.exists()
    # Pretend the process died: the file now belongs to a process that is not running.
    record = json.loads(session.read_text())
    record["pid"] = 2**22 + 4321
    crashed = recovery.session_file("crashed")
    crashed.write_text(json.dumps(record))
    session.unlink()
    window.document.undo_stack.setClean()
    window.close()

    asked: list[str] = []
    answers["confirm_recovery"] = lambda question: asked.append(question) or True
    again = MainWindow(services)
    try:
        assert asked and "Ann Lee" in asked[0]
        plan = again.document.plan
        assert plan is not None and "bridge" in [rx.exercise_id for rx in plan.phases[0].prescriptions]
        assert again.document.is_modified()  # restored work is not saved yet
        assert not crashed.exists()
        assert recovery.session_file().exists()  # autosaved again under this session
        # A clean save removes the recovery file.
        again.files.save_as(Path(str(recovery.recovery_dir().parent / "restored.json")))
        assert not recovery.session_file().exists()
    finally:
        again.document.undo_stack.setClean()
        again.close()


def test_declined_recovery_is_deleted(window, services, answers) -> None:
    start_plan(window)
    path = recovery.write_recovery(window.document.plan, None, recovery.session_file("old"))
    record = json.loads(path.read_text())
    record["pid"] = 2**22 + 99
    path.write_text(json.dumps(record))
    answers["confirm_recovery"] = lambda question: False
    again = MainWindow(services)
    try:
        assert again.document.plan is None and not path.exists()
    finally:
        again.close()
