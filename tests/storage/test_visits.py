"""Visits and outcome measures in the patient database (SQLite, and PostgreSQL when available)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from pydantic import ValidationError
from sqlalchemy import create_engine, inspect

from rehab_planner.errors import RehabError
from rehab_planner.outcomes.scoring import AnswerError
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import NotInDatabaseError, PatientDatabase
from rehab_planner.storage.db_visits import VisitArchivedError
from rehab_planner.visits import Visit, VisitError, record_measure
from tests.storage.test_database import BACKENDS, backend_url, make_plan

SURGERY = dt.date(2026, 10, 1)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PatientDatabase]:
    database = PatientDatabase.open(backend_url(request.param, tmp_path))
    yield database
    database.close()


def visit(plan_id: str, day: int = 14, **changes: object) -> Visit:
    values: dict[str, object] = {
        "plan_id": plan_id, "date": SURGERY + dt.timedelta(days=day), "therapist": "PT Kim",
        "phase_name": "Protection", "days_per_week": 5, "pain_before": 4, "pain_after": 3,
        "problems": "Skipped the bridges on work days", "criteria_met": ["Full extension"],
        "notes": "Walks without crutches.",
        "measures": [record_measure("lefs", [2] * 20), record_measure("nprs", [4])],
    }
    values.update(changes)
    return Visit.model_validate(values)


def saved_plan(db: PatientDatabase) -> str:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    return plan.id


def test_a_visit_and_its_measures_are_saved_and_read_back(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    first = db.save_visit(visit(plan_id), by="PT Kim")
    second = db.save_visit(visit(plan_id, 28, measures=[record_measure("lefs", [3] * 20)]), by="PT Kim")
    visits = db.visits(plan_id)
    assert [v.id for v in visits] == [first, second]
    assert visits[0].model_dump(exclude={"id", "plan_revision"}) == visit(plan_id).model_dump(
        exclude={"id", "plan_revision"})
    assert visits[0].plan_revision == 1
    assert visits[0].measure("lefs") is not None and visits[0].measure("lefs").score == 40  # type: ignore[union-attr]
    assert visits[1].measure("lefs").score == 60  # type: ignore[union-attr]


def test_a_lefs_answer_of_7_is_refused_before_anything_is_written(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    db.save_visit(visit(plan_id), by="PT Kim")
    with pytest.raises(AnswerError, match=r"LEFS item 3 .*: 7 is not an answer"):
        db.save_visit(visit(plan_id, 20, measures=[record_measure("lefs", [2, 2, 7] + [2] * 17)]),
                      by="PT Kim")
    # A hand-made result with an impossible answer does not even build.
    with pytest.raises(ValidationError, match="7 is not an answer"):
        visit(plan_id, measures=[{"measure_id": "lefs", "answers": [7] * 20, "raw": 140, "score": 140}])
    assert len(db.visits(plan_id)) == 1


def test_a_visit_before_the_surgery_is_one_clear_error_and_nothing_is_lost(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    db.save_visit(visit(plan_id), by="PT Kim")
    with pytest.raises(VisitError) as err:
        db.save_visit(visit(plan_id, -3), by="PT Kim")
    assert str(err.value) == (
        "the visit date 2026-09-28 is before the surgery (2026-10-01); check the date"
    )
    assert [v.date for v in db.visits(plan_id)] == [SURGERY + dt.timedelta(days=14)]
    assert [r.measure_id for r in db.measure_rows(plan_id)] == ["lefs", "nprs"]


def test_a_visit_for_an_archived_plan_is_refused_until_it_is_restored(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    kept = db.save_visit(visit(plan_id), by="PT Kim")
    db.archive_plan(plan_id, by="PT Kim")
    with pytest.raises(VisitArchivedError, match="archived, so the visit was not saved"):
        db.save_visit(visit(plan_id, 30), by="PT Kim")
    with pytest.raises(VisitArchivedError):
        db.add_measures(kept, [record_measure("sane", [70])])
    assert [v.id for v in db.visits(plan_id)] == [kept]
    db.restore_plan(plan_id, by="PT Kim")
    db.save_visit(visit(plan_id, 30), by="PT Kim")
    assert len(db.visits(plan_id)) == 2


def test_a_visit_for_an_unknown_plan_is_refused(db: PatientDatabase) -> None:
    with pytest.raises(NotInDatabaseError):
        db.save_visit(visit("no-such-plan"), by="PT Kim")


def test_measures_added_later_and_twice(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    visit_id = db.save_visit(visit(plan_id, measures=[]), by="PT Kim")
    db.add_measures(visit_id, [record_measure("koos_jr", [1] * 7), record_measure("groc", [4])])
    with pytest.raises(VisitError, match="already entered"):
        db.add_measures(visit_id, [record_measure("sane", [50]), record_measure("groc", [5])])
    taken = db.visits(plan_id)[0].measures
    assert [(m.measure_id, m.score) for m in taken] == [("koos_jr", 68.3), ("groc", 4)]


def test_a_visit_links_the_plan_revision_it_led_to(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    visit_id = db.save_visit(visit(plan_id), by="PT Kim")
    plan, number = db.load_plan(plan_id)
    with pytest.raises(RehabError, match="not newer"):
        db.link_next_revision(visit_id, 1)
    with pytest.raises(NotInDatabaseError):
        db.link_next_revision(visit_id, 2)
    new = db.save_plan(plan.model_copy(update={"main_message": "Walk more."}), by="PT Kim",
                       expected_revision=number)
    db.link_next_revision(visit_id, new)
    assert db.visits(plan_id)[0].next_revision == 2


def test_measure_rows_flatten_every_plan_for_export(db: PatientDatabase) -> None:
    a, b = make_plan(), make_plan("Bo Ng", "MRN-2")
    for plan in (a, b):
        db.save_plan(plan, by="x", expected_revision=None)
        db.save_visit(visit(plan.id), by="x")
    rows = db.measure_rows()
    assert len(rows) == 4
    assert {r.record_number for r in rows} == {"MRN-1", "MRN-2"}
    assert rows[0].days_after_surgery == 14


def test_the_last_progress_report_is_remembered(db: PatientDatabase) -> None:
    plan_id = saved_plan(db)
    assert db.last_report_revision(plan_id) is None
    db.record_report(plan_id, 1, by="PT Kim")
    assert db.last_report_revision(plan_id) == 1


def test_a_schema_0002_database_gains_the_visit_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(db_engine.MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    assert "visits" not in inspect(engine).get_table_names()
    engine.dispose()
    with PatientDatabase.open(url) as database:
        plan_id = saved_plan(database)
        database.save_visit(visit(plan_id), by="x")
        assert len(database.visits(plan_id)) == 1
    assert (tmp_path / f"old.sqlite3.before-{db_engine.SCHEMA_HEAD}.bak").exists()
