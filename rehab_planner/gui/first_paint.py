"""Run something once a widget has painted for the first time (or after a while, if it does not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, widget: QObject, fn: Callable[[], None], at_most_ms: int) -> None:
        super().__init__(widget)
        self._fn: Callable[[], None] | None = fn
        self._widget = widget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(at_most_ms)  # a hidden widget never paints
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fn is not None and event.type() == QEvent.Type.Paint:
            self._timer.start(0)  # after this paint and the others of the same update, not inside
        return False

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            self._widget.removeEventFilter(self)
            fn()


def after_first_paint(widget: QObject, fn: Callable[[], None], at_most_ms: int = 200) -> None:
    """Call fn once `widget` has painted (e.g. before a worker starts that would take turns with
    that paint at the interpreter lock), or after `at_most_ms` if it has not painted by then.

    fn is dropped if the widget is deleted first.
    """
    _FirstPaint(widget, fn, at_most_ms)
