"""Page 1 of every shipped template: the patient, the phones, the precautions with their dates
and both tiers of warning signs, at the body size or larger (read back from real PDFs)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.cover import precaution_sentences
from rehab_planner.handout.styles import handout_style
from rehab_planner.model import Clinic, Patient, Plan, Surgeon
from rehab_planner.patient_text import text_for_patient
from rehab_planner.plans.conditions import in_effect
from rehab_planner.plans.stage import stage_on
from rehab_planner.templates.loader import instantiate, load_templates
from tests.handout.pdfread import all_text, flat, page_texts
from tests.handout.test_warning_signs import _runs

TEMPLATES = sorted(load_templates())
PRINTED = dt.date(2026, 12, 4)  # week 5 after surgery on 2 Nov 2026
DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}")


def _plan(template_id: str) -> Plan:
    plan = instantiate(load_templates()[template_id], Patient(name="José Núñez"),
                       dt.date(2026, 11, 2), therapist="Kim Lee, PT",
                       clinic=Clinic(name="Riverside Physical Therapy",
                                     address="12 Mill Road\nSpringfield", phone="(217) 555-0142",
                                     after_hours_phone="(217) 555-0100"))
    plan.surgeon = Surgeon(name="Dr Ana Ruiz", phone="(217) 555-0199")
    return plan


def _precautions(plan: Plan, content: HandoutContent, whole_program: bool = True) -> list[str]:
    """The precaution lines page 1 prints (through the same builder as the handout): this
    week's handout leaves out the rules that ended before the print date."""
    from rehab_planner.handout.context import BuildContext

    style = handout_style()
    plan = in_effect(plan)  # as the handout prints it: orders the conditions switch off are left out
    ctx = BuildContext(plan=plan, library=content.library, style=style, text=content.text,
                       labels=content.labels, guidance=content.guidance,
                       catalogue=content.catalogue, width=500, page_height=700,
                       printed_on=PRINTED, whole_program=whole_program,
                       stage=stage_on(plan, PRINTED))
    return precaution_sentences(ctx)


def _render(content: HandoutContent, plan: Plan, **options: object) -> HandoutResult:
    return render_handout(plan, HandoutOptions(printed_on=PRINTED, **options),  # type: ignore[arg-type]
                          content=content)



@pytest.mark.parametrize("whole_program", [False, True], ids=["this-week", "whole-program"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_page_one_holds_patient_phones_precautions_and_both_tiers(
        template: str, whole_program: bool, content: HandoutContent) -> None:
    plan = _plan(template)
    signs = text_for_patient(plan, content.library, content.guidance,
                             content.catalogue).warning_signs
    assert signs.call_911 and signs.call_surgeon
    expected = ["José Núñez", plan.procedure, "2 Nov 2026", "Dr Ana Ruiz, (217) 555-0199",
                "(217) 555-0100", "Kim Lee, PT", "4 Dec 2026",
                content.text.precautions.heading, *_precautions(plan, content, whole_program),
                content.text.warning_signs.heading,
                signs.call_911_heading, *signs.call_911, signs.call_surgeon_heading,
                *signs.call_surgeon]
    for large, pages in ((False, 1), (True, 2)):
        result = _render(content, plan, large_print=large, whole_program=whole_program)
        first = " ".join(page_texts(result.pdf)[:pages])
        for text in expected:
            assert flat(text) in first, (template, large, text)
        # the main message may move under the warning signs: never further than page 2
        if plan.main_message:
            assert flat(plan.main_message) in " ".join(page_texts(result.pdf)[:pages + 1])
            assert all_text(result.pdf).count(flat(plan.main_message)) == 1
        # the room is found by layout: the safety text keeps the body size
        body = handout_style(large).body_size
        safety = [*signs.call_911, *signs.call_surgeon, *_precautions(plan, content)]
        checked = [size for text, size, _ in _runs(result.pdf, pages=pages)
                   if len(text) > 8 and not DATE.fullmatch(text)  # a date is in the details too
                   and any(text in flat(line) for line in safety)]
        assert len(checked) >= len(signs.call_911) + len(signs.call_surgeon)
        assert min(checked) >= body - 0.01, (template, large)
