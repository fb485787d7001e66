"""Plan format 6 (milestones switched by conditions, as orders are): a format-5 file opens
unchanged and shows as the format-5 app showed it; `check` now finds the milestone the old
template printed against an order; a conditional milestone survives a save.

data/plan-format-5-laminectomy.json, -show.txt and -check.json were made by the previous version
(plan format 5, commit ed60d78): a lumbar laminectomy plan on the '10 lb to week 6, then 30 lb to
week 12' line, whose template then said "all your activities" at week 8.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.model.course import Milestone
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_to_json, save_plan

DATA = Path(__file__).parent / "data"
FORMAT_5 = DATA / "plan-format-5-laminectomy.json"


def test_a_format_5_file_opens_unchanged(tmp_path: Path) -> None:
    path = shutil.copy(FORMAT_5, tmp_path / "old.json")
    before = json.loads(Path(path).read_text("utf-8"))
    assert before["schema_version"] == 5
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 6
    after = json.loads(plan_to_json(plan))
    for milestone in after["milestones"]:  # format 6's fields: the milestone always holds
        assert milestone.pop("only_if") == milestone.pop("unless") == []
    for key, value in before.items():
        if key != "schema_version":
            assert after[key] == value, key
    assert json.loads(Path(path).read_text("utf-8")) == before  # untouched on disk
    assert migrate_plan_data(json.loads(json.dumps(before)))["schema_version"] == SCHEMA_VERSION


def test_a_format_5_file_shows_as_before_and_check_finds_the_contradiction(
        capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", str(FORMAT_5)]) == 0
    assert capsys.readouterr().out == (DATA / "plan-format-5-show.txt").read_text("utf-8")
    main(["check", str(FORMAT_5), "--json", "--date", "2026-12-01"])
    found = json.loads(capsys.readouterr().out)
    assert json.loads((DATA / "plan-format-5-check.json").read_text("utf-8")) == []  # it was clean
    (finding,) = found  # now: "all your activities" at week 8, the 30 lb limit to week 12
    assert finding["code"] == "milestone-vs-order" and finding["severity"] == "warning"
    assert "week 8" in finding["message"] and "week 12" in finding["message"]
    assert finding["precaution"]["id"] == "lift-limit"


def test_a_conditional_milestone_survives_a_save(tmp_path: Path) -> None:
    plan = load_plan(FORMAT_5)
    plan.milestones = [Milestone(kind="all-activities", weeks=12,
                                 only_if=["laminectomy-lift-10-lb-6-weeks"]),
                       Milestone(kind="all-activities", weeks=8,
                                 unless=["laminectomy-lift-10-lb-6-weeks"])]
    save_plan(plan, tmp_path / "new.json")
    raw = json.loads((tmp_path / "new.json").read_text("utf-8"))
    assert raw["schema_version"] >= 6  # so an app that reads up to format 5 refuses it clearly
    assert raw["milestones"][0]["only_if"] == ["laminectomy-lift-10-lb-6-weeks"]
    assert load_plan(tmp_path / "new.json").milestones == plan.milestones


def test_a_bad_condition_on_a_milestone_names_the_field(tmp_path: Path) -> None:
    data = json.loads(FORMAT_5.read_text("utf-8"))
    data["schema_version"] = 6
    data["milestones"][0]["only_if"] = ["Not An Id"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(Exception, match=r"milestones.*only_if"):
        load_plan(path)

