"""After an edit of the phase's exercises the plan tree changes only the rows that changed: no reset,
so the chosen exercises, the folded kinds and the scroll stay as the therapist left them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from pytestqt.qtbot import QtBot

from rehab_planner.gui import commands
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.models.phase_model import IdRole
from rehab_planner.gui.models.plan_model import DosageTextRole, PrescriptionModel
from rehab_planner.model import Dosage

SURGERY = dt.date(2026, 11, 2)


def _rows(model: PrescriptionModel) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the model shows: each group's title, and its exercises' ids and names."""
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        items = [(model.index(r, 0, group).data(IdRole), model.index(r, 0, group).data())
                 for r in range(model.rowCount(group))]
        out.append((group.data(), items))
    return out


def _fresh(window: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rows a new model over the same plan and phase shows."""
    model = PrescriptionModel(window.document, shown=window.shown_texts)
    model.set_phase(window.editor.current_phase_id())
    return _rows(model)


def test_edits_change_rows_in_place_and_keep_selection_and_folding(
        qtbot: QtBot, qtmodeltester, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    doc, editor = window.document, window.editor
    model, tree = editor.exercises_model, editor.tree
    qtmodeltester.check(model, force_py=True)  # it also watches the inserts and removals below
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    phase_id = editor.current_phase_id()
    assert phase_id is not None
    pump = model.index_of(doc.plan.phases[0].prescriptions[0].id)
    assert pump.data() == "Ankle pump"
    tree.selectionModel().select(pump, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    aerobic = next(model.index(g, 0) for g in range(model.rowCount())
                   if str(model.index(g, 0).data()).startswith("Aerobic"))
    tree.collapse(aerobic)

    # A new kind (strengthening) comes between the two there are; then more of each kind.
    bridge = commands.add_exercise(doc, phase_id, "bridge").prescription_id
    heel = commands.add_exercise(doc, phase_id, "heel-slide").prescription_id
    commands.add_exercise(doc, phase_id, "walking", 0)
    assert _rows(model) == _fresh(window)
    assert [str(model.index(g, 0).data()) for g in range(model.rowCount())] == [
        "Range of motion (2)", "Strengthening (1)", "Aerobic (2)"]
    assert [rx.exercise_id for rx in editor.selected_prescriptions()] == ["ankle-pump"]
    aerobic = model.index(2, 0)
    assert not tree.isExpanded(aerobic) and tree.isExpanded(model.index(1, 0))

    # A dosage changes one row; a removal takes the row (and an emptied kind) away.
    commands.set_dosage(doc, heel, Dosage(reps=15, times_a_day=2))
    assert "15" in str(model.index_of(heel).data(DosageTextRole))  # the dosage under the name
    commands.remove_exercises(doc, [bridge])
    assert _rows(model) == _fresh(window)
    assert [str(model.index(g, 0).data()) for g in range(model.rowCount())] == [
        "Range of motion (2)", "Aerobic (2)"]
    assert not tree.isExpanded(model.index(1, 0))
    assert [rx.exercise_id for rx in editor.selected_prescriptions()] == ["ankle-pump"]

    # Undo and redo go the same way.
    doc.undo_stack.undo()  # the bridge is back
    assert _rows(model) == _fresh(window) and model.index_of(bridge).isValid()
    doc.undo_stack.redo()
    assert _rows(model) == _fresh(window) and not model.index_of(bridge).isValid()
    assert resets == []  # not once reset
    assert [rx.exercise_id for rx in editor.selected_prescriptions()] == ["ankle-pump"]


def test_a_new_order_and_another_phase_still_reset(qtbot: QtBot, window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    doc, editor = window.document, window.editor
    model = editor.exercises_model
    phase_id = editor.current_phase_id()
    assert phase_id is not None
    first = commands.add_exercise(doc, phase_id, "heel-slide").prescription_id
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    commands.move_exercise(doc, first, phase_id, 0)  # before the ankle pump, in the same kind
    assert resets and _rows(model) == _fresh(window)
    group = model.index(0, 0)
    assert [model.index(r, 0, group).data() for r in range(model.rowCount(group))] == [
        "Heel slide", "Ankle pump"]
    assert model.parent(model.index(0, 0, group)) == group
    assert model.parent(group) == QModelIndex()
