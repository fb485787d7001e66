"""Tests of recovery files: written, found after a crash, discarded after a clean exit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from rehab_planner.model import Patient, Plan
from rehab_planner.storage import recovery


def plan() -> Plan:
    return Plan(patient=Patient(name="Ann"), procedure="Knee", surgery_date=dt.date(2026, 1, 5))


def test_live_session_is_not_offered_and_discard_removes() -> None:
    path = recovery.write_recovery(plan(), Path("/tmp/ann.json"))
    assert path.exists() and path.stat().st_mode & 0o777 == 0o600
    assert recovery.orphaned_recoveries() == []
    found = recovery.orphaned_recoveries(include_live=True)
    assert found[0].plan.patient.name == "Ann" and found[0].source == Path("/tmp/ann.json")
    recovery.discard()
    assert not path.exists()


def test_file_of_a_dead_process_is_offered() -> None:
    path = recovery.write_recovery(plan(), None, recovery.session_file("crashed"))
    record = json.loads(path.read_text())
    record["pid"] = 2**22 + 12345  # beyond pid_max on Linux: never running
    path.write_text(json.dumps(record))
    (recovery.recovery_dir() / f"broken{recovery.SUFFIX}").write_text("{")
    found = recovery.orphaned_recoveries()
    assert [r.path for r in found] == [path]
    assert found[0].source is None and found[0].plan.procedure == "Knee"
