"""Template variants (issue 19, item 7): published lines of a protocol as named sets of its
conditions, each citing its source; chosen by `new --variant` and in the new-plan dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.errors import DataFileError
from rehab_planner.library import load_library
from rehab_planner.plans.conditions import in_effect, shipped_conditions
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.storage.planfile import load_plan
from rehab_planner.templates import load_templates
from rehab_planner.templates.loader import load_template

CATALOGUE = load_catalogue()
TEMPLATES = load_templates(catalogue=CATALOGUE)
VARIANTS = [(t.id, v.id) for t in TEMPLATES.values() for v in t.variants]


def test_the_lines_the_clinical_facts_support_are_offered() -> None:
    assert {v.id for v in TEMPLATES["total-hip-replacement"].variants} == {
        "conservative", "anterior", "lateral", "accelerated"}
    assert {v.id for v in TEMPLATES["lumbar-fusion"].variants} == {"conservative", "no-brace"}


@pytest.mark.parametrize(("template_id", "variant_id"), VARIANTS)
def test_every_variant_cites_its_source_and_uses_known_conditions(template_id: str,
                                                                   variant_id: str) -> None:
    variant = TEMPLATES[template_id].variant(variant_id)
    assert variant is not None
    # a line cites the clinical facts or a published protocol by its address (issue 14 item 7)
    assert all("clinical-facts.md" in source or "://" in source for source in variant.sources)
    assert set(variant.conditions) <= set(shipped_conditions())


def make(tmp_path: Path, template_id: str, variant_id: str | None) -> Path:
    out = tmp_path / f"{template_id}-{variant_id}.json"
    extra = ["--variant", variant_id] if variant_id else []
    assert main(["new", "--template", template_id, "--patient", "Ann Lee", "--surgery-date",
                 "2026-03-02", "--surgeon-phone", "555-0100", *extra, "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize(("template_id", "variant_id"), VARIANTS)
def test_a_plan_from_every_variant_has_no_conflicts(tmp_path: Path, template_id: str,
                                                    variant_id: str) -> None:
    plan = load_plan(make(tmp_path, template_id, variant_id))
    variant = TEMPLATES[template_id].variant(variant_id)
    assert variant is not None and set(variant.conditions) <= set(plan.conditions)
    findings = check_plan(plan, load_library(), CATALOGUE)
    assert [f.message for f in findings if f.code == Code.PRECAUTION_CONFLICT] == []
    assert [f.message for f in findings if f.code == Code.PRECAUTION_SETTING] == []


def handout(tmp_path: Path, plan: Path) -> str:
    pdf = plan.with_suffix(".pdf")
    assert main(["render", str(plan), "-o", str(pdf), "--whole-program"]) == 0
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages[:4])


def test_hip_lines_print_their_own_orders(tmp_path: Path) -> None:
    written = handout(tmp_path, make(tmp_path, "total-hip-replacement", None))
    conservative = handout(tmp_path, make(tmp_path, "total-hip-replacement", "conservative"))
    accelerated = in_effect(load_plan(make(tmp_path, "total-hip-replacement", "accelerated")))
    assert "Only touch your toes to the floor" in conservative
    assert "put 25% more of your weight on it" in conservative
    assert "Only touch your toes" not in written
    assert "as much weight on your leg as feels OK" in written
    # 12 weeks of hip rules: they end on 25 May 2026, not 13 Apr.
    assert re.search(r"Until 25 May 2026: [^•]*(90|bend your hip)", conservative)
    assert not re.search(r"Until 13 Apr 2026: [^•]*(90|bend your hip)", conservative)
    assert re.search(r"Until 13 Apr 2026: [^•]*(90|bend your hip)", written)
    assert [p.id for p in accelerated.precautions] == ["wb-as-tolerated"]
    anterior = in_effect(load_plan(make(tmp_path, "total-hip-replacement", "anterior")))
    assert {p.id for p in anterior.precautions} == {"hip-anterior", "wb-as-tolerated"}
    assert "standing-leg-back" not in anterior.exercise_ids()


def test_lumbar_lines_print_brace_and_lift_limits(tmp_path: Path) -> None:
    conservative = handout(tmp_path, make(tmp_path, "lumbar-fusion", "conservative"))
    no_brace = handout(tmp_path, make(tmp_path, "lumbar-fusion", "no-brace"))
    assert "Until 13 Apr 2026: Do not bend at the waist, lift more than 5 pounds" in conservative
    assert "From 13 Apr to 25 May 2026: Do not bend at the waist, lift more than 10 pounds" \
        in conservative
    assert "Wear your back brace whenever you are out of bed" in conservative
    assert "Lift only things lighter than 15 pounds" in no_brace
    assert "Push or pull only things lighter than 15 pounds" in no_brace
    assert "14 pounds" not in no_brace
    assert "back brace" not in no_brace and not re.search(r"\b5 pounds", no_brace)


def test_an_unknown_variant_is_refused_with_the_offered_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--template", "rotator-cuff-repair", "--patient", "A", "--surgery-date",
                 "2026-03-02", "--variant", "no-such-line", "-o", str(tmp_path / "p.json")]) == 2
    assert "unknown variant 'no-such-line'" in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()


def test_templates_lists_the_variants(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    assert "--variant conservative: Conservative (brace, 5 lb to week 6)" in capsys.readouterr().out


def test_a_variant_naming_a_condition_the_template_does_not_offer_is_named(tmp_path: Path) -> None:
    source = Path(TEMPLATES["lumbar-fusion"].id + ".yaml")
    from rehab_planner import paths
    data = yaml.safe_load((paths.resources_dir() / "templates" / source).read_text("utf-8"))
    data["variants"][0]["conditions"].append("graft-hamstring")
    bad = tmp_path / source
    bad.write_text(yaml.safe_dump(data), "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_template(bad, CATALOGUE)
    message = str(caught.value)
    assert "lumbar-fusion.yaml" in message and "graft-hamstring" in message
    assert "variant 'conservative'" in message


def test_the_new_plan_dialog_ticks_a_lines_conditions(qtbot) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.dialogs.new_plan import NewPlanDialog

    dialog = NewPlanDialog(TEMPLATES, conditions=shipped_conditions())
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("total-hip-replacement"))
    assert dialog.variant.count() == 5 and dialog.variant.isVisibleTo(dialog)
    dialog.variant.setCurrentIndex(dialog.variant.findData("conservative"))
    assert dialog.variant_id() == "conservative"
    assert dialog.chosen_conditions() == ["hip-precautions-12-weeks", "hip-protected-weight-bearing"]
    assert "Orthopaedic Associates" in dialog.variant_sources.text()
    dialog.variant.setCurrentIndex(dialog.variant.findData("anterior"))
    assert dialog.chosen_conditions() == ["hip-anterior-approach"]
    dialog.variant.setCurrentIndex(0)
    assert dialog.chosen_conditions() == [] and dialog.variant_sources.text() == ""
    dialog.template.setCurrentIndex(dialog.template.findData("total-knee-replacement"))
    assert not dialog.variant.isVisibleTo(dialog)
