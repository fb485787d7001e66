"""After a hip replacement from the back, the sitting topic's high chair lasts as long as the hip
rules; from the day they end the plain chair line holds, dated by them ("From 14 Dec 2026: Sit in
a firm chair with arms."): before, once the rules ended the topic had no chair line at all."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.guidance import GuidanceLine, line_start, topics_for
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import Plan
from rehab_planner.plans.conditions import in_effect
from rehab_planner.safety.check import shipped_catalogue, shipped_guidance
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

HIGH = "Sit in a firm, high chair with arms. Do not sit in low, soft chairs or sofas."
PLAIN = "Sit in a firm chair with arms. It is easier to get up from."


def _sitting(plan: Plan) -> list[str]:
    topics = topics_for(in_effect(plan), shipped_guidance(), shipped_catalogue())
    return next(topic.bullets for topic in topics if topic.id == "sitting")


@pytest.mark.parametrize(("conditions", "end"), [((), "14 Dec 2026"),
                                                 (("hip-precautions-12-weeks",), "25 Jan 2027")])
def test_the_back_approach_gets_the_plain_chair_when_its_rules_end(conditions: tuple[str, ...],
                                                                  end: str) -> None:
    bullets = _sitting(review_plan("total-hip-replacement", *conditions))
    assert f"Until {end}: {HIGH}" in bullets
    assert f"From {end}: {PLAIN}" in bullets


@pytest.mark.parametrize(("template_id", "conditions"), [
    ("total-hip-replacement", ("hip-anterior-approach",)),
    ("total-hip-replacement", ("hip-no-precautions",)),
    ("total-knee-replacement", ())])
def test_without_back_rules_the_plain_chair_is_undated(template_id: str,
                                                       conditions: tuple[str, ...]) -> None:
    bullets = _sitting(review_plan(template_id, *conditions))
    assert PLAIN in bullets and not any(HIGH in bullet for bullet in bullets)


def test_a_rule_without_an_end_never_starts_the_line() -> None:
    plan = review_plan("total-hip-replacement")
    for order in plan.precautions:
        if order.id == "hip-posterior":
            order.weeks_to = None
    line = GuidanceLine(text=PLAIN, starts_after=["hip-posterior"])
    assert line_start(line, plan) is None
    assert not any(PLAIN in bullet for bullet in _sitting(plan))


@pytest.mark.parametrize(("language", "words"), [
    ("en", f"From 14 Dec 2026: {PLAIN}"),
    ("es", "Desde el 14 de diciembre de 2026: Siéntese en una silla firme, con brazos.")])
def test_the_whole_program_prints_it_dated(content: HandoutContent, language: str,
                                            words: str) -> None:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(days=3), whole_program=True,
                             language=language)  # type: ignore[arg-type]
    pdf = render_handout(review_plan("total-hip-replacement"), options, content=content).pdf
    assert words in " ".join(" ".join(page_texts(pdf)).split())


def test_the_week_15_handout_keeps_the_plain_chair(content: HandoutContent) -> None:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=15))
    pdf = render_handout(review_plan("total-hip-replacement"), options, content=content).pdf
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert PLAIN in text and HIGH not in text
