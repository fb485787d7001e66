"""The hip and knee exercises added for issue 14 (branch lib-lower): complete, drawn, in Spanish,
linked into ladders, and caught by the hip and knee precautions they break."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.figures.checks import check
from rehab_planner.figures.render import render_exercise
from rehab_planner.i18n.content import language_lookup, translate_exercise
from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, PrecautionSetting, Prescription
from rehab_planner.model.vocab import Movement
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Severity
from rehab_planner.templates.loader import instantiate, load_templates

HIP = [
    "band-hip-out-lying", "side-lying-double-leg-lift", "side-lying-bottom-leg-lift",
    "hands-knees-kick-back", "fire-hydrant", "band-standing-hip-bend",
    "band-standing-side-leg-lift", "band-standing-leg-back", "hip-hike", "monster-walk",
    "bridge-march", "ball-bridge", "outer-hip-stretch", "lying-butterfly-stretch", "side-lunge",
    "seated-band-knees-apart",
]
KNEE = [
    "thigh-buttock-tighten", "prone-knee-bend", "band-seated-knee-bend", "ball-hamstring-curl",
    "band-leg-press", "strap-heel-slide", "knee-bend-leg-helping", "heel-on-stool-stretch",
    "standing-quad-stretch", "squat-ball-squeeze", "single-leg-mini-squat", "wall-sit",
    "split-squat", "reverse-lunge", "side-step-up", "forward-step-down",
    "band-seated-knee-straighten", "stool-scoot",
]
ADDED = HIP + KNEE

TEMPLATES = load_templates()
CATALOGUE = load_catalogue()


def test_at_least_the_new_ids_are_in_the_library(library: Library) -> None:
    ids = {e.id for e in library}
    assert set(ADDED) <= ids
    assert len(set(ADDED)) == len(ADDED)


@pytest.mark.parametrize("exercise_id", ADDED)
def test_each_new_exercise_is_complete(library: Library, exercise_id: str) -> None:
    e = library.get(exercise_id)
    assert e.region.value == ("hip" if exercise_id in HIP else "knee")
    assert 3 <= len(e.steps) <= 6
    assert e.progressions or e.regressions
    for other in [*e.progressions, *e.regressions]:
        assert library.get(other).id == other  # the ladder resolves


@pytest.mark.parametrize("exercise_id", ADDED)
def test_each_new_figure_draws_and_keeps_its_promises(library: Library, exercise_id: str) -> None:
    figure = library.get(exercise_id).figure
    assert figure is not None
    picture = render_exercise(library.get(exercise_id))  # raises RenderError if it cannot
    assert len(picture.items) > 10
    failed = [m.describe() for m in check(figure) if not m.ok]
    assert failed == []


@pytest.mark.parametrize("exercise_id", ADDED)
def test_each_new_exercise_has_a_current_spanish_translation(library: Library,
                                                             exercise_id: str) -> None:
    english = library.get(exercise_id)
    lookup = language_lookup("es")
    spanish = translate_exercise(english, lookup)
    assert lookup.fallbacks == []  # every text has current Spanish
    assert spanish.name != english.name
    assert len(spanish.steps) == len(english.steps)
    assert spanish.steps[0] != english.steps[0]


def _plan(template_id: str, variant: str | None = None) -> Plan:
    template = TEMPLATES[template_id]
    conditions: list[str] = []
    if variant is not None:
        conditions = next(v.conditions for v in template.variants if v.id == variant)
    return instantiate(template, Patient(name="Test Patient"), dt.date(2026, 3, 2),
                       conditions=conditions)


def _conflict_subjects(library: Library, plan: Plan, exercise_id: str) -> set[str]:
    rx = Prescription(exercise_id=exercise_id)
    plan.phases[0].prescriptions.append(rx)
    return {f.subject for f in check_plan(plan, library, CATALOGUE)
            if f.severity == Severity.CONFLICT and f.prescription_id == rx.id}


@pytest.mark.parametrize(("exercise_id", "variant", "precaution"), [
    # Crossing the middle and the deep hip bend: the back-approach rules.
    ("side-lying-bottom-leg-lift", None, "hip-posterior"),
    ("outer-hip-stretch", None, "hip-posterior"),
    # Lifting the leg out to the side: the side-approach rule.
    ("band-hip-out-lying", "lateral", "hip-lateral"),
    ("fire-hydrant", "lateral", "hip-lateral"),
    ("hip-hike", "lateral", "hip-lateral"),
    ("monster-walk", "lateral", "hip-lateral"),
    ("side-lunge", "lateral", "hip-lateral"),
    ("band-standing-side-leg-lift", "lateral", "hip-lateral"),
    ("seated-band-knees-apart", "lateral", "hip-lateral"),
    # The leg behind the body or turned out: the front-approach rules.
    ("hands-knees-kick-back", "anterior", "hip-anterior"),
    ("band-standing-leg-back", "anterior", "hip-anterior"),
    ("lying-butterfly-stretch", "anterior", "hip-anterior"),
    ("fire-hydrant", "anterior", "hip-anterior"),
])
def test_hip_precautions_flag_the_new_exercises(library: Library, exercise_id: str,
                                                 variant: str | None, precaution: str) -> None:
    assert precaution in _conflict_subjects(library, _plan("total-hip-replacement", variant),
                                            exercise_id)


@pytest.mark.parametrize("exercise_id", ["band-standing-hip-bend", "bridge-march", "ball-bridge"])
def test_safe_hip_exercises_pass_the_back_approach_rules(library: Library,
                                                         exercise_id: str) -> None:
    assert "hip-posterior" not in _conflict_subjects(library, _plan("total-hip-replacement"),
                                                     exercise_id)


def test_side_bends_are_tagged_for_the_back_rules(library: Library) -> None:
    for exercise_id in ("side-lying-double-leg-lift", "hip-hike", "outer-hip-stretch"):
        assert Movement.LUMBAR_SIDE_BEND in library.get(exercise_id).movements
    assert "spinal-blt" in _conflict_subjects(library, _plan("lumbar-fusion"), "hip-hike")


@pytest.mark.parametrize(("exercise_id", "precaution"), [
    # A deep hip bend: the back-approach hip rules.
    ("band-leg-press", "hip-posterior"),
    ("strap-heel-slide", "hip-posterior"),
    # The back leg behind the body: the front-approach hip rules.
    ("split-squat", "hip-anterior"),
    ("reverse-lunge", "hip-anterior"),
])
def test_hip_precautions_flag_the_new_knee_exercises(library: Library, exercise_id: str,
                                                      precaution: str) -> None:
    variant = "anterior" if precaution == "hip-anterior" else None
    assert precaution in _conflict_subjects(library, _plan("total-hip-replacement", variant),
                                            exercise_id)


@pytest.mark.parametrize(("exercise_id", "precaution"), [
    ("prone-knee-bend", "no-lying-on-stomach"),
    ("single-leg-mini-squat", "wb-toe-touch"),
    ("forward-step-down", "wb-non"),
    ("side-step-up", "wb-non"),
    ("standing-quad-stretch", "wb-non"),
    ("wall-sit", "wb-non"),
])
def test_knee_orders_flag_the_new_exercises(library: Library, exercise_id: str,
                                            precaution: str) -> None:
    plan = _plan("total-knee-replacement")
    plan.precautions.append(PrecautionSetting(id=precaution, weeks_from=0, weeks_to=6))
    assert precaution in _conflict_subjects(library, plan, exercise_id)


@pytest.mark.parametrize("exercise_id", ["thigh-buttock-tighten", "heel-on-stool-stretch",
                                         "band-seated-knee-bend", "knee-bend-leg-helping"])
def test_early_knee_exercises_pass_the_hip_back_approach_rules(library: Library,
                                                               exercise_id: str) -> None:
    assert "hip-posterior" not in _conflict_subjects(library, _plan("total-hip-replacement"),
                                                     exercise_id)


def test_band_knee_straighten_is_held_back_by_the_acl_open_chain_order(library: Library) -> None:
    plan = _plan("total-knee-replacement")
    plan.precautions.append(PrecautionSetting(id="acl-no-open-chain", weeks_from=0, weeks_to=12))
    assert "acl-no-open-chain" in _conflict_subjects(library, plan, "band-seated-knee-straighten")


def test_new_ladders_link_both_ways(library: Library) -> None:
    pairs = [("mini-squat", "squat-ball-squeeze"), ("wall-squat", "wall-sit"),
             ("forward-lunge", "split-squat"), ("step-up", "side-step-up"),
             ("step-down", "forward-step-down"), ("clamshell", "fire-hydrant"),
             ("ball-bridge", "ball-hamstring-curl"), ("hip-slide-out", "band-hip-out-lying")]
    for easier, harder in pairs:
        assert harder in library.get(easier).progressions, (easier, harder)
        assert easier in library.get(harder).regressions, (easier, harder)
