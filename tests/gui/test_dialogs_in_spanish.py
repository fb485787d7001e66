"""Every window and dialog in a Spanish interface shows no English text the .ts translates."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehab_planner.gui.app import install_translators
from rehab_planner.i18n import LANGUAGES

TS = Path(__file__).resolve().parents[2] / "translations" / "rehab_planner_es.ts"
TODAY = dt.date(2026, 12, 4)


def _english() -> set[str]:
    """The source texts whose Spanish differs from them (not "A4", "%1 (%2)" and the like).

    Language names are left out: a language list shows each in its own language ("English").
    """
    out = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation")
        if translation and translation != source and any(c.isalpha() for c in source):
            out.add(source)
    return out - set(LANGUAGES.values())


def shown_texts(widget: QWidget) -> list[str]:
    """What a therapist reads or hears in a widget and its children."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.toolTip(), child.accessibleName()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QLineEdit | QPlainTextEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
        header = getattr(child, "horizontalHeader", getattr(child, "header", None))
        if isinstance(child, QAbstractItemView) and header is not None and child.model() is not None:
            texts += [str(child.model().headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(header().count())]
    return [t for t in texts if t]


def english_in(widget: QWidget) -> list[str]:
    english = _english()
    return sorted({t for t in shown_texts(widget) if t in english})


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _plan():  # type: ignore[no-untyped-def]
    from tests.outcomes.factory import tka_plan

    return tka_plan(dt.date(2026, 11, 2))


def _accept() -> QWidget:
    from rehab_planner.gui.dialogs.accept_finding import AcceptFindingDialog
    return AcceptFindingDialog("Bridge: lifts the hips", "Zoë")


def _carry() -> QWidget:
    from rehab_planner.gui.dialogs.carry_forward import CarryForwardDialog
    return CarryForwardDialog("Stage 1", "Stage 2")


def _custom() -> QWidget:
    from rehab_planner.gui.dialogs.custom_exercise import CustomExerciseDialog
    return CustomExerciseDialog(set())


def _new_plan() -> QWidget:
    from rehab_planner.gui.dialogs.new_plan import NewPlanDialog
    from rehab_planner.templates import load_templates
    return NewPlanDialog(load_templates(), "Zoë")


def _preferences() -> QWidget:
    from rehab_planner.gui.dialogs.preferences_dialog import PreferencesDialog
    from rehab_planner.storage.preferences import Preferences
    return PreferencesDialog(Preferences(), None, interface_language="es")


def _visit() -> QWidget:
    from rehab_planner.gui.outcomes.visit_dialog import VisitDialog
    return VisitDialog(_plan(), "Zoë", lambda visit: 1, today=TODAY)


def _outcomes() -> QWidget:
    from rehab_planner.gui.outcomes.view import OutcomesDialog
    return OutcomesDialog(_plan())


def _history() -> QWidget:
    from rehab_planner.gui.patients.history import HistoryDialog
    from rehab_planner.storage.database import PatientDatabase
    return HistoryDialog(PatientDatabase.open(), "no-plan", "Ann Lee")


def _clinic_templates() -> QWidget:
    from rehab_planner.gui.patients.clinic_templates import ClinicTemplatesDialog
    from rehab_planner.storage.database import PatientDatabase
    return ClinicTemplatesDialog(PatientDatabase.open(), lambda: "Zoë")


DIALOGS: dict[str, Callable[[], QWidget]] = {
    "accept finding": _accept, "carry forward": _carry, "custom exercise": _custom,
    "new plan": _new_plan, "preferences": _preferences, "visit": _visit, "outcomes": _outcomes,
    "history": _history, "clinic templates": _clinic_templates,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_shows_no_english(spanish: None, qtbot: QtBot, name: str) -> None:
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    assert len(shown_texts(dialog)) > 3
    assert english_in(dialog) == []


def test_the_main_window_with_its_panels_shows_no_english(spanish: None, qtbot: QtBot,
                                                          window) -> None:  # type: ignore[no-untyped-def]
    window.files.create_plan("lumbar-fusion", "Ana", "", dt.date(2026, 11, 2))
    assert english_in(window) == []
    menus = [a for action in window.menuBar().actions() if action.menu()
             for a in action.menu().actions()]
    english = _english()
    leaks = sorted({t for a in menus for t in (a.text(), a.toolTip()) if t in english})
    assert leaks == []


def test_the_check_finds_english(qtbot: QtBot) -> None:
    """Without the translator the same dialog is all English: the check above can fail."""
    dialog = _custom()
    qtbot.addWidget(dialog)
    assert "Exercise name" in english_in(dialog)


def _outcomes_with_visits():  # type: ignore[no-untyped-def]
    from rehab_planner.gui.outcomes.view import OutcomesDialog
    from tests.outcomes.factory import weekly_visits

    plan = _plan()
    dialog = OutcomesDialog(plan)
    visits = weekly_visits(plan, 6)
    dialog.set_visits(visits)
    return dialog, visits


def test_the_meaning_of_the_scores_is_the_cores_in_english(qtbot: QtBot) -> None:
    from rehab_planner.outcomes.meaning import latest_meanings

    dialog, visits = _outcomes_with_visits()
    qtbot.addWidget(dialog)
    meanings = [m.describe() for m in latest_meanings(visits)]
    # the scores' meanings, then the activities the patient chose (PSFS) when there are any
    assert dialog.meanings.text().splitlines()[:len(meanings)] == meanings


def test_the_meaning_of_the_scores_in_spanish(spanish: None, qtbot: QtBot) -> None:
    dialog, _ = _outcomes_with_visits()
    qtbot.addWidget(dialog)
    text = dialog.meanings.text()
    assert "supera la MCID de" in text and "desde el" in text, text
    assert "since" not in text and "MCID of" not in text


def test_the_psfs_activities_in_spanish(spanish: None, qtbot: QtBot) -> None:
    """The activities the patient chose are the window's own words, not the core's English."""
    from rehab_planner.outcomes.activities import activity_tracks

    dialog, visits = _outcomes_with_visits()
    qtbot.addWidget(dialog)
    tracks = activity_tracks(visits)
    assert tracks
    line = dialog.meanings.text().splitlines()[-1]
    assert line.startswith("Actividades que eligió el paciente (PSFS): "), line
    assert f"{tracks[0].name}: {tracks[0].first_score} el {tracks[0].first_date.isoformat()}" in line
    assert " on " not in line


def test_the_psfs_activities_in_english_say_what_the_core_says(qtbot: QtBot) -> None:
    from rehab_planner.outcomes.activities import activity_tracks

    dialog, visits = _outcomes_with_visits()
    qtbot.addWidget(dialog)
    expected = "; ".join(t.describe() for t in activity_tracks(visits))
    assert dialog.meanings.text().splitlines()[-1].endswith(expected)


def test_the_visit_edit_dialog_in_spanish(spanish: None, qtbot: QtBot) -> None:
    from rehab_planner.gui.outcomes.visit_dialog import VisitDialog
    from tests.outcomes.factory import weekly_visits

    plan = _plan()
    visit = weekly_visits(plan, 4)[3]
    dialog = VisitDialog(plan, "Zoë", lambda v: 1, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Editar visita: Ann Lee"
    assert english_in(dialog) == []


def test_the_visits_buttons_in_spanish(spanish: None, qtbot: QtBot) -> None:
    dialog, _ = _outcomes_with_visits()
    qtbot.addWidget(dialog)
    assert (dialog.edit_button.text(), dialog.delete_button.text()) == (
        "&Editar visita…", "E&liminar visita…")
    assert english_in(dialog) == []


def _course_plan(window):  # type: ignore[no-untyped-def]
    """A plan with milestones, a criterion met and clinician care, for the Recovery and care tab."""
    from rehab_planner.gui import commands
    from rehab_planner.model.course import ClinicianItem, Milestone
    from rehab_planner.plans.edits import Change, ChangeKind

    window.files.create_plan("lumbar-fusion", "Ana", "", dt.date(2026, 11, 2))
    doc = window.document

    def with_criteria(plan):  # type: ignore[no-untyped-def]
        new = plan.model_copy(deep=True)
        new.phases[0].criteria = ["Camina 20 minutos.", "Poco dolor."]
        return new, Change(ChangeKind.PLAN)

    commands.push_edit(doc, "criteria", with_criteria)
    commands.set_milestones(doc, [Milestone(kind="stop-crutches", weeks=6),
                                  Milestone(kind="drive", unit="days", weeks=4)])
    commands.set_clinician_items(doc, [ClinicianItem(kind="cryotherapy-compression",
                                                     text="10 min")])
    commands.set_criterion_met(doc, doc.plan.phases[0].id, 1, True, "Zoë", TODAY)
    return doc


def test_the_recovery_and_care_tab_in_spanish(spanish: None, qtbot: QtBot,
                                              window) -> None:  # type: ignore[no-untyped-def]
    """Column titles, the kinds of milestone and care, the ways a phase ends, the date a
    criterion was met: all in Spanish (the therapist's own texts stay as written)."""
    from rehab_planner.gui.shown_texts import ShownTexts
    from rehab_planner.gui.widgets.course_panel import CoursePanel

    doc = _course_plan(window)
    tabs = window.editor.tabs
    assert tabs.tabText(tabs.indexOf(window.editor.course)) == "Rec&uperación y tratamiento"
    panel = CoursePanel(doc, window.services.catalogue, shown=ShownTexts("es"))
    qtbot.addWidget(panel)
    panel.today = lambda: TODAY
    panel._refresh()
    assert english_in(panel) == []
    texts = shown_texts(panel)
    for spanish_text in ("Hitos en la línea de tiempo de la recuperación", "En días",
                         "dejar las muletas", "Crioterapia y compresión",
                         "Termina al cumplir sus criterios", "Agregar &hito"):
        assert spanish_text in texts, spanish_text
    milestones, care = panel.milestones_model, panel.care_model
    assert milestones.index(0, milestones.KIND).data() == "dejar las muletas"
    assert milestones.index(0, milestones.WHEN).data() == "semana 6"
    assert milestones.index(1, milestones.WHEN).data() == "día 28"
    assert care.index(0, care.KIND).data() == "Crioterapia y compresión"
    assert care.index(0, care.PHASE).data() == "Todas las fases"
    assert panel.criteria_boxes[0].text() == "Camina 20 minutos. (cumplido el 4 de diciembre de 2026, Zoë)"
    assert panel.stage_label.text().startswith("Folleto de esta semana: etapa ")


def test_the_kinds_of_milestone_and_care_are_listed_for_translation(spanish: None) -> None:
    """The core's names (care kinds) and the shipped milestone kinds all have their Spanish."""
    from rehab_planner.gui.labels import CLINICIAN_CARE, MILESTONE_KINDS, milestone_kind_label
    from rehab_planner.milestone_text import milestone_kinds
    from rehab_planner.plans.clinician import KIND_NAMES

    assert set(KIND_NAMES.values()) == set(CLINICIAN_CARE)
    assert {k.replace("-", " ") for k in milestone_kinds()} == set(MILESTONE_KINDS)
    from PySide6.QtCore import QCoreApplication
    assert all(QCoreApplication.translate("ClinicianKind", n) != n for n in CLINICIAN_CARE)
    assert all(milestone_kind_label(k) != k.replace("-", " ") for k in milestone_kinds())


def test_the_dosage_editors_more_rows_in_spanish(spanish: None, qtbot: QtBot,
                                                 window) -> None:  # type: ignore[no-untyped-def]
    """Ranges, distance, effort, as needed, as tolerated and the build-up target, opened."""
    from rehab_planner.gui.widgets.dosage_editor import DosageEditor

    window.files.create_plan("lumbar-fusion", "Ana", "", dt.date(2026, 11, 2))
    plan = window.document.plan
    rx = next(rx for phase in plan.phases for rx in phase.prescriptions)
    editor = DosageEditor()
    qtbot.addWidget(editor)
    editor.show_prescription(rx, window.document.library.get(rx.exercise_id))
    editor.more.setChecked(True)
    editor.show()
    assert editor.more_rows.isVisible()
    assert english_in(editor) == []
    texts = shown_texts(editor)
    for spanish_text in ("Más", "Hasta:", "Aumentar hasta:", "Distancia", "Esfuerzo",
                         "Según necesite", "Según tolere", "Series, como máximo",
                         "Repeticiones a alcanzar"):
        assert spanish_text in texts, spanish_text
    assert [editor.tolerated.itemText(i) for i in range(editor.tolerated.count())] == [
        "no se usa", "qué distancia", "cuánto tiempo", "cuántas veces"]


def test_the_dosage_editors_problem_in_spanish(spanish: None, qtbot: QtBot,
                                              window) -> None:  # type: ignore[no-untyped-def]
    """A range whose top is below its bottom is said in Spanish, naming the editor's fields."""
    window.files.create_plan("lumbar-fusion", "Ana", "", dt.date(2026, 11, 2))
    rx = window.document.plan.phases[0].prescriptions[0]
    window.editor.select_prescription(None, rx.id)
    editor = window.editor.dosage
    editor.more.setChecked(True)
    bottom = editor.spins["reps"].value()
    assert bottom > 1
    editor.range_spins["reps_max"].setValue(bottom - 1)
    assert editor.problem.text() == f"Repeticiones, como máximo ({bottom - 1}) es menor que " \
        f"Repeticiones ({bottom})"


def test_a_psfs_activity_without_its_name_is_said_in_spanish(spanish: None, qtbot: QtBot) -> None:
    from rehab_planner.gui.outcomes.visit_dialog import VisitDialog

    dialog = VisitDialog(_plan(), "Zoë", lambda visit: 1, today=TODAY)
    qtbot.addWidget(dialog)
    psfs = dialog.forms["psfs"]
    psfs.taken.setChecked(True)
    blank: list[int | None] = [None] * len(psfs.spins)
    psfs.set_answers([6, 4, *blank[2:]], ["Subir escaleras"])
    text = psfs.score_label.text()
    assert "(aún no se guarda: la actividad 2 tiene puntaje pero no nombre)" in text, text
    psfs.set_answers([6, *blank[1:]], ["Subir escaleras", "Arrodillarse"])
    text = psfs.score_label.text()
    assert "la actividad 2 ('Arrodillarse') tiene nombre pero no puntaje" in text, text
