"""Clinic templates in the app: Patients > Save plan as template, then New plan offers it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from rehab_planner.gui import commands
from rehab_planner.gui.dialogs.new_plan import NewPlanDialog
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.model import Dosage, Plan
from rehab_planner.storage.database import PatientDatabase

from .conftest import SURGERY

WAIT_MS = 10000


def program(plan: Plan | None) -> list[list[tuple[str, Dosage | None, str]]]:
    """Each phase's exercises with their dosage and note."""
    assert plan is not None
    return [[(rx.exercise_id, rx.dosage, rx.note) for rx in phase.prescriptions]
            for phase in plan.phases]


def test_save_plan_as_template_then_start_a_plan_from_it(
    qtbot: QtBot, window: MainWindow, answers: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    patients = window.patients
    controller = patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    assert not patients.actions.save_template.isEnabled()  # no plan open yet

    # A plan the therapist changed, saved to the database and opened from it.
    assert window.files.create_plan("lumbar-fusion", "Ann Lee", "", SURGERY, "Kim Lee")
    assert window.document.plan is not None
    walking = window.document.plan.phases[0].prescriptions[1]
    commands.set_dosage(window.document, walking.id, Dosage(minutes=15, times_a_day=2))
    commands.set_note(window.document, walking.id, "Walk on flat ground.")
    patients.actions.save.trigger()
    plan_id = window.document.plan.id
    with qtbot.waitSignal(controller.opened, timeout=WAIT_MS):
        controller.open_plan(plan_id, ask=False)
    original = window.document.plan
    assert original is not None and original.id == plan_id
    assert program(original)[0][1] == ("walking", Dosage(minutes=15, times_a_day=2),
                                       "Walk on flat ground.")

    # Patients > Save plan as template…, named in the input box.
    action = patients.actions.save_template
    assert action.isEnabled() and action in patients.menu.actions()
    asked: list[str] = []

    def get_text(_parent: QWidget, _title: str, _label: str, **kwargs: str) -> tuple[str, bool]:
        asked.append(kwargs.get("text", ""))
        return "Dr Lee's lumbar fusion", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    action.trigger()
    assert asked == ["Lumbar fusion"]  # the procedure is the suggested name
    assert answers["errors"]() == []
    assert "Dr Lee's lumbar fusion" in window.statusBar().currentMessage()
    with PatientDatabase.open() as db:
        [saved] = db.templates()
    assert saved.id == "clinic-dr-lee-s-lumbar-fusion" and saved.clinic_made
    assert "Ann Lee" not in saved.model_dump_json()

    # File > New offers it after the shipped template; a plan made from it has the same program.
    seen: list[list[str]] = []

    def choose(dialog: NewPlanDialog) -> int:
        seen.append([dialog.template.itemText(i) for i in range(dialog.template.count())])
        dialog.template.setCurrentIndex(dialog.template.findData(saved.id))
        dialog.patient.setText("Bo Chan")
        return NewPlanDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", choose)
    window.document.undo_stack.setClean()
    assert window.files.new_plan()
    assert seen == [["Blank plan (no template)", "Lumbar fusion",
                     "Dr Lee's lumbar fusion (clinic)"]]
    new = window.document.plan
    assert new is not None
    assert new.patient.name == "Bo Chan" and new.id != original.id
    assert new.template_id == saved.id and new.procedure == "Lumbar fusion"
    assert program(new) == program(original)
    assert [p.name for p in new.phases] == [p.name for p in original.phases]
    assert new.precautions == original.precautions


def test_saving_the_same_name_again_asks_before_replacing(
    qtbot: QtBot, window: MainWindow, answers: dict[str, Any]
) -> None:
    controller = window.patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    assert window.files.create_plan("lumbar-fusion", "Ann Lee", "", SURGERY, "Kim Lee")
    assert controller.save_as_template("Knee fast")
    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    answers["confirm_replace_template"] = refuse
    assert not controller.save_as_template("Knee  FAST")
    assert questions and "Knee  FAST" in questions[0]
    assert not controller.save_as_template("?!")  # no letters: a clear error, nothing saved
    assert "at least one letter" in answers["errors"]()[-1][1]
    assert [t.name for t in controller.clinic_templates().values()] == ["Knee fast"]
