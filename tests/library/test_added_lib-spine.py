"""The spine, core, neck and whole-body exercises added for issue 14 (item 7): each loads, draws,
has Spanish, sits in a ladder, and its safety tags make the spine and neck precautions flag it."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.figures.checks import check
from rehab_planner.figures.render import render_exercise
from rehab_planner.i18n.content import language_lookup, translate_exercise
from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, PrecautionSetting, Prescription
from rehab_planner.model.vocab import Movement as M
from rehab_planner.model.vocab import Region
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Finding, Severity
from rehab_planner.templates.loader import instantiate, load_templates

ADDED: dict[Region, list[str]] = {
    Region.SPINE_CORE: [
        "prone-arm-lift", "prone-opposite-arm-leg-lift", "superman", "prone-on-elbows",
        "standing-back-bend", "standing-abdominal-brace", "partial-curl-up", "crunch-arms-crossed",
        "sit-up", "dead-bug-weight", "side-plank", "childs-pose", "quadruped-rocking",
        "ball-pelvic-tilt", "sciatic-nerve-slider", "femoral-nerve-glide",
        "seated-forward-bend", "wall-pelvic-tilt",
    ],
    Region.NECK: [
        "chin-tuck-head-lift", "wall-chin-tuck", "neck-turns-lying", "blade-squeeze-chin-tuck",
        "median-nerve-glide", "ulnar-nerve-glide", "radial-nerve-glide",
    ],
    Region.WHOLE_BODY: [
        "floor-transfer", "half-kneel-reach-low", "tub-transfer", "sock-aid", "long-shoe-horn",
        "dishwasher-hip-hinge", "vacuuming-no-twist", "lifting-from-table", "suitcase-carry",
    ],
}
ALL = [i for ids in ADDED.values() for i in ids]

TEMPLATES = load_templates()
CATALOGUE = load_catalogue()


def _plan(template_id: str) -> Plan:
    return instantiate(TEMPLATES[template_id], Patient(name="Test Patient"), dt.date(2026, 3, 2))


def _conflicts(plan: Plan, library: Library, exercise_id: str) -> list[Finding]:
    plan.phases[0].prescriptions.append(Prescription(exercise_id=exercise_id))
    return [f for f in check_plan(plan, library, CATALOGUE)
            if f.severity == Severity.CONFLICT and f.exercise_id == exercise_id]


@pytest.mark.parametrize("exercise_id", ALL)
def test_each_added_exercise_loads_in_its_region_and_draws(library: Library, exercise_id: str) -> None:
    exercise = library.get(exercise_id)
    assert exercise.id in ADDED[exercise.region]
    assert exercise.figure is not None
    assert render_exercise(exercise).items
    failed = [m.describe() for m in check(exercise.figure) if not m.ok]
    assert not failed, failed


@pytest.mark.parametrize("exercise_id", ALL)
def test_each_added_exercise_has_current_spanish(library: Library, exercise_id: str) -> None:
    lookup = language_lookup("es")
    english = library.get(exercise_id)
    spanish = translate_exercise(english, lookup)
    assert not lookup.fallbacks and not lookup.stale, (lookup.fallbacks, lookup.stale)
    assert spanish.name != english.name
    assert len(spanish.steps) == len(english.steps)
    assert len(spanish.safety_notes) == len(english.safety_notes)
    assert [s != e for s, e in zip(spanish.steps, english.steps, strict=True)] == [True] * len(
        english.steps)


@pytest.mark.parametrize("exercise_id", ALL)
def test_each_added_exercise_sits_in_a_ladder_that_links_back(
    library: Library, exercise_id: str
) -> None:
    exercise = library.get(exercise_id)
    links = exercise.progressions + exercise.regressions
    assert links, exercise_id
    for other in links:
        assert library.get(other) is not None
    # At least one rung names this exercise back (the ladder is walked both ways).
    assert any(exercise_id in library.get(o).progressions + library.get(o).regressions
               for o in links), exercise_id


@pytest.mark.parametrize(
    ("exercise_id", "movements"),
    [
        ("superman", {M.LUMBAR_EXTENSION, M.LYING_ON_STOMACH, M.OVERHEAD_REACH}),
        ("prone-opposite-arm-leg-lift", {M.LUMBAR_EXTENSION, M.HIP_EXTENSION_PAST_NEUTRAL}),
        ("prone-on-elbows", {M.LUMBAR_EXTENSION, M.LYING_ON_STOMACH, M.ARM_WEIGHT_BEARING}),
        ("standing-back-bend", {M.LUMBAR_EXTENSION, M.WEIGHT_BEARING}),
    ],
)
def test_back_arching_exercises_say_so(
    library: Library, exercise_id: str, movements: set[M]
) -> None:
    exercise = library.get(exercise_id)
    assert movements <= set(exercise.movements)
    # No precaution in the catalogue forbids arching yet: the card itself warns after a fusion.
    assert any("lumbar_fusion" in n.only_for for n in exercise.surgery_notes)


@pytest.mark.parametrize("exercise_id", ["prone-arm-lift", "superman", "prone-on-elbows"])
def test_lying_on_the_stomach_is_flagged_early_after_a_lumbar_fusion(
    library: Library, exercise_id: str
) -> None:
    subjects = {f.subject for f in _conflicts(_plan("lumbar-fusion"), library, exercise_id)}
    assert "no-lying-on-stomach" in subjects


@pytest.mark.parametrize(
    "exercise_id", ["partial-curl-up", "crunch-arms-crossed", "sit-up", "childs-pose",
                    "ball-pelvic-tilt", "seated-forward-bend", "wall-pelvic-tilt"],
)
def test_forward_bending_is_flagged_by_spinal_precautions_after_a_lumbar_fusion(
    library: Library, exercise_id: str
) -> None:
    assert M.LUMBAR_FLEXION in library.get(exercise_id).movements
    [blt] = [f for f in _conflicts(_plan("lumbar-fusion"), library, exercise_id)
             if f.subject == "spinal-blt"]
    assert "bends the low back" in blt.message
    # The safer alternatives offered do not bend the back either.
    assert all(M.LUMBAR_FLEXION not in library.get(a).movements for a in blt.alternatives)


@pytest.mark.parametrize("exercise_id", ["partial-curl-up", "crunch-arms-crossed", "sit-up"])
def test_head_lifting_curls_are_flagged_after_a_posterior_neck_surgery(
    library: Library, exercise_id: str
) -> None:
    plan = _plan("cervical-fusion")
    plan = plan.model_copy(update={"precautions": [
        *plan.precautions, PrecautionSetting(id="cervical-posterior", weeks_from=0, weeks_to=6)]})
    subjects = {f.subject for f in _conflicts(plan, library, exercise_id)}
    assert "cervical-posterior" in subjects


@pytest.mark.parametrize(
    ("exercise_id", "precaution"),
    [
        ("neck-turns-lying", "cervical-rotation"),
        ("chin-tuck-head-lift", "cervical-no-resistance"),
        ("sciatic-nerve-slider", "cervical-anterior"),
        ("femoral-nerve-glide", "cervical-anterior"),
    ],
)
def test_neck_moves_are_flagged_early_after_a_neck_fusion(
    library: Library, exercise_id: str, precaution: str
) -> None:
    subjects = {f.subject for f in _conflicts(_plan("cervical-fusion"), library, exercise_id)}
    assert precaution in subjects


@pytest.mark.parametrize(
    "exercise_id", ["wall-chin-tuck", "blade-squeeze-chin-tuck", "radial-nerve-glide"]
)
def test_posture_drills_and_the_still_head_glides_pass_early_after_a_neck_fusion(
    library: Library, exercise_id: str
) -> None:
    assert _conflicts(_plan("cervical-fusion"), library, exercise_id) == []


@pytest.mark.parametrize("exercise_id", ["median-nerve-glide", "ulnar-nerve-glide"])
def test_arm_out_glides_are_flagged_after_a_rotator_cuff_repair(
    library: Library, exercise_id: str
) -> None:
    subjects = {f.subject for f in _conflicts(_plan("rotator-cuff-repair"), library, exercise_id)}
    assert "shoulder-no-active" in subjects


@pytest.mark.parametrize(
    ("exercise_id", "safer"),
    [("dishwasher-hip-hinge", "hip-hinge"), ("half-kneel-reach-low", "reaching-low-with-tools"),
     ("lifting-from-table", "hip-hinge"), ("suitcase-carry", "hip-hinge")],
)
def test_picking_things_up_counts_as_lifting_under_spinal_precautions(
    library: Library, exercise_id: str, safer: str
) -> None:
    [blt] = [f for f in _conflicts(_plan("lumbar-fusion"), library, exercise_id)
             if f.subject == "spinal-blt"]
    assert "lifts" in blt.message or "lifting" in blt.message
    assert safer in blt.alternatives


def test_getting_down_to_the_floor_is_flagged_as_a_twist_after_a_lumbar_fusion(
    library: Library,
) -> None:
    [blt] = [f for f in _conflicts(_plan("lumbar-fusion"), library, "floor-transfer")
             if f.subject == "spinal-blt"]
    assert all(M.LUMBAR_ROTATION not in library.get(a).movements for a in blt.alternatives)


@pytest.mark.parametrize(
    "exercise_id", ["sock-aid", "long-shoe-horn", "tub-transfer", "vacuuming-no-twist"],
)
def test_daily_tasks_done_the_back_safe_way_pass_early_after_a_lumbar_fusion(
    library: Library, exercise_id: str
) -> None:
    assert _conflicts(_plan("lumbar-fusion"), library, exercise_id) == []


@pytest.mark.parametrize("exercise_id", ["floor-transfer", "childs-pose", "sit-up"])
def test_deep_hip_bends_are_flagged_after_a_posterior_hip_replacement(
    library: Library, exercise_id: str
) -> None:
    subjects = {f.subject for f in _conflicts(_plan("total-hip-replacement"), library, exercise_id)}
    assert "hip-posterior" in subjects


def test_the_library_grew_by_thirty_or_more(library: Library) -> None:
    assert len(ALL) >= 30 and len(set(ALL)) == len(ALL)
    assert all(library.get(i).region in ADDED for i in ALL)
