"""`check` reports text the handout would print for another surgery."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, Prescription, Surgeon
from rehab_planner.procedure_words import load_procedure_words
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from rehab_planner.templates.loader import instantiate, load_templates

TEMPLATES = load_templates()


def _plan(template_id: str) -> Plan:
    plan = instantiate(TEMPLATES[template_id], Patient(name="Ann Lee"), dt.date(2026, 9, 7))
    plan.surgeon = Surgeon(phone="555-0199")
    return plan


def _other(plan: Plan, library: Library) -> list[str]:
    return [f.message for f in check_plan(plan, library)
            if f.code == Code.OTHER_PROCEDURE_TEXT]


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_shipped_templates_print_only_their_own_text(library: Library, template_id: str) -> None:
    assert _other(_plan(template_id), library) == []


def test_a_note_for_another_surgery_is_a_finding(library: Library) -> None:
    plan = _plan("total-knee-replacement")
    plan.phases[0].prescriptions[0].note = "Like after a fusion, keep your back still."
    [message] = _other(plan, library)
    assert f"'fusion' is for another surgery, not {plan.procedure}" in message
    assert "your note on" in message


def test_a_step_that_assumes_leg_surgery_is_a_finding_after_back_surgery(
        library: Library) -> None:
    plan = _plan("lumbar-microdiscectomy")
    plan.phases[-1].prescriptions.append(Prescription(exercise_id="stairs"))
    messages = _other(plan, library)
    assert any("'sore leg'" in m and "the steps of" in m for m in messages)
    # The same exercise after a knee replacement is right.
    knee = _plan("total-knee-replacement")
    knee.phases[-1].prescriptions.append(Prescription(exercise_id="stairs"))
    assert _other(knee, library) == []


def test_a_plan_with_no_surgery_is_not_judged(library: Library) -> None:
    plan = _plan("total-knee-replacement").model_copy(
        update={"template_id": None, "precautions": []})
    plan.phases[0].prescriptions[0].note = "After a fusion, keep still."
    assert _other(plan, library) == []


def test_words_match_whole_words_only() -> None:
    words = load_procedure_words()
    assert words.foreign("Use your sling.", {"lumbar-fusion"}) == ["sling"]
    assert words.foreign("Use your slingshot.", {"lumbar-fusion"}) == []
    assert words.foreign("After a FUSION, rest.", {"total-knee-replacement"}) == ["fusion"]
    assert words.foreign("After a fusion, rest.", {"fusion"}) == []


def test_low_soft_chairs_are_a_joint_replacement_caution_not_an_acl_one(library: Library) -> None:
    acl = _plan("acl-reconstruction")
    acl.phases[0].prescriptions[0].note = "Do not sit in low, soft chairs."
    assert any("'low, soft chairs'" in m for m in _other(acl, library))
    assert _other(_plan("acl-reconstruction"), library) == []  # the topic line is not printed
    knee = _plan("total-knee-replacement")
    knee.phases[0].prescriptions[0].note = "Do not sit in low, soft chairs."
    assert _other(knee, library) == []
