"""Criteria-based progression: a phase ends at its week, on its criteria or whichever is later;
criteria met are kept with date and who; moving on sets the stage this week's handout prints."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.errors import RehabError
from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan
from rehab_planner.model.course import ClinicianItem, Milestone
from rehab_planner.plans.course_edits import (
    move_to_next_phase,
    set_clinician_items,
    set_criterion_met,
    set_current_phase,
    set_phase_end,
)
from rehab_planner.plans.criteria import all_met, can_move_on, criteria_status
from rehab_planner.plans.edits import remove_phase
from rehab_planner.plans.stage import Where, stage_on
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Severity
from rehab_planner.templates.loader import instantiate, load_templates

SURGERY = dt.date(2026, 11, 2)
WEEK_5 = dt.date(2026, 12, 3)
WEEK_8 = dt.date(2026, 12, 24)  # phase 1 (weeks 0-6) is over by the calendar


def _plan() -> Plan:
    return instantiate(load_templates()["lumbar-fusion"], Patient(name="Ann Lee"), SURGERY)


def _ending(ends_by: str) -> Plan:
    plan = _plan()
    return set_phase_end(plan, plan.phases[0].id, ends_by)[0]  # type: ignore[arg-type]


def _meet_all(plan: Plan, index: int = 0, on: dt.date = WEEK_5) -> Plan:
    phase = plan.phases[index]
    for number in range(1, len(phase.criteria) + 1):
        plan, _ = set_criterion_met(plan, phase.id, number, True, on=on, by="Sam Lee, PT")
    return plan


def test_criteria_met_keep_the_date_and_who_and_can_be_unmarked() -> None:
    plan = _plan()
    phase = plan.phases[0]
    marked, change = set_criterion_met(plan, phase.id, 2, True, on=WEEK_5, by="Sam")
    assert change.phase_id == phase.id and plan.criteria_met == []  # the input is untouched
    status = criteria_status(marked, phase)
    assert [s.met is not None for s in status] == [False, True, False, False]
    assert status[1].met is not None and (status[1].met.on, status[1].met.by) == (WEEK_5, "Sam")
    unmarked, _ = set_criterion_met(marked, phase.id, 2, False)
    assert unmarked.criteria_met == []
    with pytest.raises(RehabError, match="there is no criterion 9"):
        set_criterion_met(plan, phase.id, 9, True)


def test_an_edited_criterion_is_not_met_by_its_old_record() -> None:
    plan = _meet_all(_plan())
    assert all_met(plan, plan.phases[0])
    plan.phases[0].criteria[0] = "You can walk 45 minutes."
    assert not all_met(plan, plan.phases[0])


def test_a_week_phase_follows_the_calendar_as_before() -> None:
    plan = _plan()
    stage = stage_on(plan, WEEK_8)
    assert stage is not None and stage.number == 2 and stage.where is Where.IN_STAGE


def test_a_criteria_phase_holds_the_patient_until_moved_on() -> None:
    plan = _ending("criteria")
    stage = stage_on(plan, WEEK_8)
    assert stage is not None and stage.number == 1 and stage.where is Where.HELD
    with pytest.raises(RehabError, match="cannot move on"):
        move_to_next_phase(plan, plan.phases[0].id, WEEK_8)
    plan = _meet_all(plan)
    assert can_move_on(plan, plan.phases[0], WEEK_5)  # criteria alone: before the week is fine
    moved, change = move_to_next_phase(plan, plan.phases[0].id, WEEK_5)
    assert moved.current_phase_id == moved.phases[1].id == change.phase_id
    early = stage_on(moved, WEEK_5)  # moved on before the calendar gets there
    assert early is not None and early.number == 2 and early.where is Where.MOVED
    later = stage_on(moved, WEEK_8)
    assert later is not None and later.number == 2 and later.where is Where.IN_STAGE


def test_whichever_is_later_waits_for_the_week_too() -> None:
    plan = _meet_all(_plan())
    plan, _ = set_phase_end(plan, plan.phases[0].id, "later")
    assert not can_move_on(plan, plan.phases[0], WEEK_5)
    assert can_move_on(plan, plan.phases[0], WEEK_8)
    with pytest.raises(RehabError):
        move_to_next_phase(plan, plan.phases[0].id, WEEK_5)


def test_the_last_phase_has_nowhere_to_go() -> None:
    plan = _meet_all(_plan(), index=2)
    assert not can_move_on(plan, plan.phases[2], dt.date(2027, 12, 1))


def test_the_current_phase_can_be_cleared() -> None:
    plan, _ = set_current_phase(_plan(), None)
    plan, _ = set_current_phase(plan, plan.phases[2].id)
    stage = stage_on(plan, WEEK_5)
    assert stage is not None and stage.number == 3
    cleared, _ = set_current_phase(plan, None)
    stage = stage_on(cleared, WEEK_5)
    assert stage is not None and stage.number == 1


def test_check_reports_a_gated_phase_past_its_week_with_criteria_unmet(library: Library) -> None:
    plan = _ending("criteria")
    plan, _ = set_criterion_met(plan, plan.phases[0].id, 1, True, on=WEEK_5)

    def unmet(p: Plan, day: dt.date) -> list[str]:
        return [f.message for f in check_plan(p, library, today=day)
                if f.code is Code.CRITERIA_UNMET and f.severity is Severity.INFO]

    assert unmet(plan, WEEK_5) == []  # its week has not passed
    found = unmet(plan, WEEK_8)
    assert found == ["'Protect your back' was planned to end on 14 Dec 2026, but 3 of its 4 exit "
                     "criteria are not met yet (number 2, 3, 4); the patient stays in it until "
                     "you move them on."]
    week_only = _plan()
    assert unmet(week_only, WEEK_8) == []  # a phase that ends at its week is not held
    moved, _ = move_to_next_phase(_meet_all(plan), plan.phases[0].id, WEEK_8)
    assert unmet(moved, WEEK_8) == []


def test_removing_a_phase_removes_what_belongs_to_it() -> None:
    plan = _meet_all(_ending("criteria"))
    plan, _ = move_to_next_phase(plan, plan.phases[0].id, WEEK_5)
    second = plan.phases[1].id
    plan, _ = set_clinician_items(plan, [ClinicianItem(kind="gait-training", phase_id=second),
                                         ClinicianItem(kind="other", text="Every visit")])
    after, _ = remove_phase(plan, second)
    assert after.current_phase_id is None
    assert [c.text for c in after.clinician_items] == ["Every visit"]
    first, _ = remove_phase(plan, plan.phases[0].id)
    assert first.criteria_met == [] and first.current_phase_id == second


def test_check_reports_unknown_milestones_and_hard_words(library: Library) -> None:
    plan = _plan()
    plan.milestones = [
        Milestone(kind="parachuting", weeks=8),
        Milestone(kind=None, weeks=10, text="Recommence occupational responsibilities "
                  "notwithstanding intermittent postoperative discomfort."),
    ]
    found = check_plan(plan, library, today=WEEK_5)
    unknown = [f.message for f in found if f.code is Code.UNKNOWN_MILESTONE]
    assert len(unknown) == 1 and "'parachuting' does not exist, so it is not printed" in unknown[0]
    hard = [f.message for f in found if f.code is Code.NOTE_READING_LEVEL and "milestone" in
            f.message]
    assert len(hard) == 1 and hard[0].startswith("The words of milestone 2 read at grade")
