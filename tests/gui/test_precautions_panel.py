"""The precautions panel: the same precaution added twice as a staged order, the surgeon's words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDoubleSpinBox

from rehab_planner.gui.document import PlanDocument
from rehab_planner.gui.widgets.precautions_panel import PrecautionsPanel
from rehab_planner.guidance import precaution_lines
from rehab_planner.model import Patient
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import instantiate


def _panel(qtbot, small_library, lumbar_template) -> tuple[PrecautionsPanel, PlanDocument]:
    plan = instantiate(lumbar_template, Patient(name="Ann"), dt.date(2026, 11, 2))
    plan.precautions = []
    doc = PlanDocument(plan, small_library)
    panel = PrecautionsPanel(doc, load_catalogue())
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    return panel, doc


def _add(qtbot, panel: PrecautionsPanel, precaution_id: str) -> None:
    panel.add_combo.setCurrentIndex(panel.add_combo.findData(precaution_id))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _type_value(qtbot, panel: PrecautionsPanel, label: str, text: str) -> None:
    spin = next(w for w in panel.values.findChildren(QDoubleSpinBox)
                if w.accessibleName() == label)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_a_staged_lift_limit_is_added_twice_with_its_own_weeks_values_and_words(
        qtbot, small_library, lumbar_template) -> None:
    panel, doc = _panel(qtbot, small_library, lumbar_template)
    _add(qtbot, panel, "lift-limit")
    _type_value(qtbot, panel, "Lift limit (lb)", "0")
    _add(qtbot, panel, "lift-limit")  # the same precaution again: the next stage
    first, second = doc.plan.precautions
    assert (first.id, second.id) == ("lift-limit", "lift-limit") and first.key != second.key
    assert (first.weeks_from, first.weeks_to) == (0, 6)
    assert (second.weeks_from, second.weeks_to) == (6, 12)  # starts where the first ends
    up_to = {"lift_rule": "up to the limit"}
    assert second.params == {"lift_limit_lb": 0, **up_to}  # the last order's values, to change
    assert panel.table.currentIndex().row() == 1
    _type_value(qtbot, panel, "Lift limit (lb)", "10")
    assert doc.plan.precautions[1].params == {"lift_limit_lb": 10, **up_to}
    assert doc.plan.precautions[0].params == {"lift_limit_lb": 0, **up_to}
    assert panel.model.rowCount() == 2
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["Lift limit", "Lift limit"]

    # The surgeon's words on the first order.
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.wording.setFocus()
    qtbot.keyClicks(panel.wording, "NO lifting x 6/52 then 10# until 12/52")
    qtbot.keyClick(panel.wording, Qt.Key.Key_Return)
    assert doc.plan.precautions[0].wording == "NO lifting x 6/52 then 10# until 12/52"
    assert doc.plan.precautions[1].wording == ""
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    assert panel.wording.text() == ""
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.wording.text() == "NO lifting x 6/52 then 10# until 12/52"

    lines = precaution_lines(doc.plan, panel.model.catalogue)
    # when, as calendar dates from the surgery on 2 Nov 2026
    assert lines[0].startswith("Until 14 Dec 2026: Do not lift anything.")
    assert lines[0].endswith('Your surgeon wrote: "NO lifting x 6/52 then 10# until 12/52"')
    assert lines[1] == ("From 14 Dec 2026 to 25 Jan 2027: Do not lift anything heavier than "
                        "10 pounds (4.5 kg).")

    # Each change was one undo step: the wording goes first.
    doc.undo_stack.undo()
    assert doc.plan.precautions[0].wording == ""
    assert panel.wording.text() == ""


def test_lifting_one_stage_keeps_the_other(qtbot, small_library, lumbar_template) -> None:
    panel, doc = _panel(qtbot, small_library, lumbar_template)
    _add(qtbot, panel, "wb-toe-touch")
    _add(qtbot, panel, "wb-toe-touch")
    assert len(doc.plan.precautions) == 2
    keep = doc.plan.precautions[1].key
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.key for p in doc.plan.precautions] == [keep]


def test_the_new_plan_dialog_chooses_conditions(qtbot, window, monkeypatch) -> None:
    from rehab_planner.gui.dialogs.new_plan import NewPlanDialog
    from rehab_planner.plans.conditions import in_effect, shipped_conditions
    from rehab_planner.templates.loader import load_templates

    templates = load_templates()
    dialog = NewPlanDialog(templates, "", None, conditions=shipped_conditions())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template.setCurrentIndex(dialog.template.findData("acl-reconstruction"))
    assert dialog.conditions_group.isVisible()
    assert list(dialog.condition_boxes) == ["graft-patellar-tendon", "graft-hamstring",
                                            "graft-quadriceps", "graft-allograft"]
    assert dialog.condition_boxes["graft-hamstring"].text() == "Hamstring tendon graft"
    box = dialog.condition_boxes["graft-hamstring"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.chosen_conditions() == ["graft-hamstring"]
    dialog.template.setCurrentIndex(dialog.template.findData("total-knee-replacement"))
    assert dialog.condition_boxes == {} and dialog.chosen_conditions() == []

    # Through File > New in the window: the plan holds the ticked condition.
    monkeypatch.setattr(window.files, "templates", lambda: templates)

    def choose(d: NewPlanDialog) -> int:
        d.template.setCurrentIndex(d.template.findData("acl-reconstruction"))
        d.patient.setText("Bo Chan")
        d.condition_boxes["graft-allograft"].setChecked(True)
        return NewPlanDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", choose)
    window.document.undo_stack.setClean()
    assert window.files.new_plan()
    plan = window.document.plan
    assert plan.conditions == ["graft-allograft"]
    assert [o.id for o in in_effect(plan).precautions if o.id.startswith("wb-")] == [
        "wb-partial", "wb-as-tolerated"]


def test_an_order_written_in_days_is_shown_and_edited_in_days(
        qtbot, qtmodeltester, small_library, lumbar_template) -> None:
    from rehab_planner.gui.models.precautions_model import PrecautionsModel

    panel, doc = _panel(qtbot, small_library, lumbar_template)
    _add(qtbot, panel, "no-bending")
    model = panel.model
    qtmodeltester.check(model)
    assert model.index(0, PrecautionsModel.END).data() == "week 12"
    days = model.index(0, PrecautionsModel.DAYS)
    assert model.setData(days, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert doc.plan.precautions[0].unit == "days"
    assert model.index(0, PrecautionsModel.END).data() == "day 84"
    # Type the surgeon's 120 days into the table's editor (more than a plain spin box's 99.99).
    end = model.index(0, PrecautionsModel.END)
    panel.table.setCurrentIndex(end)
    panel.table.edit(end)
    editor = panel.table.focusWidget()
    editor.selectAll()
    assert editor.suffix() == " days" and editor.decimals() == 0
    qtbot.keyClicks(editor, "120")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.plan.precautions[0].days_to != 84)  # the view commits queued
    order = doc.plan.precautions[0]
    assert (order.unit, order.days_to) == ("days", 120)
    assert model.index(0, PrecautionsModel.END).data() == "day 120"
    lines = precaution_lines(doc.plan, model.catalogue)
    assert lines[0].startswith("Until 2 Mar 2027 (for the first 120 days after surgery): Do not bend")


def test_conditions_switch_orders_on_and_off_in_the_panel(qtbot, small_library) -> None:
    from rehab_planner.templates.loader import load_templates

    plan = instantiate(load_templates()["acl-reconstruction"], Patient(name="Ann"),
                       dt.date(2026, 11, 2))
    doc = PlanDocument(plan, small_library)
    panel = PrecautionsPanel(doc, load_catalogue())
    qtbot.addWidget(panel)
    panel.show()
    assert list(panel.condition_boxes) == ["graft-hamstring", "graft-allograft"]
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert names[:2] == ["Weight bearing as tolerated",
                         "Partial weight bearing (off: not for this plan's conditions)"]
    box = panel.condition_boxes["graft-hamstring"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert doc.plan.conditions == ["graft-hamstring"]
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert names[:2] == ["Weight bearing as tolerated (off: not for this plan's conditions)",
                         "Partial weight bearing"]
    doc.undo_stack.undo()
    assert doc.plan.conditions == [] and not panel.condition_boxes["graft-hamstring"].isChecked()


def test_the_dosage_editor_says_which_leg_bears_the_weight(qtbot, small_library,
                                                           lumbar_template) -> None:
    from rehab_planner.gui import commands
    from rehab_planner.gui.widgets.dosage_editor import DosageEditor
    from rehab_planner.library import load_library
    from rehab_planner.model import Prescription

    shipped = load_library()
    editor = DosageEditor()
    qtbot.addWidget(editor)
    editor.show()
    rx = Prescription(exercise_id="one-leg-stand")
    editor.show_prescription(rx, shipped.get("one-leg-stand"))
    assert editor.stance.isVisible() and editor.stance.currentData() is None
    with qtbot.waitSignal(editor.stance_edited) as signal:
        editor.stance.setCurrentIndex(editor.stance.findData("other"))
    assert signal.args == [rx.id, "other"]
    editor.show_prescription(Prescription(exercise_id="ankle-pumps"), shipped.get("ankle-pumps"))
    assert not editor.stance.isVisible()

    # The command the plan editor pushes for it is one undo step.
    plan = instantiate(lumbar_template, Patient(name="Ann"), dt.date(2026, 11, 2))
    doc = PlanDocument(plan, small_library)
    rx_id = doc.plan.phases[0].prescriptions[0].id
    commands.set_stance_leg(doc, rx_id, "other")
    assert doc.plan.phases[0].prescriptions[0].stance_leg == "other"
    doc.undo_stack.undo()
    assert doc.plan.phases[0].prescriptions[0].stance_leg is None


def test_a_lift_limit_to_stay_under_is_chosen_in_the_panel(
        qtbot, small_library, lumbar_template) -> None:
    # The surgeon's "nothing of 20 lb or more": 20 lb, and "less than the limit".
    from PySide6.QtWidgets import QComboBox

    panel, doc = _panel(qtbot, small_library, lumbar_template)
    _add(qtbot, panel, "lift-limit")
    _type_value(qtbot, panel, "Lift limit (lb)", "20")
    rule = next(w for w in panel.values.findChildren(QComboBox)
                if w.accessibleName() == "The patient may lift")
    assert [rule.itemText(i) for i in range(rule.count())] == ["up to the limit",
                                                               "less than the limit"]
    assert rule.currentText() == "up to the limit"
    rule.setCurrentText("less than the limit")
    assert doc.plan.precautions[0].params == {"lift_limit_lb": 20,
                                              "lift_rule": "less than the limit"}
    (line,) = precaution_lines(doc.plan, panel.model.catalogue)
    assert line.endswith("Lift only things lighter than 20 pounds (9.1 kg).")
