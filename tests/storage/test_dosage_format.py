"""Plan format 4 (dosage as prescribed): new dosage forms round-trip; a format-3 file opens and
prints as the format-3 app printed it. The show and check fixtures and the handout texts were
made by that app; the handout's layout has changed since, so its dosage lines are compared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.i18n.dosage import describe
from rehab_planner.library import load_library
from rehab_planner.model import SCHEMA_VERSION, Dosage, DoseTarget, Prescription
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_from_json, plan_to_json, save_plan

DATA = Path(__file__).parent / "data"
FORMAT_3 = DATA / "plan-format-3.json"


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_format_3_file_opens_as_the_current_format() -> None:
    raw = json.loads(FORMAT_3.read_text("utf-8"))
    assert raw["schema_version"] == 3
    plan = load_plan(FORMAT_3)
    assert plan.schema_version == SCHEMA_VERSION >= 5
    assert [e.exercise.id for e in plan.custom_exercises] == ["custom-towel-knee-press"]
    assert migrate_plan_data(json.loads(json.dumps(raw)))["schema_version"] == SCHEMA_VERSION


def test_a_format_3_file_shows_checks_and_prints_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", str(FORMAT_3)]) == 0
    assert capsys.readouterr().out == (DATA / "plan-format-3-show.txt").read_text("utf-8")
    assert main(["check", str(FORMAT_3), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == json.loads(
        (DATA / "plan-format-3-check.json").read_text("utf-8"))
    # the handout: the same words as a format-4 copy of the plan, and every dosage line the
    # format-3 app printed (the handout's layout has changed since, so not page by page)
    resaved = tmp_path / "format-4.json"
    save_plan(load_plan(FORMAT_3), resaved)
    for language, label in (("en", "How much:"), ("es", "Cuánto:")):
        texts = []
        for source in (FORMAT_3, resaved):
            pdf = tmp_path / f"handout-{language}-{source.stem}.pdf"
            assert main(["render", str(source), "-o", str(pdf), "--whole-program",
                         "--print-date", "2026-03-10", "--accept-findings",
                         "--language", language]) == 0
            texts.append(" ".join(_pdf_text(pdf).split()))
        assert texts[0] == texts[1], language
        old = (DATA / f"plan-format-3-handout-{language}.txt").read_text("utf-8")
        doses = [" ".join(line.split()) for line in old.splitlines() if line.strip().startswith(label)]
        assert len(doses) > 10
        for dose in doses:
            assert dose in texts[0], dose


NEW_FORMS = [
    Dosage(reps=10, reps_max=15, sets=2, sets_max=3),
    Dosage(as_needed=True),
    Dosage(as_tolerated="far", distance=400, distance_unit="m", effort=3, effort_max=4),
    Dosage(minutes=10, minutes_max=20, hold_seconds=5, hold_seconds_max=10),
    Dosage(reps=10, build_up_to=DoseTarget(sets=3, reps=15), times_a_day=2),
    Dosage(distance=0.25, distance_unit="mi", build_up_to=DoseTarget(distance=1)),
]


@pytest.mark.parametrize("dosage", NEW_FORMS, ids=describe)
def test_new_dosage_forms_round_trip_through_a_plan_file(tmp_path: Path, dosage: Dosage) -> None:
    plan = load_plan(FORMAT_3)
    plan.phases[0].prescriptions.append(Prescription(exercise_id="walking-program", dosage=dosage))
    saved = tmp_path / "plan.json"
    save_plan(plan, saved)
    raw = json.loads(saved.read_text("utf-8"))
    assert raw["schema_version"] >= 5  # so an app that reads up to format 4 refuses it clearly
    again = load_plan(saved)
    assert again.phases[0].prescriptions[-1].dosage == dosage
    assert plan_from_json(plan_to_json(again)) == again
    written = raw["phases"][0]["prescriptions"][-1]["dosage"]
    assert set(written) == set(dosage.model_dump(exclude_unset=True))  # only what it sets


def test_as_needed_prints_instead_of_the_library_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = load_plan(FORMAT_3)
    ankle = plan.phases[0].prescriptions[0]
    assert ankle.exercise_id == "ankle-pumps"
    default = load_library().get("ankle-pumps").dosage
    assert default.times_a_day is not None
    plan.phases[0].prescriptions[0] = ankle.model_copy(update={"dosage": Dosage(as_needed=True)})
    walk = next(i for i, rx in enumerate(plan.phases[0].prescriptions)
                if rx.exercise_id == "walking-program")
    plan.phases[0].prescriptions[walk] = plan.phases[0].prescriptions[walk].model_copy(update={
        "dosage": Dosage(as_tolerated="far", effort=3, effort_max=4, clear=["minutes"])})
    saved = tmp_path / "plan.json"
    save_plan(plan, saved)
    capsys.readouterr()
    assert main(["show", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "  - Ankle pumps: as often as you need\n" in out
    assert ("Walking program: as far as feels OK · work at an effort of 3 to 4 out of 10 "
            "(fairly easy to medium) · 3 times a day · every day") in out
    assert main(["check", str(saved), "--json"]) == 1
    capsys.readouterr()
    pdf = tmp_path / "plan.pdf"
    assert main(["render", str(saved), "-o", str(pdf), "--whole-program", "--print-date",
                 "2026-03-10", "--accept-findings"]) == 0
    text = " ".join(_pdf_text(pdf).split())
    assert "as often as you need" in text
    assert "as far as feels OK" in text
    # The first stage now has an exercise with no set time: its minutes are said honestly.
    assert "The exercises with a set time take about" in text
    pdf_es = tmp_path / "plan-es.pdf"
    assert main(["render", str(saved), "-o", str(pdf_es), "--whole-program", "--print-date",
                 "2026-03-10", "--accept-findings", "--language", "es"]) == 0
    text_es = " ".join(_pdf_text(pdf_es).split())
    assert "las veces que lo necesite" in text_es
    assert "hasta donde se sienta bien" in text_es
    assert "haga un esfuerzo de 3 a 4 sobre 10 (algo fácil a medio)" in text_es
    assert "Los ejercicios con un tiempo fijo le toman unos" in text_es
