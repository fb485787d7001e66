"""The phase panel's Carry forward button: one undo step, doses grown, the first phase excluded."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from rehab_planner.gui.main_window import MainWindow
from rehab_planner.model.progression import Progression


def test_carry_forward_from_the_phase_panel(qtbot: QtBot, window: MainWindow, answers: dict) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", dt.date(2026, 11, 2))
    plan = window.document.plan
    assert plan is not None
    panel = window.editor.phases
    panel.select_phase(plan.phases[0].id)
    assert not panel.buttons["carry"].isEnabled()  # nothing comes before the first phase
    panel.select_phase(plan.phases[1].id)
    assert panel.buttons["carry"].isEnabled()
    asked: list[tuple[str, str]] = []

    def answer(source: str, target: str) -> Progression:
        asked.append((source, target))
        return Progression(reps=5, load="2 lb")
    answers["carry_forward"] = answer
    panel.buttons["carry"].click()
    assert asked == [("Protect", "Strengthen")]
    after = window.document.plan
    assert after is not None
    carried = after.phases[1].prescriptions
    assert [rx.exercise_id for rx in carried] == ["ankle-pump", "walking"]
    assert carried[0].dosage is not None and carried[0].dosage.reps == 15  # 10 + 5
    assert carried[1].dosage is not None and carried[1].dosage.minutes == 10  # no reps invented
    assert all(rx.dosage is not None and rx.dosage.load == "2 lb" for rx in carried)
    assert window.document.undo_stack.undoText() == "Carry exercises forward"
    window.document.undo_stack.undo()
    restored = window.document.plan
    assert restored is not None and restored.phases[1].prescriptions == []
    window.document.undo_stack.redo()
    panel.buttons["carry"].click()  # again: nothing new to carry, said plainly
    assert answers["errors"]()[-1][0] == "Carry exercises forward"
