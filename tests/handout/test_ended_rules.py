"""This week's handout leaves out the surgeon's rules that have ended; the whole program keeps
them all with their dates."""

from __future__ import annotations

import datetime as dt

from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.model import Plan
from tests.handout.conftest import SURGERY, make_plan
from tests.handout.pdfread import all_text, page_texts

WEEK4 = SURGERY + dt.timedelta(days=24)  # no stomach sleeping and no driving until week 6
WEEK8 = SURGERY + dt.timedelta(weeks=8)  # those two have ended; bend, lift, twist go on to 12
WEEK14 = SURGERY + dt.timedelta(weeks=14)  # every order has ended


def _render(content: HandoutContent, plan: Plan, day: dt.date, **options: object
            ) -> HandoutResult:
    return render_handout(plan, HandoutOptions(printed_on=day, **options),  # type: ignore[arg-type]
                          content=content)


def _page1(result: HandoutResult) -> str:
    return page_texts(result.pdf)[0]


def test_a_rule_that_ended_is_left_out_of_this_weeks_handout(content: HandoutContent) -> None:
    plan = make_plan()
    early = _page1(_render(content, plan, WEEK4))
    assert "Do not lie or sleep on your stomach" in early
    assert "Do not drive before" in early
    later = _page1(_render(content, plan, WEEK8))
    assert "Do not lie or sleep on your stomach" not in later
    assert "Do not drive before" not in later
    assert "Do not bend at the waist" in later  # still in force to week 12


def test_the_whole_program_prints_every_rule_with_its_dates(content: HandoutContent) -> None:
    text = all_text(_render(content, make_plan(), WEEK14, whole_program=True).pdf)
    assert "Do not lie or sleep on your stomach" in text
    assert "Do not bend at the waist" in text
    assert "Do not drive before" in text


def test_rules_in_lifestyle_topics_end_with_their_order(content: HandoutContent) -> None:
    plan = make_plan()
    early = all_text(_render(content, plan, WEEK8).pdf)
    assert "Use a grabber to pick things up" in early  # dated by the bend order (to week 12)
    late = all_text(_render(content, plan, WEEK14).pdf)
    assert "Use a grabber to pick things up" not in late
    assert "Until 25 Jan 2027" not in late


def test_when_every_rule_has_ended_the_box_says_so(content: HandoutContent) -> None:
    plan = make_plan()
    plan.settings.sitting_limit_minutes = None  # no rule without an end date is left
    page1 = _page1(_render(content, plan, WEEK14))
    assert content.text.precautions.ended.split()[0] in page1
    assert "have ended" in page1
    assert "has not given you any special rules" not in page1  # untrue: the surgeon gave some
    spanish = _page1(_render(content, plan, WEEK14, language="es"))
    assert "ya terminaron" in spanish


def test_a_brace_worn_for_six_weeks_is_not_asked_for_after_them(
        content: HandoutContent) -> None:
    plan = make_plan()
    plan.settings.brace = True
    plan.settings.brace_weeks = 6
    early = _page1(_render(content, plan, WEEK4))
    assert "Wear your brace when you are out of bed" in early
    assert "Wear your brace until" in early
    later = _page1(_render(content, plan, WEEK8))
    assert "Wear your brace" not in later
    assert "Use su soporte" in _page1(_render(content, plan, WEEK4, language="es"))
    assert "Use su soporte" not in _page1(_render(content, plan, WEEK8, language="es"))


def test_a_chosen_later_stage_leaves_out_the_rules_ended_before_it(
        content: HandoutContent) -> None:
    plan = make_plan()
    stage3 = len(plan.phases)
    assert plan.phases[-1].weeks_from >= 12
    page1 = _page1(_render(content, plan, WEEK4, stage=stage3))
    assert "Do not bend at the waist" not in page1
    assert "Do not lie or sleep on your stomach" not in page1


def test_an_exercise_note_tied_to_an_ended_rule_is_left_out(content: HandoutContent) -> None:
    # A hip replacement from the back: the hip rules end at 6 weeks. The clamshell's "keep your
    # hip bend less than a right angle" is true in week 3 and no longer in week 8, where page 1
    # lists no hip rule; the whole program keeps it (it prints the rules with their dates).
    from rehab_planner.model import Patient
    from rehab_planner.plans.conditions import in_effect
    from rehab_planner.templates.loader import instantiate, load_templates

    surgery = dt.date(2026, 9, 7)
    plan = instantiate(load_templates()["total-hip-replacement"], Patient(name="Ann Lee"), surgery)
    (hip,) = [p for p in in_effect(plan).precautions if p.id == "hip-posterior"]
    assert hip.weeks_to == 6
    week3 = all_text(_render(content, plan, surgery + dt.timedelta(weeks=3), stage=1).pdf)
    assert "keep your hip bend less than a right" in week3
    week8 = all_text(_render(content, plan, surgery + dt.timedelta(weeks=8)).pdf)
    assert "Clamshell" in week8 and "keep your hip bend less than a right" not in week8
    whole = all_text(_render(content, plan, surgery + dt.timedelta(weeks=8), whole_program=True).pdf)
    assert "keep your hip bend less than a right" in whole


def test_the_whole_program_prints_a_stages_notes_as_they_stand_when_it_begins(
        content: HandoutContent) -> None:
    # The whole program printed "keep your hip bend less than a right angle" under the clamshell
    # of the stage that begins at week 6, when the hip rules (weeks 0 to 6) have ended: each
    # stage now prints the notes in force when it begins. With the rules kept to 12 weeks (the
    # surgeon's line), the second stage prints them again.
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    surgery = dt.date(2026, 9, 7)
    note = "keep your hip bend less than a right angle"

    def stage_pages(plan: Plan) -> tuple[str, str]:
        pages = [" ".join(p.split()) for p in page_texts(
            _render(content, plan, surgery + dt.timedelta(weeks=8), whole_program=True).pdf)]
        first = next(n for n, p in enumerate(pages) if "Weeks 0 to 6" in p)
        second = next(n for n, p in enumerate(pages) if "Weeks 6 to 12" in p)
        third = next(n for n, p in enumerate(pages) if "Weeks 12 to" in p)
        return " ".join(pages[first:second]), " ".join(pages[second:third])

    template = load_templates()["total-hip-replacement"]
    stage1, stage2 = stage_pages(instantiate(template, Patient(name="Ann Lee"), surgery))
    assert note in stage1 and "Clamshell" in stage2
    assert note not in stage2
    longer = instantiate(template, Patient(name="Ann Lee"), surgery,
                         conditions=["hip-precautions-12-weeks"])
    _, stage2_longer = stage_pages(longer)
    assert note in stage2_longer
