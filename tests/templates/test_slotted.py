"""Issue 14 (branch slot): new library exercises slotted into surgery templates where the
template's own source names them. Each addition sits in the right phase on the right line, and a
plan from every line of each changed template has no findings and prints whole in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.library import load_library
from rehab_planner.plans.conditions import in_effect
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import load_plan
from rehab_planner.templates import load_templates

CATALOGUE = load_catalogue()
TEMPLATES = load_templates(catalogue=CATALOGUE)
CHANGED = ["meniscus-repair"]
LINES = [(t, None) for t in CHANGED] + [(t, v.id) for t in CHANGED for v in TEMPLATES[t].variants]


def make(tmp_path: Path, template_id: str, variant_id: str | None) -> Path:
    out = tmp_path / f"{template_id}-{variant_id}.json"
    extra = ["--variant", variant_id] if variant_id else []
    assert main(["new", "--template", template_id, "--patient", "Ann Lee", "--surgery-date",
                 "2026-03-02", "--surgeon-phone", "555-0100", *extra, "-o", str(out),
                 "--force"]) == 0
    return out


def phase_ids(path: Path, phase: int) -> list[str]:
    plan = in_effect(load_plan(path))
    return [p.exercise_id for p in plan.phases[phase].prescriptions]


@pytest.mark.parametrize(("template_id", "variant_id"), LINES)
def test_every_line_of_a_changed_template_has_no_findings(tmp_path: Path, template_id: str,
                                                         variant_id: str | None) -> None:
    plan = load_plan(make(tmp_path, template_id, variant_id))
    assert [f.message for f in check_plan(plan, load_library(), CATALOGUE)] == []


@pytest.mark.parametrize(("template_id", "variant_id"), LINES)
def test_every_line_prints_whole_in_spanish(tmp_path: Path, template_id: str,
                                            variant_id: str | None) -> None:
    plan = make(tmp_path, template_id, variant_id)
    data = load_plan(plan)
    data.patient = data.patient.model_copy(update={"language": "es"})
    plan.write_text(data.model_dump_json(), "utf-8")
    pdf = plan.with_suffix(".es.pdf")
    assert main(["render", str(plan), "-o", str(pdf), "--whole-program", "--language", "es",
                 "--print-date", "2026-03-03"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "[EN]" not in text


def test_meniscus_root_line_keeps_the_wall_squat_in_weeks_6_to_12(tmp_path: Path) -> None:
    # The root line had the wall sit to 90 degrees here; three handout reviews (stop 43) read it
    # as too deep a loaded bend at week 7, 4 days after weight bearing began: both lines now keep
    # the wall squat, under a right angle.
    written = phase_ids(make(tmp_path, "meniscus-repair", None), 2)
    root = phase_ids(make(tmp_path, "meniscus-repair", "root-radial"), 2)
    assert "wall-squat" in root and "wall-sit" not in root
    assert "wall-squat" in written and "wall-sit" not in written
