"""Random plans never crash the checker, and its findings are always well formed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.library import Library
from rehab_planner.model import (
    Acknowledgement,
    Dosage,
    Phase,
    Plan,
    PlanSettings,
    PrecautionSetting,
    Prescription,
)
from rehab_planner.safety.acknowledge import accept, needs_confirmation
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Severity
from tests.safety.check_helpers import EXERCISES, test_library

CATALOGUE = load_catalogue()
IDS = [e["id"] for e in EXERCISES] + ["not-in-library"]
PRECAUTION_IDS = [*CATALOGUE, "made-up-precaution"]

weeks = st.integers(min_value=0, max_value=60).map(float) | st.floats(0, 104)
notes = st.sampled_from(
    ["", "Go slow.", "Proprioceptive neuromuscular facilitation postoperatively.", "{x}", "-",
     "1. 2. 3."]
) | st.text(max_size=80)


@st.composite
def dosages(draw: st.DrawFn) -> Dosage | None:
    if draw(st.booleans()):
        return None
    small = st.none() | st.integers(1, 10)
    return Dosage(
        sets=draw(small),
        reps=draw(st.integers(1, 100)),
        hold_seconds=draw(st.none() | st.integers(1, 300)),
        minutes=draw(st.none() | st.integers(1, 180)),
        times_a_day=draw(st.none() | st.integers(1, 24)),
    )


@st.composite
def phases(draw: st.DrawFn) -> Phase:
    start = draw(weeks)
    length = draw(st.none() | st.floats(0.5, 40))
    end = None if length is None else min(start + length, 156)
    rxs = draw(st.lists(
        st.builds(Prescription, exercise_id=st.sampled_from(IDS), dosage=dosages(), note=notes),
        max_size=12,
    ))
    return Phase(name=draw(st.sampled_from(["A", "Protect", "Ö"])), weeks_from=start,
                 weeks_to=end, prescriptions=rxs)


@st.composite
def precaution_settings(draw: st.DrawFn) -> list[PrecautionSetting]:
    chosen = draw(st.lists(st.sampled_from(PRECAUTION_IDS), unique=True, max_size=5))
    out = []
    for pid in chosen:
        start = draw(st.floats(0, 50))
        end = draw(st.none() | st.floats(start + 0.5, 104))
        params = draw(st.dictionaries(st.sampled_from(["lift_limit_lb", "percent", "odd"]),
                                      st.integers(-5, 500) | st.text(max_size=3) | st.booleans(),
                                      max_size=2))
        out.append(PrecautionSetting(id=pid, weeks_from=start, weeks_to=end, params=params))
    return out


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    acks = draw(st.lists(st.builds(
        Acknowledgement, code=st.sampled_from([c.value for c in Code]),
        exercise_id=st.none() | st.sampled_from(IDS), reason=st.just("surgeon said so")),
        max_size=3))
    return Plan(
        patient={"name": "P"},  # type: ignore[arg-type]
        procedure="Surgery",
        surgery_date=dt.date(2026, 1, 5),
        main_message=draw(notes),
        phases=draw(st.lists(phases(), max_size=5)),
        precautions=draw(precaution_settings()),
        settings=PlanSettings(max_minutes_a_day=draw(st.integers(5, 240)),
                              max_exercises_per_phase=draw(st.integers(1, 60))),
        acknowledgements=acks,
    )


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(tmp_path_factory.mktemp("lib"))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_random_plans_never_crash(plan: Plan, lib: Library) -> None:
    findings = check_plan(plan, lib, CATALOGUE, include_accepted=True)
    phase_ids = {p.id for p in plan.phases}
    for f in findings:
        assert isinstance(f.severity, Severity) and isinstance(f.code, Code)
        assert f.message.strip()
        assert f.phase_id is None or f.phase_id in phase_ids
        assert len(f.alternatives) <= 4
        assert all(a in lib for a in f.alternatives)
        if f.code == Code.PRECAUTION_CONFLICT:
            assert f.exercise_id in lib and f.exercise_id not in f.alternatives
    open_only = check_plan(plan, lib, CATALOGUE)
    assert len(open_only) <= len(findings)
    conflicts = [f for f in open_only if f.severity == Severity.CONFLICT]
    assert needs_confirmation(open_only) == bool(conflicts)
    if conflicts:
        accepted = accept(plan, conflicts[0], "surgeon cleared", by="T")
        assert len(check_plan(accepted, lib, CATALOGUE)) < len(open_only)
