"""Editing through the window: phases, copy and paste, moving exercises, findings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from rehab_planner.gui.dialogs.accept_finding import AcceptFindingDialog

from .helpers import drop, wait_findings

SURGERY = dt.date(2026, 11, 2)


def rx_ids(window, index: int) -> list[str]:
    return [rx.exercise_id for rx in window.document.plan.phases[index].prescriptions]


def test_phases_add_rename_move_remove_with_undo(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.phases
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    plan = window.document.plan
    assert [p.name for p in plan.phases] == ["Protect", "Strengthen", "Phase 3"]
    assert (plan.phases[2].weeks_from, plan.phases[2].weeks_to) == (12, 16)
    assert panel.current_phase_id == plan.phases[2].id
    assert panel.model.index(2, 3).data() == "25 Jan to 22 Feb 2027"
    panel.model.setData(panel.model.index(2, 0), "Return to work")
    qtbot.mouseClick(panel.buttons["up"], Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.plan.phases] == ["Protect", "Return to work", "Strengthen"]
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.plan.phases] == ["Protect", "Strengthen"]
    for _ in range(4):
        window.undo_action.trigger()
    assert [p.name for p in window.document.plan.phases] == ["Protect", "Strengthen"]
    assert window.document.undo_stack.index() == 0
    # Changing the surgery date moves every phase's dates.
    window.editor.header.surgery.setDate(window.editor.header.surgery.date().addDays(7))
    assert window.document.plan.surgery_date == dt.date(2026, 11, 9)
    assert panel.model.index(0, 3).data() == "9 Nov to 21 Dec 2026"


def test_copy_paste_cut_and_drag_to_another_phase(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    editor = window.editor
    first = window.document.plan.phases[0].prescriptions[0]
    editor.select_prescription(None, first.id)
    window.copy_exercises()
    editor.phases.select_phase(window.document.plan.phases[1].id)
    window.paste_exercises()
    assert rx_ids(window, 1) == ["ankle-pump"]
    assert window.document.plan.phases[1].prescriptions[0].id != first.id
    # Drag an exercise from the list onto the first phase's row: it moves there.
    moved = window.document.plan.phases[1].prescriptions[0].id
    editor.select_prescription(None, moved)
    mime = editor.exercises_model.mimeData([editor.exercises_model.index_of(moved)])
    table = editor.phases.table
    drop(table, mime, table.visualRect(editor.phases.model.index(0, 0)).center(),
         Qt.DropAction.MoveAction)
    assert rx_ids(window, 0) == ["ankle-pump", "walking", "ankle-pump"] and rx_ids(window, 1) == []
    # Cut removes; Delete on the tree removes; undo brings them back.
    editor.phases.select_phase(window.document.plan.phases[0].id)
    editor.select_prescription(None, moved)
    window.actions.cut.trigger()
    assert rx_ids(window, 0) == ["ankle-pump", "walking"]
    window.undo_action.trigger()
    assert len(rx_ids(window, 0)) == 3


def test_reorder_by_drag_within_a_kind(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    window.editor.add_exercise("heel-slide")  # range of motion, after the ankle pump
    model, tree = window.editor.exercises_model, window.editor.tree
    heel = window.document.plan.phases[0].prescriptions[-1].id
    mime = model.mimeData([model.index_of(heel)])
    group = model.index(0, 0)
    tree.expandAll()
    tree.scrollTo(model.index(0, 0, group))
    qtbot.waitUntil(lambda: tree.visualRect(model.index(0, 0, group)).top() >= 0)
    top = tree.visualRect(model.index(0, 0, group))
    drop(tree, mime, QPoint(top.center().x(), top.top() + 2), Qt.DropAction.MoveAction)
    assert rx_ids(window, 0) == ["heel-slide", "ankle-pump", "walking"]


def test_findings_follow_the_plan_and_can_be_accepted(qtbot, window, answers) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    window.editor.add_exercise("knee-to-chest")  # lumbar flexion under spinal precautions
    wait_findings(qtbot, window)
    model = window.findings.model
    conflicts = [f for f in model.findings if f.severity == "conflict"]
    if not window.services.catalogue:
        return  # the precaution catalogue has not landed
    assert conflicts and conflicts[0].exercise_id == "knee-to-chest"
    row = model.findings.index(conflicts[0])
    index = model.index(row, 1)
    window.findings.table.setCurrentIndex(index)
    window.findings.table.clicked.emit(index)
    assert [rx.exercise_id for rx in window.editor.selected_prescriptions()] == ["knee-to-chest"]

    def answer() -> None:
        dialog = next(w for w in window.findChildren(AcceptFindingDialog) if w.isVisible())
        dialog.reason.setPlainText("Cleared by the surgeon on 3 Nov")
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    window.findings.accept_button.click()
    wait_findings(qtbot, window)
    accepted = [f for f in model.findings if f.accepted is not None]
    if accepted:  # acknowledgements landed
        assert accepted[0].accepted.reason == "Cleared by the surgeon on 3 Nov"
        window.undo_action.trigger()
        wait_findings(qtbot, window)
        assert not [f for f in model.findings if f.accepted is not None]
    else:
        assert answers["errors"]()
