"""`rehab-planner db save-template`: a plan in the database becomes a clinic template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import Dosage, Patient
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.templates import instantiate
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once per backend."""
    return backend_url(request.param, tmp_path)


def test_save_template_from_a_database_plan(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_plan("Ann Lee", "MRN-1")
    plan.phases[0].prescriptions[0].note = "Squeeze your seat first."
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)

    args = ["--db", url, "db", "save-template", plan.id, "--name", "ACL, Dr Lee", "--by", "PT Kim"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "clinic-acl-dr-lee"
    assert "Saved clinic template 'ACL, Dr Lee'" in captured.err

    with PatientDatabase.open(url) as db:
        [template] = db.templates()
    assert template.id == "clinic-acl-dr-lee" and template.clinic_made
    assert "Ann Lee" not in template.model_dump_json() and "MRN-1" not in template.model_dump_json()
    new = instantiate(template, Patient(name="Bo Chen"), dt.date(2026, 6, 1))
    rx = new.phases[0].prescriptions[0]
    assert (rx.exercise_id, rx.dosage, rx.note) == ("bridge", Dosage(reps=10),
                                                    "Squeeze your seat first.")

    # The same name again replaces the template rather than adding a second one.
    assert main(args) == 0
    assert "Replaced" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert len(db.templates()) == 1


def test_save_template_errors(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "db", "save-template", "no-such-plan", "--name", "Knee"]) == 2
    assert "not in the database" in capsys.readouterr().err
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    assert main(["--db", url, "db", "save-template", plan.id, "--name", "!!"]) == 2
    assert "at least one letter" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert db.templates() == []
