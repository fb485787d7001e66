"""Tests of the pure plan edits: the input plan is never changed, the output is valid."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.errors import RehabError
from rehab_planner.model import Dosage, Patient, Phase, Plan, PrecautionSetting, Prescription, Side
from rehab_planner.plans import edits
from rehab_planner.plans.edits import ChangeKind


def make_plan() -> Plan:
    return Plan(
        patient=Patient(name="Ann Lee"),
        procedure="Lumbar fusion",
        surgery_date=dt.date(2026, 11, 2),
        phases=[
            Phase(
                id="p1",
                name="Early",
                weeks_from=0,
                weeks_to=6,
                prescriptions=[
                    Prescription(id="a", exercise_id="heel-slide"),
                    Prescription(id="b", exercise_id="ankle-pump"),
                    Prescription(id="c", exercise_id="walking"),
                ],
            ),
            Phase(id="p2", name="Later", weeks_from=6, weeks_to=12),
        ],
    )


def ids(plan: Plan, phase_id: str) -> list[str]:
    return [rx.id for rx in plan.phase(phase_id).prescriptions]


def test_add_prescription_at_end_and_at_index_leaves_input_alone() -> None:
    plan = make_plan()
    new, change = edits.add_prescription(plan, "p1", "bridge")
    assert ids(new, "p1")[-1] == change.prescription_id
    assert change.kind is ChangeKind.PRESCRIPTIONS and change.phase_id == "p1"
    assert ids(plan, "p1") == ["a", "b", "c"]
    new, change = edits.add_prescription(plan, "p1", "bridge", index=1, note="Go slow")
    assert ids(new, "p1")[1] == change.prescription_id
    assert new.phase("p1").prescriptions[1].note == "Go slow"


def test_add_to_unknown_phase_is_a_clear_error() -> None:
    with pytest.raises(RehabError, match="No phase"):
        edits.add_prescription(make_plan(), "nope", "bridge")


def test_remove_prescription() -> None:
    new, change = edits.remove_prescription(make_plan(), "b")
    assert ids(new, "p1") == ["a", "c"]
    assert change.phase_id == "p1"
    with pytest.raises(RehabError):
        edits.remove_prescription(new, "b")


@pytest.mark.parametrize(
    ("rx", "index", "expected"),
    [("a", 3, ["b", "c", "a"]), ("c", 0, ["c", "a", "b"]), ("a", 2, ["b", "a", "c"]),
     ("b", None, ["a", "c", "b"]), ("b", 1, ["a", "b", "c"])],
)
def test_move_within_phase(rx: str, index: int | None, expected: list[str]) -> None:
    new, _ = edits.move_prescription(make_plan(), rx, "p1", index)
    assert ids(new, "p1") == expected


def test_move_across_phases_and_copy() -> None:
    new, change = edits.move_prescription(make_plan(), "b", "p2")
    assert ids(new, "p1") == ["a", "c"] and ids(new, "p2") == ["b"]
    assert change.other_phase_id == "p1"
    plan = edits.set_note(make_plan(), "a", "Slowly")[0]
    new, change = edits.copy_prescription_to_phase(plan, "a", "p2")
    copied = new.phase("p2").prescriptions[0]
    assert copied.id == change.prescription_id != "a"
    assert copied.note == "Slowly" and copied.exercise_id == "heel-slide"
    assert ids(new, "p1") == ["a", "b", "c"]


def test_paste_gives_new_ids() -> None:
    plan = make_plan()
    clip = [plan.phase("p1").prescriptions[0]]
    new, _ = edits.paste_prescriptions(plan, "p1", clip, index=0)
    new, _ = edits.paste_prescriptions(new, "p1", clip, index=0)
    first = new.phase("p1").prescriptions[:2]
    assert len({rx.id for rx in first} | {"a"}) == 3
    assert [rx.exercise_id for rx in first] == ["heel-slide", "heel-slide"]


def test_dosage_side_and_note() -> None:
    plan = make_plan()
    dosage = Dosage(sets=2, reps=12, times_a_day=2)
    new, change = edits.set_dosage(plan, "a", dosage)
    assert new.phase("p1").prescriptions[0].dosage == dosage
    assert change.kind is ChangeKind.PRESCRIPTION
    assert plan.phase("p1").prescriptions[0].dosage is None
    new, _ = edits.set_side(new, "b", Side.LEFT, default=Dosage(reps=10))
    assert new.phase("p1").prescriptions[1].dosage == Dosage(reps=10, side=Side.LEFT)
    new, _ = edits.set_note(new, "c", "  Walk on flat ground  ")
    assert new.phase("p1").prescriptions[2].note == "Walk on flat ground"
    with pytest.raises(ValidationError):
        edits.set_note(new, "c", "x" * 700)


def test_phase_edits() -> None:
    plan = make_plan()
    new, change = edits.add_phase(plan, "Return to work")
    added = new.phases[-1]
    assert (added.weeks_from, added.weeks_to, added.id) == (12, 16, change.phase_id)
    new, _ = edits.rename_phase(new, "p2", "Middle")
    assert new.phase("p2").name == "Middle"
    new, _ = edits.set_phase_weeks(new, "p2", 6, None)
    assert new.phase("p2").weeks_to is None
    with pytest.raises(ValidationError):
        edits.set_phase_weeks(new, "p2", 8, 4)
    new, _ = edits.move_phase(new, "p1", 2)
    assert [p.id for p in new.phases][-1] == "p1"
    new, _ = edits.remove_phase(new, "p1")
    assert "p1" not in [p.id for p in new.phases]
    assert [p.id for p in plan.phases] == ["p1", "p2"]


def test_patient_date_precautions_settings() -> None:
    plan = make_plan()
    new, _ = edits.set_patient(plan, Patient(name="Bo"), procedure="Hip", therapist="Kim")
    assert (new.patient.name, new.procedure, new.therapist) == ("Bo", "Hip", "Kim")
    new, _ = edits.set_surgery_date(new, dt.date(2027, 1, 5))
    assert new.surgery_date == dt.date(2027, 1, 5)
    new, _ = edits.set_precaution(new, PrecautionSetting(id="spinal-blt", weeks_to=12))
    new, _ = edits.set_precaution_weeks(new, "spinal-blt", 0, 8)
    new, _ = edits.set_precaution_params(new, "spinal-blt", {"lift_limit_lb": 15})
    setting = new.precaution("spinal-blt")
    assert setting is not None and setting.weeks_to == 8 and setting.params == {"lift_limit_lb": 15}
    new, _ = edits.remove_precaution(new, "spinal-blt")
    assert new.precautions == []
    with pytest.raises(RehabError):
        edits.remove_precaution(new, "spinal-blt")
    settings_ = new.settings.model_copy(update={"sitting_limit_minutes": 45})
    new, change = edits.set_settings(new, settings_)
    assert new.settings.sitting_limit_minutes == 45 and change.kind is ChangeKind.SETTINGS


def test_blank_plan_has_one_phase() -> None:
    plan = edits.blank_plan(Patient(name="Ann"), "Knee", dt.date(2026, 5, 1))
    assert len(plan.phases) == 1 and plan.phases[0].weeks_from == 0


operations = st.lists(
    st.tuples(st.sampled_from(["add", "remove", "move", "copy", "phase", "dosage"]),
              st.integers(0, 20), st.integers(0, 5)),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(operations)
def test_any_sequence_of_edits_gives_a_valid_plan(ops: list[tuple[str, int, int]]) -> None:
    plan = make_plan()
    for op, a, b in ops:
        rx_ids = [rx.id for p in plan.phases for rx in p.prescriptions]
        phase_ids = [p.id for p in plan.phases]
        count_before = len(rx_ids)
        if op == "add":
            plan, _ = edits.add_prescription(plan, phase_ids[a % len(phase_ids)], "bridge", b)
            assert len([rx for p in plan.phases for rx in p.prescriptions]) == count_before + 1
        elif op == "phase":
            plan, _ = edits.add_phase(plan, f"Phase {a}")
        elif not rx_ids:
            continue
        elif op == "remove":
            plan, _ = edits.remove_prescription(plan, rx_ids[a % len(rx_ids)])
        elif op == "move":
            plan, _ = edits.move_prescription(
                plan, rx_ids[a % len(rx_ids)], phase_ids[b % len(phase_ids)], a % 4
            )
            assert sorted(rx.id for p in plan.phases for rx in p.prescriptions) == sorted(rx_ids)
        elif op == "copy":
            plan, _ = edits.copy_prescription_to_phase(
                plan, rx_ids[a % len(rx_ids)], phase_ids[b % len(phase_ids)]
            )
        else:
            plan, _ = edits.set_dosage(plan, rx_ids[a % len(rx_ids)], Dosage(reps=b + 1))
        Plan.model_validate(plan.model_dump())  # ids unique, weeks in order
