"""What changed between two versions of a plan, in plain words."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.model import (
    Category,
    Dosage,
    Exercise,
    Patient,
    Phase,
    Plan,
    Position,
    PrecautionSetting,
    Prescription,
    Region,
    Side,
)
from rehab_planner.plans.changes import dosage_change, exercise_name, plan_changes


def _plan() -> Plan:
    return Plan(
        patient=Patient(name="Ann Lee"),
        procedure="ACL reconstruction",
        surgery_date=dt.date(2026, 11, 2),
        phases=[
            Phase(
                id="p1",
                name="Protection",
                weeks_from=0,
                weeks_to=6,
                goals=["Walk without crutches"],
                prescriptions=[
                    Prescription(id="rx1", exercise_id="bridge", dosage=Dosage(reps=10)),
                    Prescription(id="rx2", exercise_id="ankle-pumps"),
                ],
            ),
            Phase(id="p2", name="Strength", weeks_from=6, prescriptions=[]),
        ],
    )


def _library() -> dict[str, Exercise]:
    heel = Exercise(
        id="heel-slide",
        name="Heel slide (knee bend)",
        region=Region.KNEE,
        category=Category.RANGE_OF_MOTION,
        position=Position.LYING_ON_BACK,
        steps=["Slide your heel up."],
        dosage=Dosage(reps=10, times_a_day=3),
    )
    return {heel.id: heel}


def test_nothing_changed() -> None:
    plan = _plan()
    assert plan_changes(plan, plan.model_copy(deep=True)) == []


def test_the_issue_examples() -> None:
    old = _plan()
    new = old.model_copy(deep=True)
    new.phases[0].weeks_to = 8
    new.phases[0].prescriptions[0].dosage = Dosage(sets=2, reps=10)
    new.phases[0].prescriptions.append(Prescription(id="rx3", exercise_id="heel-slide"))
    assert plan_changes(old, new) == [
        "Phase 'Protection' now ends at week 8 (was week 6)",
        "Bridge: now 2 sets of 10 reps (was 10 reps)",
        "Added: Heel slide (Weeks 0 to 8)",
    ]


def test_removed_moved_and_replaced_exercises() -> None:
    old = _plan()
    new = old.model_copy(deep=True)
    moved = new.phases[0].prescriptions.pop(0)
    new.phases[1].prescriptions.append(moved)
    new.phases[0].prescriptions[0].exercise_id = "heel-slide"
    assert plan_changes(old, new) == [
        "Ankle pumps is replaced by Heel slide (Weeks 0 to 6)",
        "Bridge moved to Week 6 on (was Weeks 0 to 6)",
    ]
    assert "Heel slide is replaced by Ankle pumps (Weeks 0 to 6)" in plan_changes(new, old)
    new.phases[1].prescriptions.clear()
    assert "Removed: Bridge (Weeks 0 to 6)" in plan_changes(old, new)


def test_phases_added_removed_renamed_and_goals() -> None:
    old = _plan()
    new = old.model_copy(deep=True)
    new.phases[0].name = "Protect your knee"
    new.phases[0].weeks_from = 1
    new.phases[0].goals = ["Bend the knee to 90 degrees"]
    new.phases[1].weeks_to = 12
    new.phases.append(Phase(id="p3", name="Return to sport", weeks_from=12))
    changes = plan_changes(old, new)
    assert changes == [
        "Phase 'Protection' is now called 'Protect your knee'",
        "Phase 'Protect your knee' now starts at week 1 (was week 0)",
        "Phase 'Protect your knee': new goal: Bend the knee to 90 degrees",
        "Phase 'Protect your knee': goal taken off: Walk without crutches",
        "Phase 'Strength' now ends at week 12",
        "New phase: 'Return to sport' (Week 12 on)",
    ]
    assert plan_changes(new, old)[-1] == "Phase 'Return to sport' taken off (Week 12 on)"


def test_names_and_default_dosage_come_from_the_library() -> None:
    old = _plan()
    old.phases[0].prescriptions.append(Prescription(id="rx3", exercise_id="heel-slide"))
    new = old.model_copy(deep=True)
    new.phases[0].prescriptions[2].dosage = Dosage(reps=15)
    library = _library()
    assert plan_changes(old, new, library) == [
        "Heel slide (knee bend): now 15 reps (was 10 reps)"
    ]
    # Without the library the default is unknown: the reader is told "the usual amount".
    assert plan_changes(old, new) == ["Heel slide: now 15 reps (was the usual amount)"]


def test_dosage_change_names_only_what_changed() -> None:
    assert dosage_change(Dosage(reps=10), Dosage(reps=10)) is None
    assert (
        dosage_change(Dosage(reps=10, times_a_day=2), Dosage(reps=10, times_a_day=3))
        == "now 3 times a day (was twice a day)"
    )
    assert (
        dosage_change(Dosage(reps=10), Dosage(reps=10, side=Side.EACH, load="red band"))
        == "now each side · red band (was the usual amount)"
    )


def test_notes_precautions_settings_and_dates() -> None:
    old = _plan()
    old.precautions = [PrecautionSetting(id="no-twisting", weeks_to=6)]
    old.settings.driving_weeks = 6
    new = old.model_copy(deep=True)
    new.phases[0].prescriptions[0].note = "Keep your hips level."
    new.precautions = [PrecautionSetting(id="no-lifting", weeks_to=12)]
    new.settings.driving_weeks = 8
    new.settings.brace = True
    new.surgery_date = dt.date(2026, 11, 9)
    new.main_message = "Walk a little every hour."
    assert plan_changes(old, new) == [
        "Surgery date: now 2026-11-09 (was 2026-11-02)",
        "Bridge: new note: Keep your hips level.",
        "New precaution: No lifting",
        "Precaution lifted: No twisting",
        "Driving: now 8 weeks (was 6 weeks)",
        "You now wear a brace",
        "New main message: Walk a little every hour.",
    ]


def test_exercise_name_from_id() -> None:
    assert exercise_name("heel-slide") == "Heel slide"
    assert exercise_name("heel-slide", _library()) == "Heel slide (knee bend)"


@given(
    reps=st.integers(1, 100),
    sets=st.one_of(st.none(), st.integers(1, 10)),
    weeks_to=st.integers(1, 52),
)
def test_any_edit_is_reported_and_undoing_it_is_too(
    reps: int, sets: int | None, weeks_to: int
) -> None:
    old = _plan()
    new = old.model_copy(deep=True)
    new.phases[0].prescriptions[0].dosage = Dosage(reps=reps, sets=sets)
    new.phases[0].weeks_to = weeks_to
    forward = plan_changes(old, new)
    backward = plan_changes(new, old)
    dosage_same = old.phases[0].prescriptions[0].dosage == new.phases[0].prescriptions[0].dosage
    amount_same = reps == 10 and (sets or 1) == 1
    expected = (0 if weeks_to == 6 else 1) + (0 if dosage_same or amount_same else 1)
    assert len(forward) == len(backward) == expected
    assert all(isinstance(line, str) and line and "\n" not in line for line in forward)
