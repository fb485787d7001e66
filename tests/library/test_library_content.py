"""The shipped exercise library: enough exercises, valid links, plain words, honest tags."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from rehab_planner import paths
from rehab_planner.library import load_library
from rehab_planner.model import Exercise
from rehab_planner.model.vocab import Category, Movement, Position, Region
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade

CATEGORY_MINIMUMS = {
    Category.RANGE_OF_MOTION: 25,
    Category.STRENGTHENING: 30,
    Category.POSTURE_BODY_MECHANICS: 14,
    Category.BALANCE: 8,
    Category.AEROBIC: 5,
    Category.FUNCTIONAL: 3,
}
REQUIRED_REGIONS = {
    Region.SPINE_CORE, Region.NECK, Region.UPPER_BACK, Region.SHOULDER, Region.HIP,
    Region.KNEE, Region.ANKLE, Region.BALANCE, Region.AEROBIC,
}

M = Movement
# Movements the early phases of the shipped protocols forbid, and exercises those phases rely on.
EARLY_SAFE = {
    "lumbar fusion": (
        {M.LUMBAR_FLEXION, M.LUMBAR_ROTATION, M.LUMBAR_SIDE_BEND, M.LIFTING, M.SPINAL_LOADING},
        ["ankle-pumps", "quad-set", "glute-set", "abdominal-brace", "heel-slide-with-brace",
         "short-arc-quad", "long-arc-quad", "belly-breathing", "log-roll", "hip-hinge",
         "sitting-posture-lumbar-roll", "walking-program", "wall-squat", "mini-squat",
         "sit-to-stand", "shoulder-blade-squeeze"],
    ),
    "posterior hip replacement": (
        {M.HIP_FLEXION_PAST_90, M.HIP_ADDUCTION_PAST_MIDLINE, M.HIP_INTERNAL_ROTATION},
        ["ankle-pumps", "quad-set", "glute-set", "heel-slide", "short-arc-quad", "hip-slide-out",
         "straight-leg-raise", "sit-to-stand", "walking-program", "bike-upright", "heel-raises",
         "mini-squat", "standing-side-leg-lift", "log-roll", "reaching-low-with-tools"],
    ),
    "anterior neck fusion": (
        {M.NECK_EXTENSION},
        ["chin-tuck", "shoulder-shrugs", "shoulder-blade-squeeze", "walking-program",
         "belly-breathing", "neck-isometrics"],
    ),
    "rotator cuff repair, early": (
        {M.ACTIVE_SHOULDER_ELEVATION, M.RESISTED_SHOULDER, M.ARM_WEIGHT_BEARING, M.LIFTING},
        ["pendulum", "hand-wrist-and-elbow-motion-with-ball-squeeze", "shoulder-blade-squeeze",
         "table-slide", "cane-outward-turn", "walking-program", "chin-tuck", "forearm-turns"],
    ),
}
_NUMBERED = re.compile(r"^\s*(\d+[.)]|[-*•])\s")


def _library_files() -> list[Path]:
    return sorted(paths.exercises_dir().glob("*.yaml"))


def _raw_entries() -> list[tuple[Path, dict[str, Any]]]:
    entries: list[tuple[Path, dict[str, Any]]] = []
    for path in _library_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["schema_version"] == 1, path.name
        entries.extend((path, item) for item in data["exercises"])
    return entries


@pytest.fixture(scope="module")
def exercises() -> list[Exercise]:
    """Every shipped exercise, validated straight from the YAML files."""
    return [Exercise.model_validate(item) for _, item in _raw_entries()]


@pytest.fixture(scope="module")
def by_id(exercises: list[Exercise]) -> dict[str, Exercise]:
    return {e.id: e for e in exercises}


def test_files_are_split_by_region() -> None:
    files = _library_files()
    assert files, "no exercises/*.yaml files"
    for path, item in _raw_entries():
        assert item["region"] == path.stem, f"{item['id']} in {path.name}: {item['region']}"


def test_the_loader_accepts_the_whole_library(exercises: list[Exercise]) -> None:
    library = load_library(paths.exercises_dir())
    assert len(library) == len(exercises)


def test_library_is_big_enough(exercises: list[Exercise]) -> None:
    assert len(exercises) >= 100


def test_every_kind_of_exercise_has_its_minimum(exercises: list[Exercise]) -> None:
    counts = Counter(e.category for e in exercises)
    short = {c.value: (counts[c], n) for c, n in CATEGORY_MINIMUMS.items() if counts[c] < n}
    assert not short, f"category: (have, need) {short}"


def test_every_region_is_covered(exercises: list[Exercise]) -> None:
    missing = REQUIRED_REGIONS - {e.region for e in exercises}
    assert not missing, sorted(r.value for r in missing)


def test_ids_are_unique(exercises: list[Exercise]) -> None:
    dupes = [i for i, n in Counter(e.id for e in exercises).items() if n > 1]
    assert not dupes


def test_progressions_and_regressions_name_real_exercises(by_id: dict[str, Exercise]) -> None:
    broken = [
        (e.id, other)
        for e in by_id.values()
        for other in e.progressions + e.regressions
        if other not in by_id or other == e.id
    ]
    assert not broken, broken


def test_steps_are_grade_six_or_below(exercises: list[Exercise]) -> None:
    failing = {
        e.id: round(grade("\n".join(e.steps)), 1)
        for e in exercises
        if grade("\n".join(e.steps)) > PATIENT_GRADE_LIMIT
    }
    assert not failing, f"steps above grade {PATIENT_GRADE_LIMIT}: {failing}"


def test_safety_notes_are_grade_six_or_below(exercises: list[Exercise]) -> None:
    failing = {
        e.id: round(grade("\n".join(e.safety_notes)), 1)
        for e in exercises
        if grade("\n".join(e.safety_notes)) > PATIENT_GRADE_LIMIT
    }
    assert not failing, f"safety notes above grade {PATIENT_GRADE_LIMIT}: {failing}"


def test_steps_are_plain_sentences(exercises: list[Exercise]) -> None:
    bad = [
        (e.id, step)
        for e in exercises
        for step in e.steps + e.safety_notes
        if _NUMBERED.match(step) or step[-1] not in ".!?"
    ]
    assert not bad, bad


def test_steps_talk_to_the_patient(exercises: list[Exercise]) -> None:
    impersonal = [e.id for e in exercises if not re.search(r"\byour?\b", " ".join(e.steps), re.I)]
    assert not impersonal, impersonal


@pytest.mark.parametrize(
    ("exercise_id", "movements"),
    [
        ("knee-to-chest", {M.LUMBAR_FLEXION, M.HIP_FLEXION_PAST_90}),
        ("knee-to-chest-both", {M.LUMBAR_FLEXION, M.HIP_FLEXION_PAST_90}),
        ("pelvic-tilt", {M.LUMBAR_FLEXION}),
        ("cat-and-cow", {M.LUMBAR_FLEXION, M.LUMBAR_EXTENSION, M.ARM_WEIGHT_BEARING}),
        ("lower-trunk-rotation", {M.LUMBAR_ROTATION}),
        ("prone-press-up", {M.LUMBAR_EXTENSION, M.LYING_ON_STOMACH}),
        ("neck-extension", {M.NECK_EXTENSION}),
        ("clamshell", {M.HIP_EXTERNAL_ROTATION, M.ACTIVE_HIP_ABDUCTION}),
        ("side-lying-leg-lift", {M.ACTIVE_HIP_ABDUCTION}),
        ("band-outward-turn", {M.SHOULDER_EXTERNAL_ROTATION, M.RESISTED_SHOULDER}),
        ("cane-forward-raise", {M.ASSISTED_SHOULDER_ELEVATION}),
        ("arm-raise-forward", {M.ACTIVE_SHOULDER_ELEVATION, M.OVERHEAD_REACH}),
        ("bird-dog", {M.ARM_WEIGHT_BEARING}),
        ("safe-lifting", {M.LIFTING, M.SPINAL_LOADING}),
        ("one-leg-stand", {M.SINGLE_LEG_STANCE}),
        ("hop-in-place", {M.HIGH_IMPACT}),
    ],
)
def test_key_exercises_carry_their_movements(
    by_id: dict[str, Exercise], exercise_id: str, movements: set[Movement]
) -> None:
    missing = movements - set(by_id[exercise_id].movements)
    assert not missing, f"{exercise_id} lacks {sorted(m.value for m in missing)}"


def test_chin_tuck_heel_slide_and_pendulum_are_not_over_tagged(by_id: dict[str, Exercise]) -> None:
    assert not set(by_id["chin-tuck"].movements) & {M.NECK_FLEXION, M.NECK_EXTENSION}
    assert M.HIP_FLEXION_PAST_90 not in by_id["heel-slide"].movements
    pendulum = set(by_id["pendulum"].movements)
    shoulder_work = {
        M.ACTIVE_SHOULDER_ELEVATION, M.ASSISTED_SHOULDER_ELEVATION, M.RESISTED_SHOULDER,
    }
    assert not pendulum & shoulder_work


def test_standing_exercises_bear_weight(exercises: list[Exercise]) -> None:
    missing = [
        e.id for e in exercises
        if e.position in (Position.STANDING, Position.WALKING)
        and M.WEIGHT_BEARING not in e.movements
    ]
    assert not missing, missing


def test_one_leg_work_also_bears_weight(exercises: list[Exercise]) -> None:
    missing = [
        e.id for e in exercises
        if M.SINGLE_LEG_STANCE in e.movements and M.WEIGHT_BEARING not in e.movements
    ]
    assert not missing, missing


def test_lying_on_your_stomach_is_tagged(exercises: list[Exercise]) -> None:
    missing = [
        e.id for e in exercises
        if e.position == Position.LYING_ON_STOMACH and "pool" not in e.equipment
        and M.LYING_ON_STOMACH not in e.movements
    ]
    assert not missing, missing


@pytest.mark.parametrize("protocol", sorted(EARLY_SAFE))
def test_early_phases_have_safe_exercises(by_id: dict[str, Exercise], protocol: str) -> None:
    forbidden, needed = EARLY_SAFE[protocol]
    unsafe = {i: sorted(m.value for m in set(by_id[i].movements) & forbidden) for i in needed}
    unsafe = {i: m for i, m in unsafe.items() if m}
    assert not unsafe, f"{protocol}: {unsafe}"
    safe_count = sum(1 for e in by_id.values() if not set(e.movements) & forbidden)
    assert safe_count >= 20


def test_risky_exercises_offer_a_safer_regression(by_id: dict[str, Exercise]) -> None:
    """Each regression chain reaches an exercise free of the risky movement."""
    risky = {
        M.LUMBAR_FLEXION, M.LUMBAR_ROTATION, M.LUMBAR_SIDE_BEND, M.NECK_EXTENSION,
        M.NECK_FLEXION, M.NECK_ROTATION, M.HIP_FLEXION_PAST_90, M.HIP_INTERNAL_ROTATION,
        M.ACTIVE_SHOULDER_ELEVATION, M.ASSISTED_SHOULDER_ELEVATION, M.ACTIVE_HIP_ABDUCTION,
        M.OVERHEAD_REACH,
    }
    lacking = []
    for e in by_id.values():
        chain, frontier = [], list(e.regressions)
        for _ in range(3):
            chain += frontier
            frontier = [r for f in frontier for r in by_id[f].regressions if r not in chain]
        for movement in set(e.movements) & risky:
            if not any(movement not in by_id[r].movements for r in chain):
                lacking.append((e.id, movement.value))
    assert not lacking, lacking


def test_work_on_the_sore_side_alone_is_not_dosed_each_side(exercises: list[Exercise]) -> None:
    """"Lie on your good side" works the arm that had surgery: "each side" under it would have
    the patient lie on the sore shoulder to work the other arm (the rotator cuff's outward turn
    printed "each side")."""
    one_sided = [e for e in exercises
                 if re.search(r"\bgood (side|arm|leg)\b", " ".join(e.steps).lower())]
    assert {e.id for e in one_sided} >= {"side-lying-outward-turn", "side-lying-arm-raise"}
    assert [e.id for e in one_sided if e.dosage.side.value == "each"] == []
