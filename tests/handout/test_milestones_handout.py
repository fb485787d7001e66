"""The recovery timeline on the handout: this week's handout lists the next few steps in a few
lines; the whole program lists every step."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Plan
from rehab_planner.model.course import Milestone
from tests.handout.pdfread import all_text, page_texts

WEEK_5 = dt.date(2026, 12, 3)  # surgery 2 Nov 2026


def _with_milestones(plan: Plan) -> Plan:
    plan.conditions = ["lumbar-brace"]
    plan.milestones += [Milestone(kind="return-to-work", weeks=10, wording="RTW 10/52 light duty"),
                        Milestone(kind="jogging", criterion="You can walk 40 minutes with no pain.")]
    return plan


def test_this_weeks_handout_lists_the_next_steps_only(plan: Plan,
                                                      content: HandoutContent) -> None:
    pdf = render_handout(_with_milestones(plan), HandoutOptions(printed_on=WEEK_5),
                         content=content).pdf
    text = all_text(pdf)
    assert "Coming up:" in text and "Your recovery timeline" not in text
    # the brace order of the lumbar-brace condition ends at week 6: it is a step, from the order
    assert ("14 Dec 2026 (6 weeks after surgery): You may stop wearing your back brace if your "
            "surgeon agrees." in text)
    assert ('11 Jan 2027 (10 weeks after surgery): You may go back to work if your surgeon '
            'agrees. Your surgeon wrote: "RTW 10/52 light duty"') in text
    # up to the end of the next stage (25 Jan 2027): the template's week 26 step waits, and so
    # does the step on a criterion
    assert "3 May 2027 (26 weeks after surgery)" not in text
    assert "start to jog" not in text


def test_the_whole_program_lists_every_step(plan: Plan, content: HandoutContent) -> None:
    pdf = render_handout(_with_milestones(plan), HandoutOptions(printed_on=WEEK_5,
                                                                whole_program=True),
                         content=content).pdf
    text = all_text(pdf)
    assert "Your recovery timeline" in text and "Coming up:" not in text
    assert ("When you are ready: You may start to jog if your surgeon agrees. First, this must "
            "be true: You can walk 40 minutes with no pain.") in text
    assert (text.index("14 Dec 2026 (6 weeks after surgery)")
            < text.index("3 May 2027 (26 weeks after surgery)"))


def test_the_next_steps_end_the_summary_box(plan: Plan, content: HandoutContent,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from rehab_planner.handout import week

    plan = _with_milestones(plan)
    options = HandoutOptions(printed_on=WEEK_5)
    with_steps = render_handout(plan, options, content=content)
    monkeypatch.setattr(week, "coming_up", lambda ctx: [])
    without = render_handout(plan, options, content=content)
    assert "Coming up:" not in all_text(without.pdf)
    assert with_steps.pages <= without.pages + 1  # a few lines, no page of their own
    pages = page_texts(with_steps.pdf)
    here = next(i for i, page in enumerate(pages) if "Coming up:" in page)
    summary = pages[here].split("Coming up:")[0]
    assert content.week.summary.heading in summary  # the box it ends


def test_the_timeline_prints_in_spanish(plan: Plan, content: HandoutContent) -> None:
    plan.patient.language = "es"
    pdf = render_handout(_with_milestones(plan), HandoutOptions(printed_on=WEEK_5),
                         content=content).pdf
    text = all_text(pdf)
    assert "Lo que viene:" in text
    assert ("14 de diciembre de 2026 (6 semanas después de la cirugía): Puede dejar de usar su "
            "corsé para la espalda") in text
