"""Plan, Phase, Prescription: invariants with messages a therapist understands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.model import (
    SCHEMA_VERSION,
    Patient,
    Phase,
    Plan,
    PrecautionSetting,
    Prescription,
)


def make_plan(**extra: object) -> Plan:
    return Plan.model_validate({
        "patient": {"name": "Zoë Łukasiewicz"},
        "procedure": "Lumbar fusion",
        "surgery_date": "2026-11-02",
        **extra,
    })


def test_minimal_plan_has_ids_and_times() -> None:
    plan = make_plan()
    assert plan.schema_version == SCHEMA_VERSION >= 5
    assert plan.id and plan.created.tzinfo is not None
    assert plan.patient.name == "Zoë Łukasiewicz"


def test_phase_end_must_follow_start() -> None:
    with pytest.raises(ValidationError, match="ends at week 4, which must be after its start at week 6"):
        Phase(name="Protection", weeks_from=6, weeks_to=4)


def test_precaution_weeks_in_order() -> None:
    with pytest.raises(ValidationError, match="not after its start"):
        PrecautionSetting(id="spinal-blt", weeks_from=12, weeks_to=6)


def test_precaution_active_during() -> None:
    blt = PrecautionSetting(id="spinal-blt", weeks_from=0, weeks_to=12)
    assert blt.active_during(0, 6)
    assert blt.active_during(6, 12)
    assert not blt.active_during(12, None)
    assert PrecautionSetting(id="x-y", weeks_from=2).active_during(20, None)


def test_duplicate_ids_refused() -> None:
    phase = Phase(id="p1", name="A", weeks_from=0, weeks_to=6)
    with pytest.raises(ValidationError, match="phase id 'p1' is used more than once"):
        make_plan(phases=[phase.model_dump(), phase.model_dump()])


def test_blank_patient_name_refused() -> None:
    with pytest.raises(ValidationError, match="name is empty"):
        Patient(name="   ")


def test_bad_exercise_id_refused() -> None:
    with pytest.raises(ValidationError, match="not a valid id"):
        Prescription(exercise_id="Knee To Chest")


def test_surgery_date_wrong_form() -> None:
    with pytest.raises(ValidationError) as err:
        make_plan(surgery_date="02/11/2026")
    assert "surgery_date" in str(err.value)


def test_unknown_field_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        make_plan(colour="blue")


def test_exercise_ids_in_order_once() -> None:
    plan = make_plan(phases=[
        {"name": "A", "weeks_from": 0, "weeks_to": 6,
         "prescriptions": [{"exercise_id": "ankle-pumps"}, {"exercise_id": "quad-set"}]},
        {"name": "B", "weeks_from": 6,
         "prescriptions": [{"exercise_id": "quad-set"}, {"exercise_id": "bridge"}]},
    ])
    assert plan.exercise_ids() == ["ankle-pumps", "quad-set", "bridge"]
    assert plan.phase(plan.phases[1].id).name == "B"


@given(st.dictionaries(st.sampled_from(["patient", "procedure", "surgery_date", "phases", "x"]),
                       st.one_of(st.none(), st.text(max_size=8), st.integers(), st.lists(st.integers()))))
def test_random_plans_load_or_fail_cleanly(data: dict[str, object]) -> None:
    try:
        Plan.model_validate(data)
    except ValidationError as exc:
        assert exc.errors()


def test_control_characters_refused_in_names() -> None:
    with pytest.raises(ValidationError, match="line break"):
        Patient(name="Ann\nLee")
