"""Page 1 lists the stages' range limits among the precautions, each with its dates: the hip bend
after a hip arthroscopy was only in the main message and on two cards, with no date to stop.
Each says what not to pass ("only 30°" read as a task), and a motion an order already says (the
hip rules after a hip replacement, the twist in the spinal rules) is not said twice."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Precaution
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.precaution_text import limit_rules
from rehab_planner.safety.check import shipped_catalogue
from tests.handout.pdfread import page_texts
from tests.handout.test_review_stop44 import _pages
from tests.templates.lines import SURGERY, review_plan

HIP_BEND = ("Do not bend your hip past a right angle (90°). When you sit, keep your knee lower "
            "than your hip.")


def _rules(template_id: str, *conditions: str) -> list[str]:
    return [rule.text for rule in limit_rules(review_plan(template_id, *conditions),
                                              shipped_catalogue())]


def test_the_hip_bend_after_a_hip_arthroscopy_is_a_dated_rule_on_page_1(
        content: HandoutContent) -> None:
    assert _rules("hip-arthroscopy") == [
        f"Until 30 Nov 2026: {HIP_BEND} Do not move your leg out to the side more than 30°. "
        "Do not turn your knee and toes out more than 30°."]
    page_1 = _pages(content, review_plan("hip-arthroscopy"), 0).split("Warning signs")[0]
    assert "Until 30 Nov 2026: Do not bend your hip past a right angle (90°)." in page_1


def test_a_rule_that_has_ended_is_not_printed_this_week(content: HandoutContent) -> None:
    page_1 = _pages(content, review_plan("hip-arthroscopy"), 6).split("Warning signs")[0]
    assert "Do not bend your hip past a right angle" not in page_1
    assert "Your precautions" in page_1


def test_a_limit_of_back_to_back_stages_is_one_rule() -> None:
    # Lumbar fusion: no arching in weeks 0-6 and again in 6-12.
    assert _rules("lumbar-fusion") == ["Until 25 Jan 2027: Do not arch your back."]


def test_a_motion_the_surgeons_order_says_is_not_said_twice() -> None:
    # The back-approach hip rules say the hip bend, crossing and turning in.
    assert _rules("total-hip-replacement") == []
    # The front approach says stepping back; its 20° limit is that rule in degrees.
    assert _rules("total-hip-replacement", "hip-anterior-approach") == []
    # Laminectomy: the twist is in the surgeon's order to week 2; after it, the limit says it.
    assert _rules("lumbar-laminectomy") == [
        "Until 28 Dec 2026: Do not arch your back.",
        "From 16 Nov to 28 Dec 2026: Do not twist your back."]
    # With its order to week 6, the twist limit of weeks 2-8 prints from week 6 only (it was said
    # twice from 16 Nov to 14 Dec: handout review, stop 45).
    assert _rules("lumbar-laminectomy", "laminectomy-lift-10-lb-6-weeks") == [
        "Until 28 Dec 2026: Do not arch your back.",
        "From 14 Dec to 28 Dec 2026: Do not twist your back."]


def test_a_limit_on_motion_done_for_the_patient_prints_as_a_limit() -> None:
    # Rotator cuff weeks 0-6: the arm is moved for the patient (passive limits 90° and 20°),
    # worded as what not to pass: beside "do not lift your arm with its own muscles" it limits
    # the helped lift (the reverse shoulder's table slide had no limit on page 1 before week 2).
    assert _rules("rotator-cuff-repair") == [
        "Until 14 Dec 2026: Do not lift your arm higher than your shoulder (90°). With your elbow "
        "at your side, do not turn your hand out more than 20° from straight ahead. Straight out "
        "to the side is 90°.",
        "From 14 Dec 2026 to 25 Jan 2027: Do not lift your arm in front of you higher than the "
        "top of your head (120°). With your elbow at your side, do not turn your hand out "
        "more than 30° from straight ahead. Straight out to the side is 90°."]
    # The shoulder replacement's subscapularis line: its 10° turn is on page 1 (only on a card,
    # page 1 read the same as the standard line's).
    assert ("Until 14 Dec 2026: With your elbow at your side, do not turn your hand out more than "
            "10° from straight ahead. Straight out to the side is 90°.") in _rules("anatomic-total-shoulder",
                                                  "tsa-subscapularis-protection")


def test_the_rule_follows_the_plans_conditions() -> None:
    # A root or radial meniscus repair keeps the knee bend to 90° in weeks 4-6 too.
    assert _rules("meniscus-repair", "meniscus-root-radial-repair") == [
        "Until 14 Dec 2026: Do not bend your knee past a right angle (90°)."]


def test_the_whole_program_lists_every_rule_with_its_dates(content: HandoutContent) -> None:
    plan = review_plan("achilles-repair")
    rules = _rules("achilles-repair")
    assert rules == ["Until 14 Dec 2026: Do not pull your toes up toward you.",
                     "From 14 Dec 2026 to 25 Jan 2027: Do not pull your toes up toward you more "
                     "than a little past where your foot and leg make an L (10°)."]
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=7), whole_program=True)
    pdf = render_handout(plan, options, content=content).pdf
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert all(rule in text for rule in rules)  # the first ended at week 6, still printed


def test_the_spanish_handout_prints_the_rule_in_spanish(content: HandoutContent) -> None:
    text = _pages(content, review_plan("hip-arthroscopy"), 0, "es").split("Señales de alarma")[0]
    assert "Do not bend your hip" not in text
    assert "Hasta el 30 de noviembre de 2026: No doble la cadera más de un ángulo recto" in text


def test_a_catalogue_entry_names_only_joint_motions() -> None:
    with pytest.raises(ValidationError, match="'hip twist' is not a joint motion"):
        Precaution(id="x", name="X", patient_text="Do not.", says_limits=["hip twist"])
    assert Precaution(id="x", name="X", patient_text="Do not.",
                      says_limits=["hip flexion"]).says_limits == ["hip flexion"]


def test_an_added_limit_prints_on_page_1() -> None:
    plan = review_plan("total-knee-replacement")
    plan.phases[0].range_limits.append(RangeLimit(joint="knee", motion="flexion", degrees=90))
    [rule] = [r for r in limit_rules(plan, shipped_catalogue())]
    assert rule.text.endswith("Do not bend your knee past a right angle (90°).")
    assert rule.weeks_to == plan.phases[0].weeks_to
