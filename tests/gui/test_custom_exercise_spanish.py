"""A therapist writes the Spanish of their own exercise in its dialog; a Spanish handout prints it."""

from __future__ import annotations

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rehab_planner.gui.dialogs.custom_exercise import CustomExerciseDialog
from rehab_planner.handout import render_handout
from rehab_planner.handout.render import HandoutOptions
from rehab_planner.library import load_library
from rehab_planner.library.custom import custom_file, save_custom_exercise
from rehab_planner.model import Exercise, Prescription
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import all_text

SPANISH_NAME = "Apretar la toalla"
SPANISH_STEP = "Apriete una toalla enrollada entre las rodillas."
SPANISH_CAUTION = "Pare si le duele la rodilla."


def _save(dialog: CustomExerciseDialog, qtbot: QtBot) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _write(dialog: CustomExerciseDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.name, "Towel squeeze")
    dialog.steps.setPlainText("Sit in a chair.\nSqueeze a rolled towel between your knees.")
    qtbot.keyClicks(dialog.cautions, "Stop if your knee hurts.")
    spanish = dialog.translations["es"]
    dialog.texts.setCurrentWidget(spanish)
    assert dialog.texts.tabText(dialog.texts.currentIndex()) == "Español"
    qtbot.keyClicks(spanish.name, SPANISH_NAME)
    spanish.steps.setPlainText(f"Siéntese en una silla.\n{SPANISH_STEP}")
    qtbot.keyClicks(spanish.cautions, SPANISH_CAUTION)


def test_the_spanish_written_in_the_dialog_prints_in_a_spanish_handout(qtbot: QtBot) -> None:
    dialog = CustomExerciseDialog(set(), None)
    qtbot.addWidget(dialog)
    _write(dialog, qtbot)
    _save(dialog, qtbot)
    exercise = dialog.result_exercise()
    assert exercise is not None, dialog.problem.text()
    assert exercise.safety_notes == ["Stop if your knee hurts."]
    path = save_custom_exercise(exercise)
    # The Spanish is in the exercise's own file.
    stored = yaml.safe_load(path.read_text(encoding="utf-8"))["exercises"][0]["translations"]["es"]
    assert stored["name"] == SPANISH_NAME and stored["steps"][1] == SPANISH_STEP
    assert stored["safety_notes"] == [SPANISH_CAUTION]
    library = load_library()
    plan = make_plan()
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise.id))
    result = render_handout(plan, HandoutOptions(printed_on=PRINTED, whole_program=True),
                            library=library)
    text = all_text(result.pdf)
    for spanish in (SPANISH_NAME, SPANISH_STEP, SPANISH_CAUTION):
        assert spanish in text, spanish
    assert "Towel squeeze" not in text and "rolled towel" not in text
    english = render_handout(plan.model_copy(update={"patient": plan.patient.model_copy(
        update={"language": "en"})}), HandoutOptions(printed_on=PRINTED, whole_program=True),
        library=library)
    assert "Towel squeeze" in all_text(english.pdf)


def test_editing_keeps_the_spanish_and_what_the_dialog_does_not_show(qtbot: QtBot) -> None:
    first = CustomExerciseDialog(set(), None)
    qtbot.addWidget(first)
    _write(first, qtbot)
    _save(first, qtbot)
    made = first.result_exercise()
    assert made is not None
    with_more = Exercise.model_validate({**made.model_dump(), "equipment": ["towel", "chair"]})
    again = CustomExerciseDialog(set(), with_more)
    qtbot.addWidget(again)
    assert again.translations["es"].name.text() == SPANISH_NAME
    again.translations["es"].cautions.clear()
    _save(again, qtbot)
    edited = again.result_exercise()
    assert edited is not None and edited.id == made.id
    assert edited.equipment == with_more.equipment
    assert edited.translations["es"].name == SPANISH_NAME
    assert edited.translations["es"].safety_notes == []


def test_more_spanish_lines_than_english_ones_are_refused_with_a_reason(qtbot: QtBot) -> None:
    dialog = CustomExerciseDialog(set(), None)
    qtbot.addWidget(dialog)
    _write(dialog, qtbot)
    dialog.translations["es"].steps.setPlainText("Uno.\nDos.\nTres.")
    dialog.texts.setCurrentIndex(0)
    _save(dialog, qtbot)
    assert dialog.result_exercise() is None
    assert "3" in dialog.problem.text() and "2" in dialog.problem.text()
    assert dialog.texts.currentWidget() is dialog.translations["es"]
    assert not custom_file("custom-towel-squeeze").exists()


def test_an_exercise_with_no_spanish_written_carries_none(qtbot: QtBot) -> None:
    dialog = CustomExerciseDialog(set(), None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Towel squeeze")
    dialog.steps.setPlainText("Squeeze a towel.")
    _save(dialog, qtbot)
    exercise = dialog.result_exercise()
    assert exercise is not None and exercise.translations == {}
