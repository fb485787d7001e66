"""The Recovery and care tab: milestones (each edit one undo step, the timeline shown as the
handout prints it), exit criteria ticked and moving on, clinician care, the clinician summary."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rehab_planner.gui import commands
from rehab_planner.gui.models.course_models import ClinicianModel, MilestonesModel
from rehab_planner.model import Plan, PrecautionSetting
from rehab_planner.model.course import Milestone
from rehab_planner.plans.edits import Change, ChangeKind
from tests.handout.pdfread import all_text

SURGERY = dt.date(2026, 11, 2)
WEEK_5 = dt.date(2026, 12, 3)


def _open(window):  # type: ignore[no-untyped-def]
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.course
    panel.today = lambda: WEEK_5
    window.editor.tabs.setCurrentWidget(panel)
    return panel


def test_milestones_add_edit_undo_and_the_timeline(qtbot, window,
                                                   qtmodeltester: ModelTester) -> None:
    panel = _open(window)
    stack = window.document.undo_stack
    steps = stack.count()
    panel.milestone_kind.setCurrentIndex(panel.milestone_kind.findData("stop-crutches"))
    qtbot.mouseClick(panel.add_milestone, Qt.MouseButton.LeftButton)
    plan = window.document.plan
    assert [(m.kind, m.weeks) for m in plan.milestones] == [("stop-crutches", 6)]
    model = panel.milestones_model
    qtmodeltester.check(model)
    assert model.setData(model.index(0, MilestonesModel.WHEN), 4.0)
    assert model.setData(model.index(0, MilestonesModel.WORDING), "  D/C crutches  4/52 ")
    assert stack.count() == steps + 3  # add, time, words: one step each
    milestone = window.document.plan.milestones[0]
    assert (milestone.weeks, milestone.wording) == (4.0, "D/C crutches 4/52")
    assert ('30 Nov 2026 (4 weeks after surgery): You may stop using your crutches if your surgeon agrees. '
            'Your surgeon wrote: "D/C crutches 4/52"') in panel.timeline.toPlainText()
    # an order on the timeline comes from the Precautions tab, not from a second copy
    commands.set_precaution(window.document, PrecautionSetting(
        id="brace", weeks_from=0, weeks_to=8, params={"device": "back brace"}))
    assert ("28 Dec 2026 (8 weeks after surgery): You may stop wearing your back brace if your "
            "surgeon agrees." in panel.timeline.toPlainText())
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.milestones[0].wording == ""
    assert "Your surgeon wrote" not in panel.timeline.toPlainText()
    assert not model.setData(model.index(0, MilestonesModel.KIND), "")  # no kind and no text
    assert not model.setData(model.index(0, MilestonesModel.WHEN), -1.0)  # needs a criterion
    assert window.document.plan.milestones[0].weeks == 4.0
    model.setData(model.index(0, MilestonesModel.CRITERION), "You walk with no limp.")
    assert model.setData(model.index(0, MilestonesModel.WHEN), -1.0)
    assert window.document.plan.milestones[0].weeks is None
    assert "When you are ready: You may stop using your crutches" in panel.timeline.toPlainText()
    panel.milestones.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(panel.remove_milestone, Qt.MouseButton.LeftButton)
    assert window.document.plan.milestones == []


def test_criteria_ticked_then_move_on_sets_this_weeks_stage(qtbot, window) -> None:
    panel = _open(window)
    # the test template's first phase has no criteria: give it two
    commands.push_edit(window.document, "criteria", _with_criteria)
    assert [b.text() for b in panel.criteria_boxes] == ["You walk 20 minutes.", "Pain is low."]
    assert not panel.move_on.isEnabled()
    panel.ends_by.setCurrentIndex(panel.ends_by.findData("criteria"))
    panel.ends_by.activated.emit(panel.ends_by.currentIndex())
    assert window.document.plan.phases[0].ends_by == "criteria"
    panel.criteria_boxes[0].click()
    panel.criteria_boxes[1].click()
    met = window.document.plan.criteria_met
    by = window.document.plan.therapist or getpass.getuser()  # who ticked it
    assert [(m.criterion, m.on, m.by) for m in met] == [
        ("You walk 20 minutes.", WEEK_5, by), ("Pain is low.", WEEK_5, by)]
    assert f"(met 3 Dec 2026, {by})" in panel.criteria_boxes[0].text()
    assert panel.move_on.isEnabled()
    qtbot.mouseClick(panel.move_on, Qt.MouseButton.LeftButton)
    plan = window.document.plan
    assert plan.current_phase_id == plan.phases[1].id
    assert "stage 2 of 2, Strengthen (moved on by you)" in panel.stage_label.text()
    window.undo_action.trigger()
    assert window.document.plan.current_phase_id is None


def _with_criteria(plan: Plan) -> tuple[Plan, Change]:
    new = plan.model_copy(deep=True)
    new.phases[0].criteria = ["You walk 20 minutes.", "Pain is low."]
    return new, Change(ChangeKind.PLAN)


def test_clinician_care_is_edited_and_goes_in_the_summary(qtbot, window, tmp_path: Path,
                                                          qtmodeltester: ModelTester) -> None:
    panel = _open(window)
    panel.care_kind.setCurrentIndex(panel.care_kind.findData("scar-mobilisation"))
    qtbot.mouseClick(panel.add_care, Qt.MouseButton.LeftButton)
    model = panel.care_model
    qtmodeltester.check(model)
    assert model.setData(model.index(0, ClinicianModel.TEXT), "Scar massage 5 minutes")
    assert model.setData(model.index(0, ClinicianModel.PHASE), "")
    item = window.document.plan.clinician_items[0]
    assert (item.kind, item.text, item.phase_id) == ("scar-mobilisation", "Scar massage 5 minutes",
                                                     None)
    assert model.index(0, ClinicianModel.PHASE).data() == "Every phase"
    out = tmp_path / "summary.pdf"
    assert window.actions.export_summary.isEnabled()
    assert window.files.export_summary(out)
    assert "Scar mobilisation: Scar massage 5 minutes" in all_text(out.read_bytes())


def test_the_timeline_is_shown_in_the_patients_language_as_printed(qtbot, window) -> None:
    from rehab_planner.model.course import Milestone

    panel = _open(window)
    doc = window.document
    commands.set_milestones(doc, [Milestone(kind="stop-crutches", weeks=4)])
    assert "You may stop using your crutches" in panel.timeline.toPlainText()
    patient = doc.plan.patient.model_copy(update={"language": "es"})
    commands.set_patient(doc, "language", patient=patient)
    text = panel.timeline.toPlainText()
    assert ("30 de noviembre de 2026 (4 semanas después de la cirugía): Puede dejar las "
            "muletas") in text, text
    assert "crutches" not in text



def test_a_milestone_switched_by_conditions_says_so_and_keeps_them_when_edited(
        qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # As on the laminectomy line whose lift limit lasts longer: all activities at week 8, or
    # at week 10 with a brace. Both rows show, each saying what switches it; the timeline shows
    # the one that holds, and an edit keeps its conditions.
    panel = _open(window)
    commands.set_milestones(window.document, [
        Milestone(kind="all-activities", weeks=8, unless=["lumbar-brace"]),
        Milestone(kind="all-activities", weeks=10, only_if=["lumbar-brace"])])
    model = panel.milestones_model
    assert model.rowCount() == 2
    tip = model.index(1, MilestonesModel.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert "only with lumbar-brace" in tip
    assert "28 Dec 2026 (8 weeks after surgery)" in panel.timeline.toPlainText()
    assert "Week 10" not in panel.timeline.toPlainText()
    assert _phase_milestones(window) == "all activities (week 8)"  # the last phase, weeks 6-12
    commands.set_conditions(window.document, ["lumbar-brace"])
    assert "11 Jan 2027 (10 weeks after surgery)" in panel.timeline.toPlainText()
    assert "28 Dec 2026 (8 weeks after surgery)" not in panel.timeline.toPlainText()
    assert _phase_milestones(window) == "all activities (week 10)"
    assert model.setData(model.index(1, MilestonesModel.WORDING), "Full activity 10/52")
    assert window.document.plan.milestones[1].only_if == ["lumbar-brace"]


def _phase_milestones(window) -> str:  # type: ignore[no-untyped-def]
    """The Phases table's milestones of the last phase."""
    from rehab_planner.gui.models.phase_model import PhaseModel

    model = window.editor.phases.model
    return str(model.index(model.rowCount() - 1, PhaseModel.MILESTONES).data())
