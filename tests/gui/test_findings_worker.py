"""The safety check runs on a worker thread after an edit; the panel only ever shows the findings of
the plan as it is now (a result for an older version of the plan is dropped)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from rehab_planner.gui import tasks
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.model import Plan
from rehab_planner.safety.findings import Code, Finding, Severity

from .helpers import wait_findings

SURGERY = dt.date(2026, 11, 2)


def _messages(findings: list) -> list[str]:
    return sorted(f.message for f in findings)


def test_after_an_edit_the_panel_shows_the_new_plans_findings(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    before = _messages(wait_findings(qtbot, window))
    window.editor.add_exercise("knee-to-chest")  # lumbar flexion under spinal precautions
    assert window.findings.model.is_checking()  # the check went to a worker
    shown = _messages(wait_findings(qtbot, window))
    plan = window.document.plan
    assert plan is not None
    expected = _messages(window.services.check(plan, window.document.library))
    assert shown == expected and shown != before
    # The exercise rows follow the same findings.
    rx_id = window.editor.selected_prescriptions()[0].id
    marks = [f.message for f in window.editor.exercises_model.findings_of(rx_id)]
    assert marks and all(m in shown for m in marks)


@pytest.fixture
def roomy_pool() -> Iterator[None]:
    """Threads enough that a second check runs while the first is held (a 2-CPU machine's pool
    has two, and the preview may take one)."""
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(before, 6))
    yield
    pool.setMaxThreadCount(before)


def test_two_edits_in_a_row_only_the_last_result_shows(qtbot: QtBot, window: MainWindow,
                                                       roomy_pool: None) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)
    held, entered = threading.Event(), threading.Event()
    checked: list[int] = []

    def check(plan: Plan, library=None, differing=()) -> list:  # type: ignore[no-untyped-def]
        count = sum(len(phase.prescriptions) for phase in plan.phases)
        checked.append(count)
        if len(checked) == 1:  # the first edit's check is slow: it ends after the second's
            entered.set()
            held.wait(10)
        return [Finding(Severity.WARNING, Code.TOO_MANY_EXERCISES, f"{count} exercises")]

    window.services.check = check  # type: ignore[method-assign]
    shown: list[list[str]] = []
    window.findings.model.modelReset.connect(
        lambda: shown.append(_messages(window.findings.model.findings)))
    plan = window.document.plan
    assert plan is not None
    first = sum(len(phase.prescriptions) for phase in plan.phases)
    try:
        window.editor.add_exercise("bridge")
        qtbot.waitUntil(entered.is_set)  # the first check is running
        window.editor.add_exercise("heel-slide")
        wait_findings(qtbot, window)  # the second check is in, the first still held
        assert _messages(window.findings.model.findings) == [f"{first + 2} exercises"]
    finally:
        held.set()
    tasks.wait_all()
    qtbot.wait(50)  # the first check's result reaches the GUI thread, and is dropped
    assert checked == [first + 1, first + 2]
    assert shown == [[f"{first + 2} exercises"]]  # the older plan's findings never showed
    assert _messages(window.findings.model.findings) == [f"{first + 2} exercises"]
    assert "1 warning" in window.findings.summary.text()


def test_a_check_waiting_for_a_thread_is_skipped_when_a_newer_plan_comes(
        qtbot: QtBot, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)
    checked: list[int] = []

    def check(plan: Plan, library=None, differing=()) -> list:  # type: ignore[no-untyped-def]
        checked.append(sum(len(phase.prescriptions) for phase in plan.phases))
        return []

    window.services.check = check  # type: ignore[method-assign]
    pool = QThreadPool.globalInstance()
    tasks.wait_all()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    held = threading.Event()
    try:
        pool.start(lambda: held.wait(10))  # the only thread is busy: the checks queue
        for exercise_id in ("bridge", "heel-slide", "sit-to-stand"):
            window.editor.add_exercise(exercise_id)
        held.set()
        wait_findings(qtbot, window)
    finally:
        held.set()
        pool.setMaxThreadCount(before)
    plan = window.document.plan
    assert plan is not None
    assert checked == [sum(len(phase.prescriptions) for phase in plan.phases)]  # the last only


def test_edits_in_quick_succession_start_one_check_after_their_own_work(
        qtbot: QtBot, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)
    checked: list[int] = []

    def check(plan: Plan, library=None, differing=()) -> list:  # type: ignore[no-untyped-def]
        checked.append(sum(len(phase.prescriptions) for phase in plan.phases))
        return []

    window.services.check = check  # type: ignore[method-assign]
    for exercise_id in ("bridge", "heel-slide"):
        window.editor.add_exercise(exercise_id)
    tasks.wait_all()
    assert checked == []  # nothing started while the edits ran
    wait_findings(qtbot, window)
    plan = window.document.plan
    assert plan is not None
    assert checked == [sum(len(phase.prescriptions) for phase in plan.phases)]


def test_a_failed_check_is_not_a_clean_bill(qtbot: QtBot, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)

    def check(plan: Plan, library=None, differing=()) -> list:  # type: ignore[no-untyped-def]
        raise ValueError("the catalogue is broken")

    window.services.check = check  # type: ignore[method-assign]
    window.editor.add_exercise("bridge")
    assert wait_findings(qtbot, window) == []
    text = window.findings.summary.text()
    assert "Could not check the plan: the catalogue is broken" in text
    assert "No safety findings" not in text
