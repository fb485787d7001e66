"""This week's handout follows the stage the therapist moved the patient to (or the stage that
holds them); clinician items never reach the handout, and the clinician summary lists them."""

from __future__ import annotations

import datetime as dt

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.handout.clinician_summary import render_clinician_summary
from rehab_planner.model import Plan
from rehab_planner.model.course import ClinicianItem
from rehab_planner.plans.course_edits import (
    move_to_next_phase,
    set_clinician_items,
    set_criterion_met,
    set_phase_end,
)
from tests.handout.pdfread import all_text, page_texts

WEEK_5 = dt.date(2026, 12, 3)
WEEK_8 = dt.date(2026, 12, 24)


def _all_met(plan: Plan) -> Plan:
    phase = plan.phases[0]
    for n in range(1, len(phase.criteria) + 1):
        plan, _ = set_criterion_met(plan, phase.id, n, True, on=WEEK_5, by="Sam Lee, PT")
    return plan


def test_this_weeks_handout_prints_the_stage_the_therapist_moved_to(
        plan: Plan, content: HandoutContent) -> None:
    plan, _ = set_phase_end(plan, plan.phases[0].id, "criteria")
    moved, _ = move_to_next_phase(_all_met(plan), plan.phases[0].id, WEEK_5)
    result = render_handout(moved, HandoutOptions(printed_on=WEEK_5), content=content)
    first = page_texts(result.pdf)[0]
    assert result.stage is not None and result.stage.number == 2
    assert "Week 5 of 26: Build a steady core" in first
    assert "Your therapist says you are ready for this stage." in first


def test_a_stage_that_ends_on_criteria_holds_the_patient(plan: Plan,
                                                         content: HandoutContent) -> None:
    plan, _ = set_phase_end(plan, plan.phases[0].id, "criteria")
    result = render_handout(plan, HandoutOptions(printed_on=WEEK_8), content=content)
    first = page_texts(result.pdf)[0]
    assert "Week 8 of 26: Protect your back" in first
    assert ("Stay in this stage until your therapist says you are ready for the next one."
            in first)


CARE = [("scar-mobilisation", "Scar massage five minutes a visit QZX1"),
        ("cryotherapy-compression", "Game Ready after session QZX2"),
        ("work-hardening", "Lift crates from floor to waist QZX3")]


def test_clinician_items_are_never_on_the_handout_and_all_in_the_summary(
        plan: Plan, content: HandoutContent) -> None:
    items = [ClinicianItem(kind=kind, text=text, phase_id=plan.phases[i].id if i < 2 else None)
             for i, (kind, text) in enumerate(CARE)]
    plan, _ = set_clinician_items(plan, items)
    for options in (HandoutOptions(printed_on=WEEK_5),
                    HandoutOptions(printed_on=WEEK_5, whole_program=True),
                    HandoutOptions(printed_on=WEEK_5, language="es")):
        text = all_text(render_handout(plan, options, content=content).pdf)
        assert "QZX" not in text and "Scar mobilisation" not in text
    summary = render_clinician_summary(_all_met(plan), today=WEEK_5)
    assert summary.pages == 1
    text = all_text(summary.pdf)
    for _, words in CARE:
        assert words in text
    assert "Clinician care: Scar mobilisation: Scar massage five minutes a visit QZX1" in text
    assert "Cryotherapy and compression: Game Ready after session QZX2" in text
    assert "Your pain is under control. [met 3 Dec 2026 (Sam Lee, PT)]" in text
    assert "14 Dec 2026 (6 weeks after surgery)" in text  # the timeline
