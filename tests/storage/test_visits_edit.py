"""Editing and deleting a saved visit, and the PSFS activities kept with the scores (SQLite, and
PostgreSQL when available)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from pydantic import ValidationError
from sqlalchemy import create_engine, inspect

from rehab_planner.outcomes.scoring import AnswerError
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import NotInDatabaseError, PatientDatabase
from rehab_planner.storage.db_visits import VisitArchivedError
from rehab_planner.visits import VisitError, record_measure
from tests.storage.test_visits import SURGERY, db, saved_plan, visit  # noqa: F401 - db is a fixture

PSFS = ["Climbing stairs", "Kneeling in the garden", "Walking the dog"]


def test_an_edited_visit_keeps_its_id_and_replaces_its_measures(db: PatientDatabase) -> None:  # noqa: F811
    plan_id = saved_plan(db)
    visit_id = db.save_visit(visit(plan_id), by="PT Kim")
    saved = db.visits(plan_id)[0]
    changed = saved.model_copy(update={
        "date": SURGERY + dt.timedelta(days=16), "notes": "Walks with one crutch.", "days_per_week": 6,
        "measures": [record_measure("nprs", [2]), record_measure("psfs", [3, 4, 8], PSFS)],
    })
    db.update_visit(changed, by="PT Lee")
    after = db.visits(plan_id)
    assert [v.id for v in after] == [visit_id]
    assert after[0].date == SURGERY + dt.timedelta(days=16) and after[0].notes == "Walks with one crutch."
    assert [(m.measure_id, m.score) for m in after[0].measures] == [("nprs", 2), ("psfs", 5.0)]
    assert after[0].plan_revision == saved.plan_revision
    edits = [e for e in db.audit(plan_id) if e.action == "visit edited"]
    assert [(e.by, e.detail) for e in edits] == [("PT Lee", f"visit {visit_id} of 2026-10-17")]


def test_an_edit_is_checked_like_a_new_visit_and_a_refused_edit_changes_nothing(
    db: PatientDatabase,  # noqa: F811
) -> None:
    plan_id = saved_plan(db)
    db.save_visit(visit(plan_id), by="PT Kim")
    saved = db.visits(plan_id)[0]
    with pytest.raises(VisitError, match="is before the surgery"):
        db.update_visit(saved.model_copy(update={"date": SURGERY - dt.timedelta(days=2)}), by="PT Kim")
    with pytest.raises(AnswerError, match=r"LEFS item 3 .*: 7 is not an answer"):
        db.update_visit(saved.model_copy(update={
            "measures": [record_measure("lefs", [2, 2, 7] + [2] * 17)]}), by="PT Kim")
    with pytest.raises(ValidationError, match="7 is not an answer"):
        saved.model_validate({**saved.model_dump(), "measures": [
            {"measure_id": "lefs", "answers": [7] * 20, "raw": 140, "score": 140}]})
    with pytest.raises(VisitError, match="not saved yet"):
        db.update_visit(saved.model_copy(update={"id": None}), by="PT Kim")
    with pytest.raises(NotInDatabaseError):
        db.update_visit(saved.model_copy(update={"id": 9999}), by="PT Kim")
    assert db.visits(plan_id) == [saved]
    assert not [e for e in db.audit(plan_id) if e.action == "visit edited"]


def test_a_visit_cannot_move_to_another_plan(db: PatientDatabase) -> None:  # noqa: F811
    plan_id = saved_plan(db)
    db.save_visit(visit(plan_id), by="PT Kim")
    from tests.storage.test_database import make_plan

    other = make_plan("Bo Ng", "MRN-2")
    db.save_plan(other, by="PT Kim", expected_revision=None)
    saved = db.visits(plan_id)[0]
    with pytest.raises(VisitError, match="another plan"):
        db.update_visit(saved.model_copy(update={"plan_id": other.id}), by="PT Kim")


def test_a_deleted_visit_and_its_measures_are_gone_and_the_audit_log_says_so(
    db: PatientDatabase,  # noqa: F811
) -> None:
    plan_id = saved_plan(db)
    first = db.save_visit(visit(plan_id), by="PT Kim")
    kept = db.save_visit(visit(plan_id, 30), by="PT Kim")
    assert db.delete_visit(first, by="PT Lee") == plan_id
    assert [v.id for v in db.visits(plan_id)] == [kept]
    assert {r.visit_id for r in db.measure_rows(plan_id)} == {kept}
    deleted = [e for e in db.audit(plan_id) if e.action == "visit deleted"]
    assert [(e.by, e.subject, e.detail) for e in deleted] == [
        ("PT Lee", plan_id, f"visit {first} of 2026-10-15 with 2 measures")]
    assert "Ann" not in deleted[0].detail  # never the patient's name
    with pytest.raises(NotInDatabaseError):
        db.delete_visit(first, by="PT Lee")


def test_an_archived_plans_visits_can_be_neither_edited_nor_deleted(db: PatientDatabase) -> None:  # noqa: F811
    plan_id = saved_plan(db)
    visit_id = db.save_visit(visit(plan_id), by="PT Kim")
    saved = db.visits(plan_id)[0]
    db.archive_plan(plan_id, by="PT Kim")
    with pytest.raises(VisitArchivedError):
        db.update_visit(saved.model_copy(update={"notes": "x"}), by="PT Kim")
    with pytest.raises(VisitArchivedError):
        db.delete_visit(visit_id, by="PT Kim")
    db.restore_plan(plan_id, by="PT Kim")
    assert db.visits(plan_id) == [saved]


def test_psfs_activity_names_are_kept_with_their_scores(db: PatientDatabase) -> None:  # noqa: F811
    plan_id = saved_plan(db)
    db.save_visit(visit(plan_id, measures=[record_measure("psfs", [3, 4, 8], PSFS)]), by="PT Kim")
    psfs = db.visits(plan_id)[0].measure("psfs")
    assert psfs is not None
    assert psfs.activities == [*PSFS, "", ""]
    assert psfs.named() == [("Climbing stairs", 3), ("Kneeling in the garden", 4), ("Walking the dog", 8)]
    assert db.measure_rows(plan_id)[0].activities == [*PSFS, "", ""]


def test_psfs_needs_a_name_for_each_scored_activity_and_a_score_for_each_name() -> None:
    with pytest.raises(AnswerError, match="name each activity"):
        record_measure("psfs", [3, 4, 8])
    with pytest.raises(AnswerError, match="activity 2 has a score but no name"):
        record_measure("psfs", [3, 4], ["Stairs", " "])
    with pytest.raises(AnswerError, match=r"activity 3 \('Kneeling'\) has a name but no score"):
        record_measure("psfs", [3, 4], ["Stairs", "Walking", "Kneeling"])
    with pytest.raises(AnswerError, match="at most 5"):
        record_measure("psfs", [3] * 6, ["a", "b", "c", "d", "e", "f"])
    with pytest.raises(AnswerError, match="LEFS has no activities to name"):
        record_measure("lefs", [2] * 20, ["Stairs"])
    with pytest.raises(AnswerError, match="longer than 80"):
        record_measure("psfs", [3], ["x" * 81])


def test_a_schema_0003_database_keeps_its_measures_and_gains_activity_names(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    with PatientDatabase.open(url) as database:
        plan_id = saved_plan(database)
        database.save_visit(visit(plan_id, measures=[record_measure("lefs", [2] * 20)]), by="x")
    # Step the file back to schema 0003, as the previous version left it (no activities column).
    cfg = Config()
    cfg.set_main_option("script_location", str(db_engine.MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        assert "activities_json" not in {c["name"] for c in inspect(conn).get_columns("measure_results")}
    engine.dispose()
    with PatientDatabase.open(url) as database:
        lefs = database.visits(plan_id)[0].measure("lefs")
        assert lefs is not None and lefs.score == 40 and lefs.activities == []
        database.save_visit(visit(plan_id, 30, measures=[record_measure("psfs", [6], ["Stairs"])]), by="x")
        assert database.visits(plan_id)[1].measures[0].activities[0] == "Stairs"
    assert (tmp_path / "old.sqlite3.before-0004.bak").exists()
