"""The patient database on SQLite and PostgreSQL (REHAB_TEST_PG_URL): save, search, history."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from rehab_planner.errors import NewerVersionError
from rehab_planner.model import (
    Category,
    Dosage,
    Exercise,
    Patient,
    Phase,
    Plan,
    Position,
    Prescription,
    Region,
    Template,
)
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import (
    ConflictError,
    DatabaseOpenError,
    NotInDatabaseError,
    PatientDatabase,
)
from rehab_planner.storage.db_schema import metadata

PG_URL = os.environ.get("REHAB_TEST_PG_URL")


def make_plan(name: str = "Ann Lee", record: str | None = "MRN-1", **changes: object) -> Plan:
    """A small valid plan: one phase with a bridge at 10 reps."""
    plan = Plan(
        patient=Patient(name=name, record_number=record, date_of_birth=dt.date(1960, 5, 1)),
        procedure="ACL reconstruction",
        surgery_date=dt.date(2026, 10, 1),
        therapist="PT Kim",
        phases=[
            Phase(
                name="Protection",
                weeks_from=0,
                weeks_to=6,
                prescriptions=[Prescription(exercise_id="bridge", dosage=Dosage(reps=10))],
            )
        ],
    )
    return plan.model_copy(update=changes)


def reset_postgres(url: str) -> None:
    """Drop every table: each PostgreSQL test starts from an empty database."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def backend_url(kind: str, tmp_path: Path) -> str:
    """A fresh, empty database of the kind: a SQLite file in tmp_path, or the test server."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    if not PG_URL:
        pytest.skip("REHAB_TEST_PG_URL is not set (scripts/start-test-postgres.sh)")
    reset_postgres(PG_URL)
    return PG_URL


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database, once per backend."""
    return backend_url(request.param, tmp_path)


@pytest.fixture
def db(db_url: str) -> Iterator[PatientDatabase]:
    """An open, empty patient database, once per backend."""
    database = PatientDatabase.open(db_url)
    yield database
    database.close()


# -- opening --------------------------------------------------------------------------------------


def test_default_database_is_private_wal_sqlite_in_user_data(_private_user_data: Path) -> None:
    with PatientDatabase.open() as database:
        path = _private_user_data / "patients.sqlite3"
        assert database.description.endswith(str(path))
        database.save_plan(make_plan(), by="PT Kim", expected_revision=None)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_url_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("REHAB_PLANNER_DB", f"sqlite:///{target}")
    with PatientDatabase.open() as database:
        database.save_plan(make_plan(), by="x", expected_revision=None)
    assert target.exists()


def test_migrations_build_exactly_the_declared_schema(db: PatientDatabase, db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        assert context.get_current_revision() == db_engine.schema_head()
    engine.dispose()


def test_reopening_keeps_plans(db_url: str) -> None:
    plan = make_plan()
    with PatientDatabase.open(db_url) as first:
        first.save_plan(plan, by="PT Kim", expected_revision=None)
    with PatientDatabase.open(db_url) as second:
        loaded, number = second.load_plan(plan.id)
    assert number == 1
    assert loaded.patient.name == "Ann Lee"


def test_newer_schema_is_refused(db_url: str) -> None:
    PatientDatabase.open(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerVersionError, match="newer version of Rehab Planner"):
        PatientDatabase.open(db_url)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("not a url", "not a database URL"),
        ("mysql://u@h/db", "unsupported database 'mysql'"),
        ("sqlite://", "needs a file"),
    ],
)
def test_bad_urls_are_explained(url: str, words: str) -> None:
    with pytest.raises(DatabaseOpenError, match=words):
        PatientDatabase.open(url)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(DatabaseOpenError, match="cannot open the patient database"):
        PatientDatabase.open(f"sqlite:///{path}")


def test_server_password_never_shown() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        PatientDatabase.open("postgresql://nurse:s3cret-pw@127.0.0.1:1/clinic?connect_timeout=2")
    assert "s3cret-pw" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)


# -- saving and loading ----------------------------------------------------------------------------


def test_save_and_load_revisions(db: PatientDatabase) -> None:
    plan = make_plan()
    assert db.save_plan(plan, by="PT Kim", expected_revision=None) == 1
    changed = plan.model_copy(update={"main_message": "Walk every day."})
    assert db.save_plan(changed, by="PT Bo", expected_revision=1) == 2
    loaded, number = db.load_plan(plan.id)
    assert number == 2
    assert loaded.main_message == "Walk every day."
    assert db.revision(plan.id, 1).main_message == ""
    assert db.latest_revision(plan.id) == 2
    assert loaded.updated >= plan.updated


