"""The shoulder, arm and upper back exercises added for issue 14 (branch lib-upper): each loads,
draws, has Spanish, links into a ladder, and its safety tags make the check flag it where a
surgeon's order forbids what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.figures.render import render_exercise
from rehab_planner.i18n.content import language_lookup, translate_exercise
from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, PrecautionSetting, Prescription
from rehab_planner.model.range_limit import Joint, Motion, RangeLimit
from rehab_planner.plans.ranges import limits_on
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.templates.loader import instantiate, load_templates

SHOULDER = [
    "table-slide-sideways", "cane-side-raise", "side-lying-arm-raise",
    "counter-push-up", "knee-push-up", "push-up", "push-up-plus", "lying-punch-up",
    "band-outward-turn-both", "band-diagonal-up", "prone-arm-back", "prone-arm-out",
    "towel-behind-back", "table-weight-shift", "wall-ball-circles", "overhead-press",
]
ARM = [
    "band-push-down", "elbow-bend-straighten", "wrist-stretch-up", "wrist-stretch-down",
    "grip-squeeze", "finger-tendon-glides", "hammer-turns",
]
UPPER_BACK = [
    "band-arms-back", "band-row-high", "band-row-sitting", "open-book",
    "upper-back-round-stretch", "upper-back-arch-roll", "prone-arms-side-lift", "w-squeeze",
]
ADDED = SHOULDER + ARM + UPPER_BACK

TEMPLATES = load_templates()
CATALOGUE = load_catalogue()


def test_thirty_new_exercises_in_their_regions(library: Library) -> None:
    assert len(set(ADDED)) == len(ADDED) >= 30
    for ids, region in ((SHOULDER, "shoulder"), (ARM, "arm"), (UPPER_BACK, "upper_back")):
        for eid in ids:
            assert library.get(eid).region == region, eid


@pytest.mark.parametrize("exercise_id", ADDED)
def test_each_loads_draws_and_has_a_ladder(library: Library, exercise_id: str) -> None:
    exercise = library.get(exercise_id)
    assert 3 <= len(exercise.steps) <= 6
    assert exercise.figure is not None
    picture = render_exercise(exercise)
    assert len(picture.items) > 10  # a body, not an empty box
    links = [*exercise.progressions, *exercise.regressions]
    assert links, "each new exercise sits on a ladder"
    for other in links:
        assert library.get(other) is not None


@pytest.mark.parametrize("exercise_id", ADDED)
def test_each_has_spanish_in_the_same_shape(library: Library, exercise_id: str) -> None:
    lookup = language_lookup("es")
    assert not [s for s in lookup.stale if exercise_id in s]
    english = library.get(exercise_id)
    spanish = translate_exercise(english, lookup)
    assert spanish.name != english.name
    assert len(spanish.steps) == len(english.steps)
    assert not set(spanish.steps) & set(english.steps)
    assert len(spanish.safety_notes) == len(english.safety_notes)
    assert len(spanish.surgery_notes) == len(english.surgery_notes)


def _plan(template_id: str) -> Plan:
    return instantiate(TEMPLATES[template_id], Patient(name="Test Patient"), dt.date(2026, 3, 2))


def _conflicts_for(plan: Plan, library: Library, exercise_id: str) -> list[Finding]:
    return [f for f in check_plan(plan, library, CATALOGUE)
            if f.severity == Severity.CONFLICT and f.exercise_id == exercise_id]


@pytest.mark.parametrize("exercise_id", [
    "counter-push-up", "knee-push-up", "push-up", "push-up-plus", "table-weight-shift",
    "wall-ball-circles", "lying-punch-up", "side-lying-arm-raise", "band-outward-turn-both",
    "band-diagonal-up", "prone-arm-back", "band-push-down", "band-arms-back", "arm-bike",
    "overhead-press", "w-squeeze",
])
def test_arm_work_is_a_conflict_in_the_cuff_repair_sling_weeks(library: Library,
                                                                 exercise_id: str) -> None:
    plan = _plan("rotator-cuff-repair")
    assert plan.precaution("shoulder-no-active") is not None
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert _conflicts_for(plan, library, exercise_id), exercise_id


@pytest.mark.parametrize("exercise_id", ["table-slide-sideways", "cane-side-raise",
                                         "towel-behind-back"])
def test_helped_arm_raises_wait_for_the_surgeons_yes(library: Library, exercise_id: str) -> None:
    plan = _plan("rotator-cuff-repair")
    plan.precautions = [PrecautionSetting(id="shoulder-no-assisted", weeks_from=0, weeks_to=3)]
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert _conflicts_for(plan, library, exercise_id)


@pytest.mark.parametrize("exercise_id", ["grip-squeeze", "finger-tendon-glides",
                                         "elbow-bend-straighten"])
def test_hand_and_elbow_work_stays_allowed_in_the_sling(library: Library, exercise_id: str) -> None:
    plan = _plan("rotator-cuff-repair")
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert _conflicts_for(plan, library, exercise_id) == []


@pytest.mark.parametrize("exercise_id", ["wrist-stretch-up", "wrist-stretch-down"])
def test_wrist_stretches_with_the_arm_held_out_are_flagged_in_the_sling(
        library: Library, exercise_id: str) -> None:
    # Both stretches hold the arm straight out in front: the shoulder lifts it.
    plan = _plan("rotator-cuff-repair")
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert _conflicts_for(plan, library, exercise_id), exercise_id


@pytest.mark.parametrize("exercise_id", ["open-book", "upper-back-round-stretch",
                                         "band-row-high", "band-diagonal-up", "overhead-press"])
def test_back_twists_bends_and_overhead_reaches_are_flagged_after_a_fusion(
        library: Library, exercise_id: str) -> None:
    plan = _plan("lumbar-fusion")
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    assert _conflicts_for(plan, library, exercise_id), exercise_id


def test_the_outward_turn_with_both_arms_is_held_back_by_a_turn_limit(library: Library) -> None:
    limit = RangeLimit(joint=Joint.SHOULDER, motion=Motion.EXTERNAL_ROTATION, degrees=30)
    [held] = limits_on([limit], library.get("band-outward-turn-both"))
    assert held.reach.degrees == 45 and not held.exceeded  # held back: it can stop short
    flexion = RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=120)
    assert [h.limit.key for h in limits_on([flexion], library.get("band-diagonal-up"))] == [
        "shoulder flexion"]
    # A helped slide to the side is held back by a passive abduction limit under 90 degrees.
    side = RangeLimit(joint=Joint.SHOULDER, motion=Motion.ABDUCTION, degrees=60, mode="passive")
    assert limits_on([side], library.get("table-slide-sideways"))


def test_the_upper_back_arch_tips_the_head_back_so_a_neck_fusion_flags_it(
        library: Library) -> None:
    plan = _plan("cervical-fusion")
    plan.phases[0].prescriptions.append(Prescription(exercise_id="upper-back-arch-roll"))
    assert _conflicts_for(plan, library, "upper-back-arch-roll")


def test_a_range_limit_finding_names_a_new_exercise(library: Library) -> None:
    plan = _plan("rotator-cuff-repair")
    third = plan.phases[2]
    third.range_limits = [RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=60)]
    rx = Prescription(exercise_id="knee-push-up")  # the arms at 90 degrees: it cannot stop short
    third.prescriptions.append(rx)
    found = [f for f in check_plan(plan, library, include_accepted=False)
             if f.code is Code.RANGE_LIMIT and f.prescription_id == rx.id]
    assert "shoulder flexion" in {f.subject for f in found}
