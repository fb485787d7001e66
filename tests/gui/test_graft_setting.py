"""The handout settings tab sets the ACL graft; the change is one undo step."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Graft

SURGERY = dt.date(2026, 11, 2)


def test_choosing_the_graft_is_an_undoable_edit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.settings
    assert panel.graft.currentText() == "Not set" and window.document.plan.settings.graft is None
    panel.graft.setCurrentIndex(panel.graft.findText("Hamstring"))
    assert window.document.plan.settings.graft == Graft.HAMSTRING
    window.undo_action.trigger()
    assert window.document.plan.settings.graft is None
    assert panel.graft.currentText() == "Not set"  # the tab shows the plan again
    window.redo_action.trigger()
    assert panel.graft.currentText() == "Hamstring"
