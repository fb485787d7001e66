"""Schema 0002 (archived plans, audit log): a real database made with schema 0001 (a SQLite file,
and PostgreSQL when REHAB_TEST_PG_URL is set) is upgraded and keeps every plan; a SQLite file is
backed up first; a newer file is still refused."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from rehab_planner.errors import NewerVersionError
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import PatientDatabase, PlanArchivedError
from tests.storage.test_database import BACKENDS, backend_url, make_plan

OLD_ROWS = [
    "INSERT INTO patients (name, record_number, date_of_birth, search_key) "
    "VALUES ('Ann Lee', 'MRN-1', '1960-05-01', 'ann lee mrn 1')",
    "INSERT INTO plans (id, patient_id, procedure, surgery_date, therapist, latest_revision, created, "
    "updated, updated_by, search_key) SELECT :plan_id, id, 'ACL reconstruction', '2026-10-01', "
    "'PT Kim', 2, '2026-10-02 09:00:00', '2026-10-09 09:00:00', 'PT Kim', 'ann lee mrn 1' "
    "FROM patients WHERE record_number = 'MRN-1'",
    "INSERT INTO revisions (plan_id, number, saved_by, saved_at, plan_json) "
    "VALUES (:plan_id, 1, 'PT Kim', '2026-10-02 09:00:00', :first)",
    "INSERT INTO revisions (plan_id, number, saved_by, saved_at, plan_json) "
    "VALUES (:plan_id, 2, 'PT Kim', '2026-10-09 09:00:00', :second)",
    "INSERT INTO templates (id, name, procedure, template_json, saved_by, saved_at) "
    "VALUES ('clinic-acl', 'Our ACL', 'ACL', :template, 'PT Kim', '2026-10-02 09:00:00')",
]
OLD_TEMPLATE = ('{"id": "clinic-acl", "name": "Our ACL", "procedure": "ACL", "clinic_made": true, '
                '"phases": [{"name": "Protect", "weeks_from": 0, "weeks_to": 6}]}')


def make_old_database(url: str) -> str:
    """A database at schema 0001 with one plan (two revisions) and one clinic template, written
    the way the previous version of Rehab Planner wrote them. Returns the plan's id."""
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(db_engine.MIGRATIONS))
    plan = make_plan("Ann Lee", "MRN-1")
    second = plan.model_copy(update={"main_message": "Walk every day."})
    values = {"plan_id": plan.id, "first": plan.model_dump_json(),
              "second": second.model_dump_json(), "template": OLD_TEMPLATE}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        for statement in OLD_ROWS:
            conn.execute(text(statement), values)
    engine.dispose()
    return plan.id


@pytest.fixture(params=BACKENDS)
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind, to be filled at schema 0001."""
    return backend_url(request.param, tmp_path)


def plan_columns(url: str) -> set[str]:
    engine = create_engine(url)
    columns = {c["name"] for c in inspect(engine).get_columns("plans")}
    engine.dispose()
    return columns


def test_a_schema_0001_database_is_upgraded_and_keeps_every_plan(old_url: str, tmp_path: Path) -> None:
    plan_id = make_old_database(old_url)
    assert "archived_at" not in plan_columns(old_url)  # really the old schema

    with PatientDatabase.open(old_url) as db:
        # Every plan is still there, not archived, found by search; its history is intact.
        [summary] = db.search("ann")
        assert summary.plan_id == plan_id and summary.revision == 2 and not summary.archived
        assert db.load_plan(plan_id)[0].main_message == "Walk every day."
        assert [r.number for r in db.history(plan_id)] == [1, 2]
        assert [t.name for t in db.templates()] == ["Our ACL"]
        # The new features work on the upgraded database.
        db.archive_plan(plan_id, by="PT Sam")
        assert db.search("ann") == []
        with pytest.raises(PlanArchivedError):
            db.save_plan(db.load_plan(plan_id)[0], by="PT Kim", expected_revision=2)
        db.restore_plan(plan_id, by="PT Sam")
        assert db.save_plan(db.load_plan(plan_id)[0], by="PT Kim", expected_revision=2) == 3
        db.rename_template("clinic-acl", "Our ACL, slow", by="PT Sam")
        assert [e.action for e in db.audit()] == ["archived", "restored", "template renamed"]
        bo = make_plan("Bo Chan", "MRN-2")
        db.save_plan(bo, by="PT Kim", expected_revision=None)
        assert [s.plan_id for s in db.search()] == [bo.id, plan_id]
    assert {"archived_at", "archived_by"} <= plan_columns(old_url)


def test_a_schema_0001_sqlite_file_is_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "patients.sqlite3"
    plan_id = make_old_database(f"sqlite:///{path}")
    with PatientDatabase.open(f"sqlite:///{path}") as db:
        assert [s.plan_id for s in db.search()] == [plan_id]
    head = db_engine.schema_head()
    assert head >= "0002"  # later schemas (0003: visits) keep this upgrade path
    backup = tmp_path / f"patients.sqlite3.before-{head}.bak"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as old, sqlite3.connect(path) as new:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert old.execute("SELECT id, latest_revision FROM plans").fetchall() == [(plan_id, 2)]
        assert new.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert new.execute("SELECT archived_at, archived_by FROM plans").fetchall() == [(None, None)]


def test_opening_an_upgraded_file_again_makes_no_new_backup(tmp_path: Path) -> None:
    path = tmp_path / "patients.sqlite3"
    make_old_database(f"sqlite:///{path}")
    PatientDatabase.open(f"sqlite:///{path}").close()
    backup = tmp_path / f"patients.sqlite3.before-{db_engine.schema_head()}.bak"
    backup.unlink()
    PatientDatabase.open(f"sqlite:///{path}").close()
    assert not backup.exists()


def test_a_file_newer_than_this_version_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "patients.sqlite3"
    make_old_database(f"sqlite:///{path}")
    PatientDatabase.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(NewerVersionError, match=r"newer version of Rehab Planner .*schema 0999"):
        PatientDatabase.open(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:  # left as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0999",)]
