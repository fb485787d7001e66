"""A milestone never allows what an order then in effect forbids: `check` finds it ("you may swim"
at week 6 while no reaching overhead holds to week 12), no shipped template or variant prints
one, and a variant's own milestones (switched by conditions, as orders are) keep it true."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner import paths
from rehab_planner.errors import DataFileError
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.library import load_library
from rehab_planner.model import Patient, PrecautionSetting
from rehab_planner.model.course import Milestone
from rehab_planner.plans.conditions import in_effect
from rehab_planner.plans.timeline import timeline
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.templates.loader import instantiate, load_template, load_templates

TEMPLATES = load_templates()
SURGERY = dt.date(2026, 9, 1)
LIBRARY = load_library(include_custom=False)
TEN_LB = "laminectomy-lift-10-lb-6-weeks"


def _plan(template_id: str, conditions: list[str] | None = None):  # type: ignore[no-untyped-def]
    return instantiate(TEMPLATES[template_id], Patient(name="Ann Lee"), SURGERY,
                       conditions=conditions)


def _contradictions(plan):  # type: ignore[no-untyped-def]
    return [f for f in check_plan(plan, LIBRARY) if f.code is Code.MILESTONE_VS_ORDER]


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_no_shipped_template_or_variant_has_a_milestone_against_its_orders(template_id: str
                                                                           ) -> None:
    template = TEMPLATES[template_id]
    for conditions in [[], *(v.conditions for v in template.variants)]:
        assert _contradictions(_plan(template_id, list(conditions))) == [], conditions


def test_swimming_while_no_reaching_overhead_holds_is_found() -> None:
    # Swimming strokes reach over the head: the lumbar fusion's swim waits for week 12, when no
    # reaching overhead ends. Moved back to week 6, check finds it and names the order.
    plan = _plan("lumbar-fusion")
    (swim,) = [m for m in plan.milestones if m.kind == "swim"]
    overhead = next(p for p in plan.precautions if p.id == "no-overhead-reach")
    assert swim.weeks == overhead.weeks_to == 12
    swim.weeks = 6
    (finding,) = _contradictions(plan)
    assert "No overhead reaching" in finding.message and "week 12" in finding.message
    assert finding.precaution is not None and finding.precaution.id == "no-overhead-reach"


def test_all_activities_clash_with_any_order_but_one_that_only_allows() -> None:
    plan = _plan("lumbar-laminectomy")
    plan.milestones = [Milestone(kind="all-activities", weeks=1)]
    assert {f.precaution.id for f in _contradictions(plan) if f.precaution} >= {"spinal-blt"}
    plan.precautions = [PrecautionSetting(id="lifting-as-tolerated", weeks_from=0, weeks_to=4)]
    assert _contradictions(plan) == []
    plan.precautions = [PrecautionSetting(id="no-lying-on-stomach", weeks_from=0, weeks_to=None)]
    (open_ended,) = _contradictions(plan)
    assert "has no end" in open_ended.message
    plan.milestones = [Milestone(kind="jogging", weeks=1)]  # jogging does not lie on the stomach
    assert _contradictions(plan) == []


def _timeline(plan) -> list[tuple[float | None, str]]:  # type: ignore[no-untyped-def]
    shown = in_effect(plan)
    return [(e.weeks, e.ref) for e in timeline(shown, load_catalogue()) if e.source == "milestone"]


def test_the_laminectomy_lines_return_to_all_activities_when_their_lift_limits_end() -> None:
    # OrthoIndy: all activities at week 8 (no limit after week 2). Chibu: a 30 lb limit to week
    # 12, so all activities then; at week 8 the handout said both.
    default, ten_lb = _plan("lumbar-laminectomy"), _plan("lumbar-laminectomy", [TEN_LB])
    assert [w for w, _ in _timeline(default)] == [8]
    assert [w for w, _ in _timeline(ten_lb)] == [12]
    lift = [p for p in in_effect(ten_lb).precautions if p.id in ("lift-limit", "spinal-blt")]
    assert max(p.weeks_to or 0 for p in lift) == 12
    pdf = render_handout(ten_lb, HandoutOptions(printed_on=SURGERY, whole_program=True)).pdf
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages)
    assert "24 Nov 2026 (12 weeks after surgery): You may go back to all your activities" in text
    assert "27 Oct 2026 (8 weeks after surgery): You may go back" not in text


def test_a_template_milestone_may_name_only_conditions_the_template_offers(tmp_path: Path
                                                                           ) -> None:
    text = (paths.templates_dir() / "lumbar-laminectomy.yaml").read_text("utf-8")
    path = tmp_path / "lumbar-laminectomy.yaml"
    path.write_text(text.replace("    only_if: [laminectomy-lift-10-lb-6-weeks]\nguidance:",
                                 "    only_if: [graft-hamstring]\nguidance:"), "utf-8")
    with pytest.raises(DataFileError) as info:
        load_template(path, load_catalogue())
    message = str(info.value)
    assert "milestones[1].only_if" in message and "not one of the template's conditions" in message
