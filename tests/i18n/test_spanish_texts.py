"""The shipped Spanish texts: complete where promised, no stray keys, and plain (Fernández-Huerta)."""

from __future__ import annotations

import pytest

from rehab_planner.guidance import load_guidance
from rehab_planner.handout.texts import load_handout_text
from rehab_planner.handout.weektext import load_week_text
from rehab_planner.i18n.content import (
    EXERCISES_FILE,
    GUIDANCE_FILES,
    PRECAUTIONS_FILE,
    TEMPLATES_FILE,
    dosage_words_for,
    language_lookup,
    template_texts,
    translate_catalogue,
    translate_exercise,
    translate_guidance,
    translate_labels,
    translate_model,
)
from rehab_planner.i18n.dosage import DosageWords, dosage_words
from rehab_planner.i18n.files import read_translation, translation_file
from rehab_planner.i18n.overlay import text_paths
from rehab_planner.i18n.readability_es import SPANISH_EASE_FLOOR, fernandez_huerta, syllables
from rehab_planner.labels import labels as load_labels
from rehab_planner.library import load_library
from rehab_planner.milestone_text import MILESTONES_FILE, shipped_milestone_texts
from rehab_planner.model import Dosage
from rehab_planner.model.vocab import Side
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import load_templates
from tests.i18n.spanish_texts import spanish_blocks, translated_exercises


def _english_paths() -> dict[str, set[str]]:
    """File -> every text path of the English data it translates."""
    out: dict[str, set[str]] = {
        "warning-signs.yaml": {p for p, _ in text_paths(
            load_guidance().warning_signs.model_dump(mode="json"))},
        "labels.yaml": {p for p, _ in text_paths(load_labels().model_dump(mode="json"))},
        "handout-text.yaml": {p for p, _ in text_paths(load_handout_text().model_dump(mode="json"))},
        "handout-week.yaml": {p for p, _ in text_paths(load_week_text().model_dump(mode="json"))},
    }
    out["topics.yaml"] = {f"topics.{tid}.{p}" for tid, t in load_guidance().topics.items()
                          for p, _ in text_paths(t.model_dump(mode="json"))}
    out[PRECAUTIONS_FILE] = {f"precautions.{pid}.patient_text"
                             for pid, p in load_catalogue().items() if p.patient_text} | {
        f"precautions.{pid}.sentences[{n}]"
        for pid, p in load_catalogue().items() for n in range(len(p.sentences))}
    return out


def test_every_timeline_text_has_spanish_and_no_spanish_text_is_stray() -> None:
    english = {f"texts.{p}" for p, _ in text_paths(shipped_milestone_texts().model_dump(mode="json"))}
    spanish = set(read_translation(translation_file("es", MILESTONES_FILE)))
    assert english == spanish, (sorted(english - spanish), sorted(spanish - english))
    lookup = language_lookup("es")
    translate_model(shipped_milestone_texts(), lookup, MILESTONES_FILE, "texts.")
    template_texts(load_templates(), lookup)
    assert not [f for f in lookup.fallbacks if "milestones" in f], lookup.fallbacks


@pytest.mark.parametrize("name", [*GUIDANCE_FILES, PRECAUTIONS_FILE])
def test_every_fixed_text_has_spanish_and_no_spanish_text_is_stray(name: str) -> None:
    english = _english_paths()[name]
    spanish = set(read_translation(translation_file("es", name)))
    spanish.discard("schema_version")
    # the words of choice values (crutches: muletas) are there only where a sentence prints one
    spanish = {path for path in spanish if ".choice_words." not in path}
    assert not english - spanish, f"{name}: no Spanish for {sorted(english - spanish)}"
    assert not spanish - english, f"{name}: Spanish with no English text {sorted(spanish - english)}"


def test_translated_models_are_whole_and_fall_back_nowhere() -> None:
    lookup = language_lookup("es")
    translate_guidance(load_guidance(), lookup)
    translate_labels(load_labels(), lookup)
    translate_catalogue(load_catalogue(), lookup)
    translate_model(load_handout_text(), lookup, "handout-text.yaml")
    translate_model(load_week_text(), lookup, "handout-week.yaml")
    assert lookup.fallbacks == []


