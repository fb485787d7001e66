"""A stage's name or goals must not say what an order in force through the whole stage forbids:
`check` warns (stage-words-vs-order), and no shipped template line does it."""

from __future__ import annotations

import pytest

from rehab_planner.library import load_library
from rehab_planner.model import Plan, PrecautionSetting
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.consistency import _clash_in
from rehab_planner.safety.findings import Code
from rehab_planner.templates import load_templates
from tests.templates.lines import line_plan

LIBRARY = load_library()
TEMPLATES = load_templates()
LINES = [(t.id, None) for t in TEMPLATES.values()] + [
    (t.id, v.id) for t in TEMPLATES.values() for v in t.variants]


def _plan(template_id: str, variant_id: str | None) -> Plan:
    return line_plan(TEMPLATES[template_id], variant_id)


def _clashes(plan: Plan) -> list[tuple[str | None, str]]:
    return [(f.phase_name, f.subject or "") for f in check_plan(plan, LIBRARY)
            if f.code == Code.STAGE_WORDS_VS_ORDER]


@pytest.mark.parametrize(("template_id", "variant_id"), LINES)
def test_no_shipped_line_says_what_its_orders_forbid(template_id: str,
                                                     variant_id: str | None) -> None:
    assert _clashes(_plan(template_id, variant_id)) == []


@pytest.mark.parametrize(("template_id", "variant_id", "phase", "expected"), [
    # the words these lines printed before they had their own (issue 14)
    ("rotator-cuff-repair", "large-tear", 1, "shoulder-no-assisted|with help from your other arm"),
    ("rotator-cuff-repair", "large-tear", 2, "shoulder-no-active|lift your arm on your own"),
    ("acl-reconstruction", "hamstring", 1, "wb-partial|without crutches"),
    ("meniscus-repair", "root-radial", 1, "wb-non|walk on it"),
])
def test_the_stage_words_without_their_condition_are_caught(
        template_id: str, variant_id: str, phase: int, expected: str) -> None:
    plan = _plan(template_id, variant_id)
    plan.phases[phase].by_condition = []
    assert (plan.phases[phase].name, expected) in _clashes(plan)


def test_a_therapist_goal_under_non_weight_bearing_is_caught_and_a_denial_is_not() -> None:
    plan = _plan("total-knee-replacement", None)
    phase = plan.phases[0]
    plan.precautions = [PrecautionSetting(id="wb-non", weeks_from=0, weeks_to=phase.weeks_to)]
    phase.goals = ["Walk without crutches by the end of this stage."]
    assert _clashes(plan) == [(phase.name, "wb-non|without crutches")]
    phase.goals = ["Do not walk without crutches."]
    assert _clashes(plan) == []
    # an order that ends inside the stage does not run through it
    phase.goals = ["Walk without crutches by the end of this stage."]
    plan.precautions = [PrecautionSetting(id="wb-non", weeks_from=0,
                                          weeks_to=(phase.weeks_to or 6) - 1)]
    assert _clashes(plan) == []


def test_the_phrase_match_reads_sentence_by_sentence() -> None:
    phrases = ["without crutches"]
    assert _clash_in("Keep your crutches. Walk WITHOUT  crutches soon.", phrases) == \
        "without crutches"
    assert _clash_in("Do not walk without crutches. Rest.", phrases) is None
    assert _clash_in("You can't walk without crutches yet.", phrases) is None


def test_each_weight_bearing_line_reads_its_own_stage_words() -> None:
    from rehab_planner.plans.conditions import in_effect

    def words(template_id: str, variant_id: str | None, phase: int) -> tuple[str, list[str]]:
        shown = in_effect(_plan(template_id, variant_id)).phases[phase]
        return shown.name, list(shown.goals)

    standard = words("ankle-fracture-fixation", None, 1)
    assert "Do not stand on your leg until your surgeon says you may." in standard[1]
    early = words("ankle-fracture-fixation", "early-weight-bearing", 1)
    assert early[0] == "Move your ankle and stand on it"
    assert not any("Do not stand" in g for g in early[1])
    assert words("ankle-fracture-fixation", "syndesmosis", 1) == standard  # the later line wins
    boot = words("ankle-fracture-fixation", "syndesmosis", 2)
    assert boot[0] == "Walk in your boot" and not any("shoe" in g for g in boot[1])
    conservative = words("achilles-repair", "conservative", 1)
    assert conservative[0] == "Stand a little in your boot"  # no weight in its first two weeks
    assert any("until the date on page 1" in g for g in conservative[1])
    # the boot's end as page 1 dates it ("until week 8" read as a week early beside the page's
    # count of the week the patient is in: handout review, stop 44)
    assert any("until the date on page 1" in g
               for g in words("achilles-repair", "conservative", 2)[1])
    hip = words("hip-arthroscopy", "microfracture", 1)
    # the crutches' end as page 1 dates it ("until week 6" printed at week 7: handout review,
    # stop 45)
    assert hip[0] == "Walk with less help" and any("until the date on page 1" in g for g in hip[1])
    assert words("hip-arthroscopy", None, 1)[0] == "Walk without crutches"


def test_the_microfracture_line_does_not_stand_on_both_legs_under_20_percent_weight() -> None:
    from rehab_planner.plans.conditions import in_effect

    def stage_two(variant_id: str | None) -> set[str]:
        plan = in_effect(_plan("hip-arthroscopy", variant_id))
        return {rx.exercise_id for rx in plan.phases[1].prescriptions}

    assert {"mini-squat", "heel-raises"} <= stage_two(None)
    assert not {"mini-squat", "heel-raises"} & stage_two("microfracture")
