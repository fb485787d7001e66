"""A Spanish interface shows the exercises' Spanish names and texts; a word of either language finds them."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rehab_planner.gui.models.library_model import ExerciseIdRole, LibraryModel
from rehab_planner.gui.shown_texts import ShownTexts
from rehab_planner.gui.widgets.library_browser import LibraryBrowser
from rehab_planner.i18n import MARK
from rehab_planner.i18n.content import EXERCISES_FILE, dosage_words_for, language_lookup
from rehab_planner.i18n.dosage import describe, dosage_words
from rehab_planner.library import Library, Query
from rehab_planner.model import Exercise


def _spanish_name(exercise_id: str) -> str | None:
    return language_lookup("es").texts.get(f"{EXERCISES_FILE}: exercises.{exercise_id}.name")


def _untranslated() -> Exercise:
    """A therapist's exercise: nothing in exercises.yaml translates it."""
    return Exercise.model_validate({
        "id": "custom-towel-squeeze", "name": "Towel squeeze", "region": "knee",
        "category": "strengthening", "position": "sitting",
        "steps": ["Sit in a chair.", "Squeeze a rolled towel between your knees."],
        "dosage": {"reps": 10}, "custom": True})


def _library(shipped: Library) -> tuple[Library, Exercise]:
    translated = next(e for e in shipped if _spanish_name(e.id))
    other = _untranslated()
    return Library({translated.id: translated, other.id: other}), translated


def _row_names(model: LibraryModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_rows_show_spanish_names_and_english_marked_where_there_is_none(
        qtmodeltester: ModelTester, library: Library) -> None:
    small, translated = _library(library)
    model = LibraryModel(small, shown=ShownTexts("es"))
    qtmodeltester.check(model)
    spanish = _spanish_name(translated.id)
    assert _row_names(model) == [spanish, f"{MARK}Towel squeeze"]
    # The library's own exercise is what a plan and the custom exercise editor get.
    first = model.exercise(model.index_of(translated.id))
    assert first is not None and first.name == translated.name
    assert LibraryModel(small).index_of(translated.id).data() == translated.name  # English


def test_search_matches_both_languages(library: Library) -> None:
    small, translated = _library(library)
    model = LibraryModel(small, shown=ShownTexts("es"))
    spanish_word = max(str(_spanish_name(translated.id)).split(), key=len)
    english_word = max(translated.name.split(), key=len)
    for word in (spanish_word, english_word):
        model.set_query(Query(text=word))
        found = [model.index(r, 0).data(ExerciseIdRole) for r in range(model.rowCount())]
        assert translated.id in found, word
    model.set_query(Query(text="towel"))
    assert _row_names(model) == [f"{MARK}Towel squeeze"]
    model.set_query(Query(text=MARK))  # the fallback mark is not a word of any exercise
    assert model.rowCount() == 0


def test_the_details_show_the_spanish_texts(qtbot: QtBot, library: Library) -> None:
    small, translated = _library(library)
    browser = LibraryBrowser(small, shown=ShownTexts("es"))
    qtbot.addWidget(browser)
    browser.select_exercise(translated.id)
    assert str(_spanish_name(translated.id)) in browser.details._title.text()
    steps = language_lookup("es").texts.get(f"{EXERCISES_FILE}: exercises.{translated.id}.steps[0]")
    if steps:
        assert steps in browser.details._text.toPlainText()
    words = dosage_words_for("es")
    assert words is not None
    spanish_dosage = dosage_words(translated.dosage, words)
    assert spanish_dosage != describe(translated.dosage)
    assert spanish_dosage in browser.details._text.toPlainText()
    chosen: list[object] = []
    browser.current_changed.connect(chosen.append)
    browser.select_exercise("custom-towel-squeeze")
    assert f"{MARK}Towel squeeze" in browser.details._title.text()
    assert isinstance(chosen[-1], Exercise) and chosen[-1].name == "Towel squeeze"


def test_the_plan_shows_spanish_names_and_dosage_words_and_keeps_its_own(library: Library) -> None:
    import datetime as dt

    from rehab_planner.gui.document import PlanDocument
    from rehab_planner.gui.models.plan_model import PrescriptionModel
    from rehab_planner.model import Patient
    from rehab_planner.templates import instantiate, load_templates

    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ana"), dt.date(2026, 11, 2))
    before = plan.model_dump_json()
    document = PlanDocument(plan, library)
    spanish, english = (PrescriptionModel(document, shown=ShownTexts("es")),
                        PrescriptionModel(document))
    for model in (spanish, english):
        model.set_phase(plan.phases[0].id)

    def rows(model: PrescriptionModel, column: int) -> dict[str, str]:
        out = {}
        for group in range(model.rowCount()):
            parent = model.index(group, 0)
            for row in range(model.rowCount(parent)):
                rx = model.prescription(model.index(row, 0, parent))
                assert rx is not None
                out[rx.exercise_id] = model.index(row, column, parent).data()
        return out

    names, english_names = rows(spanish, 0), rows(english, 0)
    translated = [eid for eid in names if _spanish_name(eid)]
    assert translated, "the lumbar fusion stage has exercises with Spanish names"
    for eid in translated:
        assert names[eid] == _spanish_name(eid)
        assert english_names[eid] == library.get(eid).name
    dosages = rows(spanish, PrescriptionModel.DOSAGE)
    assert any("veces al día" in text or "cada día" in text or "todos los días" in text
               for text in dosages.values()), dosages
    assert all("times a day" not in text for text in dosages.values())
    assert plan.model_dump_json() == before  # shown in Spanish, kept as it was


def test_the_stage_dates_are_short_spanish_dates(library: Library) -> None:
    import datetime as dt

    from rehab_planner.gui.document import PlanDocument
    from rehab_planner.gui.models.phase_model import PhaseModel
    from rehab_planner.model import Patient
    from rehab_planner.templates import instantiate, load_templates

    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ana"), dt.date(2026, 11, 2))
    document = PlanDocument(plan, library)
    spanish, english = PhaseModel(document, shown=ShownTexts("es")), PhaseModel(document)
    column = PhaseModel.DATES
    assert spanish.index(0, column).data() == "2 nov – 14 dic 2026"
    assert spanish.index(1, column).data() == "14 dic 2026 – 25 ene 2027"
    assert english.index(0, column).data() == "2 Nov to 14 Dec 2026"
