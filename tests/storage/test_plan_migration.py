"""Plan format 1 files open and print as before; a format-2 plan saved and reopened prints the same.

data/plan-format-1.json was saved by the previous version (plan format 1), and
data/plan-format-1-precautions.txt holds the precaution lines that version printed for it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from rehab_planner.guidance import context, precaution_lines
from rehab_planner.handout import HandoutContent, HandoutOptions, load_content, render_handout
from rehab_planner.handout.texts import shown_lines
from rehab_planner.model import SCHEMA_VERSION, Plan, PrecautionSetting
from rehab_planner.precaution_text import dates_words
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_from_json, plan_to_json, save_plan
from tests.handout.pdfread import all_text, page_texts

DATA = Path(__file__).parent / "data"
PRINTED = dt.date(2026, 1, 7)


@pytest.fixture(scope="module")
def content() -> HandoutContent:
    return load_content(None)


def _lines(plan: Plan, content: HandoutContent) -> list[str]:
    return precaution_lines(plan, content.catalogue) + shown_lines(
        content.text.precautions.extra, context(plan, content.catalogue))


def test_a_format_1_file_opens_as_format_2(tmp_path: Path) -> None:
    path = shutil.copy(DATA / "plan-format-1.json", tmp_path / "old.json")
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 5
    assert [(o.id, o.key) for o in plan.precautions] == [
        ("no-overhead-reach", "order-1"), ("lift-limit", "order-2"),
        ("push-pull-limit", "order-3"), ("wb-as-tolerated", "order-4"),
        ("shoulder-sling", "order-5")]
    lift, push = plan.precautions[1], plan.precautions[2]
    assert (push.weeks_from, push.weeks_to, push.params) == (0, 6, {"push_pull_limit_lb": 5})
    assert lift.note == "Surgeon: 5 lb for 6 weeks" and push.note == ""
    assert lift.wording == ""  # a format-1 note was the therapist's; it is not printed
    # Format 1 printed its default sitting limit and driving weeks: they stay.
    assert plan.settings.sitting_limit_minutes == 30 and plan.settings.driving_weeks == 6
    assert json.loads(Path(path).read_text("utf-8"))["schema_version"] == 1  # untouched on disk


def test_a_format_1_plan_prints_what_it_printed(content: HandoutContent) -> None:
    plan = load_plan(DATA / "plan-format-1.json")
    before = (DATA / "plan-format-1-precautions.txt").read_text("utf-8").splitlines()
    after = _lines(plan, content)
    lift_before = before.pop(1)
    assert lift_before == ("For the first 6 weeks after surgery: Do not lift, push or pull "
                           "anything heavier than 5 pounds (2.3 kg).")
    # The one bundled line is now two orders with the same weeks and pounds; each says when as
    # the calendar date the order ends (issue 12), no longer in weeks.
    six_weeks = dates_words(plan.surgery_date, 0, 6)
    assert six_weeks.startswith("Until ")
    assert after.pop(1) == f"{six_weeks}: Do not lift anything heavier than 5 pounds (2.3 kg)."
    assert after.pop(1) == (f"{six_weeks}: Do not push or pull anything heavier than 5 pounds "
                            "(2.3 kg).")
    def what(line: str) -> str:
        return line.split(": ", 1)[-1]

    assert [what(line) for line in after[:-1]] == [what(line) for line in before[:-1]]
    assert before[-1] == "Do not drive for 6 weeks after surgery."
    assert after[-1] == f"Do not drive before {dates_words(plan.surgery_date, 0, 6)[len('Until '):]}."
    pdf = render_handout(plan, HandoutOptions(printed_on=PRINTED), content=content).pdf
    text = all_text(pdf)
    for line in after:
        assert line.split(": ", 1)[-1] in text


def test_a_format_2_plan_saved_and_reopened_prints_the_same(tmp_path: Path,
                                                             content: HandoutContent) -> None:
    plan = load_plan(DATA / "plan-format-1.json")
    plan.precautions += [
        PrecautionSetting(id="wb-toe-touch", weeks_from=6, weeks_to=8, params={"aid": "crutches"},
                          wording="TTWB 6-8/52"),
        PrecautionSetting(id="no-bending", weeks_from=0, weeks_to=10 / 7, unit="days"),
    ]
    plan.precautions[3].weeks_to = 6  # wb-as-tolerated 0-6, then toe-touch 6-8 (made up, staged)
    saved = save_plan(Plan.model_validate(plan.model_dump()), tmp_path / "new.json")
    reopened = load_plan(tmp_path / "new.json")
    assert reopened == saved
    assert reopened.precautions[-1].days_to == 10
    first = render_handout(saved, HandoutOptions(printed_on=PRINTED), content=content).pdf
    again = render_handout(reopened, HandoutOptions(printed_on=PRINTED), content=content).pdf
    assert page_texts(first) == page_texts(again)
    text = all_text(first)
    assert 'Your surgeon wrote: "TTWB 6-8/52"' in text
    assert f"{dates_words(saved.surgery_date, 0, 10 / 7)} (for the first 10 days after surgery)" in text
    assert "Use your crutches." in text


def test_migration_steps_leave_a_current_plan_alone() -> None:
    data = json.loads((DATA / "plan-format-1.json").read_text("utf-8"))
    once = migrate_plan_data(json.loads(json.dumps(data)))
    twice = migrate_plan_data(json.loads(json.dumps(once)))
    assert once == twice and once["schema_version"] == SCHEMA_VERSION
    assert plan_from_json(json.dumps(once)).precautions[2].id == "push-pull-limit"


def test_a_new_plan_prints_no_sitting_limit_or_driving_rule_unless_set(
        content: HandoutContent) -> None:
    plan = load_plan(DATA / "plan-format-1.json")
    plan.settings.sitting_limit_minutes = None
    plan.settings.driving_weeks = None
    lines = _lines(plan, content)
    assert not any("sit for more than" in line for line in lines)
    assert "Ask your surgeon when you may drive again." in lines
    assert not any(line.startswith("Do not drive for") for line in lines)
    fresh = Plan(patient={"name": "New"}, procedure="Knee", surgery_date=dt.date(2026, 1, 5))  # type: ignore[arg-type]
    assert fresh.settings.sitting_limit_minutes is None and fresh.settings.driving_weeks is None


def test_a_graft_kept_in_settings_opens_as_a_condition(tmp_path: Path) -> None:
    plan = load_plan(DATA / "plan-format-1.json")
    data = json.loads(plan_to_json(plan))
    data["settings"]["graft"] = "hamstring"
    path = tmp_path / "graft.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    reopened = load_plan(path)
    assert reopened.conditions == ["graft-hamstring"]
