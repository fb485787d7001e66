"""The dosage editor sets ranges, as needed, as tolerated, distance, effort and a build-up target
(issue 19 item 3), each change one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from rehab_planner.i18n.dosage import describe
from rehab_planner.model import AsTolerated, DistanceUnit, Dosage, DoseTarget

SURGERY = dt.date(2026, 11, 2)


def _start(window):  # type: ignore[no-untyped-def]
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    rx = window.document.plan.phases[0].prescriptions[0]
    window.editor.select_prescription(None, rx.id)
    return rx.id, window.editor.dosage


def _dose(window, rx_id: str) -> Dosage:  # type: ignore[no-untyped-def]
    for phase in window.document.plan.phases:
        for rx in phase.prescriptions:
            if rx.id == rx_id:
                return window.document.library.get(rx.exercise_id).dosage.merged(rx.dosage)
    raise AssertionError(rx_id)


def test_each_new_form_is_one_undo_step(qtbot, window) -> None:
    rx_id, editor = _start(window)
    stack = window.document.undo_stack
    assert not editor.more_rows.isVisible()
    qtbot.mouseClick(editor.more, Qt.MouseButton.LeftButton)
    assert editor.more_rows.isVisible()
    steps = stack.count()

    spin = editor.range_spins["reps_max"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")  # "1" is refused (below 10 reps), "15" is taken: one step
    assert (_dose(window, rx_id).reps, _dose(window, rx_id).reps_max) == (10, 15)
    assert stack.count() == steps + 1
    written = window.document.plan.phases[0].prescriptions[0].dosage
    assert written is not None  # the file says only what is set: no nulls, no 'as needed: false'
    assert not {"as_needed", "distance", "effort", "build_up_to"} & written.model_fields_set

    qtbot.mouseClick(editor.as_needed, Qt.MouseButton.LeftButton)
    dose = _dose(window, rx_id)
    assert dose.as_needed and dose.times_a_day is None
    assert not editor.spins["times_a_day"].isEnabled()
    assert stack.count() == steps + 2

    editor.tolerated.setCurrentIndex(editor.tolerated.findData(AsTolerated.MANY))
    assert _dose(window, rx_id).as_tolerated == AsTolerated.MANY
    assert stack.count() == steps + 3

    editor.unit.setCurrentIndex(editor.unit.findData(DistanceUnit.YD))
    editor.distance.setValue(200)
    dose = _dose(window, rx_id)
    assert (dose.distance, dose.distance_unit) == (200, DistanceUnit.YD)

    editor.effort.setValue(3)
    editor.effort_max.setValue(4)
    assert (_dose(window, rx_id).effort, _dose(window, rx_id).effort_max) == (3, 4)

    editor.target_spins["sets"].setValue(3)
    assert _dose(window, rx_id).build_up_to == DoseTarget(sets=3)
    assert "build up to 3 sets" in describe(_dose(window, rx_id))
    count = stack.count()

    stack.undo()  # the target goes, nothing else
    assert _dose(window, rx_id).build_up_to is None and _dose(window, rx_id).effort_max == 4
    assert editor.target_spins["sets"].value() == 0
    while stack.count() and stack.index() > steps:
        stack.undo()
    assert window.document.plan.phases[0].prescriptions[0].dosage is None
    assert stack.count() == count


def test_a_range_below_its_bottom_is_named_and_not_applied(qtbot, window) -> None:
    rx_id, editor = _start(window)
    qtbot.mouseClick(editor.more, Qt.MouseButton.LeftButton)
    editor.range_spins["reps_max"].setValue(5)
    assert editor.problem.isVisible()
    # the editor's own words, naming its fields (not the core's field names)
    assert editor.problem.text() == "Repetitions, at most (5) is below Repetitions (10)"
    assert _dose(window, rx_id).reps_max is None


def test_a_target_below_the_start_and_a_top_without_a_bottom_are_named(qtbot, window) -> None:
    rx_id, editor = _start(window)
    qtbot.mouseClick(editor.more, Qt.MouseButton.LeftButton)
    editor.target_spins["reps"].setValue(5)
    assert editor.problem.text() == "Repetitions to build up to (5) is below the start (10)"
    editor.target_spins["reps"].setValue(0)
    editor.effort_max.setValue(4)
    assert editor.problem.text() == "Effort, at most needs Effort (0 to 10) first (the bottom of " \
        "the range)"
    assert _dose(window, rx_id).effort_max is None


def test_a_saved_dose_with_new_forms_opens_the_more_rows(qtbot, window) -> None:
    rx_id, editor = _start(window)
    from rehab_planner.gui import commands

    commands.set_dosage(window.document, rx_id, Dosage(as_needed=True, effort=2))
    window.editor.select_prescription(None, None)
    editor.more.setChecked(False)
    window.editor.select_prescription(None, rx_id)
    assert editor.more.isChecked() and editor.more_rows.isVisible()
    assert editor.as_needed.isChecked() and editor.effort.value() == 2
