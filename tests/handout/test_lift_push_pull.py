"""A lift limit and a push and pull limit with the same dates, pounds and rule print as one line on
page 1 ("Do not lift, push or pull anything heavier than 10 pounds"): after a neck fusion the two
pairs of look-alike lines took page 1's room and pushed the main message to page 2 (stop 47)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.i18n.current import using_language
from rehab_planner.model import Plan, PrecautionSetting
from rehab_planner.precaution_text import page_rules, precaution_lines
from rehab_planner.safety.check import shipped_catalogue
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

FIRST = "Until 14 Dec 2026: Do not lift, push or pull anything heavier than 10 pounds (4.5 kg)."
LATER = ("From 14 Dec 2026 to 25 Jan 2027: Do not lift, push or pull anything heavier than "
         "20 pounds (9.1 kg).")


def _rules(plan: Plan) -> list[str]:
    return [rule.text for rule in page_rules(plan, shipped_catalogue())]


def _with_orders(*orders: PrecautionSetting) -> Plan:
    plan = review_plan("cervical-fusion")
    plan.precautions = list(orders)
    return plan


def test_the_neck_fusion_prints_each_pair_once() -> None:
    plan = review_plan("cervical-fusion")
    rules = _rules(plan)
    assert FIRST in rules and LATER in rules
    assert not any("Do not push or pull" in rule for rule in rules)
    assert len(rules) == len(plan.precautions) - 2
    # each order keeps its own line where it is edited (the precautions tab)
    assert sum("push or pull" in line for line in precaution_lines(plan, shipped_catalogue())) == 2


@pytest.mark.parametrize(("lift", "push", "joined"), [
    ({"lift_limit_lb": 0}, {"push_pull_limit_lb": 0},
     "Until 14 Dec 2026: Do not lift, push or pull anything. Ask for help to carry things."),
    ({"lift_limit_lb": 15, "lift_rule": "less than the limit"},
     {"push_pull_limit_lb": 15, "push_pull_rule": "less than the limit"},
     "Until 14 Dec 2026: Lift, push or pull only things lighter than 15 pounds (6.8 kg)."),
    ({"lift_limit_lb": 10}, {"push_pull_limit_lb": 15}, None),  # different pounds
    ({"lift_limit_lb": 15, "lift_rule": "less than the limit"}, {"push_pull_limit_lb": 15}, None),
])
def test_only_orders_that_say_the_same_share_a_line(lift: dict[str, object],
                                                    push: dict[str, object],
                                                    joined: str | None) -> None:
    rules = _rules(_with_orders(PrecautionSetting(id="lift-limit", weeks_to=6, params=lift),
                                PrecautionSetting(id="push-pull-limit", weeks_to=6, params=push)))
    assert rules == ([joined] if joined else rules) and len(rules) == (1 if joined else 2)


@pytest.mark.parametrize("second", [
    PrecautionSetting(id="push-pull-limit", weeks_to=4),  # other dates
    PrecautionSetting(id="push-pull-limit", weeks_to=6, wording="No pushing x 6/52"),
])
def test_other_dates_or_the_surgeons_words_keep_two_lines(second: PrecautionSetting) -> None:
    rules = _rules(_with_orders(PrecautionSetting(id="lift-limit", weeks_to=6), second))
    assert len(rules) == 2 and not any("lift, push or pull" in rule for rule in rules)


def test_it_reads_the_same_in_spanish() -> None:
    with using_language("es"):
        rules = _rules(review_plan("cervical-fusion"))
    assert any("No levante, empuje ni jale nada que pese más de 10 libras (4.5 kg)." in rule
               for rule in rules)


def test_page_1_keeps_the_main_message(content: HandoutContent) -> None:
    plan = review_plan("cervical-fusion")
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(days=3))
    page_1 = " ".join(page_texts(render_handout(plan, options, content=content).pdf)[0].split())
    assert FIRST in page_1 and "Do not push or pull" not in page_1
    assert plan.main_message.split()[0] and " ".join(plan.main_message.split()) in page_1
