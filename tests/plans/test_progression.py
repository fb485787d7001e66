"""Carry forward with a progression: last stage's exercises copied into the next, doses grown."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import RehabError
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Patient, Plan
from rehab_planner.model.progression import Progression
from rehab_planner.plans.progression import carry_forward, progressed
from rehab_planner.templates.loader import instantiate, load_templates


@pytest.fixture
def plan() -> Plan:
    template = load_templates()["lumbar-fusion"]
    return instantiate(template, Patient(name="Ann Lee"), dt.date(2026, 11, 2))


def test_carried_exercises_get_last_stages_whole_dose_plus_the_step(plan: Plan, library: Library) -> None:
    first, second = plan.phases[0], plan.phases[1]
    new_ids = [rx.exercise_id for rx in first.prescriptions
               if rx.exercise_id not in {r.exercise_id for r in second.prescriptions}]
    assert new_ids, "the template's first stage should hold exercises the second lacks"
    after, change = carry_forward(plan, library, second.id, Progression(reps=5, load="red band"))
    carried = after.phases[1].prescriptions[len(second.prescriptions):]
    assert [rx.exercise_id for rx in carried] == new_ids
    assert change.phase_id == second.id and change.prescription_id == carried[-1].id
    for rx in carried:
        before = next(r for r in first.prescriptions if r.exercise_id == rx.exercise_id)
        last = library.get(rx.exercise_id).dosage.merged(before.dosage)
        assert rx.dosage is not None
        if last.reps is not None:
            assert rx.dosage.reps == min(last.reps + 5, 100)
        else:
            assert rx.dosage.reps is None  # never invents reps for a timed exercise
        assert rx.dosage.load == "red band"
        assert rx.note == before.note and rx.id != before.id
    assert plan.phases[1].prescriptions == second.prescriptions  # the input is untouched


def test_a_first_stage_or_nothing_new_is_refused(plan: Plan, library: Library) -> None:
    with pytest.raises(RehabError, match="first stage"):
        carry_forward(plan, library, plan.phases[0].id, Progression())
    once, _ = carry_forward(plan, library, plan.phases[1].id, Progression())
    with pytest.raises(RehabError, match="already"):
        carry_forward(once, library, plan.phases[1].id, Progression())


def test_adding_a_set_to_a_dose_without_sets_makes_two() -> None:
    assert progressed(Dosage(reps=10), Progression(sets=1)).sets == 2
    assert progressed(Dosage(minutes=10), Progression(sets=1)).sets is None


dosages = st.builds(
    Dosage,
    sets=st.none() | st.integers(1, 10), reps=st.none() | st.integers(1, 100),
    hold_seconds=st.none() | st.integers(1, 300), minutes=st.none() | st.integers(1, 180),
)
steps = st.builds(Progression, sets=st.integers(0, 5), reps=st.integers(0, 50),
                  hold_seconds=st.integers(0, 120), minutes=st.integers(0, 60))


@given(dosages, steps)
def test_a_progressed_dose_is_always_valid_and_never_smaller(dose: Dosage, step: Progression) -> None:
    grown = progressed(dose, step)
    assert Dosage.model_validate(grown.model_dump()) == grown
    for field in ("sets", "reps", "hold_seconds", "minutes"):
        before, after = getattr(dose, field), getattr(grown, field)
        if before is None:
            assert after is None or (field == "sets" and dose.reps is not None)
        else:
            assert after >= before
