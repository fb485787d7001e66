"""The patient's language in the plan details: one undo step, saved in the plan."""

from __future__ import annotations

import datetime as dt

from .helpers import wait_findings

SURGERY = dt.date(2026, 11, 2)


def test_choosing_spanish_is_one_undo_step_and_follows_undo(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ana", "", SURGERY)
    details = window.editor.details
    assert details.language.currentData() == "en"
    assert [details.language.itemText(i) for i in range(details.language.count())] == [
        "English", "Español"]
    steps = window.document.undo_stack.count()
    details.language.setCurrentIndex(details.language.findData("es"))
    assert window.document.plan.patient.language == "es"
    assert window.document.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert window.document.plan.patient.language == "en"
    assert details.language.currentData() == "en"
    window.redo_action.trigger()
    assert details.language.currentData() == "es"


def test_a_spanish_plan_lists_its_untranslated_texts_in_the_findings(qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ana", "", SURGERY)
    codes = {f.code.value for f in wait_findings(qtbot, window)}
    assert "untranslated-text" not in codes  # an English plan needs no translation
    details = window.editor.details
    details.language.setCurrentIndex(details.language.findData("es"))
    found = [f for f in wait_findings(qtbot, window) if f.code.value == "untranslated-text"]
    # The test library's exercises ("Ankle pump", "Walking") have no Spanish.
    assert found and all(f.severity.value == "warning" for f in found)
    assert any("Ankle pump" in f.message for f in found)


def test_headings_also_in_english_is_a_plan_setting_offered_for_another_language(
        qtbot, window) -> None:
    window.files.create_plan("lumbar-fusion", "Ana", "", SURGERY)
    details = window.editor.details
    assert not details.bilingual.isEnabled()  # an English handout has nothing to add
    details.language.setCurrentIndex(details.language.findData("es"))
    assert details.bilingual.isEnabled()
    steps = window.document.undo_stack.count()
    details.bilingual.setChecked(True)
    assert window.document.plan.settings.bilingual_headings
    assert window.document.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert not window.document.plan.settings.bilingual_headings
    assert not details.bilingual.isChecked()
