"""The command line with staged orders: show lists each order, render prints each one."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import PrecautionSetting
from rehab_planner.storage.planfile import load_plan, save_plan
from tests.handout.pdfread import all_text


def _staged_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "-o", str(path)]) == 0
    plan = load_plan(path)
    plan.precautions = [o for o in plan.precautions if not o.id.startswith("wb-")] + [
        PrecautionSetting(id="wb-toe-touch", weeks_from=0, weeks_to=4, params={"aid": "crutches"},
                          wording="TTWB with crutches x 4 wks"),
        PrecautionSetting(id="wb-partial", weeks_from=4, weeks_to=8,
                          params={"percent": 25, "add_percent_each_week": 25, "aid": "crutches"}),
        PrecautionSetting(id="brace", weeks_from=0, weeks_to=30 / 7, unit="days",
                          params={"device": "knee immobilizer", "wear": "at night"}),
    ]
    save_plan(plan, path)
    return path


def test_show_lists_every_order_with_its_time_and_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _staged_plan(tmp_path)
    capsys.readouterr()
    assert main(["show", str(path)]) == 0
    out = capsys.readouterr().out
    assert '  - wb-toe-touch, weeks 0-4, aid=crutches, surgeon: "TTWB with crutches x 4 wks"' in out
    assert "  - wb-partial, weeks 4-8, percent=25, add_percent_each_week=25, aid=crutches" in out
    assert "  - brace, days 0-30, device=knee immobilizer, wear=at night" in out


def test_render_prints_each_stage_and_the_surgeons_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _staged_plan(tmp_path)
    pdf = tmp_path / "handout.pdf"
    assert main(["check", str(path)]) in (0, 1)
    capsys.readouterr()
    # The test plan's staged orders conflict with two exercises of the template: accepted here.
    assert main(["render", str(path), "-o", str(pdf), "--accept-findings", "--whole-program"]) == 0
    text = all_text(pdf.read_bytes())
    assert ("Until 30 Nov 2026: Only touch your toes to the floor on your leg "
            "that had surgery, for balance. Do not stand on it. Use your crutches. Your surgeon "
            'wrote: "TTWB with crutches x 4 wks"') in text
    assert "From 30 Nov to 28 Dec 2026: Put no more than 25% of your weight" in text
    assert ("Until 2 Dec 2026 (for the first 30 days after surgery): Wear your knee immobilizer "
            "at night in bed. You do not need it in the day.") in text
