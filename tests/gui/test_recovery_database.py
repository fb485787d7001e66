"""A plan from the patient database, autosaved, restored after a crash: Save adds a revision again.

Each test uses a real SQLite patient database in tmp_path, named in the settings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.patients.conflict import ConflictChoice
from rehab_planner.model import Patient, Plan
from rehab_planner.storage import recovery
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.preferences import Preferences
from rehab_planner.templates.loader import instantiate

from .conftest import SURGERY

WAIT_MS = 10000
DEAD_PID = 2**22 + 4242  # beyond pid_max on Linux: never a running process


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


@pytest.fixture
def services(services, db_url: str):  # type: ignore[no-untyped-def]
    """The GUI test services, with the settings naming the SQLite database in tmp_path."""
    services.preferences = Preferences(therapist="Kim Lee", database_url=db_url)
    return services


@pytest.fixture
def clinic(db_url: str):  # type: ignore[no-untyped-def]
    """The same database as another computer in the clinic sees it."""
    database = PatientDatabase.open(db_url)
    yield database
    database.close()


def seed_plan(clinic: PatientDatabase, lumbar_template) -> Plan:  # type: ignore[no-untyped-def]
    plan = instantiate(lumbar_template, Patient(name="Ann Lee"), SURGERY, "Kim Lee")
    assert clinic.save_plan(plan, by="Sam", expected_revision=None) == 1
    return plan


def exercise_ids(plan: Plan) -> list[str]:
    return [rx.exercise_id for rx in plan.phases[0].prescriptions]


def open_from_database(qtbot, window, plan_id: str) -> None:  # type: ignore[no-untyped-def]
    controller = window.patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(controller.opened, timeout=WAIT_MS):
        controller.open_plan(plan_id, ask=False)
    assert controller.link is not None and controller.link.revision == 1


def crash(window) -> Path:  # type: ignore[no-untyped-def]
    """Leave the session's recovery file behind as a process that died would, then close."""
    session = recovery.session_file()
    record = json.loads(session.read_text())
    record["pid"] = DEAD_PID
    crashed = recovery.session_file("crashed")
    crashed.write_text(json.dumps(record))
    session.unlink()
    window.document.undo_stack.setClean()
    window.close()
    return crashed


def restore(qtbot, services, answers) -> MainWindow:  # type: ignore[no-untyped-def]
    """Start again after the crash and say Yes to restoring."""
    asked: list[str] = []
    answers["confirm_recovery"] = lambda question: asked.append(question) or True
    again = MainWindow(services)
    assert asked and "Ann Lee" in asked[0]
    return again


def close(again: MainWindow) -> None:
    again.document.undo_stack.setClean()
    again.close()
    again.deleteLater()


def test_restored_database_plan_saves_a_new_revision(qtbot, window, services, answers, clinic,
                                                     lumbar_template, db_url, tmp_path) -> None:
    plan = seed_plan(clinic, lumbar_template)
    open_from_database(qtbot, window, plan.id)
    window.editor.add_exercise("bridge")
    window.files.autosave()

    # The recovery file keeps the database link, privately.
    session = recovery.session_file()
    assert session.stat().st_mode & 0o777 == 0o600
    kept = recovery.read_recovery(session).database
    assert kept == recovery.DatabaseLinkRecord(clinic.description, plan.id, 1)
    assert clinic.description == db_url
    crashed = crash(window)

    again = restore(qtbot, services, answers)
    try:
        files, controller = again.files, again.patients.controller
        assert again.document.plan.id == plan.id and again.document.is_modified()
        assert again.document.path is None and not crashed.exists()
        # The database opens in the background; until then Save refuses rather than asking for a file.
        assert files.waiting_for_database() and controller.link is None
        assert recovery.read_recovery(recovery.session_file()).database == kept
        assert not files.save()
        assert "still opening" in answers["errors"]()[-1][1]
        assert clinic.latest_revision(plan.id) == 1

        qtbot.waitUntil(lambda: controller.link is not None, timeout=WAIT_MS)
        assert not files.waiting_for_database()
        assert controller.link.plan_id == plan.id and controller.link.revision == 1
        assert controller.link.base is not None and exercise_ids(controller.link.base) == [
            "ankle-pump", "walking"]
        assert again.patients.revision_label.text() == "Database revision 1"
        # The handout's "what changed" compares against the revision the edit started from.
        assert controller.handout_changes() == ["Added: Bridge (Weeks 0 to 6)"]

        assert files.save()
        assert clinic.latest_revision(plan.id) == 2
        saved, number = clinic.load_plan(plan.id)
        assert number == 2 and "bridge" in exercise_ids(saved)
        assert clinic.history(plan.id)[-1].by == "Kim Lee"
        assert not again.document.is_modified() and again.document.path is None
        assert controller.link.revision == 2
        assert list(tmp_path.glob("*.json")) == []  # nothing went to a plan file
        assert not recovery.session_file().exists()  # a clean save removes the recovery file
        assert len(answers["errors"]()) == 1  # only the "still opening" refusal
    finally:
        close(again)


