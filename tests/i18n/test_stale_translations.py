"""A translation knows the English it was written for: when that English changes, it is stale.

A copy of the library in tmp_path has one English step of ankle-pumps edited (or two steps
swapped); the shipped Spanish, written for the old English, must not print as if it still fit.
The same holds for a template's goals and a topic's lines (changed in memory here).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.guidance import load_guidance
from rehab_planner.i18n import MARK
from rehab_planner.i18n.content import (
    EXERCISES_FILE,
    language_lookup,
    template_texts,
    translate_exercise,
)
from rehab_planner.i18n.files import translation_file
from rehab_planner.i18n.sources import KINDS, entry_states, exercise_states, template_english
from rehab_planner.library import load_library
from rehab_planner.model import Patient
from rehab_planner.safety.findings import Code
from rehab_planner.templates.loader import load_templates

STEP = "      - Move both feet at a steady pace.\n"
EDITED = "      - Move both feet at a slow, steady pace.\n"
SPANISH_STEP = "Mueva los dos pies a un ritmo parejo."
ENTRY = f"{EXERCISES_FILE}: exercises.ankle-pumps"


def _library_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "exercises"
    shutil.copytree(paths.exercises_dir(), folder)
    ankle = folder / "ankle.yaml"
    text = ankle.read_text(encoding="utf-8")
    assert text.count(old) == 1
    ankle.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_every_shipped_translation_was_written_for_todays_english() -> None:
    library = load_library(include_custom=False)
    states = exercise_states(translation_file("es", EXERCISES_FILE), library.exercises.values())
    assert len(states) == len(library.exercises)
    assert [s for s in states if s.state != "current"] == []
    for kind, english in (
            ("templates", {t.id: template_english(t) for t in load_templates().values()}),
            ("topics", {i: t.model_dump(mode="json") for i, t in load_guidance().topics.items()})):
        states = entry_states(translation_file("es", KINDS[kind]), kind, english)
        assert states and [s for s in states if s.state != "current"] == [], kind


def test_a_template_goal_moved_makes_its_spanish_stale() -> None:
    template = load_templates()["lumbar-fusion"]
    first = template.phases[0]
    moved = template.model_copy(update={"phases": [
        first.model_copy(update={"goals": [*first.goals[1:], first.goals[0]]}),
        *template.phases[1:]]})
    lookup = language_lookup("es")
    known = template_texts({"lumbar-fusion": moved}, lookup)
    assert lookup.stale == ["templates.yaml: templates.lumbar-fusion"]
    assert known[first.goals[1]] == f"{MARK}{first.goals[1]}"
    assert known["Lumbar spinal fusion"] == f"{MARK}Lumbar spinal fusion"  # the whole template
    fresh = language_lookup("es")
    assert template_texts({"lumbar-fusion": template}, fresh)["Lumbar spinal fusion"] == (
        "Fusión de la columna lumbar")
    assert fresh.stale == []


def test_a_topic_line_edited_makes_its_spanish_stale_and_check_says_so() -> None:
    from rehab_planner.guidance import Guidance
    from rehab_planner.i18n.check import untranslated_findings
    from rehab_planner.i18n.content import translate_guidance
    from rehab_planner.safety.catalogue import load_catalogue
    from rehab_planner.templates.loader import instantiate

    guidance = load_guidance()
    walking = guidance.topics["walking"]
    bullets = [walking.bullets[0].model_copy(update={"text": "Walk a little every day."}),
               *walking.bullets[1:]]
    edited = Guidance(topics={**guidance.topics,
                              "walking": walking.model_copy(update={"bullets": bullets})},
                      warning_signs=guidance.warning_signs)
    lookup = language_lookup("es")
    topic = translate_guidance(edited, lookup).topics["walking"]
    assert topic.bullets[0].text == f"{MARK}Walk a little every day."
    assert lookup.stale == ["topics.yaml: topics.walking"]

    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ana", language="es"),
                       dt.date(2026, 11, 3))
    assert "walking" in plan.guidance
    found = untranslated_findings(plan, load_library(include_custom=False), load_catalogue(),
                                  edited)
    stale = [f for f in found if f.code == Code.STALE_TRANSLATION]
    assert [f.subject for f in stale] == ["topics.walking"]
    assert "--kind topics --refresh walking" in stale[0].message
    assert stale[0].message.startswith("the Spanish translation of")  # not "the Español"
    from rehab_planner.i18n.messages import speaking
    with speaking("es"):  # a Spanish sentence writes the language's name in small letters
        found = untranslated_findings(plan, load_library(include_custom=False),
                                      load_catalogue(), edited)
    spanish = next(f for f in found if f.code == Code.STALE_TRANSLATION)
    assert spanish.message.startswith("La traducción al español de")


def test_an_edited_english_step_makes_the_spanish_stale_and_the_english_prints(
        tmp_path: Path) -> None:
    library = load_library(_library_copy(tmp_path, STEP, EDITED), include_custom=False)
    lookup = language_lookup("es")
    pumps = translate_exercise(library.get("ankle-pumps"), lookup)
    assert pumps.steps[3] == f"{MARK}Move both feet at a slow, steady pace."
    assert SPANISH_STEP not in pumps.steps
    assert pumps.name == f"{MARK}Ankle pumps"  # the whole card is English, never half
    assert all(step.startswith(MARK) for step in pumps.steps)
    assert lookup.stale == [ENTRY]
    # the other exercises keep their Spanish
    assert translate_exercise(library.get("ankle-circles"), lookup).name == "Círculos con el tobillo"
    assert lookup.stale == [ENTRY]


def test_two_english_steps_swapped_make_the_spanish_stale(tmp_path: Path) -> None:
    first = "      - Point your toes down, away from you.\n"
    second = "      - Then pull your toes up toward your nose.\n"
    library = load_library(_library_copy(tmp_path, first + second, second + first),
                           include_custom=False)
    lookup = language_lookup("es")
    pumps = translate_exercise(library.get("ankle-pumps"), lookup)
    assert pumps.steps[1] == f"{MARK}Then pull your toes up toward your nose."
    assert lookup.stale == [ENTRY]


def test_a_changed_dose_is_not_a_changed_text(tmp_path: Path) -> None:
    folder = _library_copy(tmp_path, "    dosage: {reps: 20, times_a_day: 4}\n",
                           "    dosage: {reps: 15, times_a_day: 4}\n")
    lookup = language_lookup("es")
    pumps = translate_exercise(load_library(folder, include_custom=False).get("ankle-pumps"),
                               lookup)
    assert pumps.name == "Bombeo de tobillos"
    assert lookup.stale == [] and lookup.fallbacks == []


def _spanish_plan(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ana Peña",
                 "--surgery-date", "2026-11-03", "--surgeon-phone", "555-0100",
                 "-o", str(plan)]) == 0
    return plan


def test_check_reports_the_stale_translation_and_the_handout_prints_the_new_english(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    plan = _spanish_plan(tmp_path)
    monkeypatch.setenv("REHAB_EXERCISES_DIR", str(_library_copy(tmp_path, STEP, EDITED)))
    capsys.readouterr()
    main(["check", str(plan), "--json", "--language", "es"])
    findings = json.loads(capsys.readouterr().out)
    stale = [f for f in findings if f["code"] == "stale-translation"]
    assert [f["exercise_id"] for f in stale] == ["ankle-pumps"]
    assert "Ankle pumps" in stale[0]["message"] and "--refresh ankle-pumps" in stale[0]["message"]
    assert any(f["code"] == "untranslated-text" and "the steps of '[EN] Ankle pumps'" in f["message"]
               for f in findings)

    out = tmp_path / "folleto.pdf"
    assert main(["render", str(plan), "-o", str(out), "--language", "es", "--whole-program",
                 "--print-date", "2026-11-10", "--accept-findings"]) == 0
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "[EN] Move both feet at a slow, steady pace." in " ".join(text.split())
    assert SPANISH_STEP not in " ".join(text.split())
    assert "Respiración con la barriga" in text  # the rest stays Spanish


def test_the_shipped_library_has_no_stale_translation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _spanish_plan(tmp_path)
    capsys.readouterr()
    main(["check", str(plan), "--json", "--language", "es"])
    assert "stale-translation" not in capsys.readouterr().out


def test_translations_lists_the_stale_entry_and_refresh_marks_it_reviewed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    spanish = tmp_path / "exercises.es.yaml"
    shutil.copyfile(translation_file("es", EXERCISES_FILE), spanish)
    before = spanish.read_text(encoding="utf-8")
    assert main(["library", "translations", "--file", str(spanish)]) == 0
    monkeypatch.setenv("REHAB_EXERCISES_DIR", str(_library_copy(tmp_path, STEP, EDITED)))
    capsys.readouterr()
    assert main(["library", "translations", "--file", str(spanish)]) == 1
    assert capsys.readouterr().out.split() == ["exercises", "ankle-pumps", "stale"]

    # A translator brings the step in line, then records that it now fits the English.
    spanish.write_text(before.replace(SPANISH_STEP, "Mueva los dos pies a un ritmo lento y parejo."),
                       encoding="utf-8")
    assert main(["library", "translations", "--file", str(spanish), "--refresh",
                 "ankle-pumps"]) == 0
    assert main(["library", "translations", "--file", str(spanish)]) == 0
    after = spanish.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True)
               if a != b]
    assert len(changed) == 2
    assert all(line.startswith("    english_hash: ") for line in changed[0])
    assert changed[1] == (f"      - {SPANISH_STEP}",
                          "      - Mueva los dos pies a un ritmo lento y parejo.")
    assert after.startswith("# Los ejercicios en español")  # comments are kept


def test_refresh_refuses_an_exercise_that_has_no_translation(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish = tmp_path / "exercises.es.yaml"
    spanish.write_text("schema_version: 1\nexercises: {}\n", encoding="utf-8")
    assert main(["library", "translations", "--file", str(spanish), "--refresh",
                 "ankle-pumps"]) == 2
    assert "ankle-pumps" in capsys.readouterr().err
