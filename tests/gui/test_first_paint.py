"""after_first_paint: something runs once a widget has painted, or after a while if it never does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rehab_planner.gui.first_paint import after_first_paint


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_it_runs_after_the_first_paint_once(qtbot: QtBot) -> None:
    label = QLabel("Library")
    qtbot.addWidget(label)
    paints = _Paints()
    label.installEventFilter(paints)
    seen: list[int] = []
    after_first_paint(label, lambda: seen.append(paints.count), at_most_ms=60000)
    label.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] >= 1  # the paint came first
    label.update()
    qtbot.waitUntil(lambda: paints.count > seen[0])
    qtbot.wait(20)
    assert len(seen) == 1


def test_a_hidden_widget_runs_it_after_the_time_given(qtbot: QtBot) -> None:
    label = QLabel("Library")
    qtbot.addWidget(label)
    seen: list[bool] = []
    after_first_paint(label, lambda: seen.append(label.isVisible()), at_most_ms=10)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False]


def test_a_deleted_widget_drops_it(qtbot: QtBot) -> None:
    label = QLabel("Library")
    seen: list[bool] = []
    after_first_paint(label, lambda: seen.append(True), at_most_ms=10)
    label.deleteLater()
    qtbot.wait(60)
    assert seen == []
