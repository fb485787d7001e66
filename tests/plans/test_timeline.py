"""The recovery timeline: milestones, weight-bearing, brace and sling orders and the driving and
work settings, in time order, each with its calendar date and the surgeon's words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from rehab_planner.errors import DataFileError
from rehab_planner.i18n import using_language
from rehab_planner.milestone_text import load_milestone_texts, shipped_milestone_texts
from rehab_planner.model import Patient, Plan, PrecautionSetting
from rehab_planner.model.course import Milestone
from rehab_planner.plans.timeline import timeline, timeline_lines, upcoming
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import instantiate, load_templates

SURGERY = dt.date(2026, 11, 2)


def _plan(template: str = "rotator-cuff-repair", **changes: object) -> Plan:
    plan = instantiate(load_templates()[template], Patient(name="Ann Lee"), SURGERY)
    return plan.model_copy(update=changes)


def _lines(plan: Plan) -> list[str]:
    return timeline_lines(plan, timeline(plan, load_catalogue()))


def test_a_milestone_prints_its_date_plain_words_and_the_surgeons_words() -> None:
    plan = _plan(milestones=[Milestone(kind="stop-crutches", weeks=6,
                                       wording="Discontinue crutches at 6/52")],
                 precautions=[], settings=_plan().settings)
    assert _lines(plan)[0] == ("14 Dec 2026 (6 weeks after surgery): You may stop using your "
                               'crutches if your surgeon agrees. Your surgeon wrote: '
                               '"Discontinue crutches at 6/52"')


def test_weight_bearing_and_brace_orders_join_the_timeline_from_the_orders() -> None:
    orders = [PrecautionSetting(id="wb-toe-touch", weeks_from=0, weeks_to=4,
                                params={"aid": "crutches"}),
              PrecautionSetting(id="wb-partial", weeks_from=4, weeks_to=8,
                                params={"percent": 25, "aid": "crutches"}, wording="PWB 25%"),
              PrecautionSetting(id="brace", weeks_from=0, weeks_to=10 / 7, unit="days",
                                params={"device": "knee brace"})]
    plan = _plan(precautions=orders, milestones=[Milestone(kind="jogging", weeks=12)])
    lines = _lines(plan)
    assert lines[0] == ("12 Nov 2026 (10 days after surgery): You may stop wearing your knee "
                        "brace if your surgeon agrees.")
    assert lines[1].startswith("30 Nov 2026 (4 weeks after surgery): Put no more than 25% of your weight")
    assert lines[1].endswith('Your surgeon wrote: "PWB 25%"')
    # the partial order ends with no order after it: the rule's end is a step
    assert lines[2].startswith(
        "28 Dec 2026 (8 weeks after surgery): Your rule about weight on your leg ends.")
    assert lines[3].startswith("25 Jan 2027 (12 weeks after surgery): You may start to jog")
    # the order changed, so does the timeline: nothing is stored twice
    orders[1].weeks_to = 10
    assert _lines(plan)[2].startswith("11 Jan 2027 (10 weeks after surgery): Your rule about weight")


def test_the_end_of_weight_bearing_as_tolerated_is_no_step() -> None:
    plan = _plan("total-knee-replacement")  # weight bearing as tolerated, weeks 0 to 6
    assert plan.precautions[0].id == "wb-as-tolerated" and plan.precautions[0].weeks_to == 6
    assert not any("weight on your leg" in line for line in _lines(plan))


def test_steps_of_one_day_share_a_line_and_criteria_come_last() -> None:
    plan = _plan(milestones=[
        Milestone(kind="contact-sports", criterion="You can hop on the leg with no pain."),
        Milestone(kind="drive", weeks=6)])
    lines = _lines(plan)
    # the shipped sling order ends at week 6 too
    assert lines[0] == ("14 Dec 2026 (6 weeks after surgery): You may stop wearing your sling if "
                        "your surgeon agrees. You may drive again if your surgeon agrees. Do not drive while "
                        "you take strong pain pills.")
    assert lines[-1] == ("When you are ready: You may start contact sports if your surgeon "
                         "agrees. First, this must be true: You can hop on the leg with no pain.")


def test_a_step_one_week_or_one_day_after_surgery_says_so_in_the_singular() -> None:
    # the date first and the time since surgery: the page's "Week 2 of 24" counts the week the
    # patient is in, so "Week 1 (9 Nov)" read as a week off (a handout review, stop 44)
    orders = [PrecautionSetting(id="brace", weeks_from=0, weeks_to=1 / 7, unit="days",
                                params={"device": "knee brace"}),
              PrecautionSetting(id="wb-toe-touch", weeks_from=0, weeks_to=1,
                                params={"aid": "crutches"})]
    plan = _plan(precautions=orders, milestones=[], settings=_plan().settings)
    assert [line.split(":")[0] for line in _lines(plan)][:2] == [
        "3 Nov 2026 (1 day after surgery)", "9 Nov 2026 (1 week after surgery)"]


def test_the_driving_setting_is_a_step_unless_a_milestone_says_it() -> None:
    plan = _plan("lumbar-fusion")
    assert any("You may drive again" in line and "(6 weeks after surgery)" in line
               for line in _lines(plan))
    plan.milestones.append(Milestone(kind="drive", weeks=4, wording="may drive at 4 wks"))
    driving = [line for line in _lines(plan) if "drive again" in line]
    assert len(driving) == 1 and "(4 weeks after surgery)" in driving[0]


def test_upcoming_is_the_next_few_dates_from_the_print_date() -> None:
    plan = _plan(milestones=[Milestone(kind=k, weeks=w) for k, w in
                             (("drive", 2), ("swim", 8), ("jogging", 12), ("sports", 20))])
    entries = timeline(plan, load_catalogue())
    soon = upcoming(plan, entries, dt.date(2026, 12, 3))
    assert [e.weeks for e in soon] == [6, 8, 12]  # the sling's end, swim, jog; not 2, not 20


def test_a_criterion_to_stop_crutches_is_no_longer_coming_once_every_weight_order_ended() -> None:
    # At week 14 after an Achilles repair the handout still said crutches could stop once the
    # surgeon allowed full weight "in the boot", eight weeks after the boot and the crutches.
    from rehab_planner.plans.conditions import in_effect
    from rehab_planner.plans.schedule import date_after

    plan = in_effect(_plan("achilles-repair"))
    entries = timeline(plan, load_catalogue())
    last_end = max(o.weeks_to or 0.0 for o in plan.precautions if o.id.startswith("wb-"))

    def crutches(weeks: float) -> bool:
        soon = upcoming(plan, entries, date_after(plan.surgery_date, weeks), count=20)
        return any("stop using your crutches" in e.what for e in soon)

    assert crutches(1)  # on crutches: it is coming up
    assert not crutches(last_end + 1)  # every weight-bearing order over: it is behind
    assert any("stop using your crutches" in line for line in timeline_lines(plan, entries))


def test_the_timeline_prints_in_spanish() -> None:
    plan = _plan(milestones=[Milestone(kind="swim", weeks=6)])
    with using_language("es"):
        line = timeline_lines(plan, timeline(plan, load_catalogue()))[0]
    assert line.startswith("14 de diciembre de 2026 (6 semanas después de la cirugía): Puede "
                           "dejar de usar el cabestrillo")
    assert "Puede nadar cuando la herida sane" in line


def test_a_broken_timeline_file_names_the_text(tmp_path: Path) -> None:
    text = shipped_milestone_texts().model_dump()
    text["at_week"] = "Week {weeks}"
    path = tmp_path / "milestones.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "texts": text}), "utf-8")
    with pytest.raises(DataFileError, match=r"at_week.*placeholder \{weeks\} is not allowed"):
        load_milestone_texts(path)
