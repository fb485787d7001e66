"""Run slow core functions off the GUI thread and deliver the result back on it.

The function must be a core function over plain data: it never touches a widget. Results and
errors are delivered through queued signals to slots on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (it lives there)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 relay: _Relay) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs, self._relay = fn, args, kwargs, relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # delivered to on_error; the GUI decides how to show it
            outcome, value = self._relay.failed, exc
        else:
            outcome, value = self._relay.done, result
        try:
            outcome.emit(value)
        except RuntimeError:  # the app quit while this ran: nobody is waiting for the result
            log.debug("result of a background task dropped at exit")


_live: set[_Relay] = set()


def run(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> None:
    """Run fn(*args, **kwargs) in the thread pool; call on_done(result) or on_error(exc) on this thread.

    Args:
        fn: a core function (no widgets).
        on_done: receives the result on the GUI thread.
        on_error: receives the exception; when None it is logged.
        pool: the pool (the global one by default).
    """
    relay = _Relay()
    _live.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()
        if callback is not None:
            callback(value)
        elif isinstance(value, Exception):
            log.error("background task failed", exc_info=value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    (pool or QThreadPool.globalInstance()).start(_Job(fn, args, kwargs, relay))


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for the global pool's jobs (tests, benchmarks and quitting)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
