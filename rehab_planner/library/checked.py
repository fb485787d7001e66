"""Marks of exercise files this app has already validated without a problem, in the user's cache.

A mark is found by a hash of the app version, the model code (rehab_planner/model) and the file's
exact text: an edited file, another app version or a changed model has no mark, and its entries
are validated as they are read. A marked file's entries are validated when first used
(library.entries). A missing, unreadable or broken mark is no mark; a mark that cannot be written
is skipped (the app only starts slower). `library validate` never looks at marks.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from importlib import resources

from rehab_planner import __version__, paths
from rehab_planner.storage.atomic import write_atomic

log = logging.getLogger(__name__)

MARK_FORMAT = 1
MAX_MARK_BYTES = 1024


@functools.cache
def _model_code() -> bytes:
    """A digest of the model's source: the rules an entry was validated by.

    Without readable sources (a frozen bundle) the app version alone stands for them.
    """
    digest = hashlib.blake2b(digest_size=20)
    try:
        files = sorted((f for f in resources.files("rehab_planner.model").iterdir()
                        if f.name.endswith(".py")), key=lambda f: f.name)
        for source in files:
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    except OSError:
        pass
    return digest.digest()


def mark_key(text: str) -> str:
    """The key of a file's mark: app version, mark format, model code and the file's text."""
    seed = f"{__version__}\0{MARK_FORMAT}\0exercises\0".encode() + _model_code()
    return hashlib.blake2b(seed + text.encode("utf-8", "surrogatepass"),
                           digest_size=20).hexdigest()


def is_checked(key: str) -> bool:
    """True when a file with this key was validated without a problem before."""
    path = paths.checked_cache_dir() / f"{key}.json"
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MARK_BYTES + 1)
        if len(raw) > MAX_MARK_BYTES:
            return False
        mark = json.loads(raw)
    except (OSError, ValueError):
        return False
    return isinstance(mark, dict) and mark.get("format") == MARK_FORMAT and mark.get("key") == key


def mark_checked(key: str) -> None:
    """Remember that the file with this key validated without a problem."""
    folder = paths.checked_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(folder / f"{key}.json",
                     json.dumps({"format": MARK_FORMAT, "key": key}).encode())
    except OSError as exc:  # a read-only or full disk: validated again at the next start
        log.debug("checked mark not written: %s", exc)
