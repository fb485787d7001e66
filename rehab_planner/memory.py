"""Python's cycle collector held off while many objects are built at once (loading a library)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freeze_loads = False


@contextmanager
def keeping_loads() -> Iterator[None]:
    """While the block runs, what a paused_gc block builds is frozen (gc.freeze) when it ends.

    For a short run that loads once and ends (a CLI command): without it, the first full pass
    of the collector after a 10,000-exercise load scans it all once more (0.1 to 0.25 s). Frozen
    objects are still freed when their last reference goes; only a reference cycle among them
    stays until the process ends, which is why the app does not ask for it (its start-up freezes
    what it keeps for the session itself: gui/start_up.py).
    """
    global _freeze_loads
    was = _freeze_loads
    _freeze_loads = True
    try:
        yield
    finally:
        _freeze_loads = was


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cycle collector while the block runs, then let it run as before.

    Loading builds hundreds of thousands of objects, none of them garbage; the collector would scan
    them again and again (40% of the time a 10,000-exercise library takes), and on a worker thread
    each of its passes also holds the window still. A collector that was off stays off.
    Inside keeping_loads(), what the block built is frozen.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freeze_loads:
            gc.freeze()
        if was_on:
            gc.enable()
