"""A Spanish interface shows the core's own messages in Spanish: findings, a broken file, the plan
history and a visit that cannot be saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehab_planner.gui.app import install_translators
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.models.findings_model import FindingsModel
from rehab_planner.i18n.messages import interface_language
from rehab_planner.i18n.names import exercise_name
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Patient, Prescription
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.templates.loader import instantiate, load_templates
from tests.i18n.test_core_messages import english_left

SURGERY = dt.date(2026, 11, 2)
WAIT_MS = 10000


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish interface (Qt's translators and the core's messages), then English again."""
    translators = install_translators(qapp, "es")
    assert translators and interface_language() == "es"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _messages(model: FindingsModel) -> list[str]:
    return [str(model.index(row, FindingsModel.MESSAGE).data()) for row in range(model.rowCount())]


def test_the_findings_panel_speaks_spanish(spanish: None, qtbot: QtBot,
                                           window: MainWindow) -> None:
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0, timeout=WAIT_MS)
    shown = _messages(window.findings.model)
    assert any("no tiene dibujo ni foto" in text for text in shown), shown
    assert any(text.startswith("El folleto no tiene un teléfono") for text in shown), shown
    for text in shown:
        assert not english_left(text), text


def test_a_conflict_names_the_exercise_in_spanish_in_the_panel(spanish: None, qtbot: QtBot,
                                                               library: Library) -> None:
    from rehab_planner.gui.widgets.findings_panel import FindingsPanel

    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ana"), SURGERY)
    first = plan.phases[0]
    extra = Prescription(exercise_id="knee-to-chest", dosage=Dosage(reps=10, sets=8))
    plan = plan.model_copy(update={"phases": [
        first.model_copy(update={"prescriptions": [*first.prescriptions, extra]}),
        *plan.phases[1:]]})
    panel = FindingsPanel(lambda p: check_plan(p, library, include_accepted=True, today=SURGERY))
    qtbot.addWidget(panel)
    panel.show()
    panel.update(plan)
    name = exercise_name(library.get("knee-to-chest"), "es")
    shown = _messages(panel.model)
    assert f"{name}: dobla la parte baja de la espalda. No se permite doblar la cintura " \
        "hasta la semana 12." in shown, shown
    assert f"{name}: 8 series son muchas para un programa en casa. Lo normal es 5 o menos." \
        in shown, shown
    assert panel.model.headerData(FindingsModel.MESSAGE, Qt.Orientation.Horizontal) == "Hallazgo"


def test_a_broken_plan_file_is_told_in_spanish(spanish: None, window: MainWindow,
                                              answers: dict, tmp_path: Path) -> None:
    broken = tmp_path / "ana.json"
    broken.write_text('{"schema_version": 1, "phases": [', "utf-8")
    assert not window.files.load(broken)
    bad_field = tmp_path / "ruiz.json"
    bad_field.write_text('{"schema_version": 1, "id": "p1"}', "utf-8")
    assert not window.files.load(bad_field)
    (title, first), (_, second) = answers["errors"]()
    assert title == "No se pudo abrir el plan"
    assert "ana.json: no es un archivo de plan: el JSON está dañado en la línea 1" in first
    assert "ruiz.json: plan: patient: falta este campo" in second, second
    for line in [*first.splitlines(), *second.splitlines()]:  # the words after the file's path
        assert not english_left(line.split(".json: ", 1)[1]), line


def test_the_plan_history_speaks_spanish(spanish: None, qtbot: QtBot, library: Library) -> None:
    from rehab_planner.gui.patients.history import HistoryDialog
    from tests.outcomes.factory import tka_plan

    database = PatientDatabase.open()
    plan = tka_plan(SURGERY)
    database.save_plan(plan, by="Kim", expected_revision=None)
    first = plan.phases[0]
    removed = first.prescriptions[0]
    changed = plan.model_copy(update={"phases": [
        first.model_copy(update={"prescriptions": first.prescriptions[1:]}), *plan.phases[1:]]})
    database.save_plan(changed, by="Kim", expected_revision=1)
    dialog = HistoryDialog(database, plan.id, "Ann Lee", library.exercises)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.is_loaded, timeout=WAIT_MS)
    name = exercise_name(library.get(removed.exercise_id), "es")
    assert dialog.versions.topLevelItem(1).text(3) == "Primera versión"
    lines = dialog.shown_changes()
    assert lines and lines[0].startswith(f"Se quitó: {name} (Semanas "), lines
    for line in lines:
        assert not english_left(line), line


def test_a_visit_that_cannot_be_saved_says_why_in_spanish(spanish: None, qtbot: QtBot) -> None:
    from rehab_planner.gui.outcomes.visit_dialog import VisitDialog
    from tests.outcomes.factory import tka_plan

    database = PatientDatabase.open()
    plan = tka_plan(SURGERY)
    database.save_plan(plan, by="Kim", expected_revision=None)
    dialog = VisitDialog(plan, "Kim", lambda visit: database.save_visit(visit, by="Kim"),
                         today=SURGERY + dt.timedelta(days=20))
    qtbot.addWidget(dialog)
    dialog.show()
    before = SURGERY - dt.timedelta(days=2)
    dialog.date.setDate(QDate(before.year, before.month, before.day))
    dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and "revise la fecha" in dialog.error.text(),
                    timeout=WAIT_MS)
    assert dialog.error.text() == ("la fecha de la visita (2026-10-31) es anterior a la cirugía "
                                   "(2026-11-02); revise la fecha")
    assert database.visits(plan.id) == []
