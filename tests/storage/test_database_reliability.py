"""Reliability of the patient database across processes: SIGKILL mid-save, two savers racing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.planfile import save_plan
from tests.storage.test_database import BACKENDS, backend_url, make_plan

ROOT = Path(__file__).resolve().parents[2]

SAVER = textwrap.dedent(
    """
    import sys
    from rehab_planner.storage.database import PatientDatabase
    db = PatientDatabase.open(sys.argv[1])
    plan, revision = db.load_plan(sys.argv[2])
    count = 0
    while True:
        count += 1
        edited = plan.model_copy(update={"main_message": f"save {count}"})
        revision = db.save_plan(edited, by="saver", expected_revision=revision)
        # Printed only after the commit returned: every line is a promise.
        print(revision, count, flush=True)
    """
)

RACER = textwrap.dedent(
    """
    import sys
    from rehab_planner.storage.database import ConflictError, PatientDatabase
    db = PatientDatabase.open(sys.argv[1])
    plan, revision = db.load_plan(sys.argv[2])
    print("ready", revision, flush=True)
    sys.stdin.readline()
    edited = plan.model_copy(update={"main_message": sys.argv[3]})
    try:
        print("saved", db.save_plan(edited, by=sys.argv[3], expected_revision=revision), flush=True)
    except ConflictError:
        print("conflict", flush=True)
    """
)


def _python(script: str, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(params=BACKENDS)
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, once per backend."""
    return backend_url(request.param, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("saves_before_kill", [5, 40])
def test_sigkill_mid_save_loses_nothing_committed(url: str, saves_before_kill: int) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    saver = _python(SAVER, url, plan.id)
    assert saver.stdout is not None
    promised: list[tuple[int, int]] = []
    deadline = time.monotonic() + 60
    while len(promised) < saves_before_kill and time.monotonic() < deadline:
        line = saver.stdout.readline()
        if not line:
            pytest.fail(f"the saver stopped: {saver.stderr.read() if saver.stderr else ''}")
        revision, count = line.split()
        promised.append((int(revision), int(count)))
    os.kill(saver.pid, signal.SIGKILL)
    rest, _ = saver.communicate(timeout=30)
    promised += [(int(r), int(c)) for r, c in (line.split() for line in rest.splitlines())]
    assert saver.returncode == -signal.SIGKILL
    assert len(promised) >= saves_before_kill

    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with PatientDatabase.open(url) as db:
        for revision, count in promised:
            assert db.revision(plan.id, revision).main_message == f"save {count}"
        latest, number = db.load_plan(plan.id)
        # The kill may have come after a commit but before its line was printed: never fewer.
        assert number >= promised[-1][0]
        # The database is usable: a save goes through with no lock left behind.
        assert db.save_plan(latest, by="PT Kim", expected_revision=number) == number + 1


@pytest.mark.slow
def test_two_processes_saving_one_plan_exactly_one_wins(url: str) -> None:
    plan = make_plan()
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    for round_number in range(1, 4):
        racers = [_python(RACER, url, plan.id, f"racer-{i}", stdin=subprocess.PIPE) for i in (1, 2)]
        for racer in racers:
            assert racer.stdout is not None
            assert racer.stdout.readline().split() == ["ready", str(round_number)]
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        outcomes = [racer.communicate(timeout=60)[0].split() for racer in racers]
        saved = [o for o in outcomes if o[0] == "saved"]
        assert len(saved) == 1, outcomes
        assert ["conflict"] in outcomes
        winner = outcomes.index(saved[0]) + 1
        with PatientDatabase.open(url) as db:
            latest, number = db.load_plan(plan.id)
            assert number == round_number + 1 == int(saved[0][1])
            assert latest.main_message == f"racer-{winner}"


def test_plan_file_round_trip_through_the_database(tmp_path: Path) -> None:
    plan = make_plan()
    save_plan(plan, tmp_path / "plan.json")
    with PatientDatabase.open(f"sqlite:///{tmp_path / 'db.sqlite3'}") as db:
        db.save_plan(plan, by="x", expected_revision=None)
        loaded, _ = db.load_plan(plan.id)
    assert loaded.model_copy(update={"updated": plan.updated}) == plan
