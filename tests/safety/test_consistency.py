"""`check` catches a handout that says two things that cannot both be true (issue 12, item 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.library import Library
from rehab_planner.model import Dosage, Patient, Plan, PrecautionSetting, Prescription, Surgeon
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Finding
from rehab_planner.templates.loader import instantiate, load_templates

TEMPLATES = load_templates()
NEW_CODES = {Code.NO_PHONE, Code.OTHER_PROCEDURE_TEXT, Code.RULE_VS_EXERCISE,
             Code.DOSE_BELOW_GOAL, Code.PRECAUTION_END_MISMATCH, Code.HOLD_VS_CAUTION,
             Code.OFTEN_VS_COUNT, Code.TEXT_CONTRADICTION}


def _plan(template_id: str = "lumbar-fusion") -> Plan:
    plan = instantiate(TEMPLATES[template_id], Patient(name="Ann Lee"), dt.date(2026, 9, 7))
    plan.surgeon = Surgeon(phone="555-0199")
    return plan


def _found(plan: Plan, library: Library, code: Code) -> list[Finding]:
    return [f for f in check_plan(plan, library) if f.code == code]


def _rx(plan: Plan, phase: int, exercise_id: str) -> Prescription:
    return next(rx for rx in plan.phases[phase].prescriptions if rx.exercise_id == exercise_id)


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_every_shipped_template_checks_clean(library: Library, template_id: str) -> None:
    findings = [f for f in check_plan(_plan(template_id), library) if f.code in NEW_CODES]
    assert findings == [], [f.message for f in findings]


def test_lift_limit_and_grabber_against_lifting_practice(library: Library) -> None:
    plan = _plan()
    assert _found(plan, library, Code.RULE_VS_EXERCISE) == []  # the rules end at week 12
    # Lifting practice while the limit holds (weeks 6 to 12) ...
    plan.phases[1].prescriptions.append(Prescription(exercise_id="safe-lifting"))
    messages = [f.message for f in _found(plan, library, Code.RULE_VS_EXERCISE)]
    assert any("lift anything heavier than 10 pounds" in m for m in messages)
    assert any("Use a grabber" in m for m in messages)
    assert all("Lifting from the floor" in m for m in messages)
    # ... or a limit with no end while stage 3 teaches lifting from the floor.
    plan = _plan()
    plan.precautions[0] = plan.precautions[0].model_copy(update={"weeks_to": None})
    found = _found(plan, library, Code.RULE_VS_EXERCISE)
    assert found and {f.phase_id for f in found} == {plan.phases[2].id}


def test_walking_below_the_stages_own_goal(library: Library) -> None:
    plan = _plan()
    _rx(plan, 1, "walking-program").dosage = Dosage(minutes=20, times_a_day=1)
    messages = [f.message for f in _found(plan, library, Code.DOSE_BELOW_GOAL)]
    assert any("Work up to walking 30 to 40 minutes a day" in m and "20 minutes" in m
               for m in messages)
    assert any("You can walk 30 minutes" in m for m in messages)  # the criterion to move on
    _rx(plan, 1, "walking-program").dosage = Dosage(minutes=40, times_a_day=1)
    assert _found(plan, library, Code.DOSE_BELOW_GOAL) == []


def test_one_movement_with_a_date_and_no_date(library: Library) -> None:
    plan = _plan("rotator-cuff-repair")
    plan.precautions = [PrecautionSetting(id="spinal-blt", weeks_to=12),
                        PrecautionSetting(id="shoulder-no-active", weeks_to=None)]
    [finding] = _found(plan, library, Code.PRECAUTION_END_MISMATCH)
    assert "both forbid lifting" in finding.message
    plan.precautions[1] = PrecautionSetting(id="shoulder-no-active", weeks_to=6)
    assert _found(plan, library, Code.PRECAUTION_END_MISMATCH) == []  # two dates: two rules


def test_an_allowance_beside_a_lasting_rule_is_not_one_rule_with_two_ends(library: Library) -> None:
    # Weight as tolerated to week 6 prints what it allows; the knee replacement's lasting "Do not
    # run or jump" is the only rule about impact (stop 46).
    plan = _plan("total-knee-replacement")
    plan.precautions = [PrecautionSetting(id="wb-as-tolerated", weeks_to=6),
                        PrecautionSetting(id="no-pivoting", weeks_to=None)]
    assert _found(plan, library, Code.PRECAUTION_END_MISMATCH) == []


def test_a_hold_longer_than_its_caution_allows(library: Library) -> None:
    plan = _plan()
    plan.settings.sitting_limit_minutes = None  # only the caution limits it
    rx = _rx(plan, 0, "sitting-posture-lumbar-roll")
    # The library's caution sets no time since stop 46 ("If there is a limit, it is on page
    # 1"); the therapist's note on the exercise is a caution too.
    rx.note = "Sit like this for 15 to 30 minutes at a time."
    rx.dosage = Dosage(minutes=45)
    [finding] = _found(plan, library, Code.HOLD_VS_CAUTION)
    assert "held for 45 minutes, longer than its caution allows (15 minutes)" in finding.message
    # The old default: a 60-second hold beside a caution about sitting 15 to 30 minutes.
    rx.dosage = Dosage(hold_seconds=60, reps=1)
    [finding] = _found(plan, library, Code.HOLD_VS_CAUTION)
    assert "give the time in minutes" in finding.message
    rx.dosage = None
    assert _found(plan, library, Code.HOLD_VS_CAUTION) == []


def test_the_sitting_limit_holds_a_sitting_hold_only_until_it_ends(library: Library) -> None:
    plan = _plan()
    plan.settings.sitting_limit_minutes, plan.settings.sitting_limit_weeks = 30, 12
    first, last = plan.phases[0], plan.phases[-1]
    assert first.weeks_from < 12 <= last.weeks_from
    for phase in (first, last):
        phase.prescriptions.append(Prescription(exercise_id="belly-breathing",
                                                dosage=Dosage(minutes=45)))
    [finding] = _found(plan, library, Code.HOLD_VS_CAUTION)
    assert "longer than the sitting limit allows (30 minutes)" in finding.message
    assert finding.phase_id == first.id  # after week 12 it has ended
    plan.settings.sitting_limit_weeks = None  # no end: both stages
    assert len(_found(plan, library, Code.HOLD_VS_CAUTION)) == 2


def test_often_beside_a_daily_count(library: Library) -> None:
    plan = _plan()
    rx = _rx(plan, 0, "ankle-pumps")
    rx.note = "Do this often while you rest."
    [finding] = _found(plan, library, Code.OFTEN_VS_COUNT)
    assert "3 times a day" in finding.message and finding.prescription_id == rx.id


def test_normal_curve_against_flat(library: Library) -> None:
    plan = _plan()
    _rx(plan, 0, "glute-set").note = "Keep your back flat on the bed."
    [finding] = _found(plan, library, Code.TEXT_CONTRADICTION)
    assert "normal curve" in finding.message and "back flat" in finding.message
