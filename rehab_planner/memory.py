"""Python's cycle collector held off while many objects are built at once (loading a library)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cycle collector while the block runs, then let it run as before.

    Loading builds hundreds of thousands of objects, none of them garbage; the collector would scan
    them again and again (40% of the time a 10,000-exercise library takes), and on a worker thread
    each of its passes also holds the window still. A collector that was off stays off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
