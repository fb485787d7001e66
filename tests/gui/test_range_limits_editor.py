"""The Recovery and care tab's range limits: add, edit in place and remove a phase's limits, each
one undo step; the findings panel shows an exercise past a limit; the phase table shows the
milestones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from rehab_planner.gui import commands
from rehab_planner.gui.labels import JOINT_MOTIONS
from rehab_planner.gui.models.phase_model import PhaseModel
from rehab_planner.gui.models.range_model import RangeLimitsModel
from rehab_planner.model.course import Milestone
from rehab_planner.model.range_limit import MOTIONS, joint_motion_key

SURGERY = dt.date(2026, 11, 2)


def _open(window, template: str = "lumbar-fusion"):  # type: ignore[no-untyped-def]
    window.files.create_plan(template, "Ann", "", SURGERY)
    panel = window.editor.course
    panel.today = lambda: SURGERY + dt.timedelta(days=3)
    window.editor.tabs.setCurrentWidget(panel)
    return panel


def _choose_phase(panel, index: int) -> str:  # type: ignore[no-untyped-def]
    panel.criteria_phase.setCurrentIndex(index)
    return str(panel.criteria_phase.currentData())


def test_add_edit_remove_and_undo_each_in_one_step(qtbot, window,
                                                   qtmodeltester: ModelTester) -> None:
    panel = _open(window)
    box = panel.ranges_box
    phase_id = _choose_phase(panel, 0)
    model = box.model
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and box.add.isEnabled() and not box.remove.isEnabled()
    stack = window.document.undo_stack
    steps = stack.count()
    box.motion.setCurrentIndex(box.motion.findData("knee flexion"))
    box.degrees.setValue(90)
    box.mode.setCurrentIndex(box.mode.findData("active"))
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    [limit] = window.document.plan.phase(phase_id).range_limits
    assert (limit.key, limit.degrees, limit.mode) == ("knee flexion", 90, "active")
    assert model.index(0, RangeLimitsModel.MOTION).data() == "knee flexion"
    assert model.index(0, RangeLimitsModel.DEGREES).data() == "90°"
    assert model.setData(model.index(0, RangeLimitsModel.DEGREES), 110)
    assert model.setData(model.index(0, RangeLimitsModel.SIDE), "left")
    assert not model.setData(model.index(0, RangeLimitsModel.DEGREES), 200)  # past the knee's 160
    assert stack.count() == steps + 3  # add, degrees, side: one step each
    limit = window.document.plan.phase(phase_id).range_limits[0]
    assert (limit.degrees, limit.side) == (110, "left")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)  # the same limit again: refused, said
    assert len(window.document.plan.phase(phase_id).range_limits) == 2  # left and any side differ
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert box.problem.isVisibleTo(box) and stack.count() == steps + 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.phase(phase_id).range_limits[0].side is None
    box.table.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(box.remove, Qt.MouseButton.LeftButton)
    assert window.document.plan.phase(phase_id).range_limits == []
    window.undo_action.trigger()
    assert model.rowCount() == 1


def test_an_exercise_past_a_limit_reaches_the_findings(qtbot, window) -> None:
    panel = _open(window)
    box = panel.ranges_box
    phase_id = _choose_phase(panel, 0)
    box.motion.setCurrentIndex(box.motion.findData("hip extension"))
    box.degrees.setValue(0)
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert box.model.index(0, RangeLimitsModel.DEGREES).data() == "not at all"
    commands.add_exercise(window.document, phase_id, "bridge")  # its movements: past neutral

    def found() -> list[str]:
        return [f.message for f in window.findings.model.findings if f.code == "range-limit"]

    qtbot.waitUntil(lambda: len(found()) == 1)
    assert "'Bridge' moves the hip in extension past 0°" in found()[0]
    assert "'Protect' allows no hip extension" in found()[0]
    assert box.model.setData(box.model.index(0, RangeLimitsModel.DEGREES), 15)  # loosened
    qtbot.waitUntil(lambda: found() == [])


def test_every_joint_motion_has_an_interface_name() -> None:
    keys = {joint_motion_key(j, m) for j, motions in MOTIONS.items() for m in motions}
    assert set(JOINT_MOTIONS) == keys


def test_the_phase_table_shows_the_milestones_of_its_weeks(qtbot, window) -> None:
    _open(window)
    commands.set_milestones(window.document, [
        Milestone(kind="stop-sling", weeks=6), Milestone(kind="drive", weeks=10 / 7, unit="days"),
        Milestone(kind="jogging", criterion="You can lift your arm.")])
    model = window.editor.phases.model
    shown = [model.index(r, PhaseModel.MILESTONES).data() for r in range(model.rowCount())]
    assert shown == ["drive (day 10)", "stop sling (week 6)"]
    assert model.headerData(PhaseModel.MILESTONES, Qt.Orientation.Horizontal) == "Milestones"
    window.undo_action.trigger()
    assert [model.index(r, PhaseModel.MILESTONES).data() for r in range(model.rowCount())] == [
        "", ""]
