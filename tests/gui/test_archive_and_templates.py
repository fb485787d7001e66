"""Tidying the patient database in the app: archive a plan from the Patients dock (after a question
naming the patient and plan), Show archived, Restore; rename and delete clinic templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from rehab_planner.gui import commands
from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.patients.clinic_templates import ClinicTemplatesDialog
from rehab_planner.model import Patient, Phase, Template
from rehab_planner.plans.edits import blank_plan
from rehab_planner.storage.database import PatientDatabase

from .conftest import SURGERY

WAIT_MS = 10000


def shown_patients(panel: Any) -> list[str]:
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def choose(qtbot: QtBot, panel: Any, text: str) -> None:
    """Click the row whose patient column is `text`."""
    row = shown_patients(panel).index(text)
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.list.currentIndex().row() == row


def two_patients(qtbot: QtBot, window: MainWindow) -> tuple[PatientDatabase, str, str]:
    """Ann and Bo saved in the window's database (from 'another computer'), listed in the dock."""
    controller = window.patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    other = PatientDatabase.open()
    ann = blank_plan(Patient(name="Ann Lee", record_number="A-1"), "Lumbar fusion", SURGERY,
                     "Kim Lee", None)
    bo = blank_plan(Patient(name="Bo Chan"), "Hip replacement", SURGERY, "Kim Lee", None)
    other.save_plan(ann, by="Sam", expected_revision=None)
    other.save_plan(bo, by="Sam", expected_revision=None)
    panel = window.patients.panel
    panel.refresh()
    qtbot.waitUntil(lambda: sorted(shown_patients(panel)) == ["Ann Lee (A-1)", "Bo Chan"],
                    timeout=WAIT_MS)
    return other, ann.id, bo.id


