"""An exercise that starts later than its stage (a handout review, stop 43: the rotator cuff's
week-1 card said "Start this in week 2" while its log had boxes from the first day). The
therapist sets the week; the card prints the date until then, the log has no boxes before it,
`check` reads the orders from that week and reports a start week outside its stage."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.library import Library
from rehab_planner.model import Patient, Phase, Plan, PrecautionSetting, Prescription, Surgeon
from rehab_planner.plans import edits
from rehab_planner.plans.changes import plan_changes
from rehab_planner.plans.summary import summary_text
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Severity
from rehab_planner.templates.loader import instantiate, load_templates
from tests.handout.pdfread import page_texts

TEMPLATES = load_templates()
SURGERY = dt.date(2026, 11, 2)  # a Monday; two weeks later: 16 Nov


def _cuff() -> Plan:
    plan = instantiate(TEMPLATES["rotator-cuff-repair"], Patient(name="Ana Ruiz"), SURGERY)
    plan.surgeon = Surgeon(name="Dr Lee", phone="555-0100")
    return plan


def _squeeze(plan: Plan) -> Prescription:
    return next(rx for rx in plan.phases[0].prescriptions
                if rx.exercise_id == "shoulder-blade-squeeze")


def _text(content: HandoutContent, plan: Plan, day: dt.date, language: str | None = None) -> str:
    options = HandoutOptions(printed_on=day, language=language)  # type: ignore[arg-type]
    return "\n".join(page_texts(render_handout(plan, options, content=content).pdf))


def test_the_cuff_template_starts_the_shoulder_blade_squeeze_in_week_2() -> None:
    rx = _squeeze(_cuff())
    assert rx.start_week == 2
    assert "week" not in rx.note.lower()  # the date is printed from the start week, not a note


def test_before_the_start_the_card_prints_the_date_and_the_log_says_not_yet(
        content: HandoutContent) -> None:
    # printed on Thu 12 Nov: the log dates 12 to 18 Nov, the squeeze starts on Mon 16 Nov
    text = _text(content, _cuff(), dt.date(2026, 11, 12))
    assert "Start this on 16 Nov 2026. Do not do it before then." in text
    assert "Start exercise 3 on 16 Nov 2026, not before." in text  # in the "This week" box
    assert len(re.findall(r"Not\s+yet", text)) == 4  # Thu, Fri, Sat, Sun; boxes from Monday


def test_from_the_start_day_on_neither_is_printed(content: HandoutContent) -> None:
    text = _text(content, _cuff(), dt.date(2026, 11, 16))
    assert "Start this on" not in text and "Start exercise" not in text
    assert not re.search(r"Not\s+yet", text)


def test_the_spanish_handout_says_the_same(content: HandoutContent) -> None:
    text = _text(content, _cuff(), dt.date(2026, 11, 12), language="es")
    assert re.search(r"Empiece este ejercicio el 16 de noviembre de 2026\.\s+No lo\s+haga antes\.",
                     text)
    assert len(re.findall(r"Aún\s+no", text)) == 4
    assert re.search(r"Empiece el ejercicio 3 el 16 de noviembre de 2026,\s+no antes\.", text)


def test_a_start_week_outside_the_stage_prints_nothing_and_check_reports_it(
        content: HandoutContent, library: Library) -> None:
    plan = _cuff()
    stage = plan.phases[0]
    for week, severity in ((stage.weeks_from, Severity.INFO), (stage.weeks_to, Severity.WARNING)):
        rx = _squeeze(plan)
        rx.start_week = week
        found = [f for f in check_plan(plan, library) if f.code == Code.START_WEEK]
        assert [(f.severity, f.prescription_id) for f in found] == [(severity, rx.id)]
        text = _text(content, plan, dt.date(2026, 11, 5))
        assert "Start this on" not in text and not re.search(r"Not\s+yet", text)
    _squeeze(plan).start_week = 2
    assert not [f for f in check_plan(plan, library) if f.code == Code.START_WEEK]


def _bending_plan(start_week: float | None) -> Plan:
    """Weeks 0-6 of no bending; a pelvic tilt (it bends the low back) in a stage of weeks 4-12."""
    plan = Plan(patient=Patient(name="Ana Ruiz"), surgery_date=SURGERY, procedure="Lumbar fusion",
                surgeon=Surgeon(phone="555-0100"),
                precautions=[PrecautionSetting(id="no-bending", weeks_from=0, weeks_to=6)],
                phases=[Phase(name="Early", weeks_from=0, weeks_to=4,
                              prescriptions=[Prescription(exercise_id="ankle-pumps")]),
                        Phase(name="Later", weeks_from=4, weeks_to=12,
                              prescriptions=[Prescription(exercise_id="pelvic-tilt",
                                                          start_week=start_week)])])
    return plan


def test_check_reads_the_orders_in_force_from_the_start_week(library: Library) -> None:
    def conflicts(plan: Plan) -> list[str]:
        return [f.exercise_id or "" for f in check_plan(plan, library)
                if f.code == Code.PRECAUTION_CONFLICT]

    assert conflicts(_bending_plan(None)) == ["pelvic-tilt"]  # weeks 4-6 still forbid bending
    assert conflicts(_bending_plan(5)) == ["pelvic-tilt"]
    assert conflicts(_bending_plan(6)) == []  # starts the day the order ends


def test_saved_only_when_set_and_read_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _bending_plan(None)
    data = json.loads(plan.model_dump_json())
    assert "start_week" not in data["phases"][1]["prescriptions"][0]  # older versions open it
    plan = _bending_plan(6.5)
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    again = Plan.model_validate_json(path.read_text(encoding="utf-8"))
    assert again.phases[1].prescriptions[0].start_week == 6.5


@given(st.one_of(st.floats(max_value=-0.01), st.floats(min_value=156.01),
                 st.just(float("nan"))))
def test_a_start_week_out_of_range_is_refused(week: float) -> None:
    with pytest.raises(ValidationError, match="start_week"):
        Prescription(exercise_id="pelvic-tilt", start_week=week)


def test_the_edit_the_history_and_the_summary(library: Library) -> None:
    plan = _bending_plan(None)
    rx_id = plan.phases[1].prescriptions[0].id
    later, _change = edits.set_start_week(plan, rx_id, 6)
    assert later.phases[1].prescriptions[0].start_week == 6
    assert plan.phases[1].prescriptions[0].start_week is None  # the edit copies the plan
    assert "Pelvic tilt: starts in week 6" in plan_changes(plan, later, library.exercises)
    assert "Pelvic tilt: starts with its stage" in plan_changes(later, plan,
                                                               library.exercises)
    assert "Starts: week 6 (14 Dec 2026)" in summary_text(later, library)


def test_moved_or_copied_to_a_stage_it_does_not_fall_in_the_start_week_is_cleared() -> None:
    plan = _bending_plan(6)
    early, later = plan.phases
    rx_id = later.prescriptions[0].id
    moved, _ = edits.move_prescription(plan, rx_id, early.id)
    assert moved.phases[0].prescriptions[-1].start_week is None  # week 6 is past weeks 0-4
    copied, _ = edits.copy_prescription_to_phase(plan, rx_id, early.id)
    assert copied.phases[0].prescriptions[-1].start_week is None
    pasted, _ = edits.paste_prescriptions(plan, early.id, [later.prescriptions[0]])
    assert pasted.phases[0].prescriptions[0].start_week is None
    kept, _ = edits.move_prescription(plan, rx_id, later.id, 0)  # within its own stage: kept
    assert kept.phases[1].prescriptions[0].start_week == 6
