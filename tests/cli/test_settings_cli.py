"""`rehab-planner settings`: list and set the handout's values on a real plan file, as the app's
handout settings tab does; a wrong name or value changes nothing and says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.storage.planfile import load_plan
from tests.handout.pdfread import page_texts


def test_the_settings_are_listed(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["settings", str(plan_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "sitting_limit_minutes: 30" in out and "sitting_limit_weeks: 12" in out
    assert "brace: false" in out and "no_nsaid_weeks: none" in out


def test_set_values_reach_the_handout(plan_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", str(plan_file), "--set", "sitting_limit_weeks=4",
                 "--set", "driving-weeks=none"]) == 0
    out = capsys.readouterr().out
    assert "sitting_limit_weeks: 4" in out and "driving_weeks: none" in out
    plan = load_plan(plan_file)
    assert plan.settings.sitting_limit_weeks == 4 and plan.settings.driving_weeks is None
    page_1 = page_texts(render_handout(plan, HandoutOptions(printed_on=dt.date(2026, 11, 4))).pdf)[0]
    assert "Until 30 Nov 2026: Do not sit for more than 30 minutes at a time." in page_1
    assert "Ask your surgeon when you may drive again." in page_1


@pytest.mark.parametrize(("pair", "said"), [
    ("sitting_limit_weeks=99", "sitting_limit_weeks: Input should be less than or equal to 52"),
    ("brace=maybe", "brace: Input should be a valid boolean"),
    ("colour=red", "'colour' is not a setting; the settings are sitting_limit_minutes"),
    ("sitting_limit_weeks", "'sitting_limit_weeks' is not NAME=VALUE"),
])
def test_a_wrong_value_changes_nothing(plan_file: Path, capsys: pytest.CaptureFixture[str],
                                       pair: str, said: str) -> None:
    before = plan_file.read_bytes()
    capsys.readouterr()
    assert main(["settings", str(plan_file), "--set", "sitting_limit_weeks=6", "--set", pair]) == 2
    assert said in capsys.readouterr().err
    assert plan_file.read_bytes() == before
