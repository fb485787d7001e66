"""The dosage editor sets the week the patient starts an exercise that starts later than its
stage: typed into 'Starts', one undo step, shown again when the exercise is chosen again."""

from __future__ import annotations

import datetime as dt

SURGERY = dt.date(2026, 11, 2)


def test_the_start_week_is_typed_undone_and_shown_again(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    plan = window.document.plan
    other, first = plan.phases[0].prescriptions[1], plan.phases[0].prescriptions[0]
    editor = window.editor.dosage
    window.editor.select_prescription(None, first.id)
    assert editor.start.value() == 0 and editor.start.text() == "with stage"

    stack = window.document.undo_stack
    steps = stack.count()
    editor.start.setFocus()
    editor.start.selectAll()
    qtbot.keyClicks(editor.start, "1")
    written = window.document.plan.phases[0].prescriptions[0]
    assert written.id == first.id and written.start_week == 1
    assert stack.count() == steps + 1
    window.editor.select_prescription(None, other.id)
    assert editor.start.value() == 0
    window.editor.select_prescription(None, first.id)
    assert editor.start.value() == 1
    model = window.editor.exercises_model  # the list names the week beside the exercise
    assert str(model.index_of(first.id).data()).endswith("(from week 1)")
    stack.undo()
    assert window.document.plan.phases[0].prescriptions[0].start_week is None
    assert "from week" not in str(model.index_of(first.id).data())
