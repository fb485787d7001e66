"""Recovery files keep a database plan's link (database, plan id, starting revision); old files still load."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.model import Patient, Plan
from rehab_planner.storage import recovery
from rehab_planner.storage.recovery import DatabaseLinkRecord


def plan() -> Plan:
    return Plan(patient=Patient(name="Ann"), procedure="Knee", surgery_date=dt.date(2026, 1, 5))


def test_new_format_round_trip_keeps_the_link() -> None:
    link = DatabaseLinkRecord("sqlite:////clinic/patients.sqlite3", "plan-1", 4)
    path = recovery.write_recovery(plan(), Path("/tmp/ann.json"), database=link)
    assert path.stat().st_mode & 0o777 == 0o600
    record = json.loads(path.read_text())
    assert record["schema_version"] == 2
    assert record["database"] == {"database": "sqlite:////clinic/patients.sqlite3",
                                  "plan_id": "plan-1", "revision": 4}
    found = recovery.read_recovery(path)
    assert found.database == link and found.source == Path("/tmp/ann.json")
    assert found.plan.patient.name == "Ann" and found.pid == os.getpid()
    # Written atomically: no temporary file is left in the folder.
    assert [p.name for p in recovery.recovery_dir().iterdir()] == [path.name]


def test_no_link_for_a_plan_file() -> None:
    path = recovery.write_recovery(plan(), None)
    assert json.loads(path.read_text())["database"] is None
    assert recovery.read_recovery(path).database is None


def test_password_never_reaches_the_file() -> None:
    link = DatabaseLinkRecord("postgresql+psycopg://kim:s3cret@db.clinic/rehab", "plan-1", 1)
    path = recovery.write_recovery(plan(), None, database=link)
    assert "s3cret" not in path.read_text()
    kept = recovery.read_recovery(path).database
    assert kept is not None and kept.database == "postgresql+psycopg://kim:***@db.clinic/rehab"
    assert recovery.without_password("not a url") == "not a url"


def test_old_format_without_the_link_still_loads() -> None:
    """A schema 1 file, as written before the link was kept."""
    old = {
        "schema_version": 1,
        "pid": 2**22 + 7,
        "source": "/tmp/ann.json",
        "saved_at": "2026-01-06T10:00:00+00:00",
        "plan": json.loads(plan().model_dump_json()),
    }
    path = recovery.session_file("old")
    path.write_text(json.dumps(old))
    found = recovery.orphaned_recoveries()
    assert [r.path for r in found] == [path]
    assert found[0].database is None and found[0].source == Path("/tmp/ann.json")
    assert found[0].plan.procedure == "Knee"


def test_damaged_link_still_restores_the_plan() -> None:
    path = recovery.write_recovery(plan(), None, recovery.session_file("damaged"),
                                   database=DatabaseLinkRecord("sqlite:////x.sqlite3", "p", 2))
    record = json.loads(path.read_text())
    for damaged in ({"database": "sqlite:////x.sqlite3", "plan_id": "p", "revision": "two"},
                    {"plan_id": "p", "revision": 2}, ["not", "an", "object"],
                    {"database": "sqlite:////x.sqlite3", "plan_id": "p", "revision": 0}):
        record["database"] = damaged
        path.write_text(json.dumps(record))
        found = recovery.read_recovery(path)
        assert found.database is None and found.plan.procedure == "Knee"


@given(plan_id=st.text(min_size=1, max_size=40), revision=st.integers(min_value=1, max_value=10**9),
       folder=st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=20))
def test_any_link_round_trips(plan_id: str, revision: int, folder: str) -> None:
    link = DatabaseLinkRecord(f"sqlite:////data/{folder}/patients.sqlite3", plan_id, revision)
    path = recovery.write_recovery(plan(), None, recovery.session_file("any"), database=link)
    assert recovery.read_recovery(path).database == link
