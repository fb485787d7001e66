"""A small exercise library and plan builders for the safety check tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from rehab_planner.library import Library, load_library
from rehab_planner.model import Dosage, Phase, Plan, PrecautionSetting, Prescription


def _ex(eid: str, name: str, region: str, category: str, movements: list[str],
        **extra: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "name": name,
        "region": region,
        "category": category,
        "position": extra.pop("position", "hook_lying"),
        "steps": ["Lie on your back.", "Do the move slowly."],
        "dosage": extra.pop("dosage", {"reps": 10, "times_a_day": 2}),
        "movements": movements,
        **extra,
    }


EXERCISES: list[dict[str, Any]] = [
    _ex("knee-to-chest", "Knee to chest", "spine_core", "range_of_motion", ["lumbar_flexion"],
        regressions=["pelvic-tilt"], photo="knee-to-chest.png"),
    _ex("pelvic-tilt", "Pelvic tilt", "spine_core", "range_of_motion", [],
        regressions=["belly-breathing"], photo="pelvic-tilt.png"),
    _ex("belly-breathing", "Belly breathing", "spine_core", "range_of_motion", [],
        photo="belly.png"),
    _ex("trunk-rotation", "Lower trunk rotation", "spine_core", "range_of_motion",
        ["lumbar_rotation"], photo="rot.png"),
    _ex("cat-camel", "Cat and camel", "spine_core", "range_of_motion",
        ["lumbar_flexion", "lumbar_extension"], position="hands_and_knees", photo="cat.png"),
    _ex("ab-brace", "Tummy tighten", "spine_core", "range_of_motion", [],
        dosage={"reps": 10, "hold_seconds": 10, "times_a_day": 2}, photo="brace.png"),
    _ex("hip-knee-to-chest", "Deep hip bend", "hip", "range_of_motion",
        ["hip_flexion_past_90"], regressions=["heel-slide"], photo="deep.png"),
    _ex("heel-slide", "Heel slide", "hip", "range_of_motion", [], photo="heel.png"),
    _ex("leg-cross", "Leg cross stretch", "hip", "range_of_motion",
        ["hip_adduction_past_midline"], photo="cross.png"),
    _ex("bridge", "Bridge", "hip", "strengthening", [],
        dosage={"sets": 2, "reps": 10, "times_a_day": 1}, photo="bridge.png"),
    _ex("safe-lift", "Safe lifting", "whole_body", "functional", ["lifting", "spinal_loading"],
        photo="lift.png"),
    _ex("walking", "Walking", "aerobic", "aerobic", ["weight_bearing"],
        position="walking", dosage={"minutes": 30, "times_a_day": 1}, photo="walk.png"),
    _ex("sitting-roll", "Sitting with a back roll", "spine_core", "posture_body_mechanics", [],
        position="sitting", dosage={"minutes": 15, "times_a_day": 3}, photo="sit.png"),
    _ex("posture-drill", "Posture drill", "spine_core", "posture_body_mechanics", [],
        position="standing", dosage={"reps": 10, "hold_seconds": 10, "times_a_day": 3},
        photo="drill.png"),
    _ex("no-picture", "Side lying clam", "hip", "strengthening", ["active_hip_abduction"]),
]


def write_library(folder: Path, exercises: list[dict[str, Any]] | None = None) -> Path:
    """Write the test library as one YAML file in folder."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"schema_version": 1, "exercises": exercises or EXERCISES}
    (folder / "test.yaml").write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return folder


def test_library(folder: Path) -> Library:
    """The test library, loaded through the real loader."""
    return load_library(write_library(folder))


test_library.__test__ = False  # type: ignore[attr-defined]


def rx(exercise_id: str, note: str = "", **dosage: Any) -> Prescription:
    """A prescription, with a dosage override when keyword values are given."""
    return Prescription(
        exercise_id=exercise_id,
        note=note,
        dosage=Dosage(**dosage) if dosage else None,
    )


def phase(name: str, weeks_from: float, weeks_to: float | None, *ids: str | Prescription) -> Phase:
    """A phase holding exercises given by id or as prescriptions."""
    return Phase(
        name=name,
        weeks_from=weeks_from,
        weeks_to=weeks_to,
        prescriptions=[i if isinstance(i, Prescription) else rx(i) for i in ids],
    )


def plan(phases: list[Phase], precautions: list[PrecautionSetting] | None = None,
         **extra: Any) -> Plan:
    """A plan for a test patient, with a surgeon's phone to call (unless extra sets one)."""
    extra.setdefault("surgeon", {"name": "Dr Test", "phone": "555-0100"})
    return Plan(
        patient={"name": "Test Patient"},  # type: ignore[arg-type]
        procedure="Test surgery",
        surgery_date=dt.date(2026, 11, 2),
        phases=phases,
        precautions=precautions or [],
        **extra,
    )


def blt(weeks_to: float | None = 12, weeks_from: float = 0, **params: Any) -> PrecautionSetting:
    """Spinal precautions (no bending, lifting or twisting) for these weeks."""
    return PrecautionSetting(id="spinal-blt", weeks_from=weeks_from, weeks_to=weeks_to,
                             params=params)
