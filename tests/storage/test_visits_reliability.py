"""SIGKILL while saving visits: every visit whose save returned is intact, with all its measures."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from rehab_planner.storage.database import PatientDatabase
from tests.storage.test_database import BACKENDS, backend_url, make_plan
from tests.storage.test_database_reliability import _python

VISITOR = """
import datetime as dt, sys
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.visits import Visit, record_measure
db = PatientDatabase.open(sys.argv[1])
for n in range(1, 51):
    visit = Visit(
        plan_id=sys.argv[2], date=dt.date(2026, 10, 1) + dt.timedelta(days=n), therapist="PT Kim",
        days_per_week=n % 8, pain_before=n % 11, notes=f"visit {n}",
        measures=[record_measure("lefs", [n % 5] * 20), record_measure("nprs", [n % 11]),
                  record_measure("koos_jr", [n % 5] * 7)],
    )
    visit_id = db.save_visit(visit, by="saver")
    # Printed only after the commit returned: every line is a promise.
    print(visit_id, n, flush=True)
"""


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request.param, tmp_path)


@pytest.mark.slow
def test_sigkill_while_saving_50_visits_keeps_every_committed_visit(url: str) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    saver = _python(VISITOR, url, plan.id)
    assert saver.stdout is not None
    promised: dict[int, int] = {}
    deadline = time.monotonic() + 60
    while len(promised) < 20 and time.monotonic() < deadline:
        line = saver.stdout.readline()
        if not line:
            pytest.fail(f"the saver stopped: {saver.stderr.read() if saver.stderr else ''}")
        visit_id, n = line.split()
        promised[int(visit_id)] = int(n)
    os.kill(saver.pid, signal.SIGKILL)  # in the middle of the 50 saves
    rest, _ = saver.communicate(timeout=30)
    promised.update({int(v): int(n) for v, n in (line.split() for line in rest.splitlines())})
    assert saver.returncode == -signal.SIGKILL
    assert 20 <= len(promised) < 50

    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with PatientDatabase.open(url) as db:
        found = {v.id: v for v in db.visits(plan.id)}
        for visit_id, n in promised.items():
            got = found[visit_id]
            assert got.notes == f"visit {n}" and got.pain_before == n % 11
            assert [(m.measure_id, m.answers) for m in got.measures] == [
                ("lefs", [n % 5] * 20), ("nprs", [n % 11]), ("koos_jr", [n % 5] * 7)]
        # A kill after a commit but before its line: never fewer; never a visit without its measures.
        assert len(found) >= len(promised)
        assert all(len(v.measures) == 3 for v in found.values())
