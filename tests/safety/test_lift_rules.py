"""`check` finds lifting rules that say two things at once or leave weeks with none (a handout
review, stop 43: a large cuff tear's "do not lift anything" to week 14 beside a 10 pound limit
from week 6; the reverse shoulder's cup of coffee to week 6, then nothing, then 6 pounds)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, PrecautionSetting, Surgeon
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.templates.loader import instantiate, load_templates
from tests.templates.lines import every_line

TEMPLATES = load_templates()


def _plan(template_id: str, *conditions: str) -> Plan:
    plan = instantiate(TEMPLATES[template_id], Patient(name="Ana Ruiz"), dt.date(2026, 11, 2),
                       conditions=list(conditions))
    plan.surgeon = Surgeon(phone="555-0100")
    return plan


def _codes(plan: Plan, library: Library) -> dict[Code, list[str]]:
    out: dict[Code, list[str]] = {}
    for finding in check_plan(plan, library):
        out.setdefault(finding.code, []).append(finding.message)
    return out


#: Every shipped template as written and each of its variants.
LINES = every_line()


@pytest.mark.parametrize(("template_id", "conditions"), LINES)
def test_no_shipped_line_has_lifting_rules_that_clash_or_gap(
        library: Library, template_id: str, conditions: list[str]) -> None:
    found = _codes(_plan(template_id, *conditions), library)
    assert Code.LIFT_RULES_DISAGREE not in found, found[Code.LIFT_RULES_DISAGREE]
    assert Code.LIFT_RULE_GAP not in found, found[Code.LIFT_RULE_GAP]


def test_no_lifting_at_all_beside_a_pound_limit_is_found(library: Library) -> None:
    plan = _plan("rotator-cuff-repair", "cuff-large-tear")
    plan.precautions.append(PrecautionSetting(id="lift-limit", weeks_from=6, weeks_to=12,
                                              params={"lift_limit_lb": 10}))
    messages = _codes(plan, library)[Code.LIFT_RULES_DISAGREE]
    assert len(messages) == 1
    assert "No active shoulder motion" in messages[0] and "Lift limit" in messages[0]


def test_weeks_with_no_lifting_rule_between_two_are_found(library: Library) -> None:
    plan = _plan("reverse-total-shoulder")
    plan.precautions = [p for p in plan.precautions
                        if not (p.id == "lift-limit" and p.weeks_from == 6)]
    messages = _codes(plan, library)[Code.LIFT_RULE_GAP]
    assert messages == ["No order says how much the patient may lift from week 6 to week 12, "
                        "when 'Lift limit' starts; extend the earlier order or start this one "
                        "sooner."]


def test_a_rule_that_ends_for_good_is_no_gap(library: Library) -> None:
    # the spine's limit ends at week 12 and nothing follows: the patient lifts as they like
    assert Code.LIFT_RULE_GAP not in _codes(_plan("lumbar-fusion"), library)
