"""`render --language`, the patient's language in the plan file, and `check`'s untranslated-text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.model import Prescription
from rehab_planner.storage.planfile import load_plan, save_plan
from tests.i18n.spanish_texts import untranslated_exercise


def _new_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ana Peña",
                 "--surgery-date", "2026-11-03", "--surgeon-phone", "555-0100",
                 "-o", str(path)]) == 0
    return path


def _own_exercise() -> str:
    """Save a therapist's own exercise with no Spanish (every shipped one has Spanish); its id."""
    exercise = untranslated_exercise()
    save_custom_exercise(exercise, paths.custom_exercises_dir())
    return exercise.id


def _text(pdf: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)


def test_render_language_es_prints_spanish(tmp_path: Path) -> None:
    plan = _new_plan(tmp_path)
    out = tmp_path / "folleto.pdf"
    assert main(["render", str(plan), "-o", str(out), "--language", "es",
                 "--print-date", "2026-11-10"]) == 0
    text = _text(out)
    assert "Señales de alarma" in text and "Ana Peña" in text
    assert "[EN]" not in text


def test_an_old_plan_without_a_language_opens_as_english(tmp_path: Path) -> None:
    path = _new_plan(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["patient"].pop("language", None)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_plan(path).patient.language == "en"


def test_the_patients_language_is_saved_and_chooses_the_handout(tmp_path: Path) -> None:
    path = _new_plan(tmp_path)
    plan = load_plan(path)
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    save_plan(plan, path)
    assert json.loads(path.read_text(encoding="utf-8"))["patient"]["language"] == "es"
    out = tmp_path / "h.pdf"
    assert main(["render", str(path), "-o", str(out), "--print-date", "2026-11-10"]) == 0
    assert "Su programa de ejercicios en casa" in _text(out) or "Nombre:" in _text(out)


def test_check_warns_about_each_untranslated_text(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _new_plan(tmp_path)
    plan = load_plan(path)
    plan.patient = plan.patient.model_copy(update={"language": "es"})
    save_plan(plan, path)
    assert main(["check", str(path)]) == 0  # the lumbar-fusion template is all in Spanish
    plan.phases[0].prescriptions.append(Prescription(exercise_id=_own_exercise()))
    save_plan(plan, path)
    capsys.readouterr()
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)
    untranslated = [f for f in findings if f["code"] == "untranslated-text"]
    assert untranslated and all(f["severity"] == "warning" for f in untranslated)
    assert any("Towel squeeze" in f["message"] for f in untranslated)


def test_check_language_checks_an_english_plan_as_spanish(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _new_plan(tmp_path)
    plan = load_plan(path)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=_own_exercise()))
    save_plan(plan, path)
    capsys.readouterr()
    main(["check", str(path), "--json"])
    assert "untranslated-text" not in capsys.readouterr().out  # English needs no translation
    main(["check", str(path), "--json", "--language", "es"])
    assert "untranslated-text" in capsys.readouterr().out


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    plan = _new_plan(tmp_path)
    with pytest.raises(SystemExit):
        main(["render", str(plan), "-o", str(tmp_path / "x.pdf"), "--language", "xx"])
