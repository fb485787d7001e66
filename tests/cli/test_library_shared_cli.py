"""`library list` with the clinic's shared exercises from a real SQLite patient database.

No database: the library files alone, as before. A database given (--db or $REHAB_PLANNER_DB) or
the private one once made: its shared exercises are listed too, marked as shared. A named database
that does not exist or cannot be opened: one error line, exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.model import Exercise
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import PatientDatabase

SHARED_ID = "custom-towel-knee-press"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exercise(eid: str = SHARED_ID, name: str = "Kneecap towel squash", region: str = "knee",
             category: str = "strengthening") -> Exercise:
    return Exercise.model_validate({
        "id": eid, "name": name, "region": region, "category": category,
        "position": "sitting", "steps": ["Sit with a rolled towel under your knee.",
                                         "Press the knee down into the towel."],
        "dosage": {"reps": 10, "times_a_day": 2}, "custom": True,
    })


@pytest.fixture(autouse=True)
def _no_database_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(db_engine.URL_VARIABLE, raising=False)


@pytest.fixture
def clinic_url(tmp_path: Path) -> str:
    """A clinic database in tmp_path sharing one custom exercise."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    with PatientDatabase.open(url) as db:
        db.save_custom_exercise(exercise(), None, by="Sam")
    return url


def listed(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return {row["id"]: row for row in json.loads(out)}


def test_no_database_lists_the_files_only(capsys: pytest.CaptureFixture[str],
                                          clinic_url: str) -> None:
    rows = listed(capsys, "library", "list")
    assert rows and SHARED_ID not in rows
    assert not any(row["shared"] for row in rows.values())
    # The private database is not made just to list the library.
    assert db_engine.sqlite_file(db_engine.resolve_url(None)) is not None
    assert not (paths.user_data() / db_engine.DEFAULT_FILE).exists()


def test_db_option_adds_the_shared_exercises(capsys: pytest.CaptureFixture[str],
                                             clinic_url: str) -> None:
    without = listed(capsys, "library", "list")
    rows = listed(capsys, "--db", clinic_url, "library", "list")
    assert set(rows) == set(without) | {SHARED_ID}
    assert rows[SHARED_ID]["shared"] is True and rows[SHARED_ID]["custom"] is True
    assert rows[SHARED_ID]["name"] == "Kneecap towel squash"
    assert not any(row["shared"] for eid, row in rows.items() if eid != SHARED_ID)

    # The filters and the search work on shared exercises too.
    knee = listed(capsys, "--db", clinic_url, "library", "list", "--region", "knee",
                  "--category", "strengthening")
    assert SHARED_ID in knee
    assert SHARED_ID not in listed(capsys, "--db", clinic_url, "library", "list", "--region", "hip")
    assert list(listed(capsys, "--db", clinic_url, "library", "list", "--search", "squash")) \
        == [SHARED_ID]

    # The plain listing marks it, and the count says how many came from the database.
    code, out, err = run(capsys, "--db", clinic_url, "library", "list", "--search", "squash")
    assert code == 0
    assert out.splitlines() == [
        f"{SHARED_ID:<40} {'Kneecap towel squash':<40} {'knee':<12} strengthening  [shared]"]
    assert "1 exercise (1 shared through the clinic database)" in err


def test_database_variable_is_used_too(capsys: pytest.CaptureFixture[str], clinic_url: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(db_engine.URL_VARIABLE, clinic_url)
    assert listed(capsys, "library", "list")[SHARED_ID]["shared"] is True


def test_private_database_once_made(capsys: pytest.CaptureFixture[str]) -> None:
    with PatientDatabase.open() as db:  # the app's own database in the data folder
        db.save_custom_exercise(exercise(), None, by="Kim")
    assert listed(capsys, "library", "list")[SHARED_ID]["shared"] is True


def test_shipped_exercise_wins_and_own_copy_is_replaced(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    shipped_id, shipped = next(iter(listed(capsys, "library", "list").items()))
    save_custom_exercise(exercise("custom-mine", "My own copy"))  # this computer's own file
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    with PatientDatabase.open(url) as db:
        db.save_custom_exercise(exercise(shipped_id, "Not the shipped one"), None, by="Sam")
        db.save_custom_exercise(exercise("custom-mine", "The clinic's copy"), None, by="Sam")
    assert listed(capsys, "library", "list")["custom-mine"]["shared"] is False
    rows = listed(capsys, "--db", url, "library", "list")
    assert rows[shipped_id] == shipped  # the shipped exercise, not marked shared
    assert rows["custom-mine"]["name"] == "The clinic's copy" and rows["custom-mine"]["shared"]


def test_database_that_cannot_be_opened(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database " * 200)
    code, out, err = run(capsys, "--db", f"sqlite:///{broken}", "library", "list")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("rehab-planner: error: ")
    assert "file is not a database" in lines[0] and "Traceback" not in err


def test_named_database_that_does_not_exist(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "typo.sqlite3"
    code, out, err = run(capsys, "--db", f"sqlite:///{missing}", "library", "list", "--json")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"rehab-planner: error: no patient database at {missing}: check --db or "
        "$REHAB_PLANNER_DB"]
    assert not missing.exists()  # not created by a listing
    monkeypatch.setenv(db_engine.URL_VARIABLE, "mysql://clinic/db")
    code, _, err = run(capsys, "library", "list")
    assert code == 2 and len(err.splitlines()) == 1 and "unsupported database 'mysql'" in err


def test_validate_reads_files_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """validate checks the files, with or without a database; a broken one does not matter."""
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database " * 200)
    code, _, err = run(capsys, "--db", f"sqlite:///{broken}", "library", "validate")
    assert code == 0 and "valid" in err
