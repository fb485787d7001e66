"""The interface in Spanish: Qt's translator over the shipped .qm, chosen in Settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from rehab_planner import paths
from rehab_planner.gui.app import install_translators
from rehab_planner.gui.settings import UiSettings


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish installed on the application for one test, then removed."""
    translators = install_translators(qapp, "es")
    assert translators, "no translator installed"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_compiled_spanish_translation_ships_with_the_resources() -> None:
    qm = paths.translations_dir() / "rehab_planner_es.qm"
    assert qm.is_file() and qm.stat().st_size > 1000


def test_the_window_starts_in_spanish(spanish: None, window) -> None:  # type: ignore[no-untyped-def]
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Archivo" in menus and "&Editar" in menus and "&Biblioteca" in menus
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Nuevo plan…" in [a.text() for a in file_menu.actions()]
    tabs = window.editor.tabs
    assert "Paciente y ci&rujano" in [tabs.tabText(i) for i in range(tabs.count())]
    assert window.editor.details.language.toolTip() == "El folleto se imprime en este idioma"


def test_english_is_the_default_and_the_setting_is_kept(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" in menus
    settings = UiSettings(tmp_path / "ui.ini")
    assert settings.interface_language() == "en"
    settings.set_interface_language("es")
    settings.sync()
    assert UiSettings(tmp_path / "ui.ini").interface_language() == "es"


def test_settings_offer_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.dialogs.preferences_dialog import PreferencesDialog
    from rehab_planner.storage.preferences import Preferences

    dialog = PreferencesDialog(Preferences(), None, interface_language="es")
    qtbot.addWidget(dialog)
    assert dialog.interface_language.currentData() == "es"
    assert [dialog.interface_language.itemText(i)
            for i in range(dialog.interface_language.count())] == ["English", "Español"]
