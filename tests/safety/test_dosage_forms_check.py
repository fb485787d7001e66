"""The safety checks read the new dosage forms: ranges and targets at their top, untimed doses
left out of the time budget and named, no crash on as needed, as tolerated, distance or effort."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.library import Library
from rehab_planner.model import DoseTarget, PlanSettings, Precaution
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code
from tests.safety.check_helpers import phase, plan, rx, test_library

Catalogue = dict[str, Precaution]


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(Path(tmp_path_factory.mktemp("lib")))


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def test_every_new_form_checks_cleanly(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6,
                    rx("pelvic-tilt", as_needed=True),
                    rx("walking", as_tolerated="far", effort=3, effort_max=4, clear=["minutes"]),
                    rx("heel-slide", distance=400, distance_unit="m", clear=["reps"]),
                    rx("bridge", reps=8, reps_max=12, build_up_to=DoseTarget(sets=3, reps=15)),
                    rx("belly-breathing", effort=2))])
    assert check_plan(p, lib, cat) == []


def test_the_top_of_a_range_or_a_target_meets_the_bounds(lib: Library, cat: Catalogue) -> None:
    ranged = plan([phase("A", 0, 6, rx("bridge", sets=3, sets_max=6))])
    [sets] = check_plan(ranged, lib, cat)
    assert sets.code == Code.DOSAGE_SETS and "6 sets is a lot" in sets.message
    target = plan([phase("A", 0, 6, rx("ab-brace", build_up_to=DoseTarget(hold_seconds=90)))])
    [hold] = check_plan(target, lib, cat)
    assert hold.code == Code.DOSAGE_HOLD and "a hold of 90 seconds" in hold.message


def test_the_time_budget_counts_what_it_can_and_says_what_it_left_out(
        lib: Library, cat: Catalogue) -> None:
    brace = rx("ab-brace", reps=10, times_a_day=10)  # about 23 minutes a day
    free = rx("pelvic-tilt", as_needed=True)
    far = rx("heel-slide", distance=400, distance_unit="m", clear=["reps"])
    p = plan([phase("A", 0, 6, brace, free, far)], settings=PlanSettings(max_minutes_a_day=20))
    [budget] = check_plan(p, lib, cat)
    assert budget.code == Code.TIME_BUDGET
    assert budget.message == (
        "'A' takes about 23 minutes a day; the limit is 20 (walking and posture habits not "
        "counted, nor 2 exercises done as needed or as tolerated or with no set time).")
    ranged = plan([phase("A", 0, 6, rx("ab-brace", reps=5, reps_max=10, times_a_day=10))],
                  settings=PlanSettings(max_minutes_a_day=20))
    [top] = check_plan(ranged, lib, cat)
    assert "about 23 minutes a day" in top.message  # the top of the range


def test_a_walk_built_up_to_the_goal_meets_it(lib: Library, cat: Catalogue) -> None:
    short = phase("A", 0, 6, rx("walking", minutes=10, times_a_day=1))
    short = short.model_copy(update={"criteria": ["You walk 20 minutes at a time."]})
    [below] = [f for f in check_plan(plan([short]), lib, cat) if f.code == Code.DOSE_BELOW_GOAL]
    assert "prescribes 10 minutes of walking at a time" in below.message
    built = short.model_copy(update={"prescriptions": [
        rx("walking", minutes=10, times_a_day=1, build_up_to=DoseTarget(minutes=20))]})
    assert [f for f in check_plan(plan([built]), lib, cat) if f.code == Code.DOSE_BELOW_GOAL] == []
