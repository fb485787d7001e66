"""The handout settings tab puts the chosen lifestyle topics in order: drag and drop, buttons, keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from rehab_planner.gui.widgets.handout_settings import TOPIC_MIME
from rehab_planner.handout.render import HandoutOptions, render_handout
from rehab_planner.handout.texts import load_handout_text

from ..handout.pdfread import all_text
from .helpers import drop

SURGERY = dt.date(2026, 11, 2)
CHOSEN = ["walking", "lifting", "sitting", "sleep"]


def open_plan_with_topics(qtbot, window):  # type: ignore[no-untyped-def]
    """A plan whose handout prints CHOSEN, ticked one by one in the tab; the tab is shown."""
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    panel = window.editor.settings
    window.editor.tabs.setCurrentWidget(panel)
    for topic_id in CHOSEN:
        row = [panel.topics.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(panel.topics.count())].index(topic_id)
        panel.topics.item(row).setCheckState(Qt.CheckState.Checked)
    assert window.document.plan.guidance == CHOSEN
    qtbot.waitUntil(lambda: panel.order.isVisible())
    return panel


def shown(panel) -> list[str]:  # type: ignore[no-untyped-def]
    return panel.order.topic_ids()


def test_the_order_list_follows_the_ticks(qtbot, window) -> None:
    panel = open_plan_with_topics(qtbot, window)
    assert shown(panel) == CHOSEN
    titles = window.services.guidance_topics
    assert [panel.order.item(i).text() for i in range(4)] == [titles[t] for t in CHOSEN]
    # Unticking takes a topic out of the order; undo puts it back in its place.
    row = [panel.topics.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(panel.topics.count())].index("lifting")
    panel.topics.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert shown(panel) == ["walking", "sitting", "sleep"]
    window.undo_action.trigger()
    assert shown(panel) == CHOSEN


def test_move_buttons_are_one_undo_step_each(qtbot, window) -> None:
    panel = open_plan_with_topics(qtbot, window)
    stack = window.document.undo_stack
    up, down = panel.move_buttons
    panel.order.setCurrentRow(0)
    assert not panel.move_up.isEnabled() and panel.move_down.isEnabled()  # first: only down
    steps = stack.count()
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert window.document.plan.guidance == ["lifting", "walking", "sitting", "sleep"]
    assert shown(panel) == window.document.plan.guidance
    assert stack.count() == steps + 1 and stack.undoText() == "Move handout topic"
    # The moved topic stays chosen, so pressing again moves it further.
    assert panel.order.currentItem().data(Qt.ItemDataRole.UserRole) == "walking"
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert window.document.plan.guidance == ["lifting", "sitting", "sleep", "walking"]
    assert not panel.move_down.isEnabled() and panel.move_up.isEnabled()  # last: only up
    assert stack.count() == steps + 3
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert window.document.plan.guidance == ["lifting", "sitting", "walking", "sleep"]
    for _ in range(4):
        window.undo_action.trigger()
    assert window.document.plan.guidance == CHOSEN
    assert shown(panel) == CHOSEN
    window.redo_action.trigger()
    assert shown(panel) == ["lifting", "walking", "sitting", "sleep"]


def test_alt_up_and_alt_down_move_the_chosen_topic(qtbot, window) -> None:
    panel = open_plan_with_topics(qtbot, window)
    panel.order.setFocus()
    qtbot.waitUntil(panel.order.hasFocus)
    panel.order.setCurrentRow(2)
    qtbot.keyClick(panel.order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.document.plan.guidance == ["walking", "sitting", "lifting", "sleep"]
    qtbot.keyClick(panel.order, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.document.plan.guidance == ["sitting", "walking", "lifting", "sleep"]
    qtbot.keyClick(panel.order, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.document.plan.guidance == ["walking", "sitting", "lifting", "sleep"]
    assert panel.order.currentItem().data(Qt.ItemDataRole.UserRole) == "sitting"
    # Without Alt the arrow keys only choose another topic.
    qtbot.keyClick(panel.order, Qt.Key.Key_Down)
    assert window.document.plan.guidance == ["walking", "sitting", "lifting", "sleep"]
    assert panel.order.currentRow() == 2


def test_drag_and_drop_moves_a_topic_in_one_step(qtbot, window) -> None:
    panel = open_plan_with_topics(qtbot, window)
    order, stack = panel.order, window.document.undo_stack
    steps = stack.count()
    mime = order.model().mimeData([order.model().index(0, 0)])  # drag "walking"
    assert mime.hasFormat(TOPIC_MIME)
    below_sitting = order.visualRect(order.model().index(2, 0))
    assert drop(order, mime, QPoint(below_sitting.center().x(), below_sitting.bottom() - 2),
                Qt.DropAction.MoveAction)
    assert window.document.plan.guidance == ["lifting", "sitting", "walking", "sleep"]
    assert shown(panel) == ["lifting", "sitting", "walking", "sleep"]  # no row lost or doubled
    assert stack.count() == steps + 1
    # Dropping the last topic on the top half of the first one puts it first.
    mime = order.model().mimeData([order.model().index(3, 0)])
    first = order.visualRect(order.model().index(0, 0))
    drop(order, mime, QPoint(first.center().x(), first.top() + 2), Qt.DropAction.MoveAction)
    assert window.document.plan.guidance == ["sleep", "lifting", "sitting", "walking"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.guidance == CHOSEN and shown(panel) == CHOSEN


def test_the_controls_are_named_for_screen_readers(qtbot, window) -> None:
    panel = open_plan_with_topics(qtbot, window)
    assert panel.order.accessibleName() and panel.order.toolTip()
    names = [b.accessibleName() for b in panel.move_buttons]
    assert names == ["Move up", "Move down"]
    assert "Alt+Up" in panel.move_up.toolTip() and "Alt+Down" in panel.move_down.toolTip()
    assert panel.order_label.buddy() is panel.order


def test_the_handout_prints_the_topics_in_the_new_order(qtbot, window, tmp_path: Path) -> None:
    panel = open_plan_with_topics(qtbot, window)
    panel.order.setCurrentRow(3)
    for _ in range(3):
        panel.move_up.trigger()  # "sleep" goes first
    panel.order.setCurrentRow(1)
    panel.move_down.trigger()  # "walking" goes after "lifting"
    plan = window.document.plan
    assert plan.guidance == ["sleep", "lifting", "walking", "sitting"]
    result = render_handout(plan, HandoutOptions(printed_on=SURGERY, include_log=False),
                            library=window.document.library)
    path = tmp_path / "handout.pdf"
    path.write_bytes(result.pdf)
    text = all_text(path.read_bytes())
    titles = window.services.guidance_topics
    heading = load_handout_text().guidance.heading
    after = text[text.index(heading):]  # the lifestyle section, not mentions on earlier pages
    positions = [after.find(titles[t]) for t in plan.guidance]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