def test_the_lumbar_fusion_template_and_its_exercises_are_in_spanish() -> None:
    lookup = language_lookup("es")
    template = load_templates()["lumbar-fusion"]
    known = template_texts({"lumbar-fusion": template}, lookup)
    assert known["Lumbar spinal fusion"] == "Fusión de la columna lumbar"
    assert lookup.fallbacks == []
    ids = {rx.exercise_id for phase in template.phases for rx in phase.prescriptions}
    translated = {ex.id for ex in translated_exercises(lookup)}
    assert ids <= translated
    assert lookup.fallbacks == []


def test_every_exercise_of_the_library_has_spanish_for_every_text() -> None:
    lookup = language_lookup("es")
    library = load_library(include_custom=False)
    for exercise in library.exercises.values():
        translate_exercise(exercise, lookup)
    assert len(library.exercises) >= 137
    assert lookup.fallbacks == [], [f.where for f in lookup.fallbacks][:10]


def test_every_spanish_exercise_text_keeps_the_english_numbers() -> None:
    """Same reps, weeks, minutes and letters' count: a number lost or changed in translation (or a
    translation laid against the wrong English line) shows here. A metric size added in brackets
    beside the English one, "(30 cm)", is allowed."""
    import re

    number = re.compile(r"\d+")
    metric = re.compile(r"\(\d+ (?:cm|m|kg)\)")
    library = load_library(include_custom=False)
    texts = read_translation(translation_file("es", EXERCISES_FILE))
    wrong = []
    for exercise in library.exercises.values():
        for path, english in text_paths(exercise.model_dump(
                mode="json", include={"name", "steps", "safety_notes", "surgery_notes"})):
            spanish = metric.sub("", texts[f"exercises.{exercise.id}.{path}"])
            if sorted(number.findall(english)) != sorted(number.findall(spanish)):
                wrong.append(f"{exercise.id}.{path}")
    assert not wrong


def test_spanish_exercise_entries_name_real_exercises_and_their_texts() -> None:
    library = load_library(include_custom=False)
    texts = read_translation(translation_file("es", EXERCISES_FILE))
    for key in texts:
        exercise_id, _, path = key.removeprefix("exercises.").partition(".")
        exercise = library.get(exercise_id)
        english = {p for p, _ in text_paths(exercise.model_dump(
            mode="json", include={"name", "steps", "safety_notes", "surgery_notes"}))}
        assert path in english, f"{EXERCISES_FILE}: {key} matches no English text"


def test_spanish_template_entries_have_their_english_stages() -> None:
    texts = read_translation(translation_file("es", TEMPLATES_FILE))
    templates = load_templates()
    for key in texts:
        tid = key.removeprefix("templates.").split(".")[0]
        assert tid in templates, key


def test_dosage_in_spanish_words() -> None:
    words = dosage_words_for("es")
    assert isinstance(words, DosageWords)
    dose = Dosage(sets=2, reps=10, hold_seconds=5, times_a_day=3, days_a_week=7, side=Side.EACH)
    assert dosage_words(dose, words) == (
        "2 series de 10 repeticiones · sostenga 5 segundos · cada lado · 3 veces al día · "
        "todos los días")
    assert dosage_words(Dosage(reps=1, hold_seconds=1, times_a_day=1), words) == (
        "sostenga 1 segundo · 1 vez al día")
    assert dosage_words(Dosage(minutes=20, days_a_week=5), words) == (
        "20 minutos · 5 días a la semana")


def test_spanish_syllables() -> None:
    for word, count in {"rodilla": 3, "día": 2, "cirujano": 4, "ahora": 3, "aire": 2, "que": 1,
                        "oído": 3, "hoy": 1, "recuperación": 5, "leer": 2, "ejercicios": 4}.items():
        assert syllables(word) == count, word


def test_fernandez_huerta_scores_plain_spanish_above_clinical_spanish() -> None:
    plain = "Camine un poco todos los días. Use buenos zapatos. Pare si le duele."
    hard = ("La rehabilitación postoperatoria de la articulación femorotibial requiere una "
            "planificación interdisciplinaria individualizada y progresiva.")
    assert fernandez_huerta(hard) < SPANISH_EASE_FLOOR <= fernandez_huerta(plain)


def test_every_spanish_text_is_fairly_easy_or_easier() -> None:
    blocks = spanish_blocks()
    assert len(blocks) > 100
    too_hard = {name: round(fernandez_huerta(text)) for name, text in blocks.items()
                if fernandez_huerta(text) < SPANISH_EASE_FLOOR}
    assert not too_hard, f"Fernández-Huerta below {SPANISH_EASE_FLOOR}: {too_hard}"
