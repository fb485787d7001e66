"""The core's messages to the therapist in Spanish: findings, history lines, visit and file errors."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.errors import DataFileError, PlanFileError, RehabError
from rehab_planner.i18n.languages import LANGUAGES
from rehab_planner.i18n.messages import (
    FAMILIES,
    interface_language,
    message_file,
    messages,
    placeholders,
    read_messages,
    say,
    speaking,
)
from rehab_planner.i18n.names import exercise_name
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Patient, Plan, Prescription
from rehab_planner.outcomes.catalogue import measure
from rehab_planner.outcomes.scoring import AnswerError, score
from rehab_planner.plans.changes import plan_changes
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.safety.refusal import refusal
from rehab_planner.storage.planfile import plan_from_json
from rehab_planner.templates.loader import instantiate, load_templates
from rehab_planner.visits import Visit
from rehab_planner.visits.model import VisitError, check_visit
from tests.handout.test_spanish import ENGLISH_WORDS

SURGERY = dt.date(2026, 11, 2)
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
# Text a message quotes or names comes from the plan and the data files ('Protect your back',
# the surgeon's 'lumbar fusion', the id 'knee-to-chest'), not from the message itself.
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\([^()]*\)|\S+\.yaml")


def english_left(text: str) -> list[str]:
    """The English words of a message outside what it quotes."""
    return sorted({m.group(0).lower() for m in ENGLISH_WORDS.finditer(QUOTED.sub("", text))})


# --- the files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("family", FAMILIES)
def test_every_message_has_each_language_with_the_same_placeholders(family: str,
                                                                    language: str) -> None:
    english = read_messages(message_file("en", family))
    other = read_messages(message_file(language, family))
    assert english, f"{family}: no English messages"
    assert sorted(set(english) - set(other)) == [], f"{family}: no {language} text"
    assert sorted(set(other) - set(english)) == [], f"{family}: {language} text with no English"
    for key, text in english.items():
        assert placeholders(other[key]) == placeholders(text), (family, key)
        assert other[key].strip(), (family, key)


def test_the_message_files_ship_with_the_resources() -> None:
    assert paths.messages_dir("en") == paths.resources_dir() / "messages"
    assert paths.messages_dir("es") == paths.i18n_dir("es") / "messages"
    for family in FAMILIES:
        assert message_file("es", family).is_file()


def test_spanish_messages_are_written_in_spanish() -> None:
    for family in FAMILIES:
        spanish = read_messages(message_file("es", family))
        english = read_messages(message_file("en", family))
        for key, text in spanish.items():
            words = english_left(re.sub(r"\{\w+\}", "", text))
            assert not words, f"{family}.{key}: English words {words} in {text!r}"
            if any(c.isalpha() for c in re.sub(r"\{\w+\}", "", english[key])) and len(english[key]) > 12:
                assert text != english[key], f"{family}.{key} is not translated"


def test_a_broken_translation_falls_back_to_english_and_a_missing_key_is_an_error(
        tmp_path: Path) -> None:
    broken = tmp_path / "findings.yaml"
    broken.write_text("schema_version: 1\ntexts: [not, a, mapping]\n", "utf-8")
    with pytest.raises(DataFileError, match=r"findings\.yaml"):
        read_messages(broken)
    with pytest.raises(KeyError):
        say("findings.no-such-message")


def test_the_language_is_english_unless_chosen_and_restored_after_a_block() -> None:
    assert interface_language() == "en"
    with speaking("es"):
        assert interface_language() == "es"
        assert say("findings.severity.conflict") == "conflicto"
        assert say("findings.severity.conflict", lang="en") == "conflict"
    assert interface_language() == "en"
    assert say("findings.severity.conflict") == "conflict"


# --- findings ----------------------------------------------------------------------------------


SAMPLE = {"exercise": "Puente", "phase": "Etapa 1", "name": "Cuidado", "first": "Uno",
          "second": "Dos", "id": "x-1", "closest": "x-2", "weeks": "semanas 0 a 6",
          "first_weeks": "semanas 0 a 6", "second_weeks": "semanas 6 a 12", "known": "a, b",
          "doing": "dobla la cintura", "bans": "doblar la cintura", "span": "hasta la semana 12",
          "problem": "un problema", "reason": "un motivo", "language": "Español", "mark": "[EN]",
          "where": "el nombre", "text": "texto", "line": "línea", "phrase": "frase",
          "procedure": "fusión lumbar", "rule": "regla", "goal_text": "meta", "said": "dicho",
          "one": "uno", "other": "otro", "one_where": "aquí", "other_where": "allá",
          "why": "porque sí", "movement": "flexión lumbar", "kind": "k", "date": "2 de nov.",
          "file": "exercises.yaml", "command": "rehab-planner", "severity": "conflicto",
          "message": "mensaje", "value": "3", "choices": "a, b", "left_out": "sin contar"}


@pytest.mark.parametrize("code", list(Code))
def test_every_finding_code_has_its_message_in_spanish(code: Code) -> None:
    keys = [k for k in messages("es")
            if k == f"findings.{code.value}" or k.startswith(f"findings.{code.value}.")]
    assert keys, f"no message for {code.value}"
    for key in keys:
        with speaking("es"):
            text = say(key, **{name: SAMPLE.get(name, "3") for name in
                               placeholders(messages("en")[key])})
        assert "{" not in text.replace("{{", ""), text
        assert not english_left(text), (key, text, english_left(text))
        # the same in both only where no word is the message's own (punctuation round values)
        own_words = re.sub(r"\{\w+\}", "", messages("en")[key])
        assert text != say(key, **{name: SAMPLE.get(name, "3") for name in
                                   placeholders(messages("en")[key])}) or key.endswith(
            ("precaution-setting", "text-contradiction", "refusal.line")) or not re.search(
            r"[a-z]", own_words, re.I)


def _lumbar_plan(library: Library, extra: list[Prescription]) -> Plan:
    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ana Ruiz"), SURGERY)
    first = plan.phases[0]
    phases = [first.model_copy(update={"prescriptions": [*first.prescriptions, *extra]}),
              *plan.phases[1:]]
    return plan.model_copy(update={"phases": phases})


def test_a_check_in_spanish_names_the_exercise_in_spanish_and_keeps_the_finding(
        library: Library) -> None:
    extra = [Prescription(exercise_id="knee-to-chest",
                          dosage=Dosage(reps=10, sets=7, hold_seconds=90, times_a_day=6)),
             Prescription(exercise_id="no-such-exercise")]
    plan = _lumbar_plan(library, extra)
    english = check_plan(plan, library, today=SURGERY)
    with speaking("es"):
        spanish = check_plan(plan, library, today=SURGERY)
    # the same findings, the same data: only the words differ
    assert [(f.code, f.key, f.alternatives) for f in spanish] == [
        (f.code, f.key, f.alternatives) for f in english]
    conflict = next(f for f in spanish if f.code == Code.PRECAUTION_CONFLICT)
    name = library.get("knee-to-chest").name
    spanish_name = exercise_name(library.get("knee-to-chest"), "es")
    assert spanish_name != name
    assert conflict.message.startswith(spanish_name)
    assert conflict.message == (f"{spanish_name}: dobla la parte baja de la espalda. "
                                "No se permite doblar la cintura hasta la semana 12.")
    english_conflict = next(f for f in english if f.code == Code.PRECAUTION_CONFLICT)
    assert english_conflict.message == f"{name} bends the low back; no bending until week 12."
    codes = {f.code for f in spanish}
    assert {Code.DOSAGE_HOLD, Code.DOSAGE_SETS, Code.UNKNOWN_EXERCISE, Code.NO_PHONE} <= codes
    for finding in spanish:
        assert not english_left(finding.message), finding.message
    with speaking("es"):
        blocked = str(refusal([f for f in spanish if f.code == Code.PRECAUTION_CONFLICT]))
    assert blocked.startswith("El folleto no se imprime") and "conflicto: " in blocked


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sets=st.integers(1, 9), hold=st.one_of(st.none(), st.integers(1, 300)),
       times=st.integers(1, 9), minutes=st.one_of(st.none(), st.integers(1, 400)),
       exercise=st.sampled_from(["knee-to-chest", "bridge", "walking", "pelvic-tilt",
                                 "hip-hinge", "no-such-exercise"]))
def test_any_dosage_checked_in_spanish_leaves_no_english(
        library: Library, sets: int, hold: int | None, times: int, minutes: int | None,
        exercise: str) -> None:
    try:
        dosage = Dosage(sets=sets, reps=10, hold_seconds=hold, times_a_day=times, minutes=minutes)
    except ValidationError:
        assume(False)
    plan = _lumbar_plan(library, [Prescription(exercise_id=exercise, dosage=dosage,
                                               note="Hold it longer when it feels easy.")])
    plan = plan.model_copy(update={"main_message": "Notwithstanding considerable circumstances, "
                                   "comprehensive rehabilitation necessitates perseverance."})
    with speaking("es"):
        findings = check_plan(plan, library, today=SURGERY + dt.timedelta(days=400))
    assert findings
    for finding in findings:
        assert not english_left(finding.message), finding.message


# --- history lines -----------------------------------------------------------------------------


def test_history_lines_in_spanish_name_the_exercise_and_dosage_in_spanish(
        library: Library) -> None:
    old = _lumbar_plan(library, [])
    rx = old.phases[0].prescriptions[0]
    first = old.phases[0]
    changed = [rx.model_copy(update={"dosage": Dosage(sets=3, reps=12)}),
               *first.prescriptions[1:], Prescription(exercise_id="bridge")]
    new = old.model_copy(update={"phases": [
        first.model_copy(update={"prescriptions": changed, "weeks_to": 8}), *old.phases[1:]]})
    exercises = library.exercises
    english = plan_changes(old, new, exercises)
    with speaking("es"):
        spanish = plan_changes(old, new, exercises)
    assert len(spanish) == len(english) >= 3
    bridge = exercise_name(library.get("bridge"), "es")
    assert any(line.startswith(f"Nuevo: {bridge} (Semanas") for line in spanish), spanish
    assert any("ahora termina en la semana 8" in line for line in spanish), spanish
    assert any("ahora 3 series de 12" in line for line in spanish), spanish
    for line in spanish:
        assert not english_left(line), line
    # the handout of a Spanish patient asks for its own language, whatever the interface speaks
    assert plan_changes(old, new, exercises, "es") == spanish


# --- visit errors ------------------------------------------------------------------------------


def test_visit_errors_in_spanish() -> None:
    visit = Visit(plan_id="p1", date=SURGERY - dt.timedelta(days=3))
    with speaking("es"), pytest.raises(VisitError) as before:
        check_visit(visit, SURGERY)
    assert str(before.value) == ("la fecha de la visita (2026-10-30) es anterior a la cirugía "
                                 "(2026-11-02); revise la fecha")
    lefs = measure("lefs")
    with speaking("es"), pytest.raises(AnswerError) as bad:
        score(lefs, [7] + [1] * (len(lefs.items) - 1))
    assert "no es una respuesta válida; las respuestas van de 0 a 4" in str(bad.value)
    with pytest.raises(AnswerError, match="is not an answer; answers go from 0 to 4"):
        score(lefs, [7] + [1] * (len(lefs.items) - 1))


# --- data-file errors --------------------------------------------------------------------------


def test_a_broken_data_file_is_told_in_spanish_naming_file_entry_and_field(tmp_path: Path) -> None:
    from rehab_planner.library import load_library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "mine.yaml").write_text(
        "schema_version: 1\nexercises:\n  - id: my-squeeze\n    name: S\n    region: knee\n"
        "    category: strengthening\n    position: sitting\n    steps: [Squeeze.]\n"
        "    dosage: {reps: 10}\n    colour: red\n", "utf-8")
    with speaking("es"), pytest.raises(RehabError) as err:
        load_library(folder)
    text = str(err.value)
    assert "mine.yaml: my-squeeze: name: debe tener al menos 2 caracteres" in text, text
    assert "mine.yaml: my-squeeze: colour: este campo no se conoce aquí" in text, text
    with pytest.raises(RehabError) as english:
        load_library(folder)
    assert "Extra inputs are not permitted" in str(english.value)


def test_a_broken_plan_file_is_told_in_spanish(tmp_path: Path) -> None:
    with speaking("es"), pytest.raises(PlanFileError) as err:
        plan_from_json('{"schema_version": 1, "phases": [', tmp_path / "ana.json")
    assert "ana.json: no es un archivo de plan: el JSON está dañado en la línea 1" in str(err.value)
    with speaking("es"), pytest.raises(PlanFileError, match="versión más nueva"):
        plan_from_json('{"schema_version": 99}', "ana.json")


def test_where_a_handout_text_comes_from_is_said_in_spanish() -> None:
    from rehab_planner.safety.wording import where_words

    names = {"Bridge": "Puente"}
    assert where_words("the steps of 'Bridge'", {"Bridge": "Bridge"}) == "the steps of 'Bridge'"
    with speaking("es"):
        assert where_words("the steps of 'Bridge'", names) == "los pasos de 'Puente'"
        assert where_words("the main message") == "el mensaje principal"
        assert where_words("the daily-life topic 'Driving'") == \
            "el tema de la vida diaria 'Driving'"
        assert where_words("somewhere else") == "somewhere else"


def test_a_library_link_and_a_template_problem_are_told_in_spanish(tmp_path: Path) -> None:
    from rehab_planner.errors import UnknownExerciseError
    from rehab_planner.library import load_library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "mine.yaml").write_text(
        "schema_version: 1\nexercises:\n  - id: my-squeeze\n    name: Apretar\n    region: knee\n"
        "    category: strengthening\n    position: sitting\n    steps: [Apriete.]\n"
        "    dosage: {reps: 10}\n    regressions: [no-such-one]\n", "utf-8")
    with speaking("es"), pytest.raises(RehabError) as err:
        load_library(folder)
    assert "mine.yaml: my-squeeze: regressions: ejercicio desconocido 'no-such-one'" in str(err.value)
    with speaking("es"):
        assert str(UnknownExerciseError(["a", "b"], "la plantilla")) == \
            "Ejercicios desconocidos en la plantilla: 'a', 'b'"
    assert str(UnknownExerciseError(["a"])) == "Unknown exercise: 'a'"
