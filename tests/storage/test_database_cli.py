"""`rehab-planner db ...`: import, list, export, history and backup through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.model import Dosage
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.planfile import load_plan, save_plan
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once per backend."""
    return backend_url(request.param, tmp_path)


def test_import_list_history_export(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = make_plan("Ann Lee", "MRN-1")
    first = tmp_path / "plan.json"
    save_plan(plan, first)
    assert main(["--db", url, "db", "import", str(first), "--by", "PT Kim"]) == 0
    assert capsys.readouterr().out.strip() == plan.id

    edited = plan.model_copy(deep=True)
    # The default for the bridge is 2 sets of 10, so the plan's 'reps=10' override meant 2 sets.
    edited.phases[0].prescriptions[0].dosage = Dosage(sets=3, reps=10)
    second = tmp_path / "plan-2.json"
    save_plan(edited, second)
    assert main(["--db", url, "db", "import", str(second), "--by", "PT Bo"]) == 0
    assert "revision 2" in capsys.readouterr().err

    save_plan(make_plan("Bob Stone", "MRN-2"), tmp_path / "bob.json")
    assert main(["--db", url, "db", "import", str(tmp_path / "bob.json")]) == 0
    capsys.readouterr()

    assert main(["--db", url, "db", "list", "--search", "ann", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["plan_id"], r["patient"], r["procedure"]) for r in rows] == [
        (plan.id, "Ann Lee", "ACL reconstruction")
    ]
    assert rows[0]["revision"] == 2
    assert rows[0]["updated"].endswith("+00:00")

    assert main(["--db", url, "db", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "Bob Stone [MRN-2]" in lines[0]

    assert main(["--db", url, "db", "history", plan.id]) == 0
    out = capsys.readouterr().out
    assert "Revision 1" in out and "PT Kim" in out and "First version" in out
    assert "Revision 2" in out
    assert "- Bridge: now 3 sets of 10 reps · hold 5 seconds (was 2 sets of 10 reps · hold 5 seconds)" in out

    exported = tmp_path / "out.json"
    assert main(["--db", url, "db", "export", plan.id, "-o", str(exported)]) == 0
    assert load_plan(exported).phases[0].prescriptions[0].dosage == Dosage(sets=3, reps=10)
    assert main(["--db", url, "db", "export", plan.id, "-o", str(exported)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["--db", url, "db", "export", plan.id, "-o", str(exported), "--revision", "1",
                 "--force"]) == 0
    assert load_plan(exported).phases[0].prescriptions[0].dosage == Dosage(reps=10)


def test_backup(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    target = tmp_path / "backup.out"
    assert main(["--db", url, "db", "backup", "-o", str(target)]) == 0
    assert target.stat().st_size > 0
    assert "patient database" in capsys.readouterr().err


def test_default_database_and_user_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], _private_user_data: Path
) -> None:
    assert main(["db", "list"]) == 0
    assert "no plans yet" in capsys.readouterr().err
    assert (_private_user_data / "patients.sqlite3").exists()
    assert main(["db", "history", "no-such-plan"]) == 2
    assert "not in the database" in capsys.readouterr().err
    assert main(["db", "import", str(tmp_path / "missing.json")]) == 2
    assert "no such plan file" in capsys.readouterr().err
    assert main(["--db", "mysql://x@y/z", "db", "list"]) == 2
    assert "unsupported database" in capsys.readouterr().err
    assert main(["db", "list", "--limit", "0"]) == 2
    assert main(["db"]) == 2
