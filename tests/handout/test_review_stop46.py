"""Sentences of stop 46 that were not true for every patient who read them: the ankle
syndesmosis line wears a boot from day 1, so its wound care speaks of the bandage, not a splint; a
large cuff tear's page 1 gives one number for lifting the arm, not 120° and 100°; after knee
surgery no date on page 1 reads as leave to jump, cut and pivot."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.library import Library
from rehab_planner.model import Plan
from rehab_planner.patient_text import printed_texts, text_for_patient
from rehab_planner.plans.conditions import in_effect
from rehab_planner.safety.check import shipped_catalogue, shipped_guidance
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

SPLINT = "Do not take off your splint to look at your cut."
BOOT = "Keep your bandage on and dry until your surgeon says it may come off."


def _printed(plan: Plan, library: Library) -> str:
    text = text_for_patient(plan, library, shipped_guidance(), shipped_catalogue(), 1)
    return " ".join(line for _, line in printed_texts(plan, library, text))


@pytest.mark.parametrize(("conditions", "splint", "boot"), [
    ((), True, False), (("ankle-early-weight-bearing",), True, False),
    (("ankle-syndesmosis-fixation",), False, True)])
def test_the_wound_care_names_what_the_leg_is_in(library: Library, conditions: tuple[str, ...],
                                                  splint: bool, boot: bool) -> None:
    printed = _printed(review_plan("ankle-fracture-fixation", *conditions), library)
    assert (SPLINT in printed) is splint and (BOOT in printed) is boot
    assert "Look at your cut each day. Call" not in printed  # the cut is covered at first


def test_achilles_keeps_its_splint_line(library: Library) -> None:
    printed = _printed(review_plan("achilles-repair"), library)
    assert SPLINT in printed and BOOT not in printed


def test_the_boot_line_prints_in_english_and_spanish(content: HandoutContent) -> None:
    plan = review_plan("ankle-fracture-fixation", "ankle-syndesmosis-fixation")
    for language, words in (("en", BOOT), ("es", "Deje el vendaje puesto y seco")):
        options = HandoutOptions(printed_on=SURGERY + dt.timedelta(days=4), whole_program=True,
                                 language=language)  # type: ignore[arg-type]
        text = " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())
        assert words in text and "férula para mirar" not in text


def test_the_large_tear_prints_one_number_for_lifting_the_arm(content: HandoutContent) -> None:
    plan = review_plan("rotator-cuff-repair", "cuff-large-tear")
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(days=3))
    page_1 = " ".join(page_texts(render_handout(plan, options, content=content).pdf)[0].split())
    assert "more than 100°" in page_1 and "more than 120°" not in page_1


def _page_1(content: HandoutContent, plan: Plan, weeks: int, language: str = "en") -> str:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3),
                             language=language)  # type: ignore[arg-type]
    return " ".join(page_texts(render_handout(plan, options, content=content).pdf)[0].split())


SPORTS = "Do not play sports where you jump, change direction or turn fast."


@pytest.mark.parametrize(("template_id", "running_until"), [
    ("acl-reconstruction", "Until 19 Apr 2027: Do not run or jump."),
    ("meniscus-repair", None)])
def test_sport_waits_for_the_surgeon_not_for_a_date(content: HandoutContent, template_id: str,
                                                     running_until: str | None) -> None:
    # "Until 19 Apr 2027: Do not run or jump. Do not twist on your leg ..." read as jumping and
    # pivoting allowed from then (ACL sport waits 9 to 12 months): the sports rule has no date.
    page_1 = _page_1(content, review_plan(template_id), 14)
    assert f"Until your surgeon says you may stop: {SPORTS}" in page_1
    assert not running_until or running_until in page_1
    spanish = _page_1(content, review_plan(template_id), 14, "es")
    assert "No practique deportes en los que salte, cambie de dirección o gire rápido." in spanish


def test_a_knee_replacement_keeps_no_running_or_jumping(content: HandoutContent) -> None:
    page_1 = _page_1(content, review_plan("total-knee-replacement"), 30)
    assert ("Until your surgeon says you may stop: Do not run or jump. Do not twist on your leg "
            "while your foot is planted.") in page_1
    assert "Until 3 May 2027" not in page_1


def test_the_microfracture_line_goes_back_to_sport_at_six_months(content: HandoutContent) -> None:
    # At 17 weeks (the labral repair's date) it read as sport before the patient was cleared to
    # jog; the microfracture line takes the end of the 4-6 month range (Roth).
    def sports(*conditions: str) -> list[float | None]:
        plan = in_effect(review_plan("hip-arthroscopy", *conditions))
        return [m.weeks for m in plan.milestones if m.kind == "sports"]

    assert sports() == [17] and sports("hip-microfracture") == [26]
    plan = review_plan("hip-arthroscopy", "hip-microfracture")
    whole = " ".join(" ".join(page_texts(render_handout(plan, HandoutOptions(
        printed_on=SURGERY + dt.timedelta(weeks=15), whole_program=True),
        content=content).pdf)).split())
    assert "(17 weeks after surgery)" not in whole
    assert "3 May 2027 (26 weeks after surgery): You may go back to your sports" in whole


@pytest.mark.parametrize(("template_id", "sign"), [
    ("lumbar-microdiscectomy", "Leg pain like the pain you had before surgery comes back."),
    ("meniscus-repair", "Your knee gives way or locks, or it swells a lot after a twist or a pop."),
    ("acl-reconstruction", "Your knee gives way or locks, or it swells a lot after a twist or a pop.")])
def test_a_repair_that_can_tear_again_has_its_warning_sign(content: HandoutContent,
                                                          template_id: str, sign: str) -> None:
    assert sign in _page_1(content, review_plan(template_id), 0)
    for other in ("lumbar-fusion", "total-knee-replacement"):
        assert sign not in _page_1(content, review_plan(other), 0)


@pytest.mark.parametrize(("template_id", "conditions"), [
    ("achilles-repair", ("achilles-delayed-weight-bearing",)), ("ankle-fracture-fixation", ())])
def test_standing_work_waits_for_the_boot_to_come_off(content: HandoutContent, template_id: str,
                                                      conditions: tuple[str, ...]) -> None:
    # At week 6 the boot stays on to 28 Dec (week 8): the log had daily boxes for heel raises
    # from 18 Dec, the card only "Start this once your boot is off".
    plan = review_plan(template_id, *conditions)
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=6, days=4))
    text = " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())
    card = text[text.index(": Heel raises both feet How much"):]  # its picture's cue, then the dose
    assert "Start this on 28 Dec 2026. Do not do it before then." in card[:600]
    assert "Heel raises Not yet Not yet" in text  # the log's boxes before that day


def test_the_standard_achilles_line_stands_from_its_stages_start(content: HandoutContent) -> None:
    plan = review_plan("achilles-repair")  # its boot is off at week 6, the stage's start
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=6, days=4))
    text = " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())
    assert "Heel raises Not yet" not in text and "Start this on 28 Dec 2026" not in text


def test_the_acl_seated_knee_straighten_gives_its_range() -> None:
    # "Straighten only part way" beside the card's "until the leg is straight out" gave no range;
    # U Delaware: long arc quad from 90° to 45°.
    plan = review_plan("acl-reconstruction")
    (rx,) = [rx for rx in plan.phases[0].prescriptions if rx.exercise_id == "long-arc-quad"]
    assert "right angle (90°)" in rx.note and "Stop at 45°" in rx.note


def test_walks_stay_short_while_a_weight_rule_holds(content: HandoutContent) -> None:
    short = "Keep your walks short, around your home, with your crutches or walker."

    def text(plan: Plan, weeks: int, language: str = "en") -> str:
        options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3),
                                 language=language)  # type: ignore[arg-type]
        return " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())

    root = review_plan("meniscus-repair", "meniscus-root-radial-repair")  # no weight to week 6
    early = text(root, 0)
    assert f"Until 14 Dec 2026: {short}" in early
    assert early.index(short) < early.index("Work up to walking")
    assert short not in text(root, 14)
    assert short not in text(review_plan("lumbar-fusion"), 0)
    assert "Haga caminatas cortas, dentro de su casa" in text(root, 0, "es")


@pytest.mark.parametrize(("template_id", "conditions"), [
    ("rotator-cuff-repair", ()), ("acl-reconstruction", ("graft-hamstring",))])
def test_the_main_message_stays_on_page_1_before_the_details_give_way(
        content: HandoutContent, template_id: str, conditions: tuple[str, ...]) -> None:
    # Both went to page 2 with this stop's rules and signs; the details two to a line and
    # closer boxes now give way first (8 of 90 review handouts had lost it, then 3).
    page_1 = _page_1(content, review_plan(template_id, *conditions), 0)
    assert "The most important thing:" in page_1
    assert "Printed on: 5 Nov 2026" in page_1  # the details, two to a line


def _whole(content: HandoutContent, plan: Plan, weeks: int) -> str:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3))
    return " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())


HIGH_CHAIR = "Sit in a firm, high chair with arms. Do not sit in low, soft chairs or sofas."
FIRM_CHAIR = "Sit in a firm chair with arms. It is easier to get up from."


def test_the_hip_rules_seat_and_pillow_hold_while_the_hip_rules_do(content: HandoutContent) -> None:
    back = review_plan("total-hip-replacement")  # hip rules to 14 Dec 2026
    early = _whole(content, back, 0)
    # the plain chair follows, dated by the rules' end (tests/handout/test_chair_after_rules.py)
    assert f"Until 14 Dec 2026: {HIGH_CHAIR}" in early and f"From 14 Dec 2026: {FIRM_CHAIR}" in early
    assert "Until 14 Dec 2026: Sleep on your back, or on your good side with a pillow" in early
    late = _whole(content, back, 14)
    assert HIGH_CHAIR not in late and "pillow between your knees" not in late and FIRM_CHAIR in late
    # the sitting limit ended at week 6: nor its number for car rides
    assert "On long car rides" in early and "On long car rides" not in late
    for other in (review_plan("total-hip-replacement", "hip-no-precautions"),
                  review_plan("total-knee-replacement")):
        text = _whole(content, other, 0)
        assert HIGH_CHAIR not in text and FIRM_CHAIR in text


def test_the_log_roll_ends_with_the_backs_rules(content: HandoutContent) -> None:
    late = _whole(content, review_plan("lumbar-fusion"), 14)  # the rules ended at week 12
    assert "log roll" not in late and "let your legs swing down" not in late


def test_a_shoulder_patient_props_the_elbow_and_knows_a_torn_cuff(content: HandoutContent) -> None:
    elbow = "When you lie on your back, put a small pillow or a folded towel under your elbow."
    cuff = review_plan("rotator-cuff-repair")
    text = _whole(content, cuff, 0)
    assert elbow in text
    assert "You feel a pop or a tear in your shoulder." in _page_1(content, cuff, 0)
    reverse = review_plan("reverse-total-shoulder")
    assert elbow in _whole(content, reverse, 0)
    assert "pop or a tear in your shoulder" not in _page_1(content, reverse, 0)
    assert elbow not in _whole(content, review_plan("lumbar-fusion"), 0)


def test_this_week_says_the_last_stage_ended(content: HandoutContent) -> None:
    # "This week: Stage 3 of 3: 14 Dec 2026 to 25 Jan 2027." under "Your last stage ended on 25
    # Jan 2027" read as a stage still going.
    plan = review_plan("cervical-disc-replacement")  # its last stage ends at week 12
    page_1 = _page_1(content, plan, 14)
    assert "This week: • Stage 3 of 3 ended on 25 Jan 2027." in page_1
    assert "Stage 3 of 3: 14 Dec 2026 to 25 Jan 2027" not in page_1
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=14, days=3), language="es")
    spanish = " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())
    assert "La etapa 3 de 3 terminó el 25 de enero de 2027." in spanish
    assert "Stage 2 of 3: 16 Nov to 14 Dec 2026." in _whole(content, plan, 3)  # while it runs


def test_the_knee_sleep_line_ends_with_the_knee_rule(content: HandoutContent) -> None:
    line = "Sleep with your knee straight. Do not put a pillow under your knee."
    for template_id in ("acl-reconstruction", "total-knee-replacement"):  # the rule to week 6
        assert line not in _whole(content, review_plan(template_id), 14), template_id
    plan = review_plan("total-knee-replacement")
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(days=3), whole_program=True)
    whole = " ".join(" ".join(page_texts(render_handout(plan, options, content=content).pdf)).split())
    assert f"Until 14 Dec 2026: {line}" in whole


def test_the_knee_replacement_keeps_straightening_its_knee_after_week_6() -> None:
    # Stage 2's criterion asks for a knee that goes fully straight; no exercise worked on it.
    plan = review_plan("total-knee-replacement")
    stage_2 = plan.phases[1]
    assert any("fully straight" in c for c in stage_2.criteria)
    assert "heel-prop" in {rx.exercise_id for rx in stage_2.prescriptions}


def test_no_smoking_advice_ends_on_a_date(content: HandoutContent) -> None:
    # "At the very least, do not smoke for 3 months after surgery" read at week 14 as leave to
    # smoke again, the fusion not yet joined.
    text = _whole(content, review_plan("lumbar-fusion"), 14)
    assert "3 months" not in text
    assert "If you smoke, stop now and stay stopped." in text


def test_side_lying_work_after_a_posterior_hip_keeps_a_pillow_between_the_knees(
        library: Library) -> None:
    plan = review_plan("total-hip-replacement", "hip-precautions-12-weeks",
                       "hip-protected-weight-bearing")
    printed = _printed(plan, library)
    assert "Lower your leg onto a pillow between your knees." in printed
    assert "Lower your leg onto a pillow" not in _printed(review_plan("lumbar-fusion"), library)


def test_the_syndesmosis_line_has_no_quick_turns_after_its_boot() -> None:
    def last_stage(*conditions: str) -> set[str]:
        plan = in_effect(review_plan("ankle-fracture-fixation", *conditions))
        return {rx.exercise_id for rx in plan.phases[-1].prescriptions}

    assert "side-to-side-cuts" in last_stage()
    assert "side-to-side-cuts" not in last_stage("ankle-syndesmosis-fixation")
