"""The plan's details beyond the header: patient and surgeon, handout settings, guidance topics."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt

from rehab_planner.gui.settings import first_run_geometry

SURGERY = dt.date(2026, 11, 2)


def test_sitting_limit_in_the_settings_tab_is_one_undo_step(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.settings)
    spin = editor.settings.numbers["sitting_limit_minutes"]
    assert spin.value() == 30
    steps = window.document.undo_stack.count()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "45")
    assert window.document.plan.settings.sitting_limit_minutes == 45
    assert window.document.undo_stack.count() == steps + 1  # "4" then "45" merge
    # A different setting is its own step.
    editor.settings.fever.setValue(100.4)
    assert window.document.plan.settings.fever_f == 100.4
    assert window.document.undo_stack.count() == steps + 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.settings.sitting_limit_minutes == 30
    assert window.document.plan.settings.fever_f == 101.0
    assert spin.value() == 30 and editor.settings.fever.value() == 101.0  # the tab follows
    window.redo_action.trigger()
    assert spin.value() == 45


def test_optional_settings_can_be_left_to_the_surgeon(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.settings
    driving = panel.numbers["driving_weeks"]
    driving.setValue(driving.minimum())
    assert window.document.plan.settings.driving_weeks is None
    assert driving.text() == "Surgeon decides"
    qtbot.mouseClick(panel.brace, Qt.MouseButton.LeftButton)
    panel.numbers["brace_weeks"].setValue(8)
    settings = window.document.plan.settings
    assert settings.brace and settings.brace_weeks == 8
    panel.emergency.setText("112")
    panel.emergency.editingFinished.emit()
    assert window.document.plan.settings.emergency_number == "112"
    window.undo_action.trigger()
    assert window.document.plan.settings.emergency_number == "911"
    assert panel.emergency.text() == "911"


def test_the_sitting_limit_can_end(qtbot, window) -> None:
    # "No end" (the test template sets none) keeps the limit for good; a week ends it there.
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.settings
    until = panel.numbers["sitting_limit_weeks"]
    assert window.document.plan.settings.sitting_limit_weeks is None
    assert until.text() == "No end"
    until.setValue(12)
    assert window.document.plan.settings.sitting_limit_weeks == 12
    window.undo_action.trigger()
    assert window.document.plan.settings.sitting_limit_weeks is None and until.text() == "No end"


def test_guidance_topics_are_ticked_in_the_plan_order(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    topics = window.editor.settings.topics
    assert topics.count() == len(window.services.guidance_topics) > 2
    ids = [topics.item(i).data(Qt.ItemDataRole.UserRole) for i in range(topics.count())]
    assert window.document.plan.guidance == []
    topics.item(2).setCheckState(Qt.CheckState.Checked)
    topics.item(0).setCheckState(Qt.CheckState.Checked)
    assert window.document.plan.guidance == [ids[2], ids[0]]  # ticked last, printed last
    assert topics.item(2).text() == window.services.guidance_topics[ids[2]]
    topics.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert window.document.plan.guidance == [ids[0]]
    window.undo_action.trigger()
    assert window.document.plan.guidance == [ids[2], ids[0]]
    assert topics.item(2).checkState() == Qt.CheckState.Checked


def test_patient_and_surgeon_tab(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    details = window.editor.details
    window.editor.tabs.setCurrentWidget(details)
    details.record_number.setFocus()
    qtbot.keyClicks(details.record_number, "MRN-4512")
    qtbot.keyClick(details.record_number, Qt.Key.Key_Tab)
    assert window.document.plan.patient.record_number == "MRN-4512"
    details.birth_date.setDate(QDate(1958, 3, 14))
    assert window.document.plan.patient.date_of_birth == dt.date(1958, 3, 14)
    assert window.document.plan.patient.name == "Ann"  # the rest of the patient is kept
    for edit, text in ((details.surgeon_name, "Dr. Ana Ruiz"), (details.surgeon_phone, "555-0142"),
                       (details.main_message, "Walk every day.")):
        edit.setText(text)
        edit.editingFinished.emit()
    plan = window.document.plan
    assert (plan.surgeon.name, plan.surgeon.phone) == ("Dr. Ana Ruiz", "555-0142")
    assert plan.main_message == "Walk every day."
    steps = window.document.undo_stack.count()
    for _ in range(steps):
        window.undo_action.trigger()
    plan = window.document.plan
    assert plan.patient.record_number is None and plan.patient.date_of_birth is None
    assert plan.surgeon.name == "" and plan.main_message == ""
    assert details.record_number.text() == "" and details.birth_date.text() == "Not set"
    assert details.surgeon_name.text() == ""


def test_the_dosage_editor_shows_only_for_one_chosen_exercise(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    editor = window.editor
    assert not editor.dosage.isVisible()
    rx = window.document.plan.phases[0].prescriptions[0]
    editor.select_prescription(None, rx.id)
    assert editor.dosage.isVisible() and editor.dosage.spins["reps"].value() == 10
    editor.tree.selectionModel().clearSelection()
    assert not editor.dosage.isVisible()


def test_the_exercise_list_gets_most_of_the_height_at_1280_by_800(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    editor = window.editor
    assert window.width() == 1280
    # The list is taller than the phases table, and than the findings below it.
    assert editor.tree.height() > editor.phases.height()
    assert editor.tree.height() > window.findings.height()


def test_first_run_fills_a_small_screen_and_most_of_a_large_one() -> None:
    assert first_run_geometry(QRect(0, 0, 1280, 800)) == QRect(0, 0, 1280, 800)
    large = first_run_geometry(QRect(0, 0, 2560, 1440))
    assert large.width() == int(2560 * 0.92) and large.center() == QRect(0, 0, 2560, 1440).center()


def test_a_dash_over_a_default_clears_it(qtbot, window) -> None:
    """'–' means none: the exercise's default no longer prints (issue 19, clearing a default)."""
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    library = window.document.library
    rx = window.document.plan.phases[0].prescriptions[0]
    assert library.get(rx.exercise_id).dosage.times_a_day == 2 and rx.dosage is None
    editor = window.editor
    editor.select_prescription(None, rx.id)
    spin = editor.dosage.spins["times_a_day"]
    assert spin.value() == 2
    spin.setValue(0)
    changed = window.document.plan.phases[0].prescriptions[0]
    assert changed.dosage is not None and changed.dosage.clear == ["times_a_day"]
    merged = library.get(rx.exercise_id).dosage.merged(changed.dosage)
    assert merged.times_a_day is None and merged.reps == 10
    window.document.undo_stack.undo()
    assert window.document.plan.phases[0].prescriptions[0].dosage is None
