"""Tidying the patient database on SQLite and PostgreSQL: archive and restore plans, rename and
delete clinic templates, and the audit log of who did it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehab_planner.errors import RehabError
from rehab_planner.model import Patient, Phase, Template
from rehab_planner.storage.database import (
    NotInDatabaseError,
    PatientDatabase,
    PlanArchivedError,
)
from rehab_planner.templates import instantiate
from tests.storage.test_database import BACKENDS, backend_url, make_plan


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PatientDatabase]:
    """An open, empty patient database, once per backend."""
    database = PatientDatabase.open(backend_url(request.param, tmp_path))
    yield database
    database.close()


def ids(summaries: list) -> list[str]:  # type: ignore[type-arg]
    return [s.plan_id for s in summaries]


def clinic_template(name: str = "Knee fast", template_id: str = "clinic-knee-fast") -> Template:
    return Template(id=template_id, name=name, procedure="Knee replacement",
                    phases=make_plan().phases, clinic_made=True)


# -- archive and restore ---------------------------------------------------------------------------


def test_archived_plan_is_hidden_from_search_and_recent_but_found_on_request(db: PatientDatabase) -> None:
    ann, bo = make_plan("Ann Lee", "MRN-1"), make_plan("Bo Chan", "MRN-2")
    db.save_plan(ann, by="PT Kim", expected_revision=None)
    db.save_plan(bo, by="PT Kim", expected_revision=None)
    assert set(ids(db.search())) == {ann.id, bo.id}

    before = dt.datetime.now(dt.UTC)
    db.archive_plan(ann.id, by="PT Sam")
    assert ids(db.search()) == [bo.id]
    assert ids(db.recent()) == [bo.id]
    assert db.search("ann") == [] and db.search("mrn-1") == []
    assert set(ids(db.search(include_archived=True))) == {ann.id, bo.id}
    assert set(ids(db.recent(include_archived=True))) == {ann.id, bo.id}
    [found] = db.search("ann", include_archived=True)
    assert found.archived and found.archived_by == "PT Sam"
    assert found.archived_at is not None and found.archived_at >= before - dt.timedelta(seconds=1)
    assert found.as_json()["archived_by"] == "PT Sam"
    assert ids(db.search(only_archived=True)) == [ann.id]
    [active] = db.search("bo")
    assert not active.archived and active.as_json()["archived_at"] is None
    assert db.count_plans() == 2  # archived, not deleted


def test_archived_plan_keeps_its_history_and_can_be_read(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    edited = plan.model_copy(update={"main_message": "Walk every day."})
    assert db.save_plan(edited, by="PT Kim", expected_revision=1) == 2
    db.archive_plan(plan.id, by="PT Sam")
    loaded, number = db.load_plan(plan.id)
    assert number == 2 and loaded.main_message == "Walk every day."
    assert db.revision(plan.id, 1).main_message == ""
    assert [r.number for r in db.history(plan.id)] == [1, 2]


def test_saving_an_archived_plan_is_refused_until_it_is_restored(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    db.archive_plan(plan.id, by="PT Sam")
    edited = plan.model_copy(update={"main_message": "Changed while archived."})
    with pytest.raises(PlanArchivedError, match=r"^This plan is archived\. Restore it first\.$"):
        db.save_plan(edited, by="PT Kim", expected_revision=1)
    with pytest.raises(PlanArchivedError):  # as a 'new' plan (e.g. importing its file again)
        db.save_plan(edited, by="PT Kim", expected_revision=None)
    assert db.latest_revision(plan.id) == 1  # nothing was written
    assert db.load_plan(plan.id)[0].main_message == ""

    db.restore_plan(plan.id, by="PT Lee")
    assert ids(db.search()) == [plan.id]
    [summary] = db.search()
    assert not summary.archived and summary.archived_by == ""
    assert db.save_plan(edited, by="PT Kim", expected_revision=1) == 2
    assert db.load_plan(plan.id)[0].main_message == "Changed while archived."


def test_archive_and_restore_are_recorded(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    db.archive_plan(plan.id, by="PT Sam")
    db.restore_plan(plan.id, by="PT Lee")
    db.archive_plan(plan.id, by="PT Bo")
    log = db.audit(plan.id)
    assert [(e.action, e.by) for e in log] == [
        ("archived", "PT Sam"), ("restored", "PT Lee"), ("archived", "PT Bo")]
    assert all(e.at.tzinfo is not None for e in log)
    assert log[0].at <= log[1].at <= log[2].at
    assert "Ann Lee" not in repr(db.audit())  # the log names plans by id only


def test_archive_errors_are_clear(db: PatientDatabase) -> None:
    plan = make_plan()
    db.save_plan(plan, by="PT Kim", expected_revision=None)
    with pytest.raises(NotInDatabaseError, match="not in the database"):
        db.archive_plan("no-such-plan", by="PT Kim")
    with pytest.raises(NotInDatabaseError, match="not in the database"):
        db.restore_plan("no-such-plan", by="PT Kim")
    with pytest.raises(RehabError, match="is not archived"):
        db.restore_plan(plan.id, by="PT Kim")
    db.archive_plan(plan.id, by="PT Sam")
    with pytest.raises(RehabError, match=r"already archived .* by PT Sam"):
        db.archive_plan(plan.id, by="PT Kim")
    assert [e.action for e in db.audit(plan.id)] == ["archived"]


# -- clinic templates --------------------------------------------------------------------------------


def test_rename_a_clinic_template_keeps_its_id_and_content(db: PatientDatabase) -> None:
    original = clinic_template()
    db.save_template(original, by="PT Kim")
    renamed = db.rename_template("clinic-knee-fast", "  Knee,   slow and  steady ", by="PT Sam")
    assert renamed.name == "Knee, slow and steady" and renamed.id == "clinic-knee-fast"
    [stored] = db.templates()
    assert stored.id == "clinic-knee-fast" and stored.name == "Knee, slow and steady"
    assert stored.model_copy(update={"name": "Knee fast"}) == original
    # Only a change of case: allowed (it is the template's own name).
    assert db.rename_template("clinic-knee-fast", "knee, SLOW and steady", by="PT Sam").name == (
        "knee, SLOW and steady")
    assert [(e.action, e.by, e.detail) for e in db.audit("clinic-knee-fast")] == [
        ("template renamed", "PT Sam", "'Knee fast' -> 'Knee, slow and steady'"),
        ("template renamed", "PT Sam", "'Knee, slow and steady' -> 'knee, SLOW and steady'"),
    ]


def test_a_name_another_template_has_is_refused(db: PatientDatabase) -> None:
    db.save_template(clinic_template(), by="PT Kim")
    db.save_template(clinic_template("Hip standard", "clinic-hip-standard"), by="PT Kim")
    for taken in ("Knee fast", "KNEE  FAST", "knée fast"):
        with pytest.raises(RehabError, match="already has a template called 'Knee fast'"):
            db.rename_template("clinic-hip-standard", taken, by="PT Sam")
    # Saving a template with another's name (under another id) is refused too.
    with pytest.raises(RehabError, match="already has a template called 'Hip standard'"):
        db.save_template(clinic_template("hip standard", "clinic-other"), by="PT Kim")
    assert sorted(t.name for t in db.templates()) == ["Hip standard", "Knee fast"]
    for short in ("", " x ", "x" * 81):
        with pytest.raises(RehabError, match="2 to 80 characters"):
            db.rename_template("clinic-hip-standard", short, by="PT Sam")
    assert db.audit() == []


def test_shipped_and_missing_templates_cannot_be_changed(db: PatientDatabase) -> None:
    for call in (lambda: db.rename_template("lumbar-fusion", "My lumbar plan", by="PT Kim"),
                 lambda: db.delete_template("lumbar-fusion", by="PT Kim")):
        with pytest.raises(RehabError, match="comes with Rehab Planner and cannot be"):
            call()
    with pytest.raises(NotInDatabaseError, match="no clinic template 'clinic-none'"):
        db.rename_template("clinic-none", "Something", by="PT Kim")
    with pytest.raises(NotInDatabaseError, match="no clinic template 'clinic-none'"):
        db.delete_template("clinic-none", by="PT Kim")


def test_delete_a_template_plans_made_from_it_keep_working(db: PatientDatabase) -> None:
    db.save_template(clinic_template(), by="PT Kim")
    db.save_template(clinic_template("Hip standard", "clinic-hip-standard"), by="PT Kim")
    [template] = [t for t in db.templates() if t.id == "clinic-knee-fast"]
    plan = instantiate(template, Patient(name="Cy Park"), dt.date(2026, 6, 1), "PT Kim")
    db.save_plan(plan, by="PT Kim", expected_revision=None)

    deleted = db.delete_template("clinic-knee-fast", by="PT Sam")
    assert deleted.name == "Knee fast"
    assert [t.id for t in db.templates()] == ["clinic-hip-standard"]
    loaded, number = db.load_plan(plan.id)
    assert loaded.template_id == "clinic-knee-fast"
    assert loaded.exercise_ids() == plan.exercise_ids() == ["bridge"]
    edited = loaded.model_copy(update={"main_message": "Still fine."})
    assert db.save_plan(edited, by="PT Kim", expected_revision=number) == 2
    assert [(e.action, e.by, e.detail) for e in db.audit("clinic-knee-fast")] == [
        ("template deleted", "PT Sam", "'Knee fast'")]
    # The name is free again.
    db.save_template(clinic_template("Knee fast", "clinic-knee-fast"), by="PT Kim")


def test_a_new_template_after_a_rename_gets_its_own_id(db: PatientDatabase) -> None:
    db.save_template(clinic_template(), by="PT Kim")
    assert db.template_id_for("knee  FAST") == "clinic-knee-fast"  # that one is replaced
    db.rename_template("clinic-knee-fast", "Knee slow", by="PT Kim")
    # 'Knee fast' is a free name again, but its id belongs to the renamed template.
    assert db.template_named("Knee fast") is None
    assert db.template_id_for("Knee fast") == "clinic-knee-fast-2"
    assert db.template_id_for("knee slow") == "clinic-knee-fast"
    assert db.template_named("KNEE SLOW").id == "clinic-knee-fast"  # type: ignore[union-attr]
    db.save_template(clinic_template("Knee fast", "clinic-knee-fast-2"), by="PT Kim")
    assert db.template_id_for("Knee quick") == "clinic-knee-quick"
    assert sorted(t.name for t in db.templates()) == ["Knee fast", "Knee slow"]
    with pytest.raises(RehabError, match="at least one letter"):
        db.template_id_for("?!")


def test_a_clinic_template_cannot_take_a_shipped_templates_name(db: PatientDatabase) -> None:
    template = Template(
        id="clinic-our-knee", name="Our knee", procedure="Knee",
        phases=[Phase(name="Early", weeks_from=0, weeks_to=6)],
    )
    db.save_template(template, by="Sam")
    # Case and spacing do not make it another name.
    with pytest.raises(RehabError, match="comes with a template called 'Lumbar fusion'"):
        db.rename_template("clinic-our-knee", "lumbar  FUSION", by="Sam")
    with pytest.raises(RehabError, match="Total knee replacement"):
        db.save_template(template.model_copy(update={"name": "Total knee replacement"}), by="Sam")
    assert [t.name for t in db.templates()] == ["Our knee"]
