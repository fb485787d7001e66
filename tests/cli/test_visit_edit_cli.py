"""`db visits edit|delete` and PSFS activities through the command line (SQLite, PostgreSQL)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.storage.database import PatientDatabase
from tests.cli.test_outcomes_cli import _plan_in, url  # noqa: F401 - url is a fixture

LEFS = ",".join(["2"] * 20)


def _add(url: str, capsys: pytest.CaptureFixture[str], *extra: str) -> int:  # noqa: F811
    assert main(["--db", url, "db", "visits", "add", "MRN-1", "--date", "2026-10-08", "--days", "4",
                 "--measure", f"lefs={LEFS}", "--measure", "nprs=6", *extra]) == 0
    return int(capsys.readouterr().out)


def test_a_visit_is_edited_from_the_command_line_and_checked_like_a_new_one(
    url: str, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    plan_id = _plan_in(url)
    visit_id = _add(url, capsys)
    assert main(["--db", url, "db", "visits", "edit", str(visit_id), "--days", "5", "--notes",
                 "Better on stairs", "--measure", "nprs=3", "--remove-measure", "lefs",
                 "--by", "PT Lee"]) == 0
    assert f"Saved the changes to visit {visit_id} (2026-10-08)" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        visit = db.visits(plan_id)[0]
        assert (visit.days_per_week, visit.notes) == (5, "Better on stairs")
        assert [(m.measure_id, m.score) for m in visit.measures] == [("nprs", 3)]
        assert [e.by for e in db.audit(plan_id) if e.action == "visit edited"] == ["PT Lee"]

    # The same checks as `visits add`: nothing changes after a refusal.
    bad = ",".join(["2", "2", "7"] + ["2"] * 17)
    assert main(["--db", url, "db", "visits", "edit", str(visit_id), "--measure", f"lefs={bad}"]) == 2
    assert "LEFS item 3" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "edit", str(visit_id), "--date", "2026-09-01"]) == 2
    assert "is before the surgery" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "edit", str(visit_id)]) == 2
    assert "nothing to change" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "edit", "999", "--days", "3"]) == 2
    assert "visit 999 is not in the database" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert db.visits(plan_id)[0].days_per_week == 5


def test_deleting_a_visit_asks_first_and_is_recorded(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    plan_id = _plan_in(url)
    visit_id = _add(url, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: --yes is needed
    assert main(["--db", url, "db", "visits", "delete", str(visit_id)]) == 2
    assert "cannot be undone; add --yes" in capsys.readouterr().err

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["--db", url, "db", "visits", "delete", str(visit_id)]) == 1
    captured = capsys.readouterr()
    assert f"Delete visit {visit_id} of 2026-10-08 with 2 measures?" in captured.out
    assert "Nothing was deleted" in captured.err
    with PatientDatabase.open(url) as db:
        assert len(db.visits(plan_id)) == 1

    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["--db", url, "db", "visits", "delete", str(visit_id), "--by", "PT Lee"]) == 0
    assert f"Deleted visit {visit_id} of 2026-10-08 with 2 measures" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert db.visits(plan_id) == []
        deleted = [e for e in db.audit(plan_id) if e.action == "visit deleted"]
        assert [(e.by, e.detail) for e in deleted] == [
            ("PT Lee", f"visit {visit_id} of 2026-10-08 with 2 measures")]
    assert main(["--db", url, "db", "visits", "delete", str(visit_id), "--yes"]) == 2


def test_psfs_activities_are_listed_and_exported_without_formulas(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    _plan_in(url)
    _add(url, capsys, "--measure", "psfs=3,6", "--activity", "=HYPERLINK(\"x\")",
         "--activity", "Climbing stairs")
    assert main(["--db", url, "db", "measures", "add", "MRN-1", "psfs", "4", "--activity", "Kneeling"]) == 2
    assert "psfs is already entered for visit" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "add", "MRN-1", "--date", "2026-10-20", "--measure",
                 "psfs=5", "--measure", "nprs=4"]) == 2
    assert "name each activity" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "add", "MRN-1", "--date", "2026-10-20", "--measure",
                 "nprs=4", "--activity", "Kneeling"]) == 2
    assert "give that measure too" in capsys.readouterr().err

    assert main(["--db", url, "db", "visits", "list", "MRN-1"]) == 0
    assert '(=HYPERLINK("x") 3; Climbing stairs 6)' in capsys.readouterr().out
    target = tmp_path / "measures.csv"
    assert main(["--db", url, "db", "measures", "export", "-o", str(target)]) == 0
    rows = {r["measure"]: r for r in csv.DictReader(target.open(encoding="utf-8"))}
    # A spreadsheet never runs the patient's words as a formula.
    assert rows["psfs"]["activities"] == '\'=HYPERLINK("x"): 3 | Climbing stairs: 6'
    assert rows["lefs"]["activities"] == ""
    assert "Ann" not in target.read_text(encoding="utf-8")
