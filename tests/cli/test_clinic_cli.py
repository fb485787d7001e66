"""`rehab-planner clinic set|show` and the contacts `new` puts on a plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.storage.planfile import load_plan
from rehab_planner.storage.preferences import load_preferences, preferences_file


def test_clinic_set_saves_only_the_given_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clinic", "set", "--name", "Riverside  PT", "--phone", "555-0142"]) == 0
    assert main(["clinic", "set", "--after-hours", "555-0188"]) == 0
    clinic = load_preferences().clinic
    assert (clinic.name, clinic.phone, clinic.after_hours_phone) == (
        "Riverside PT", "555-0142", "555-0188")
    assert json.loads(preferences_file().read_text("utf-8"))["clinic"]["after_hours_phone"] \
        == "555-0188"
    capsys.readouterr()
    assert main(["clinic", "show"]) == 0
    out = capsys.readouterr().out
    assert "Phone: 555-0142" in out and "After hours: 555-0188" in out
    assert "Address: (not set)" in out


def test_clinic_set_with_nothing_to_change_is_a_usage_error() -> None:
    assert main(["clinic", "set"]) == 2
    assert not preferences_file().exists()


def test_clinic_set_refuses_a_phone_too_long() -> None:
    assert main(["clinic", "set", "--phone", "5" * 41]) == 2
    assert load_preferences().clinic.phone == ""


def test_new_takes_the_clinic_and_the_surgeon(tmp_path: Path) -> None:
    assert main(["clinic", "set", "--name", "Riverside PT", "--phone", "555-0142",
                 "--after-hours", "555-0188"]) == 0
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee",
                 "--surgery-date", "2026-10-01", "--clinic", "Hill Clinic",
                 "--surgeon", "Dr Ruiz", "--surgeon-phone", "555-0199", "-o", str(path)]) == 0
    plan = load_plan(path)
    assert plan.clinic.name == "Hill Clinic"  # --clinic wins over the settings' name
    assert (plan.clinic.phone, plan.clinic.after_hours_phone) == ("555-0142", "555-0188")
    assert (plan.surgeon.name, plan.surgeon.phone) == ("Dr Ruiz", "555-0199")


def test_check_reports_a_plan_with_no_phone(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-10-01", "-o", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 1
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)]
    assert "no-phone" in codes
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-10-01", "--surgeon-phone", "555-0199",
                 "-o", str(path), "--force"]) == 0
    capsys.readouterr()
    main(["check", str(path), "--json"])
    assert "no-phone" not in [f["code"] for f in json.loads(capsys.readouterr().out)]


def test_new_takes_the_acl_graft_as_a_condition(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    assert main(["new", "--template", "acl-reconstruction", "--patient", "Ann Lee",
                 "--surgery-date", "2026-10-01", "--condition", "graft-quadriceps",
                 "-o", str(path)]) == 0
    assert load_plan(path).conditions == ["graft-quadriceps"]
    assert main(["new", "--template", "acl-reconstruction", "--patient", "Ann Lee",
                 "--surgery-date", "2026-10-01", "--condition", "graft-bone", "-o", str(path),
                 "--force"]) == 2
