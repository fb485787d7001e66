"""Safety checks over orders: staged entries, unbundled rules, and what check --json names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main as cli_main
from rehab_planner.library import Library
from rehab_planner.model import PrecautionSetting
from rehab_planner.safety.catalogue import clashing_orders, load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import save_plan
from tests.safety.check_helpers import phase, plan, test_library

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(tmp_path_factory.mktemp("lib"))


def order(pid: str, start: float, end: float | None, **params: object) -> PrecautionSetting:
    return PrecautionSetting(id=pid, weeks_from=start, weeks_to=end, params=params)  # type: ignore[arg-type]


def test_toe_touch_then_partial_weight_bearing_is_not_a_clash(lib: Library) -> None:
    p = plan([phase("A", 0, 8, "heel-slide")],
             [order("wb-toe-touch", 0, 4), order("wb-partial", 4, 8, percent=50)])
    assert clashing_orders(p.precautions, CATALOGUE) == []
    assert check_plan(p, lib, CATALOGUE) == []


def test_overlapping_exclusive_orders_name_the_shared_weeks(lib: Library) -> None:
    p = plan([phase("A", 0, 8, "heel-slide")],
             [order("wb-toe-touch", 0, 4), order("wb-partial", 3, 8)])
    [clash] = check_plan(p, lib, CATALOGUE)
    assert clash.code == "precaution-setting"
    assert "cannot both apply in weeks 3 to 4" in clash.message
    data = clash.to_json()
    assert data["precaution"]["id"] == "wb-toe-touch" and data["precaution"]["weeks_to"] == 4
    assert data["other_precaution"] == {"id": "wb-partial", "key": p.precautions[1].key,
                                        "weeks_from": 3, "weeks_to": 8}


def test_a_staged_lift_limit_validates_and_the_same_weeks_twice_do_not(lib: Library) -> None:
    staged = plan([phase("A", 0, 12, "heel-slide")],
                  [order("lift-limit", 0, 6, lift_limit_lb=0),
                   order("lift-limit", 6, 12, lift_limit_lb=10)])
    assert check_plan(staged, lib, CATALOGUE) == []
    twice = plan([phase("A", 0, 12, "heel-slide")],
                 [order("lift-limit", 0, 6, lift_limit_lb=0),
                  order("lift-limit", 4, 12, lift_limit_lb=10)])
    [finding] = check_plan(twice, lib, CATALOGUE)
    assert "ordered twice for weeks 4 to 6" in finding.message


def test_no_bending_in_week_one_brings_no_lift_limit_or_twist_rule(lib: Library) -> None:
    p = plan([phase("Week 1", 0, 1, "knee-to-chest", "safe-lift", "trunk-rotation"),
              phase("Later", 1, 6, "knee-to-chest")],
             [order("no-bending", 0, 1)])
    findings = [f for f in check_plan(p, lib, CATALOGUE) if f.code == "precaution-conflict"]
    assert [(f.phase_name, f.exercise_id) for f in findings] == [("Week 1", "knee-to-chest")]
    assert findings[0].precaution is not None
    assert findings[0].precaution.id == "no-bending"


def test_each_spinal_rule_stands_alone() -> None:
    forbids = {pid: set(CATALOGUE[pid].forbids) for pid in ("no-bending", "no-twisting")}
    assert forbids["no-bending"] == {"lumbar_flexion", "lumbar_side_bend"}
    assert forbids["no-twisting"] == {"lumbar_rotation"}
    assert "push" not in CATALOGUE["lift-limit"].sentences[1].text
    assert CATALOGUE["no-overhead-resistance"].patient_text != CATALOGUE["no-overhead-reach"].patient_text


def test_check_json_names_the_precaution_and_its_weeks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = plan([phase("Protect", 0, 6, "knee-to-chest")],
             [order("no-bending", 0, 2), order("no-bending", 2, 6)])
    path = tmp_path / "plan.json"
    save_plan(p, path)
    assert cli_main(["check", str(path), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    conflicts = [f for f in findings if f["code"] == "precaution-conflict"]
    assert [(c["precaution"]["id"], c["precaution"]["key"], c["precaution"]["weeks_from"],
             c["precaution"]["weeks_to"]) for c in conflicts] == [
        ("no-bending", p.precautions[0].key, 0, 2), ("no-bending", p.precautions[1].key, 2, 6)]
    assert all(c["subject"] == "no-bending" for c in conflicts)
