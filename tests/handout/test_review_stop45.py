"""A fifth look at what the handout tells a patient (stop 45): a daily-life rule tied to a staged
order lasts as long as the whole order (the grabber rule of a conservative lumbar fusion ended
with its 5 lb order at week 6, while the bending rule went on to week 12); the rotator cuff's
stage goal asks for no reach past the stage's 120° limit; a weight limit that rises each week
prints the date of each step (the patient counted weeks from the order's start)."""

from __future__ import annotations

from rehab_planner.guidance import GuidanceLine, line_weeks
from rehab_planner.handout import HandoutContent
from rehab_planner.i18n.current import using_language
from rehab_planner.library import Library
from rehab_planner.model import Plan, PrecautionSetting
from rehab_planner.order_text import weekly_steps
from rehab_planner.patient_text import printed_texts, text_for_patient
from rehab_planner.plans.conditions import holds
from rehab_planner.precaution_text import precaution_lines
from rehab_planner.safety.check import shipped_catalogue, shipped_guidance
from tests.handout.test_review_stop44 import _pages
from tests.templates.lines import review_plan

GRABBER = GuidanceLine(text="Use a grabber.", ends_with=["spinal-blt"])


def test_the_grabber_rule_lasts_as_long_as_the_staged_bending_rule(library: Library) -> None:
    plan = review_plan("lumbar-fusion", "lumbar-brace", "lift-limit-5-lb")
    assert sorted((o.weeks_from, o.weeks_to) for o in plan.orders("spinal-blt")
                  if holds(o, plan.conditions)) == [(0, 6), (6, 12)]
    assert line_weeks(GRABBER, plan) == (0, 12)
    text = text_for_patient(plan, library, shipped_guidance(), shipped_catalogue())
    lines = [line for _, line in printed_texts(plan, library, text)]
    assert "Until 25 Jan 2027: Use a grabber to pick things up from the floor." in lines


def test_a_gap_between_orders_ends_the_rule_at_the_gap() -> None:
    plan = review_plan("lumbar-fusion")
    plan.precautions = [o for o in plan.precautions if o.id != "spinal-blt"] + [
        PrecautionSetting(id="spinal-blt", weeks_from=8, weeks_to=12),
        PrecautionSetting(id="spinal-blt", weeks_from=0, weeks_to=4)]
    assert line_weeks(GRABBER, plan) == (0, 4)
    plan.precautions.append(PrecautionSetting(id="spinal-blt", weeks_from=4, weeks_to=None))
    assert line_weeks(GRABBER, plan) == (0, None)


def test_a_plan_without_the_order_holds_the_rule_for_the_whole_program() -> None:
    plan = review_plan("total-knee-replacement")
    assert line_weeks(GRABBER, plan) == (0, None)


def test_the_cuff_stage_goal_reaches_no_higher_than_its_limit(library: Library) -> None:
    plan = review_plan("rotator-cuff-repair")
    stage = next(p for p in plan.phases if p.weeks_from == 6)
    assert next((lim.key, lim.degrees) for lim in stage.range_limits if not lim.only_if) == (
        "shoulder flexion", 120)
    assert not any("high shelf" in line for line in [*stage.goals, *stage.criteria])
    assert "You can reach a shelf at eye level with no weight in your hand." in stage.criteria


def _weight_line(plan: Plan) -> str:
    return next(line for line in precaution_lines(plan, shipped_catalogue())
                if "of your weight on your leg" in line)


def test_a_weekly_rising_weight_limit_prints_its_dates() -> None:
    # Conservative hip replacement: 25% from week 4, then 25% more each week, to week 8.
    plan = review_plan("total-hip-replacement", "hip-precautions-12-weeks")
    line = _weight_line(plan)
    assert line.endswith("Your dates: 25% from 30 Nov, 50% from 7 Dec, 75% from 14 Dec, all your "
                         "weight from 21 Dec.")
    with using_language("es"):
        assert _weight_line(plan).endswith(
            "Sus fechas: 25% desde el 30 nov, 50% desde el 7 dic, 75% desde el 14 dic, todo su "
            "peso desde el 21 dic.")


def test_the_dates_stop_where_the_order_ends_and_a_flat_limit_has_none() -> None:
    catalogue = shipped_catalogue()
    order = PrecautionSetting(id="wb-partial", weeks_from=2, weeks_to=4,
                              params={"percent": 20, "add_percent_each_week": 20})
    assert weekly_steps(catalogue["wb-partial"], order) == [(2, 20), (3, 40)]
    flat = order.model_copy(update={"params": {"percent": 20}})
    assert weekly_steps(catalogue["wb-partial"], flat) == []
    # 5% more each week would list 17 dates: the order's own words say it.
    slow = PrecautionSetting(id="wb-partial", weeks_from=0, weeks_to=None,
                             params={"percent": 20, "add_percent_each_week": 5})
    assert weekly_steps(catalogue["wb-partial"], slow) == []
    plan = review_plan("total-hip-replacement")
    plan.precautions = [order]
    assert _weight_line(plan) == (
        "From 16 Nov to 30 Nov 2026: Put no more than 20% of your weight on your leg that had "
        "surgery. Each week, put 20% more of your weight on it, until you stand on it fully. Use "
        "your crutches or walker. Your dates: 20% from 16 Nov, 40% from 23 Nov.")


def _order_lines(template_id: str, *conditions: str) -> list[str]:
    return precaution_lines(review_plan(template_id, *conditions), shipped_catalogue())


def test_a_permission_gives_its_start_not_an_end() -> None:
    # "Until 14 Dec 2026: You may put as much weight on your leg as feels OK" read as full weight
    # stopping on 14 Dec (handout review, stop 45).
    thr = _order_lines("total-hip-replacement")
    assert ("You may put as much weight on your leg as feels OK. Use your walker or cane until "
            "your therapist says you can stop.") in thr  # from the day of surgery: no date
    assert not any(line.startswith("Until") and "You may put" in line for line in thr)
    meniscus = _order_lines("meniscus-repair")
    assert any(line.startswith("From 30 Nov 2026: You may put as much weight") for line in meniscus)
    tsa = _order_lines("anatomic-total-shoulder")
    assert "From 25 Jan 2027: You may lift what feels OK. Start light. Stop if it hurts." in tsa
    with using_language("es"):
        assert any(line.startswith("Desde el 30 de noviembre de 2026: ")
                   for line in _order_lines("meniscus-repair"))


def test_a_permission_dates_what_limits_it(content: HandoutContent) -> None:
    # Weight only in the boot ends with the order: that sentence carries the end date, the
    # permission only its start ("From 16 Nov to 14 Dec: You may put as much weight" read as the
    # allowance stopping: re-review, stop 45).
    achilles = _order_lines("achilles-repair")
    assert ("From 16 Nov 2026: You may put as much weight on your leg as feels OK. Use your "
            "crutches until your therapist says you can stop. Until 14 Dec 2026: Put weight on "
            "your leg only with your boot on. Do not stand on your bare foot.") in achilles
    spanish = _pages(content, review_plan("achilles-repair"), 0, "es")
    assert ("Desde el 16 de noviembre de 2026: Puede poner sobre la pierna todo el peso que "
            "aguante sin dolor.") in spanish
    assert "Hasta el 14 de diciembre de 2026: Apoye peso en la pierna solo con la bota puesta." \
        in spanish
    catalogue = shipped_catalogue()
    assert catalogue["wb-as-tolerated"].permission and catalogue["lifting-as-tolerated"].permission
    assert not catalogue["wb-partial"].permission