def test_stale_save_is_refused_and_nothing_is_overwritten(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    first = plan.model_copy(update={"main_message": "First"})
    db.save_plan(first, by="PT Kim", expected_revision=1)
    with pytest.raises(ConflictError) as caught:
        db.save_plan(plan.model_copy(update={"main_message": "Second"}), by="PT Bo",
                     expected_revision=1)
    assert caught.value.latest == 2
    assert "revision 2 by PT Kim" in str(caught.value)
    assert "Nothing was overwritten" in str(caught.value)
    assert "Ann Lee" not in str(caught.value)
    loaded, number = db.load_plan(plan.id)
    assert (loaded.main_message, number) == ("First", 2)
    assert [r.number for r in db.history(plan.id)] == [1, 2]


def test_new_plan_saved_twice_is_a_conflict(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    with pytest.raises(ConflictError, match="already in the database"):
        db.save_plan(plan, by="PT Bo", expected_revision=None)
    assert db.latest_revision(plan.id) == 1


def test_missing_plans_and_revisions(db: PatientDatabase) -> None:
    with pytest.raises(NotInDatabaseError):
        db.load_plan("no-such-plan")
    with pytest.raises(NotInDatabaseError):
        db.save_plan(make_plan(), by="x", expected_revision=3)
    plan = make_plan()
    db.save_plan(plan, by="x", expected_revision=None)
    with pytest.raises(NotInDatabaseError, match="revision 7"):
        db.revision(plan.id, 7)
    with pytest.raises(NotInDatabaseError):
        db.history("no-such-plan")
    assert db.latest_revision("no-such-plan") is None


def test_patient_names_never_reach_the_logs(
    db: PatientDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    plan = make_plan(name="Zebedee Quartermaine")
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    with pytest.raises(ConflictError):
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    db.search("zebedee")
    db.history(plan.id)
    assert "Quartermaine" not in caplog.text


# -- search ----------------------------------------------------------------------------------------


def test_search_by_name_or_record_number_any_case(db: PatientDatabase) -> None:
    ann = make_plan("Ann Lee", "MRN-1")
    bob = make_plan("Bob Müller", "X_77")
    cara = make_plan("Cara Leeds", None)
    for plan in (ann, bob, cara):
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    assert {s.plan_id for s in db.search("LEE")} == {ann.id, cara.id}
    assert [s.plan_id for s in db.search("mrn-1")] == [ann.id]
    assert [s.plan_id for s in db.search("MÜLLER")] == [bob.id]
    assert [s.plan_id for s in db.search("lee ann")] == [ann.id]
    # Wildcards typed by the user are plain characters.
    assert [s.plan_id for s in db.search("x_7")] == [bob.id]
    assert db.search("%") == []
    assert db.search("nobody") == []


def test_search_lists_recent_first_with_a_limit(db: PatientDatabase) -> None:
    first, second, third = make_plan("A One", "1"), make_plan("B Two", "2"), make_plan("C 3", "3")
    for plan in (first, second, third):
        db.save_plan(plan, by="x", expected_revision=None)
    # A save moves a plan to the top.
    db.save_plan(first, by="x", expected_revision=1)
    found = db.search("")
    assert [s.plan_id for s in found] == [first.id, third.id, second.id]
    assert len(db.recent(2)) == 2
    top = found[0]
    assert (top.patient, top.record_number, top.revision) == ("A One", "1", 2)
    assert top.as_json()["procedure"] == "ACL reconstruction"
    assert db.count_plans() == 3


def test_renaming_the_patient_updates_search(db: PatientDatabase) -> None:
    plan = make_plan("Ann Lee", "MRN-1")
    other_plan = make_plan("Ann Lee", "MRN-1", procedure="Total knee replacement")
    db.save_plan(plan, by="x", expected_revision=None)
    db.save_plan(other_plan, by="x", expected_revision=None)
    renamed = plan.model_copy(update={"patient": Patient(name="Ann Smith", record_number="MRN-1")})
    db.save_plan(renamed, by="x", expected_revision=1)
    assert db.search("lee") == []
    # One patient (same record number): both plans now show and find the new name.
    found = db.search("smith")
    assert {s.plan_id for s in found} == {plan.id, other_plan.id}
    assert {s.patient for s in found} == {"Ann Smith"}


# -- history ---------------------------------------------------------------------------------------


def test_history_tells_what_changed(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    edited = plan.model_copy(deep=True)
    edited.phases[0].prescriptions[0].dosage = Dosage(sets=2, reps=10)
    edited.phases[0].prescriptions.append(Prescription(exercise_id="heel-slide"))
    db.save_plan(edited, by="PT Bo", expected_revision=1)
    history = db.history(plan.id)
    assert [(h.number, h.by) for h in history] == [(1, "PT Kim"), (2, "PT Bo")]
    assert history[0].summary == "First version"
    assert history[1].changes == [
        "Bridge: now 2 sets of 10 reps (was 10 reps)",
        "Added: Heel slide (Weeks 0 to 6)",
    ]
    assert history[1].at.tzinfo is not None
    assert db.changes(plan.id, 1, 2) == history[1].changes
    assert db.changes(plan.id, 2, 1)[-1] == "Removed: Heel slide (Weeks 0 to 6)"


# -- templates, custom exercises, backup -----------------------------------------------------------


def _exercise(name: str = "Towel squeeze") -> Exercise:
    return Exercise(
        id="towel-squeeze",
        name=name,
        region=Region.ANKLE,
        category=Category.STRENGTHENING,
        position=Position.SITTING,
        steps=["Squeeze the towel.", "Let go slowly."],
        dosage=Dosage(reps=10),
        custom=True,
    )


def test_templates_are_saved_and_replaced(db: PatientDatabase) -> None:
    plan = make_plan()
    template = Template(id="clinic-acl", name="Our ACL plan", procedure="ACL", phases=plan.phases,
                        clinic_made=True)
    db.save_template(template, by="PT Kim")
    db.save_template(template.model_copy(update={"name": "Our ACL plan v2"}), by="PT Kim")
    saved = db.templates()
    assert [t.name for t in saved] == ["Our ACL plan v2"]
    assert saved[0].phases[0].prescriptions[0].exercise_id == "bridge"


def test_custom_exercises_keep_their_photo(db: PatientDatabase) -> None:
    photo = bytes(range(256)) * 40
    db.save_custom_exercise(_exercise(), photo, by="PT Kim")
    db.save_custom_exercise(_exercise("Towel squeeze (soft)"), by="PT Kim")
    assert [e.name for e in db.custom_exercises()] == ["Towel squeeze (soft)"]
    assert db.custom_exercise_photo("towel-squeeze") == photo
    assert db.custom_exercise_photo("nothing") is None


def test_backup_holds_every_plan(db: PatientDatabase, tmp_path: Path) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    db.save_custom_exercise(_exercise(), b"\x89PNG", by="PT Kim")
    target = tmp_path / "backup.file"
    db.backup(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    if db.is_sqlite:
        with PatientDatabase.open(f"sqlite:///{target}") as copy:
            assert copy.load_plan(plan.id)[0] == db.load_plan(plan.id)[0]
            assert copy.custom_exercise_photo("towel-squeeze") == b"\x89PNG"
    else:
        dump = json.loads(target.read_text("utf-8"))
        assert dump["schema"] == db_engine.schema_head()
        assert [r["id"] for r in dump["tables"]["plans"]] == [plan.id]
        assert dump["tables"]["custom_exercises"][0]["photo"] == {"base64": "iVBORw=="}


def test_backup_into_a_missing_folder(db: PatientDatabase, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no such folder"):
        db.backup(tmp_path / "nowhere" / "backup.sqlite3")


def test_upgrade_backs_up_sqlite_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    head = db_engine.schema_head()
    path = tmp_path / "patients.sqlite3"
    plan = make_plan()
    with PatientDatabase.open(f"sqlite:///{path}") as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
    # A later version of the app: the shipped migrations plus one more step.
    later = tmp_path / "migrations"
    shutil.copytree(db_engine.MIGRATIONS, later, ignore=shutil.ignore_patterns("__pycache__"))
    (later / "versions" / "9999_note.py").write_text(
        '"""Test step."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        "def upgrade() -> None:\n"
        '    op.create_table("notes", sa.Column("id", sa.Integer, primary_key=True))\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(db_engine, "MIGRATIONS", later)
    monkeypatch.setattr(db_engine, "SCHEMA_HEAD", "9999")
    with PatientDatabase.open(f"sqlite:///{path}") as db:
        assert db.load_plan(plan.id)[1] == 1
    backup = tmp_path / "patients.sqlite3.before-9999.bak"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as old, sqlite3.connect(path) as new:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert old.execute("SELECT id FROM plans").fetchall() == [(plan.id,)]
        assert new.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    # The version before the upgrade now refuses the upgraded database.
    monkeypatch.undo()
    with pytest.raises(NewerVersionError, match="schema 9999"):
        PatientDatabase.open(f"sqlite:///{path}")


def test_search_ignores_accents_and_case(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.model import Patient, Plan
    from rehab_planner.storage.database import PatientDatabase

    db = PatientDatabase.open(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        plan = Plan(patient=Patient(name="José Núñez", record_number="MRN-77"),
                    procedure="Lumbar fusion", surgery_date="2026-11-02")  # type: ignore[arg-type]
        db.save_plan(plan, by="Sam", expected_revision=None)
        for text in ("nunez", "NÚÑEZ", "jose nu", "mrn-77"):
            assert [s.plan_id for s in db.search(text)] == [plan.id], text
        assert db.search("nunex") == []
    finally:
        db.close()
