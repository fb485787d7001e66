"""The exercise list shows each dosage whole, under the exercise's name, at 1280x800."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from rehab_planner.gui import commands
from rehab_planner.gui.models.plan_model import DosageTextRole, PrescriptionModel
from rehab_planner.gui.widgets.exercise_tree import ExerciseDelegate, wrap_dosage
from rehab_planner.model import Dosage, Side
from rehab_planner.model.dosage import SEPARATOR

SURGERY = dt.date(2026, 11, 2)
LONG = Dosage(sets=3, reps=10, hold_seconds=5, times_a_day=3, days_a_week=5, side=Side.RIGHT,
              load="2 lb")
LONG_TEXT = "3 sets of 10 reps · hold 5 seconds · right side · 2 lb · 3 times a day · 5 days a week"


def test_a_dosage_breaks_between_its_parts_then_between_words() -> None:
    def fits(width: int):  # type: ignore[no-untyped-def]
        return lambda line: len(line) <= width

    assert wrap_dosage(LONG_TEXT, fits(200)) == [LONG_TEXT]
    lines = wrap_dosage(LONG_TEXT, fits(50))
    assert lines == ["3 sets of 10 reps · hold 5 seconds · right side",
                     "2 lb · 3 times a day · 5 days a week"]
    assert SEPARATOR.join(lines) == LONG_TEXT
    # A part longer than a line is broken between its words; no word is lost.
    narrow = wrap_dosage(LONG_TEXT, fits(8))
    assert all(len(line) <= 8 for line in narrow if " " in line)
    assert " ".join(narrow).split() == LONG_TEXT.replace(SEPARATOR, " ").split()
    assert wrap_dosage("", fits(10)) == []


def long_dosage_row(qtbot, window):  # type: ignore[no-untyped-def]
    """A plan whose walking exercise has a long dosage; returns the tree, model and its id."""
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    plan = window.document.plan
    walking = next(rx for rx in plan.phases[0].prescriptions if rx.exercise_id == "walking")
    commands.set_dosage(window.document, walking.id, LONG)
    tree, model = window.editor.tree, window.editor.exercises_model
    tree.scrollTo(model.index_of(walking.id))
    qtbot.waitUntil(lambda: tree.visualRect(model.index_of(walking.id)).isValid())
    return tree, model, walking.id


def layout_of(tree, index: QModelIndex):  # type: ignore[no-untyped-def]
    """The text rect, dosage lines and font metrics the delegate paints this row with."""
    delegate = tree.itemDelegateForColumn(PrescriptionModel.EXERCISE)
    assert isinstance(delegate, ExerciseDelegate)
    opt = QStyleOptionViewItem()
    opt.initFrom(tree)
    opt.widget = tree
    opt.font = tree.font()
    opt.decorationSize = tree.iconSize()
    opt.rect = tree.visualRect(index)
    delegate.initStyleOption(opt, index)
    rect = delegate.text_rect(opt)
    return rect, delegate.dosage_lines(opt, index, rect.width()), QFontMetrics(opt.font)


def test_a_long_dosage_is_shown_whole_under_the_name(qtbot, window) -> None:
    tree, model, rx_id = long_dosage_row(qtbot, window)
    index = model.index_of(rx_id)
    assert index.data(DosageTextRole) == LONG_TEXT
    assert tree.isColumnHidden(PrescriptionModel.DOSAGE)  # folded into the Exercise column
    rect, lines, metrics = layout_of(tree, index)
    # At 1280x800 the dosage does not fit on one line, so it wraps: every part is shown, in
    # order, and no line is wider than the cell, so none is cut short with "…".
    assert metrics.horizontalAdvance(LONG_TEXT) > rect.width()
    assert len(lines) >= 2 and SEPARATOR.join(lines) == LONG_TEXT
    assert all(metrics.horizontalAdvance(line) <= rect.width() for line in lines)
    assert metrics.horizontalAdvance("Walking") <= rect.width()
    # The row is tall enough for the name and every dosage line.
    row = tree.visualRect(index)
    qtbot.waitUntil(lambda: tree.visualRect(index).height()
                    >= (1 + len(lines)) * metrics.lineSpacing())
    # Screen readers hear the dosage with the name (its own column is hidden).
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Walking" in spoken and LONG_TEXT in spoken
    # The last dosage line is painted: its band of the row (as the delegate places it, the
    # block of lines centred in the row) holds dark text, not only background.
    image = tree.viewport().grab().toImage()
    step = metrics.lineSpacing()
    top = rect.top() + max(0, (rect.height() - (1 + len(lines)) * step) // 2)
    band = QRect(rect.left(), top + len(lines) * step, rect.width(), step)
    assert row.contains(band)
    darkest = min(image.pixelColor(x, y).lightness() for x in range(band.left(), band.right())
                  for y in range(band.top(), band.bottom() + 1))
    assert darkest < 128


def test_rows_follow_the_column_width_and_the_undo_stack(qtbot, window) -> None:
    tree, model, rx_id = long_dosage_row(qtbot, window)
    index = model.index_of(rx_id)
    wide = tree.visualRect(index).height()
    tree.header().resizeSection(PrescriptionModel.EXERCISE, 230)  # the therapist narrows it
    qtbot.waitUntil(lambda: tree.visualRect(model.index_of(rx_id)).height() > wide)
    _, lines, _ = layout_of(tree, model.index_of(rx_id))
    assert SEPARATOR.join(lines) == LONG_TEXT
    tall = tree.visualRect(model.index_of(rx_id)).height()
    window.undo_action.trigger()  # back to the short default dosage: the row shrinks
    qtbot.waitUntil(lambda: tree.visualRect(model.index_of(rx_id)).height() < tall)
    shown = model.index_of(rx_id).data(DosageTextRole)
    assert shown != LONG_TEXT and "10 minutes · 3 times a day" in shown
    # Another phase and back (a model reset): the Dosage column stays folded away.
    window.editor.phases.select_phase(window.document.plan.phases[1].id)
    window.editor.phases.select_phase(window.document.plan.phases[0].id)
    assert tree.isColumnHidden(PrescriptionModel.DOSAGE)


def test_a_click_on_a_dosage_line_chooses_the_exercise(qtbot, window) -> None:
    tree, model, rx_id = long_dosage_row(qtbot, window)
    window.editor.select_prescription(None, None)
    tree.clearSelection()
    row = tree.visualRect(model.index_of(rx_id))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(row.center().x(), row.bottom() - 3))
    assert [rx.id for rx in window.editor.selected_prescriptions()] == [rx_id]
    assert window.editor.dosage.isEnabled()
