"""Visits and outcomes in the app: the view over a database plan, a visit form that scores itself,
a refused visit that keeps what was typed, the plots, the link to the next revision, the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from rehab_planner.gui.main_window import MainWindow
from rehab_planner.gui.outcomes.visits_model import VisitsModel
from rehab_planner.outcomes.series import progress_series
from rehab_planner.storage.database import PatientDatabase
from tests.outcomes.factory import demo_patient, weekly_visits

WAIT_MS = 15000
TODAY = dt.date.today()


def open_demo(qtbot: QtBot, window: MainWindow, visits: int = 6) -> tuple[PatientDatabase, str]:
    controller = window.patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    other = PatientDatabase.open()
    plan_id = demo_patient(other, visits, today=TODAY)
    controller.open_plan(plan_id, ask=False)
    qtbot.waitUntil(lambda: controller.link is not None and window.document.plan is not None,
                    timeout=WAIT_MS)
    return other, plan_id


def test_visits_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from tests.outcomes.factory import tka_plan

    plan = tka_plan(dt.date(2026, 9, 1))
    model = VisitsModel()
    model.set_visits(weekly_visits(plan, 3))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.index(0, 0).data() == "2026-09-06"
    assert model.index(0, 4).data() == "NPRS 7, LEFS 44, KOOS JR 42.3, PSFS 1.5"
    # The activities the patient named on the PSFS show in the measures' tooltip.
    tip = model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Climbing the stairs at home 2" in tip and "Kneeling in the garden 1" in tip


def test_the_outcomes_view_shows_visits_meanings_and_plots(qtbot: QtBot, window: MainWindow) -> None:
    outcomes = window.outcomes
    assert not outcomes.show_action.isEnabled()  # no database plan open yet
    other, plan_id = open_demo(qtbot, window)
    assert outcomes.show_action.isEnabled() and outcomes.report_action.isEnabled()
    outcomes.show_action.trigger()
    dialog = outcomes.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6, timeout=WAIT_MS)
    assert "LEFS" in dialog.meanings.text() and "passes the MCID" in dialog.meanings.text()
    # The chart plots the same numbers as the core series (and so as the PDF report).
    plan, _ = other.load_plan(plan_id)
    series = progress_series(plan, other.visits(plan_id))
    assert dialog.measure_choice.currentData() == "nprs"
    scores = dialog.measure_chart.scores
    assert scores is not None
    assert [(p.x(), p.y()) for p in scores.points()] == [
        (p.weeks, p.value) for p in series.measure("nprs").points]  # type: ignore[union-attr]
    names = [s.name() for s in dialog.measure_chart.chart().series()]
    assert names[:2] == [p.name for p in plan.phases[:2]] and any(n.startswith("Surgery") for n in names)
    dialog.measure_choice.setCurrentIndex(dialog.measure_choice.findData("lefs"))
    assert dialog.measure_chart.chart().title() == "LEFS (higher is better)"
    bars = dialog.adherence_chart.bars
    assert bars is not None and [bars.at(i) for i in range(bars.count())] == [
        p.value for p in series.adherence]
    other.close()


def test_a_visit_form_scores_itself_refuses_bad_input_and_saves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other, plan_id = open_demo(qtbot, window)
    outcomes = window.outcomes
    outcomes.show_outcomes()
    dialog = outcomes.add_visit()
    assert dialog is not None
    lefs = dialog.forms["lefs"]
    assert lefs.score_label.text() == "Not taken at this visit."
    # Typing an answer marks the measure taken; a half-filled form says why there is no score.
    lefs.spins[0].lineEdit().selectAll()
    qtbot.keyClicks(lefs.spins[0].lineEdit(), "3")
    assert lefs.taken.isChecked()
    assert "LEFS needs every item answered; 1 of 20 are" in lefs.score_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "LEFS needs every item answered" in dialog.error.text() and dialog.isVisible()
    lefs.set_answers([3] * 20)
    assert lefs.score_label.text() == "Score: 60 (from 0 to 80)"
    assert dialog.tabs.tabText(1) == "LEFS ✓"
    # A date before the surgery is refused by the core; the dialog stays open with the answers.
    surgery = window.document.plan.surgery_date  # type: ignore[union-attr]
    before = surgery - dt.timedelta(days=2)
    dialog.date.setDate(QDate(before.year, before.month, before.day))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "before the surgery" in dialog.error.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and lefs.answers() == [3] * 20
    assert len(other.visits(plan_id)) == 6
    # Fixed: saved, with what was entered, and the view shows it.
    dialog.date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.days.setValue(6)
    dialog.problems.setText("Missed two days, knee swollen")
    if dialog.criteria.count():
        dialog.criteria.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.update_plan.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(other.visits(plan_id)) == 7, timeout=WAIT_MS)
    saved = other.visits(plan_id)[-1]
    assert saved.date == TODAY and saved.days_per_week == 6 and saved.therapist == "Kim Lee"
    assert [(m.measure_id, m.score) for m in saved.measures] == [("lefs", 60)]
    assert saved.problems == "Missed two days, knee swollen"
    view = outcomes.dialog
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 7, timeout=WAIT_MS)
    # 'Update the plan': the next revision saved to the database is linked to the visit.
    assert outcomes.pending_link == saved.id
    assert window.patients.controller.save_to_database()
    qtbot.waitUntil(lambda: other.visits(plan_id)[-1].next_revision is not None, timeout=WAIT_MS)
    assert other.visits(plan_id)[-1].next_revision == other.latest_revision(plan_id)

    # Progress report from the app.
    target = tmp_path / "report.pdf"
    assert outcomes.save_report(target)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    text = PdfReader(target).pages[0].extract_text()
    assert "Progress report" in text and "Ann Lee" in text
    other.close()


def test_your_progress_is_printed_in_the_handout_only_when_chosen(
    qtbot: QtBot, window: MainWindow, library
) -> None:
    import io

    from rehab_planner.gui.services import render_pdf

    other, _plan_id = open_demo(qtbot, window)
    outcomes = window.outcomes
    assert window.files.handout_progress() is None  # off by default
    dialog = outcomes.show_outcomes()
    assert dialog is not None and not dialog.print_progress.isChecked()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6, timeout=WAIT_MS)

    def handout_text() -> str:
        # The window's small test library lacks the knee exercises: render with the shipped one,
        # through the same hook the preview and Export PDF use.
        pdf = render_pdf(window.document.plan, library, False, "letter",  # type: ignore[arg-type]
                         None, progress=window.files.handout_progress())
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages[:4])

    assert "Your progress" not in handout_text()
    qtbot.mouseClick(dialog.print_progress, Qt.MouseButton.LeftButton)
    assert dialog.print_progress.isChecked() and window.files.handout_progress() is not None
    text = handout_text()
    assert "Your progress" in text and "Your pain went down" in text
    # The choice is the plan's own setting: saved with it, one undo step.
    plan = window.document.plan
    assert plan is not None and plan.settings.print_progress
    assert window.patients.controller.save_to_database()
    qtbot.waitUntil(lambda: other.load_plan(_plan_id)[0].settings.print_progress, timeout=WAIT_MS)
    window.document.undo_stack.undo()
    assert not window.document.plan.settings.print_progress  # type: ignore[union-attr]
    assert not dialog.print_progress.isChecked() and window.files.handout_progress() is None
    window.document.undo_stack.redo()
    assert dialog.print_progress.isChecked()
    # Another plan: its own visits (none loaded yet), so nothing to print for now.
    window.patients.controller.link = None
    window.patients.controller.link_changed.emit()
    assert window.files.handout_progress() is None
    other.close()


def test_a_visit_is_edited_and_deleted_from_the_outcomes_view(qtbot: QtBot, window: MainWindow) -> None:
    from rehab_planner.gui.dialogs import messages

    other, plan_id = open_demo(qtbot, window, visits=4)
    outcomes = window.outcomes
    view = outcomes.show_outcomes()
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=WAIT_MS)
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    view.table.selectRow(0)
    assert view.edit_button.isEnabled()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = outcomes.visit_dialog
    assert dialog is not None and dialog.windowTitle() == "Edit visit: Ann Lee"
    first = other.visits(plan_id)[0]
    # The form shows the saved visit, PSFS activities included.
    assert dialog.days.value() == first.days_per_week and not dialog.update_plan.isVisible()
    psfs = dialog.forms["psfs"]
    assert psfs.taken.isChecked() and psfs.activities()[:2] == ["Climbing the stairs at home",
                                                                 "Kneeling in the garden"]
    assert dialog.forms["lefs"].answers() == first.measure("lefs").answers  # type: ignore[union-attr]
    # A LEFS answer of 7 cannot be typed; a date before surgery is refused and nothing changes.
    lefs = dialog.forms["lefs"]
    assert lefs.spins[0].maximum() == 4
    surgery = window.document.plan.surgery_date  # type: ignore[union-attr]
    before = surgery - dt.timedelta(days=1)
    dialog.date.setDate(QDate(before.year, before.month, before.day))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "before the surgery" in dialog.error.text(), timeout=WAIT_MS)
    assert other.visits(plan_id)[0] == first
    # A scored activity needs its name.
    dialog.date.setDate(QDate(first.date.year, first.date.month, first.date.day))
    psfs.names[1].clear()
    assert "activity 2 has a score but no name" in psfs.score_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "activity 2 has a score but no name" in dialog.error.text()
    qtbot.keyClicks(psfs.names[1], "Getting up from the floor")
    dialog.days.setValue(7)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: other.visits(plan_id)[0].days_per_week == 7, timeout=WAIT_MS)
    edited = other.visits(plan_id)[0]
    assert edited.id == first.id and edited.measure("psfs").activities[1] == "Getting up from the floor"  # type: ignore[union-attr]
    assert [e.action for e in other.audit(plan_id)].count("visit edited") == 1

    # Delete: nothing happens unless the therapist says yes; the audit log records it.
    asked: list[str] = []
    messages.ANSWERS["confirm_delete_visit"] = lambda question: asked.append(question) or False
    view.table.selectRow(1)
    second = view.selected_visit()
    assert second is not None
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    count = len(second.measures)
    assert asked == [f"Delete the visit of {second.date.isoformat()} and its {count} measure(s)?"]
    assert len(other.visits(plan_id)) == 4
    messages.ANSWERS["confirm_delete_visit"] = lambda question: True
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    assert second.id not in [v.id for v in other.visits(plan_id)]
    deleted = [e for e in other.audit(plan_id) if e.action == "visit deleted"]
    assert len(deleted) == 1 and deleted[0].by == "Kim Lee" and "Ann" not in deleted[0].detail
    del messages.ANSWERS["confirm_delete_visit"]
    other.close()


def test_a_plan_saved_with_your_progress_prints_it_when_opened(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.patients.controller
    qtbot.waitUntil(lambda: controller.database is not None, timeout=WAIT_MS)
    other = PatientDatabase.open()
    plan_id = demo_patient(other, 4, today=TODAY)
    plan, number = other.load_plan(plan_id)
    plan.settings.print_progress = True
    other.save_plan(plan, by="PT Kim", expected_revision=number)
    controller.open_plan(plan_id, ask=False)
    # No dialog opened: the visits load in the background for the handout.
    qtbot.waitUntil(lambda: window.files.handout_progress() is not None, timeout=WAIT_MS)
    assert window.outcomes.dialog is None
    other.close()
