"""Parsed data files kept as JSON in the user's cache, found by the file's content.

PyYAML builds Python objects slowly (the C parser leaves that part in Python): the shipped library
takes tens of milliseconds to parse at every start of the app and of the CLI. The parsed data is
kept once as JSON, which the standard library reads in a fraction of the time. The key is a hash of
the app version and the file's text, so an edited file is parsed again, however quickly it was
edited. Only plain data is kept (mappings with text keys, lists, text, numbers, true/false, null:
what JSON gives back unchanged); a file with dates or other YAML types is parsed every time. What
the cache gives back is checked and validated exactly like freshly parsed data; a missing,
unreadable or broken cache file is a miss, and a cache that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from rehab_planner import __version__, paths
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.safe_read import DATA_FILE_LIMITS, FileRefused, read_bytes

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
MISS = object()  # what `cached` returns when the text is not in the cache
MAX_CACHE_BYTES = 4 * DATA_FILE_LIMITS.max_bytes  # JSON escapes can make a file longer than its YAML


def _key(text: str) -> str:
    seed = f"{__version__}\0{CACHE_FORMAT}\0".encode()
    return hashlib.blake2b(seed + text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def cached(text: str) -> Any:
    """The data parsed earlier from this exact text, or MISS."""
    path = paths.parsed_cache_dir() / f"{_key(text)}.json"
    try:
        raw = read_bytes(path, MAX_CACHE_BYTES, "cache file")
        entry = json.loads(raw)
    except (FileRefused, OSError, ValueError, RecursionError):
        return MISS
    if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT or "data" not in entry:
        return MISS
    return entry["data"]


def store(text: str, data: Any) -> None:
    """Keep the data parsed from this text, when it is plain data that JSON gives back unchanged."""
    try:
        encoded = json.dumps({"format": CACHE_FORMAT, "data": data}, ensure_ascii=False,
                             allow_nan=False)
        if json.loads(encoded)["data"] != data:  # e.g. numbers as keys: JSON makes them text
            return
    except (TypeError, ValueError, RecursionError):  # dates, binary, NaN, deep nesting: not kept
        return
    folder = paths.parsed_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(folder / f"{_key(text)}.json", encoded.encode("utf-8", "surrogatepass"))
    except OSError as exc:  # a read-only or full disk: the app works, only slower to start
        log.debug("parsed data not cached: %s", exc)
