"""Plan format 5 (range limits on phases): a format-4 file opens unchanged, shows and checks as
the format-4 app did (its show now also lists the milestones), and limits survive a save.

data/plan-format-4-rotator-cuff.json, -show.txt and -check.json were made by the previous
version (plan format 4): a rotator cuff plan with a milestone and a clinician item added.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.model.range_limit import Joint, Motion, RangeLimit
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.planfile import load_plan, plan_to_json, save_plan
from tests.storage.start_notes import shown_as_before, undo_start_notes

DATA = Path(__file__).parent / "data"
FORMAT_4 = DATA / "plan-format-4-rotator-cuff.json"


def test_a_format_4_file_opens_unchanged(tmp_path: Path) -> None:
    path = shutil.copy(FORMAT_4, tmp_path / "old.json")
    before = json.loads(Path(path).read_text("utf-8"))
    assert before["schema_version"] == 4
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 5
    after = json.loads(plan_to_json(plan))
    assert all(phase.pop("range_limits") == [] for phase in after["phases"])  # format 5's field
    for milestone in after["milestones"]:  # format 6's fields
        assert milestone.pop("only_if") == milestone.pop("unless") == []
    # format 7's: the template's "Start this in week 2." became the squeeze's start week
    assert undo_start_notes(after) == [("shoulder-blade-squeeze", 2)]
    for key, value in before.items():
        if key != "schema_version":
            assert after[key] == value, key
    assert json.loads(Path(path).read_text("utf-8")) == before  # untouched on disk
    assert migrate_plan_data(json.loads(json.dumps(before)))["schema_version"] == SCHEMA_VERSION


def test_a_format_4_file_shows_and_checks_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["show", str(FORMAT_4)]) == 0
    shown = capsys.readouterr().out.splitlines(keepends=True)
    old = (DATA / "plan-format-4-show.txt").read_text("utf-8").splitlines(keepends=True)
    milestones = ["Milestones:\n", "  1. sports, week 26\n",
                  "  2. stop-sling, week 6; surgeon: D/C sling 6/52\n"]
    at = shown.index("Milestones:\n")
    assert shown[at:at + 3] == milestones  # the one addition: show lists the milestones
    assert shown_as_before(shown[:at] + shown[at + 3:]) == old  # and its start week (format 7)
    main(["check", str(FORMAT_4), "--json", "--date", "2026-04-01"])
    assert json.loads(capsys.readouterr().out) == json.loads(
        (DATA / "plan-format-4-check.json").read_text("utf-8"))


def test_range_limits_survive_a_save(tmp_path: Path) -> None:
    plan = load_plan(FORMAT_4)
    plan.phases[0].range_limits = [
        RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=90, mode="passive"),
        RangeLimit(joint=Joint.SHOULDER, motion=Motion.EXTERNAL_ROTATION, degrees=20,
                   side="left", only_if=["cuff-large-tear"])]
    save_plan(plan, tmp_path / "new.json")
    raw = json.loads((tmp_path / "new.json").read_text("utf-8"))
    assert raw["schema_version"] >= 5  # so an app that reads up to format 4 refuses it clearly
    assert raw["phases"][0]["range_limits"][0] == {
        "joint": "shoulder", "motion": "flexion", "degrees": 90, "mode": "passive", "side": None,
        "only_if": [], "unless": []}
    again = load_plan(tmp_path / "new.json")
    assert again.phases[0].range_limits == plan.phases[0].range_limits



def test_a_bad_limit_in_a_file_names_the_field(tmp_path: Path) -> None:
    data = json.loads(FORMAT_4.read_text("utf-8"))
    data["schema_version"] = 5
    data["phases"][1]["range_limits"] = [{"joint": "knee", "motion": "external rotation",
                                          "degrees": 10}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(Exception, match=r"range_limits.*knee has no external rotation"):
        load_plan(path)
