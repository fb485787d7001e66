"""The handout settings tab sets the ACL graft; the change is one undo step."""

from __future__ import annotations

import datetime as dt

SURGERY = dt.date(2026, 11, 2)


def test_choosing_the_graft_is_an_undoable_edit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.settings
    assert panel.graft.currentText() == "Not set" and window.document.plan.conditions == []
    panel.graft.setCurrentIndex(panel.graft.findText("Hamstring"))
    assert window.document.plan.conditions == ["graft-hamstring"]
    window.undo_action.trigger()
    assert window.document.plan.conditions == []
    assert panel.graft.currentText() == "Not set"  # the tab shows the plan again
    window.redo_action.trigger()
    assert panel.graft.currentText() == "Hamstring"
