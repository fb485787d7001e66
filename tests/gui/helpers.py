"""Helpers for GUI tests: simulated drops (offscreen has no drag session), waiting for renders."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication


def drop(view: QAbstractItemView, mime: QMimeData, pos: QPoint,
         action: Qt.DropAction = Qt.DropAction.CopyAction) -> bool:
    """Deliver enter, move and drop events to a view's viewport, as a real drag would.

    Returns:
        True when the view let the drag in (the models refuse the final "accept" on purpose, so
        the source view never deletes rows the plan already moved).
    """
    target = view.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated; Qt has no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
        move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    enter.setDropAction(action)
    QApplication.sendEvent(target, enter)
    move.setDropAction(action)
    QApplication.sendEvent(target, move)
    event = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    event.setDropAction(action)
    QApplication.sendEvent(target, event)
    return enter.isAccepted() and move.isAccepted()


def wait_findings(qtbot, window, timeout: int = 10000) -> list:  # type: ignore[no-untyped-def]
    """Wait until the findings panel holds the findings of the open plan (the check runs on a
    worker thread after each edit); returns them."""
    qtbot.waitUntil(lambda: not window.findings.model.is_checking(), timeout=timeout)
    return window.findings.model.findings
