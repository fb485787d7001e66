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
