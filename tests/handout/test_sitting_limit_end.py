"""Plan format 8 (the sitting limit may end: settings.sitting_limit_weeks): a format-7 file opens
unchanged and its handout says what it said; a plan with an end prints the limit with its date
on page 1 and in the sitting topic, and leaves it out once the date has passed; the value
survives a save, which writes format 8.

data/plan-format-7-lumbar.json was made by the previous version (plan format 7, commit eff04e0)
from the lumbar fusion template: a sitting limit of 30 minutes with no end.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.model import SCHEMA_VERSION, Plan, PlanSettings
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_to_json, save_plan
from rehab_planner.templates.loader import load_templates
from tests.handout.pdfread import page_texts

DATA = Path(__file__).parent.parent / "storage" / "data"
FORMAT_7 = DATA / "plan-format-7-lumbar.json"
UNDATED = "Do not sit for more than 30 minutes at a time. Then get up and walk."
DATED = "Until 25 May 2026: " + UNDATED  # surgery 2 Mar 2026 + 12 weeks


def _pages(plan: Plan, content: HandoutContent, weeks: float, **options: object) -> list[str]:
    printed = plan.surgery_date + dt.timedelta(weeks=weeks, days=2)
    return page_texts(render_handout(plan, HandoutOptions(printed_on=printed, **options),  # type: ignore[arg-type]
                                     content=content).pdf)


def test_a_format_7_file_opens_unchanged(tmp_path: Path) -> None:
    path = shutil.copy(FORMAT_7, tmp_path / "old.json")
    before = json.loads(Path(path).read_text("utf-8"))
    assert before["schema_version"] == 7 and "sitting_limit_weeks" not in before["settings"]
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 8
    assert plan.settings.sitting_limit_minutes == 30 and plan.settings.sitting_limit_weeks is None
    after = json.loads(plan_to_json(plan))
    assert after["settings"] == before["settings"]  # no end is not written
    assert {k: v for k, v in after.items() if k not in ("schema_version", "settings")} == {
        k: v for k, v in before.items() if k not in ("schema_version", "settings")}
    assert json.loads(Path(path).read_text("utf-8")) == before  # untouched on disk
    assert migrate_plan_data(json.loads(json.dumps(before)))["schema_version"] == SCHEMA_VERSION


def test_a_format_7_plan_prints_its_limit_with_no_end(content: HandoutContent) -> None:
    plan = load_plan(FORMAT_7)
    late = " ".join(_pages(plan, content, 14))  # after the template's 12 weeks
    assert UNDATED in late and "Until 25 May 2026" not in late


def test_the_template_ends_the_limit_and_the_handout_dates_it(content: HandoutContent) -> None:
    plan = load_plan(FORMAT_7)
    plan.settings.sitting_limit_weeks = load_templates()["lumbar-fusion"].settings.sitting_limit_weeks
    assert plan.settings.sitting_limit_weeks == 12
    first = _pages(plan, content, 0)
    assert DATED in first[0]  # page 1
    whole = " ".join(_pages(plan, content, 0, whole_program=True))
    assert DATED in whole
    assert "Until 25 May 2026: Do not sit for more than 30 minutes at a time. Then stand up and " \
           "walk a bit." in whole  # the sitting topic
    late = " ".join(_pages(plan, content, 14))
    assert "Do not sit for more than" not in late  # the date has passed


def test_the_spanish_handout_dates_it_too(content: HandoutContent) -> None:
    plan = load_plan(FORMAT_7)
    plan.settings.sitting_limit_weeks = 12
    page_1 = _pages(plan, content, 0, language="es")[0]
    assert "Hasta el 25 de mayo de 2026: No se siente más de 30 minutos seguidos." in page_1


def test_the_end_survives_a_save_as_format_8(tmp_path: Path) -> None:
    plan = load_plan(FORMAT_7)
    plan.settings.sitting_limit_weeks = 6
    path = tmp_path / "new.json"
    save_plan(plan, path)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == 8 and saved["settings"]["sitting_limit_weeks"] == 6
    assert load_plan(path).settings.sitting_limit_weeks == 6


@pytest.mark.parametrize("weeks", [0, 53, 2.5])
def test_a_wrong_end_is_refused(weeks: float) -> None:
    with pytest.raises(ValidationError, match="sitting_limit_weeks"):
        PlanSettings(sitting_limit_minutes=30, sitting_limit_weeks=weeks)  # type: ignore[arg-type]


def test_an_end_without_a_limit_prints_nothing(content: HandoutContent) -> None:
    plan = load_plan(FORMAT_7)
    plan.settings.sitting_limit_minutes = None
    plan.settings.sitting_limit_weeks = 12
    assert "Do not sit for more than" not in " ".join(_pages(plan, content, 0, whole_program=True))


def test_the_sitting_card_points_to_page_1_where_the_limit_is(content: HandoutContent) -> None:
    # The card said "Often it is 15 to 30 minutes" and "walk around at least every 30 minutes",
    # beside a surgeon's limit of 20 minutes on page 1 (stop 46): it now sends the patient there.
    plan = load_plan(FORMAT_7)
    plan.settings.sitting_limit_minutes = 20
    plan.settings.sitting_limit_weeks = 12
    pages = _pages(plan, content, 0)
    whole = " ".join(" ".join(p.split()) for p in pages)
    assert "Sitting tall with a back roll" in whole
    assert "If there is a limit, it is on page 1." in whole
    assert "Do not sit for more than 20 minutes at a time." in " ".join(pages[0].split())
    assert "Often it is 15 to 30 minutes" not in whole and "every 30 minutes" not in whole
