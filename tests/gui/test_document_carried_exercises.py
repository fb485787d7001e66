"""The app saves a plan with its custom exercises and opens one on a computer that lacks them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rehab_planner.gui.document import PlanDocument
from rehab_planner.library import load_library
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.model import Prescription
from rehab_planner.storage.planfile import load_plan
from tests.library.test_embedded_exercises import (
    CUSTOM_ID,
    exercise,
    other_computer,
    write_photo,
)


def test_save_embeds_and_open_elsewhere_adds_the_exercise(qtbot: QtBot, tmp_path: Path) -> None:
    from rehab_planner.cli import main

    save_custom_exercise(exercise())
    write_photo()
    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    plan = load_plan(made)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=CUSTOM_ID))
    document = PlanDocument(plan, load_library())
    target = tmp_path / "ann.json"
    document.save(target)
    assert [e.exercise.id for e in load_plan(target).custom_exercises] == [CUSTOM_ID]

    other_computer(tmp_path, "other")
    elsewhere = PlanDocument(None, load_library())
    assert CUSTOM_ID not in elsewhere.library
    with qtbot.waitSignal(elsewhere.library_changed, timeout=1000):
        elsewhere.open(target)
    assert elsewhere.library.get(CUSTOM_ID).name == "Kneecap towel squash"
    saved = elsewhere.saved_form()
    assert saved is not None and [e.exercise.id for e in saved.custom_exercises] == [CUSTOM_ID]
