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


def test_a_start_week_outside_the_stage_is_reported_and_a_late_one_still_holds_back(
        content: HandoutContent, library: Library) -> None:
    plan = _cuff()
    stage = plan.phases[0]  # weeks 0 to 3
    rx = _squeeze(plan)
    rx.start_week = stage.weeks_from  # changes nothing: the stage's first day
    found = [f for f in check_plan(plan, library) if f.code == Code.START_WEEK]
    assert [(f.severity, f.prescription_id) for f in found] == [(Severity.INFO, rx.id)]
    text = _text(content, plan, dt.date(2026, 11, 5))
    assert "Start this on" not in text and not re.search(r"Not\s+yet", text)
    # on or past the stage's end (a stage shortened later): still held back to that day, as the
    # therapist asked, and check warns that the patient would never do it in this stage
    rx.start_week = stage.weeks_to
    found = [f for f in check_plan(plan, library) if f.code == Code.START_WEEK]
    assert [(f.severity, f.prescription_id) for f in found] == [(Severity.WARNING, rx.id)]
    text = _text(content, plan, dt.date(2026, 11, 5))
    assert "Start this on 23 Nov 2026." in text and len(re.findall(r"Not\s+yet", text)) == 7
    _squeeze(plan).start_week = 2
    assert not [f for f in check_plan(plan, library) if f.code == Code.START_WEEK]


def test_a_start_week_is_compared_in_days_as_the_dates_are(library: Library) -> None:
    plan = _cuff()
    rx = _squeeze(plan)
    rx.start_week = 0.05  # rounds to the surgery day: the stage's own first day
    assert not rx.starts_later(plan.phases[0])
    rx.start_week = 2.97  # rounds to day 21, the stage's last day (weeks 0 to 3)
    assert rx.starts_after_end(plan.phases[0])
    assert [f.severity for f in check_plan(plan, library) if f.code == Code.START_WEEK] == [
        Severity.WARNING]


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


def test_moved_or_copied_the_start_week_is_kept_unless_the_stage_starts_by_then(
        library: Library) -> None:
    plan = _bending_plan(6)
    early, later = plan.phases  # weeks 0 to 4, 4 to 12
    rx_id = later.prescriptions[0].id
    moved, _ = edits.move_prescription(plan, rx_id, early.id)
    assert moved.phases[0].prescriptions[-1].start_week == 6  # still "not before week 6"
    assert [f.severity for f in check_plan(moved, library) if f.code == Code.START_WEEK] == [
        Severity.WARNING]  # and check says it never starts in weeks 0 to 4
    copied, _ = edits.copy_prescription_to_phase(plan, rx_id, early.id)
    assert copied.phases[0].prescriptions[-1].start_week == 6
    kept, _ = edits.move_prescription(plan, rx_id, later.id, 0)  # a reorder in its own stage
    assert kept.phases[1].prescriptions[0].start_week == 6
    # into a stage that starts on or after it: it starts with that stage, the week is cleared
    plan.phases[0].prescriptions[0].start_week = 2
    first = plan.phases[0].prescriptions[0]
    moved, _ = edits.move_prescription(plan, first.id, later.id)
    assert next(rx for rx in moved.phases[1].prescriptions if rx.id == first.id).start_week is None
    pasted, _ = edits.paste_prescriptions(plan, later.id, [first])
    assert next(rx for rx in pasted.phases[1].prescriptions
                if rx.exercise_id == first.exercise_id).start_week is None


def test_check_reads_a_weight_limit_that_grows_each_week_at_the_start_week(
        library: Library) -> None:
    # toe touch at first, then 20% more each week: a mini squat (both legs loaded) is forbidden
    # below half the weight; it starts in week 3, when the patient may put 60% on the leg
    def conflicts(start: float | None) -> int:
        plan = Plan(patient=Patient(name="Ana Ruiz"), surgery_date=SURGERY,
                    procedure="Knee surgery", surgeon=Surgeon(phone="555-0100"),
                    precautions=[PrecautionSetting(id="wb-partial", weeks_from=0, weeks_to=8,
                                                   params={"percent": 20, "add_percent_each_week": 20,
                                                           "aid": "crutches"})],
                    phases=[Phase(name="Early", weeks_from=0, weeks_to=8, prescriptions=[
                        Prescription(exercise_id="mini-squat", start_week=start)])])
        return sum(f.code == Code.PRECAUTION_CONFLICT for f in check_plan(plan, library))

    assert conflicts(None) == 1 and conflicts(1) == 1
    assert conflicts(3) == 0


def test_a_daily_life_rule_that_ends_before_the_start_is_no_contradiction(
        library: Library) -> None:
    plan = _bending_plan(None)
    plan.precautions = [PrecautionSetting(id="lift-limit", weeks_from=0, weeks_to=6,
                                          params={"lift_limit_lb": 10})]
    plan.phases[1].prescriptions = [Prescription(exercise_id="lifting-from-table")]
    plan.guidance = ["lifting"]  # its "do not lift more than 10 pounds" forbids lifting
    assert any(f.code == Code.RULE_VS_EXERCISE for f in check_plan(plan, library))
    plan.phases[1].prescriptions[0].start_week = 6  # starts the day the lifting rule ends
    assert not any(f.code in (Code.RULE_VS_EXERCISE, Code.PRECAUTION_CONFLICT)
                   for f in check_plan(plan, library))


@pytest.mark.parametrize("week", ["0", "3", "9"])
def test_a_template_with_a_start_week_outside_its_stage_is_refused_by_name(
        tmp_path, week: str) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.errors import DataFileError
    from rehab_planner.paths import templates_dir
    from rehab_planner.safety.catalogue import load_catalogue
    from rehab_planner.templates.loader import load_template

    path = tmp_path / "rotator-cuff-repair.yaml"
    text = (templates_dir() / "rotator-cuff-repair.yaml").read_text("utf-8")
    assert text.count("        start_week: 2\n") == 1
    path.write_text(text.replace("        start_week: 2\n", f"        start_week: {week}\n"),
                    "utf-8")
    with pytest.raises(DataFileError) as info:
        load_template(path, load_catalogue())
    message = str(info.value)
    assert "rotator-cuff-repair.yaml" in message and "start_week" in message
    assert f"week {week} is not after the start of phase 'Protect the repair'" in message
