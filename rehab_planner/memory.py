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

    What the block built is then frozen (gc.freeze): the collector leaves it out of its later
    passes. Without that, the first full pass after a 10,000-exercise load scans it all once more
    (0.1 to 0.25 s, on whatever thread allocates next). Frozen objects are still freed when their
    last reference goes; only a reference cycle among them would stay until the app ends.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()
