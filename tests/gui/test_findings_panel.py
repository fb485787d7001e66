"""The findings panel folds to its summary line when there is nothing to show, and opens again."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from rehab_planner.gui.main_window import FINDINGS_HEIGHT, MainWindow
from rehab_planner.gui.widgets.findings_panel import FindingsPanel
from rehab_planner.model import Plan

from .helpers import wait_findings

SURGERY = dt.date(2026, 11, 2)


def test_the_table_shows_only_while_there_are_findings(qtbot: QtBot, window: MainWindow) -> None:
    # A real check over a real plan gives the findings; an empty list stands for a clean plan.
    real: list[object] = []
    clean = True

    def check(plan: Plan) -> list[object]:
        return [] if clean else real

    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    plan = window.document.plan
    assert plan is not None
    real.extend(window.services.check(plan))
    assert real  # the small library has no figures: each exercise gets a note
    panel = FindingsPanel(check)
    qtbot.addWidget(panel)
    panel.show()
    states: list[bool] = []
    panel.collapsed_changed.connect(states.append)
    panel.update(plan)
    assert panel.is_collapsed() and not panel.table.isVisible() and not panel.accept_button.isVisible()
    assert "No safety findings" in panel.summary.text()
    assert panel.height() <= panel.maximumHeight() < 60
    clean = False
    panel.update(plan)
    assert not panel.is_collapsed() and panel.table.isVisible() and panel.accept_button.isVisible()
    assert panel.model.rowCount() == len(real) and panel.maximumHeight() > 10_000
    clean = True
    panel.update(plan)
    assert panel.is_collapsed() and states == [False, True]


def test_the_findings_dock_gives_its_room_to_the_plan_when_empty(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    panel, dock = window.findings, window.findings_dock
    assert panel.is_collapsed()  # no plan yet
    qtbot.waitUntil(lambda: dock.height() < FINDINGS_HEIGHT - 30)
    folded = dock.height()
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)
    assert panel.model.rowCount() > 0 and not panel.is_collapsed()
    qtbot.waitUntil(lambda: dock.height() >= FINDINGS_HEIGHT - 10)
    assert panel.table.isVisible() and panel.table.height() > 0
    panel.update(None)
    assert panel.is_collapsed()
    qtbot.waitUntil(lambda: dock.height() == folded)
    window.update_findings()
    qtbot.waitUntil(lambda: dock.height() >= FINDINGS_HEIGHT - 10)


def test_no_plan_open_is_not_a_clean_bill(qtbot: QtBot) -> None:
    panel = FindingsPanel(lambda plan: [])
    qtbot.addWidget(panel)
    panel.update(None)
    assert "No safety findings" not in panel.summary.text()
    assert "Open or start a plan" in panel.summary.text()
    assert "#2e7d32" not in panel.summary.text()
