"""Marks of exercise files this app has already validated without a problem, in the user's cache.

A mark lists the file's entries (id, links, whether it has a picture, and what a list shows and
filters by): what a load checks across files and what `library list` prints, so a checked file is
not even parsed until one of its exercises is used.

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
from dataclasses import dataclass
from importlib import resources

from rehab_planner import __version__, paths
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_atomic

log = logging.getLogger(__name__)

MARK_FORMAT = 3
MAX_MARK_BYTES = 4 * 1024 * 1024  # a file's entries' ids and links


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


@dataclass(frozen=True, slots=True)
class EntryMark:
    """What a load needs of a checked entry before it is validated (its id, links and whether its
    file gives it a picture: a figures-folder picture is then not attached), and what a list of
    exercises shows and filters by (library.search.Listed), as the validated exercise had them."""

    id: str
    name: str
    region: str
    category: str
    position: str
    equipment: tuple[str, ...]
    progressions: tuple[str, ...]
    regressions: tuple[str, ...]
    has_figure: bool


def entry_mark(exercise: Exercise) -> EntryMark:
    """The mark of a validated exercise."""
    return EntryMark(exercise.id, exercise.name, exercise.region.value, exercise.category.value,
                     exercise.position.value, tuple(e.value for e in exercise.equipment),
                     tuple(exercise.progressions), tuple(exercise.regressions),
                     exercise.figure is not None)


def read_mark(key: str) -> list[EntryMark] | None:
    """The entries of a file validated without a problem before, or None (no usable mark)."""
    path = paths.checked_cache_dir() / f"{key}.json"
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MARK_BYTES + 1)
        if len(raw) > MAX_MARK_BYTES:
            return None
        mark = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None
    if not (isinstance(mark, dict) and mark.get("format") == MARK_FORMAT
            and mark.get("key") == key and isinstance(mark.get("entries"), list)):
        return None
    entries = []
    for item in mark["entries"]:
        if not (type(item) is list and len(item) == 9 and all(type(v) is str for v in item[:5])
                and _texts(item[5]) and _texts(item[6]) and _texts(item[7])
                and type(item[8]) is bool):
            return None
        entries.append(EntryMark(item[0], item[1], item[2], item[3], item[4], tuple(item[5]),
                                 tuple(item[6]), tuple(item[7]), item[8]))
    return entries


def _texts(value: object) -> bool:
    return type(value) is list and all(type(v) is str for v in value)


def is_checked(key: str) -> bool:
    """True when a file with this key was validated without a problem before."""
    return read_mark(key) is not None


def mark_checked(key: str, entries: list[EntryMark]) -> None:
    """Remember that the file with this key validated without a problem, and its entries."""
    folder = paths.checked_cache_dir()
    mark = {"format": MARK_FORMAT, "key": key,
            "entries": [[e.id, e.name, e.region, e.category, e.position, list(e.equipment),
                         list(e.progressions), list(e.regressions), e.has_figure]
                        for e in entries]}
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(folder / f"{key}.json", json.dumps(mark, ensure_ascii=False).encode())
    except OSError as exc:  # a read-only or full disk: validated again at the next start
        log.debug("checked mark not written: %s", exc)
