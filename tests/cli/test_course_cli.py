"""`criteria`, `milestones`, `clinician` and `summary` on a real plan file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.storage.planfile import load_plan
from tests.handout.pdfread import all_text


def test_criteria_met_then_move_on(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["criteria", str(plan_file), "--phase", "1", "--ends-by", "criteria",
                 "--met", "1", "--met", "2", "--by", "Sam", "--on", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "1. Your pain is under control. [met 1 Dec 2026 by Sam]" in out
    assert "3. You can walk for 15 to 30 minutes at a time. [not met]" in out
    assert main(["criteria", str(plan_file), "--phase", "1", "--move-on"]) == 2  # not all met
    assert "cannot move on" in capsys.readouterr().err
    main(["check", str(plan_file), "--json", "--date", "2026-12-20"])
    held = [f for f in json.loads(capsys.readouterr().out) if f["code"] == "criteria-unmet"]
    assert len(held) == 1 and held[0]["severity"] == "info" and "(number 3, 4)" in held[0]["message"]
    main(["check", str(plan_file), "--json", "--date", "2026-12-10"])  # before its week ends
    assert "criteria-unmet" not in capsys.readouterr().out
    assert main(["criteria", str(plan_file), "--phase", "1", "--met", "3", "--met", "4",
                 "--by", "Sam", "--on", "2026-12-02"]) == 0
    assert "add --move-on" in capsys.readouterr().out
    assert main(["criteria", str(plan_file), "--phase", "1", "--move-on",
                 "--on", "2026-12-02"]) == 0
    plan = load_plan(plan_file)
    assert plan.current_phase_id == plan.phases[1].id and plan.phases[0].ends_by == "criteria"
    assert len(plan.criteria_met) == 4


def test_milestones_add_list_and_remove(plan_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["milestones", str(plan_file), "--add", "stop-crutches", "--days", "10",
                 "--wording", "D/C crutches POD 10"]) == 0
    out = capsys.readouterr().out
    assert "3. stop-crutches, day 10; surgeon: D/C crutches POD 10" in out
    assert ('12 Nov 2026 (10 days after surgery): You may stop using your crutches if your surgeon agrees. '
            'Your surgeon wrote: "D/C crutches POD 10"') in out
    assert main(["milestones", str(plan_file), "--add", "own", "--text", "You may garden.",
                 "--criterion", "You can kneel with no pain."]) == 0
    assert load_plan(plan_file).milestones[-1].criterion == "You can kneel with no pain."
    assert main(["milestones", str(plan_file), "--add", "fly-a-plane", "--weeks", "4"]) == 2
    assert main(["milestones", str(plan_file), "--remove", "3"]) == 0
    assert [m.kind for m in load_plan(plan_file).milestones] == ["swim", "all-activities", None]


def test_clinician_items_and_the_summary(plan_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clinician", str(plan_file), "--add", "gait-training",
                 "--text", "Wean the cane on stairs", "--phase", "2"]) == 0
    assert "1. Gait training: Wean the cane on stairs (Build a steady core)" in \
        capsys.readouterr().out
    data = json.loads(plan_file.read_text("utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["clinician_items"][0]["kind"] == "gait-training"
    out = tmp_path / "summary.pdf"
    assert main(["summary", str(plan_file), "-o", str(out), "--date", "2026-12-03"]) == 0
    assert "Wrote" in capsys.readouterr().err
    assert "Gait training: Wean the cane on stairs" in all_text(out.read_bytes())
    handout = tmp_path / "handout.pdf"
    assert main(["render", str(plan_file), "-o", str(handout), "--print-date", "2026-12-03",
                 "--whole-program"]) in (0, 1)
    assert "Wean the cane" not in all_text(handout.read_bytes())
