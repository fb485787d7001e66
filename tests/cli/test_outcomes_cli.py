"""`db visits add|list|link` and `db measures add|list|export` through the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.storage.database import PatientDatabase
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request.param, tmp_path)


def _plan_in(url: str, name: str = "Ann Lee", record: str = "MRN-1") -> str:
    plan = make_plan(name, record)
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    return plan.id


def test_visits_and_measures_from_the_command_line(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = _plan_in(url)
    lefs1, lefs2 = ",".join(["2"] * 20), ",".join(["2"] * 11 + ["3"] * 9)
    assert main(["--db", url, "db", "visits", "add", "MRN-1", "--date", "2026-10-08", "--days", "4",
                 "--pain-before", "6", "--pain-after", "4", "--criterion", "Full extension",
                 "--measure", f"lefs={lefs1}", "--measure", "nprs=6", "--by", "PT Kim"]) == 0
    first_id = int(capsys.readouterr().out)
    assert main(["--db", url, "db", "visits", "add", "ann lee", "--date", "2026-10-29",
                 "--days", "6", "--problems", "Knee sore after stairs", "--measure", f"lefs={lefs2}"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "db", "measures", "add", plan_id, "nprs", "3"]) == 0
    assert "NPRS 3 added to visit" in capsys.readouterr().err

    assert main(["--db", url, "db", "visits", "list", "MRN-1"]) == 0
    out = capsys.readouterr().out
    assert f"{first_id}  2026-10-08  Protection  4 days/week  pain 6->4  LEFS 40, NPRS 6" in out
    assert "Knee sore after stairs" in out and "Full extension" in out

    assert main(["--db", url, "db", "measures", "list", "MRN-1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "2026-10-29  LEFS 49 (+9 since 2026-10-08; passes the MCID of 9)" in lines
    assert "2026-10-29  NPRS 3 (-3 since 2026-10-08; passes the MCID of 2)" in lines

    assert main(["--db", url, "db", "measures", "list", "MRN-1", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {(m["measure"], m["score"], m["passes_mcid"]) for m in found} >= {("lefs", 49, True)}

    target = tmp_path / "measures.csv"
    assert main(["--db", url, "db", "measures", "export", "-o", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["measure"], r["score"], r["change_since_first"], r["verdict"]) for r in rows] == [
        ("lefs", "40", "0", "baseline"), ("nprs", "6", "0", "baseline"),
        ("lefs", "49", "9", "improved"), ("nprs", "3", "-3", "improved")]
    assert rows[0]["record_number"] == "MRN-1" and "Ann" not in target.read_text(encoding="utf-8")
    assert main(["--db", url, "db", "measures", "export", "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_bad_input_is_one_clear_line_and_nothing_is_saved(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = _plan_in(url)
    bad_lefs = ",".join(["7"] + ["2"] * 19)
    assert main(["--db", url, "db", "visits", "add", plan_id, "--date", "2026-10-08",
                 "--measure", f"lefs={bad_lefs}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["rehab-planner: error: LEFS item 1 (Usual work, housework or school): 7 is not "
                   "an answer; answers go from 0 to 4"]
    assert main(["--db", url, "db", "visits", "add", plan_id, "--date", "2026-09-01"]) == 2
    assert "is before the surgery (2026-10-01)" in capsys.readouterr().err
    assert main(["--db", url, "db", "archive", plan_id, "--by", "x"]) == 0
    assert main(["--db", url, "db", "visits", "add", plan_id, "--date", "2026-10-08"]) == 2
    assert "archived, so the visit was not saved" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "add", plan_id, "--date", "2026-10-08", "--days", "9"]) == 2
    assert "days_per_week" in capsys.readouterr().err
    with PatientDatabase.open(url) as db:
        assert db.visits(plan_id) == []


def test_a_patient_matching_two_plans_is_asked_for_a_plan_id(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _plan_in(url, "Ann Lee", "MRN-1")
    _plan_in(url, "Ann Leeds", "MRN-2")
    assert main(["--db", url, "db", "visits", "list", "ann"]) == 2
    assert "matches 2 plans; give a plan id" in capsys.readouterr().err
    assert main(["--db", url, "db", "visits", "list", "nobody"]) == 2
    assert "no plan or patient matches 'nobody'" in capsys.readouterr().err