def test_restored_plan_meets_someone_elses_save(qtbot, window, services, answers, clinic,
                                                lumbar_template) -> None:
    plan = seed_plan(clinic, lumbar_template)
    open_from_database(qtbot, window, plan.id)
    window.editor.add_exercise("bridge")
    window.files.autosave()
    crash(window)
    # Someone else saves while this computer is down.
    theirs = plan.model_copy(update={"main_message": "Walk every day."})
    assert clinic.save_plan(theirs, by="Sam", expected_revision=1) == 2

    again = restore(qtbot, services, answers)
    try:
        controller = again.patients.controller
        qtbot.waitUntil(lambda: controller.link is not None, timeout=WAIT_MS)
        assert controller.link.revision == 1  # the revision the edit started from
        shown: list[str] = []
        answers["database_conflict"] = lambda message: shown.append(message) or (
            ConflictChoice.KEEP_EDITING)
        assert not again.files.save()
        assert len(shown) == 1 and "revision 2 by Sam" in shown[0]
        assert clinic.latest_revision(plan.id) == 2
        assert clinic.load_plan(plan.id)[0].main_message == "Walk every day."  # not overwritten
        assert again.document.is_modified() and "bridge" in exercise_ids(again.document.plan)
    finally:
        close(again)


def write_crashed(plan: Plan, link: recovery.DatabaseLinkRecord) -> Path:
    path = recovery.write_recovery(plan, None, recovery.session_file("crashed"), database=link)
    record = json.loads(path.read_text())
    record["pid"] = DEAD_PID
    path.write_text(json.dumps(record))
    return path


def test_plan_from_another_database_is_restored_unlinked(qtbot, services, answers, clinic,
                                                         lumbar_template, tmp_path) -> None:
    plan = seed_plan(clinic, lumbar_template)
    elsewhere = f"sqlite:///{tmp_path / 'other-clinic.sqlite3'}"
    write_crashed(plan, recovery.DatabaseLinkRecord(elsewhere, plan.id, 1))

    again = restore(qtbot, services, answers)
    try:
        files, controller = again.files, again.patients.controller
        qtbot.waitUntil(lambda: not files.waiting_for_database(), timeout=WAIT_MS)
        assert controller.database is not None and controller.link is None
        title, text = answers["errors"]()[-1]
        assert "not linked to the patient database" in title
        assert elsewhere in text and "Nothing is lost" in text and "Ann Lee" not in text
        assert again.document.plan.id == plan.id and again.document.is_modified()
        assert files.database_link() is None
        # The recovery file no longer claims the link.
        assert recovery.read_recovery(recovery.session_file()).database is None
        assert clinic.latest_revision(plan.id) == 1
    finally:
        close(again)


def test_database_that_cannot_be_opened(qtbot, services, answers, lumbar_template,
                                        tmp_path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    url = f"sqlite:///{broken}"
    services.preferences = Preferences(therapist="Kim Lee", database_url=url)
    plan = instantiate(lumbar_template, Patient(name="Ann Lee"), SURGERY, "Kim Lee")
    write_crashed(plan, recovery.DatabaseLinkRecord(url, plan.id, 3))

    again = restore(qtbot, services, answers)
    try:
        files = again.files
        qtbot.waitUntil(lambda: not files.waiting_for_database(), timeout=WAIT_MS)
        title, text = answers["errors"]()[-1]
        assert "not linked to the patient database" in title
        assert "could not be opened" in text and "Nothing is lost" in text
        assert again.patients.controller.link is None
        assert again.document.plan.id == plan.id and again.document.is_modified()
    finally:
        close(again)
