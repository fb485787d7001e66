"""Tests of the header and handout-settings edits: surgeon, main message, settings, guidance."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from rehab_planner.model import Patient, Plan, Surgeon
from rehab_planner.plans import edits
from rehab_planner.plans.edits import ChangeKind


def make_plan() -> Plan:
    return Plan(patient=Patient(name="Ann Lee"), procedure="Lumbar fusion",
                surgery_date=dt.date(2026, 11, 2), guidance=["walking"])


def test_set_surgeon_strips_and_leaves_the_input_alone() -> None:
    plan = make_plan()
    new, change = edits.set_surgeon(plan, Surgeon(name=" Dr Ruiz ", phone=" 555-0100 "))
    assert (new.surgeon.name, new.surgeon.phone) == ("Dr Ruiz", "555-0100")
    assert change.kind is ChangeKind.PATIENT
    assert plan.surgeon == Surgeon()


def test_set_main_message() -> None:
    plan = make_plan()
    new, change = edits.set_main_message(plan, "  Walk every day.  ")
    assert new.main_message == "Walk every day." and plan.main_message == ""
    assert change.kind is ChangeKind.PATIENT
    with pytest.raises(ValidationError):
        edits.set_main_message(plan, "x" * 401)


def test_set_patient_record_number_and_birth_date() -> None:
    plan = make_plan()
    patient = Patient(name="Ann Lee", record_number="MRN-7", date_of_birth=dt.date(1961, 4, 3))
    new, _ = edits.set_patient(plan, patient)
    assert new.patient.record_number == "MRN-7"
    assert new.patient.date_of_birth == dt.date(1961, 4, 3)
    assert plan.patient.record_number is None


def test_set_settings_validates_the_whole_settings() -> None:
    plan = make_plan()
    bad = plan.settings.model_construct(**(plan.settings.model_dump() | {"fever_f": 120.0}))
    with pytest.raises(ValidationError):
        edits.set_settings(plan, bad)
    assert plan.settings.driving_weeks is None  # printed only when the surgeon orders it
    good = plan.settings.model_copy(update={"driving_weeks": 6, "brace": True})
    new, change = edits.set_settings(plan, good)
    assert new.settings.driving_weeks == 6 and new.settings.brace
    assert change.kind is ChangeKind.SETTINGS and plan.settings.driving_weeks is None


def test_set_guidance_keeps_order_and_drops_repeats() -> None:
    plan = make_plan()
    new, change = edits.set_guidance(plan, ["sleep", "walking", "sleep"])
    assert new.guidance == ["sleep", "walking"] and plan.guidance == ["walking"]
    assert change.kind is ChangeKind.GUIDANCE
