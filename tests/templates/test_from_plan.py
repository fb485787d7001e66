"""Tests of saving a plan as a clinic template: what is kept, what is dropped, and the round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import RehabError
from rehab_planner.model import Acknowledgement, Clinic, Dosage, Patient, Phase, Plan, Surgeon
from rehab_planner.model.exercise import ID_PATTERN
from rehab_planner.templates import instantiate, load_templates
from rehab_planner.templates.from_plan import clinic_template_id, template_from_plan

TEMPLATES = load_templates()
PATIENT = "Zelda Quixote-Marsh"
RECORD = "MRN-99127"


def _custom_plan() -> Plan:
    """A knee replacement plan a therapist changed: a dosage, a note, a setting and a sign-off."""
    plan = instantiate(
        TEMPLATES["total-knee-replacement"],
        Patient(name=PATIENT, record_number=RECORD, date_of_birth=dt.date(1951, 3, 14)),
        dt.date(2026, 2, 9),
        therapist="PT Kim",
        clinic=Clinic(name="Riverside Physio"),
    )
    plan.surgeon = Surgeon(name="Dr Okafor")
    rx = plan.phases[0].prescriptions[0]
    rx.dosage = Dosage(sets=3, reps=12, hold_seconds=5)
    rx.note = "Go slow on the first day."
    plan.phases[0].goals.append("Walk to the mailbox")
    plan.settings = plan.settings.model_copy(update={"sitting_limit_minutes": 45})
    plan.main_message = "Move a little every hour."
    plan.acknowledgements.append(
        Acknowledgement(code="too-many", phase_id=plan.phases[0].id, reason="Surgeon agreed", by="PT Kim")
    )
    return plan


def _program(plan_phases: list[Phase]) -> list[tuple[object, ...]]:
    """Phases as comparable tuples, without their ids."""
    return [
        (
            p.name, p.weeks_from, p.weeks_to, p.goals, p.criteria,
            [(rx.exercise_id, rx.dosage, rx.note) for rx in p.prescriptions],
        )
        for p in plan_phases
    ]


def test_round_trip_gives_the_same_program_for_a_new_patient() -> None:
    plan = _custom_plan()
    template = template_from_plan(plan, "clinic-knee-fast", "Knee, fast track")
    new = instantiate(template, Patient(name="Bo Chen"), dt.date(2026, 5, 1), "PT Ray")

    assert _program(new.phases) == _program(plan.phases)
    assert new.phases[0].prescriptions[0].dosage == Dosage(sets=3, reps=12, hold_seconds=5)
    assert new.phases[0].prescriptions[0].note == "Go slow on the first day."
    assert new.precautions == plan.precautions
    assert new.guidance == plan.guidance
    assert new.settings.sitting_limit_minutes == 45
    assert new.main_message == "Move a little every hour."
    assert new.procedure == plan.procedure
    assert new.template_id == "clinic-knee-fast"
    assert new.patient.name == "Bo Chen"
    assert new.acknowledgements == []


def test_the_template_keeps_nothing_about_the_patient() -> None:
    plan = _custom_plan()
    template = template_from_plan(plan, "clinic-knee-fast", "Knee, fast track")
    text = template.model_dump_json()
    for private in (PATIENT, "Zelda", RECORD, "1951-03-14", "2026-02-09", "Dr Okafor",
                    "Riverside", "Surgeon agreed", plan.id):
        assert private not in text
    assert template.clinic_made is True
    assert template.id == "clinic-knee-fast" and template.name == "Knee, fast track"


def test_ids_are_fresh_and_the_plan_is_not_shared() -> None:
    plan = _custom_plan()
    template = template_from_plan(plan, "clinic-knee-fast", "Knee, fast track")
    plan_ids = {p.id for p in plan.phases} | {rx.id for p in plan.phases for rx in p.prescriptions}
    template_ids = {p.id for p in template.phases} | {
        rx.id for p in template.phases for rx in p.prescriptions
    }
    assert not plan_ids & template_ids
    template.phases[0].goals.append("changed")
    template.phases[0].prescriptions[0].note = "changed"
    assert "changed" not in plan.phases[0].goals
    assert plan.phases[0].prescriptions[0].note == "Go slow on the first day."


@pytest.mark.parametrize("bad_id", ["Clinic Knee", "clinic_knee", "", "-knee", "knee-"])
def test_an_invalid_id_is_a_clear_error(bad_id: str) -> None:
    with pytest.raises(RehabError, match="not a valid template id"):
        template_from_plan(_custom_plan(), bad_id, "Knee, fast track")


def test_a_bad_name_or_an_empty_plan_is_a_clear_error() -> None:
    plan = _custom_plan()
    with pytest.raises(RehabError, match="2 to 80"):
        template_from_plan(plan, "clinic-x", " x ")
    with pytest.raises(RehabError, match="no phases"):
        template_from_plan(plan.model_copy(update={"phases": []}), "clinic-x", "Empty")
    with pytest.raises(RehabError, match="procedure"):
        template_from_plan(plan.model_copy(update={"procedure": "K"}), "clinic-x", "Short")


def test_clinic_template_id() -> None:
    assert clinic_template_id("Dr Lee's TKA (fast)") == "clinic-dr-lee-s-tka-fast"
    assert clinic_template_id("  Knee  Fast ") == "clinic-knee-fast"
    with pytest.raises(RehabError, match="at least one letter"):
        clinic_template_id(" --- ")


@given(st.text(min_size=1, max_size=60))
def test_clinic_template_id_is_always_valid_or_refused(name: str) -> None:
    try:
        tid = clinic_template_id(name)
    except RehabError:
        return
    assert ID_PATTERN.match(tid) and tid.startswith("clinic-")
