"""The plan's exercise rows show their open findings; names fit; notes show whole in the tooltip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from rehab_planner.gui import commands
from rehab_planner.gui.dialogs import custom_exercise as custom_exercise_dialog
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.models.plan_model import THUMB, PrescriptionModel
from rehab_planner.gui.thumbnails import thumbnail
from rehab_planner.gui.widgets.exercise_tree import EXERCISE_SHARE, EXERCISE_WIDTH
from rehab_planner.gui.widgets.findings_panel import FINDINGS_ROWS, FindingsPanel
from rehab_planner.library import custom as custom_module
from rehab_planner.model import Exercise, Plan
from rehab_planner.safety.findings import Code, Finding, Severity

from .conftest import make_exercise
from .helpers import wait_findings

SURGERY = dt.date(2026, 11, 2)
DECORATION, TOOLTIP = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole


def _picture(model: PrescriptionModel, rx_id: str) -> QPixmap:
    value = model.index_of(rx_id).data(DECORATION)
    assert isinstance(value, QPixmap)
    return value


def _plain(window: MainWindow, exercise_id: str) -> QPixmap:
    exercise = window.document.library.find(exercise_id)
    assert exercise is not None
    return thumbnail(exercise, THUMB)


def test_a_row_with_an_open_conflict_is_marked_and_follows_the_plan(qtbot: QtBot,
                                                                    window: MainWindow) -> None:
    if not window.services.catalogue:
        return  # the precaution catalogue has not landed: there are no conflicts to show
    checks: list[object] = []
    check = window.services.check

    def counted_check(plan: Plan, library: object = None, differing: object = ()) -> list[object]:
        checks.append(plan)
        return check(plan, library, differing)  # type: ignore[arg-type]

    window.services.check = counted_check  # type: ignore[method-assign]
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    model = window.editor.exercises_model
    plan = window.document.plan
    assert plan is not None
    pump = plan.phases[0].prescriptions[0]
    assert pump.exercise_id == "ankle-pump"

    window.editor.add_exercise("knee-to-chest")  # lumbar flexion under spinal precautions
    rx_id = window.editor.selected_prescriptions()[0].id
    conflict = next(f for f in wait_findings(qtbot, window) if f.prescription_id == rx_id)
    assert conflict.severity == "conflict"
    marked = _picture(model, rx_id)
    assert marked.toImage() != _plain(window, "knee-to-chest").toImage()  # the badge is on it
    tip = model.index_of(rx_id).data(TOOLTIP)
    assert "Knee to chest" in tip and conflict.message in tip
    assert "Conflict" in model.index_of(rx_id).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    # A row without findings keeps its plain picture and names only the exercise.
    assert _picture(model, pump.id).toImage() == _plain(window, "ankle-pump").toImage()
    assert model.index_of(pump.id).data(TOOLTIP) == "Ankle pump"

    # Painting and asking again runs no new check: the rows read the panel's findings.
    before = len(checks)
    for _ in range(5):
        _picture(model, rx_id)
        model.index_of(rx_id).data(TOOLTIP)
    window.editor.tree.viewport().repaint()
    assert len(checks) == before

    window.undo_action.trigger()  # the exercise goes, and so does its mark
    wait_findings(qtbot, window)
    assert not model.index_of(rx_id).isValid() and model.findings_of(rx_id) == []
    window.redo_action.trigger()
    wait_findings(qtbot, window)
    assert model.findings_of(rx_id) and conflict.message in model.index_of(rx_id).data(TOOLTIP)

    # Accepted with a reason, the conflict no longer marks the row; undo brings the mark back.
    current = window.document.plan
    assert current is not None
    finding = next(f for f in window.findings.model.findings if f.prescription_id == rx_id)
    commands.replace_plan(window.document, "Accept finding",
                          window.services.accept(current, finding, "Cleared by the surgeon", "Kim"))
    wait_findings(qtbot, window)
    assert model.findings_of(rx_id) == []
    assert _picture(model, rx_id).toImage() == _plain(window, "knee-to-chest").toImage()
    assert conflict.message not in model.index_of(rx_id).data(TOOLTIP)
    window.undo_action.trigger()
    wait_findings(qtbot, window)
    assert _picture(model, rx_id).toImage() == marked.toImage()
    assert conflict.message in model.index_of(rx_id).data(TOOLTIP)


def test_the_summary_counts_in_plain_words(qtbot: QtBot) -> None:
    findings: list[Finding] = []
    panel = FindingsPanel(lambda plan: findings)
    qtbot.addWidget(panel)
    plan = Plan.model_validate({"patient": {"name": "Ann"}, "surgery_date": SURGERY,
                                "procedure": "Lumbar fusion"})
    conflict = Finding(Severity.CONFLICT, Code.PRECAUTION_CONFLICT, "Bends the low back.")
    warning = Finding(Severity.WARNING, Code.TOO_MANY_EXERCISES, "Too many exercises.")
    findings[:] = [conflict, warning]
    panel.update(plan)
    assert "1 conflict, 1 warning, 2 findings in all" in panel.summary.text()
    findings[:] = [conflict, conflict, conflict]
    panel.update(plan)
    assert "3 conflicts, 0 warnings, 3 findings in all" in panel.summary.text()


def test_the_open_findings_dock_has_room_for_four_rows(qtbot: QtBot, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    wait_findings(qtbot, window)
    panel = window.findings
    assert not panel.is_collapsed()
    row = panel.table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: panel.table.viewport().height() >= FINDINGS_ROWS * row - 2)


def test_names_fit_and_notes_show_whole_in_the_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    medium = make_exercise("shoulder-squeeze", "Shoulder blade squeeze", "shoulder",
                           "strengthening", "sitting", [])
    long = make_exercise("long-name", "Shoulder blade squeeze with a tummy tighten and a long name",
                         "shoulder", "strengthening", "sitting", [])
    window.document.set_library(window.document.library.with_exercise(medium).with_exercise(long))
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    window.editor.add_exercise(medium.id)
    rx_id = window.editor.selected_prescriptions()[0].id
    tree, model = window.editor.tree, window.editor.exercises_model
    index = model.index_of(rx_id)
    # The column fits the name: wider than its old fixed width, and the name is not cut short.
    qtbot.waitUntil(lambda: tree.columnWidth(PrescriptionModel.EXERCISE) > EXERCISE_WIDTH[0])
    assert tree.sizeHintForIndex(index).width() <= tree.visualRect(index).width()
    # A very long name widens it only up to the cap; the Note column keeps room.
    window.editor.add_exercise(long.id)
    cap = min(EXERCISE_WIDTH[1], int(tree.viewport().width() * EXERCISE_SHARE))
    assert tree.sizeHintForColumn(PrescriptionModel.EXERCISE) > cap
    assert tree.columnWidth(PrescriptionModel.EXERCISE) == cap
    note = "Keep your shoulders down and relaxed. Stop if your neck starts to ache or feel tight."
    commands.set_note(window.document, rx_id, note)
    assert model.index_of(rx_id, PrescriptionModel.NOTE).data(TOOLTIP) == note


def test_a_custom_exercise_keeps_exercises_merged_while_its_dialog_was_open(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    shared = make_exercise("shared-wall-push", "Wall push", "shoulder", "strengthening",
                           "standing", [])
    mine = make_exercise("custom-step-up", "Step up", "knee", "strengthening", "standing", [])

    class Dialog:
        """Stands in for the custom exercise dialog; the shared merge lands while it is open."""

        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> bool:
            window.document.set_library(window.document.library.with_exercise(shared))
            return True

        def result_exercise(self) -> Exercise:
            return mine

    # The window imports both when it needs them (not at start-up): patch them where they live.
    monkeypatch.setattr(custom_exercise_dialog, "CustomExerciseDialog", Dialog)
    monkeypatch.setattr(custom_module, "save_custom_exercise",
                        lambda exercise: tmp_path / f"{exercise.id}.yaml")
    window.edit_custom_exercise(None)
    library = window.document.library
    assert library.find(mine.id) is not None and library.find(shared.id) is not None