def test_archive_from_the_dock_show_archived_and_restore(
    qtbot: QtBot, window: MainWindow, answers: dict[str, Any]
) -> None:
    other, ann_id, bo_id = two_patients(qtbot, window)
    panel = window.patients.panel
    questions: list[tuple[str, bool]] = []
    reply = {"archive": False}

    def confirm_archive(question: str) -> bool:
        questions.append((question, reply["archive"]))
        return reply["archive"]

    answers["confirm_archive"] = confirm_archive

    # Saying No archives nothing.
    choose(qtbot, panel, "Ann Lee (A-1)")
    assert panel.archive_button.text() == "Ar&chive…" and panel.archive_button.isEnabled()
    assert not panel.restore_action.isEnabled() and panel.archive_action.isEnabled()
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    assert questions == [("Archive the plan for Ann Lee (A-1): Lumbar fusion, surgery on "
                          f"{SURGERY.isoformat()}?", False)]
    assert len(other.search()) == 2

    # Yes: Ann leaves the list; the database records who archived the plan.
    reply["archive"] = True
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_patients(panel) == ["Bo Chan"], timeout=WAIT_MS)
    assert [s.plan_id for s in other.search()] == [bo_id]
    [archived] = other.search(only_archived=True)
    assert archived.plan_id == ann_id and archived.archived_by == "Kim Lee"
    assert window.statusBar().currentMessage() == "Archived the plan for Ann Lee (A-1)"

    # Delete in the list asks too (the key is the archive shortcut; nothing is ever deleted).
    reply["archive"] = False
    choose(qtbot, panel, "Bo Chan")
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert questions[-1][0].startswith("Archive the plan for Bo Chan: Hip replacement")
    assert [s.plan_id for s in other.search()] == [bo_id]

    # Show archived: Ann comes back into the list, marked, in italics, with Restore.
    qtbot.mouseClick(panel.show_archived, Qt.MouseButton.LeftButton)
    assert panel.show_archived.isChecked()
    qtbot.waitUntil(lambda: len(shown_patients(panel)) == 2, timeout=WAIT_MS)
    assert "Ann Lee (A-1) (archived)" in shown_patients(panel)
    row = shown_patients(panel).index("Ann Lee (A-1) (archived)")
    index = panel.model.index(row, 0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Archived " in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "by Kim Lee" in index.data(Qt.ItemDataRole.ToolTipRole)
    choose(qtbot, panel, "Ann Lee (A-1) (archived)")
    assert panel.archive_button.text() == "&Restore"
    assert panel.restore_action.isEnabled() and not panel.archive_action.isEnabled()
    # Archived plans can still be opened, e.g. to read or print them.
    assert panel.open_button.isEnabled()

    # Restore (no question: nothing is lost).
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ann Lee (A-1)" in shown_patients(panel), timeout=WAIT_MS)
    assert sorted(s.plan_id for s in other.search()) == sorted([ann_id, bo_id])
    assert other.search(only_archived=True) == []
    assert [e.action for e in other.audit(ann_id)] == ["archived", "restored"]
    # The plan's history shows both, besides its saved revisions.
    history = window.patients.controller.show_history(ann_id)
    assert history is not None
    qtbot.waitUntil(lambda: history.events.isVisible(), timeout=WAIT_MS)
    text = history.events.text()
    assert "Archived by" in text and "Restored by" in text
    assert text.index("Archived") < text.index("Restored")
    history.close()

    # Untick: only plans in use are listed; the context menu archives too.
    qtbot.mouseClick(panel.show_archived, Qt.MouseButton.LeftButton)
    reply["archive"] = True
    qtbot.waitUntil(lambda: sorted(shown_patients(panel)) == ["Ann Lee (A-1)", "Bo Chan"],
                    timeout=WAIT_MS)
    choose(qtbot, panel, "Bo Chan")
    panel.archive_action.trigger()
    qtbot.waitUntil(lambda: shown_patients(panel) == ["Ann Lee (A-1)"], timeout=WAIT_MS)
    assert answers["errors"]() == []
    other.close()


def test_an_open_plan_that_is_archived_cannot_be_saved_until_restored(
    qtbot: QtBot, window: MainWindow, answers: dict[str, Any]
) -> None:
    other, ann_id, _bo_id = two_patients(qtbot, window)
    patients = window.patients
    panel, controller = patients.panel, patients.controller
    choose(qtbot, panel, "Ann Lee (A-1)")
    with qtbot.waitSignal(controller.opened, timeout=WAIT_MS):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.document.plan is not None and window.document.plan.id == ann_id

    answers["confirm_archive"] = lambda question: True
    summary = panel.current_summary()
    assert summary is not None
    # The question's detail warns that this is the open plan.
    detail = patients.archiver.detail(summary)
    assert "This plan is open" in detail and "cannot save" in detail
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ann Lee (A-1)" not in shown_patients(panel), timeout=WAIT_MS)

    # An edit, then Save: refused with a clear message; the edit stays; nothing is written.
    commands.set_main_message(window.document, "Walk every day.")
    assert window.document.is_modified()
    window.actions.save.trigger()
    [(title, text)] = answers["errors"]()
    assert title == "Could not save to the patient database"
    assert text.startswith("This plan is archived. Restore it first.")
    assert window.document.is_modified() and other.latest_revision(ann_id) == 1

    # Restored (from another computer, say): Save works again.
    other.restore_plan(ann_id, by="Sam")
    window.actions.save.trigger()
    assert not window.document.is_modified()
    assert other.latest_revision(ann_id) == 2
    assert other.load_plan(ann_id)[0].main_message == "Walk every day."
    other.close()


def clinic_template(template_id: str, name: str) -> Template:
    return Template(id=template_id, name=name, procedure="Knee replacement",
                    phases=[Phase(name="Protect", weeks_from=0, weeks_to=6)], clinic_made=True)


def rename_in_place(qtbot: QtBot, dialog: ClinicTemplatesDialog, new_name: str) -> None:
    """Rename… then type the new name into the list's editor and press Enter."""
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    editor = dialog.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, new_name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_rename_and_delete_clinic_templates_in_the_dialog(
    qtbot: QtBot, window: MainWindow, answers: dict[str, Any]
) -> None:
    patients = window.patients
    controller = patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    other = PatientDatabase.open()
    other.save_template(clinic_template("clinic-knee-fast", "Knee fast"), by="Sam")
    other.save_template(clinic_template("clinic-hip-plan", "Hip plan"), by="Sam")

    # Patients > Clinic templates… lists the clinic's own templates only.
    action = patients.actions.clinic_templates
    assert action in patients.menu.actions() and action.isEnabled()
    action.trigger()
    dialog = patients.templates_dialog
    assert isinstance(dialog, ClinicTemplatesDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.is_loaded, timeout=WAIT_MS)
    assert dialog.names() == ["Hip plan", "Knee fast"]  # not "Lumbar fusion" (shipped)

    # Rename in place: the database has the new name under the same id; New plan offers it.
    dialog.select_template("clinic-knee-fast")
    rename_in_place(qtbot, dialog, "Knee, slow and steady")
    qtbot.waitUntil(lambda: dialog.is_loaded()
                    and [t.name for t in other.templates()] == ["Hip plan", "Knee, slow and steady"],
                    timeout=WAIT_MS)
    assert dialog.names() == ["Hip plan", "Knee, slow and steady"]
    assert window.files.templates()["clinic-knee-fast"].name == "Knee, slow and steady"
    assert [(e.action, e.by) for e in other.audit("clinic-knee-fast")] == [
        ("template renamed", "Kim Lee")]

    # A name another template has: refused with a message, the old name comes back.
    dialog.select_template("clinic-knee-fast")
    rename_in_place(qtbot, dialog, "HIP PLAN")
    qtbot.waitUntil(lambda: bool(answers["errors"]()), timeout=WAIT_MS)
    [(title, text)] = answers["errors"]()
    assert title == "Could not rename the template"
    assert text == "The clinic already has a template called 'Hip plan'. Choose another name."
    qtbot.waitUntil(dialog.is_loaded, timeout=WAIT_MS)
    assert dialog.names() == ["Hip plan", "Knee, slow and steady"]
    assert sorted(t.name for t in other.templates()) == ["Hip plan", "Knee, slow and steady"]

    # Delete, after a question naming the template.
    asked: list[str] = []
    answers["confirm_delete_template"] = lambda question: asked.append(question) or False
    dialog.select_template("clinic-hip-plan")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete the clinic template Hip plan?"]
    assert len(other.templates()) == 2
    answers["confirm_delete_template"] = lambda question: True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names() == ["Knee, slow and steady"], timeout=WAIT_MS)
    assert [t.id for t in other.templates()] == ["clinic-knee-fast"]
    assert "clinic-hip-plan" not in window.files.templates()
    assert len(answers["errors"]()) == 1  # only the refused name
    dialog.close()
    other.close()


def test_an_empty_list_says_when_every_plan_is_archived(qtbot: QtBot, window: MainWindow) -> None:
    other, ann_id, bo_id = two_patients(qtbot, window)
    other.archive_plan(ann_id, by="Sam")
    other.archive_plan(bo_id, by="Sam")
    panel = window.patients.panel
    panel.refresh()
    qtbot.waitUntil(lambda: "Every plan is archived" in panel.status.text(), timeout=WAIT_MS)
    assert shown_patients(panel) == []
    other.close()
