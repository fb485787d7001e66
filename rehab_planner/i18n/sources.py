"""Which English a translation was written for: a short hash of the English texts, kept with it.

An entry of a translation file may carry `english_hash`: the first 8 hex digits of a SHA-256 over
the English texts it translates, each with its path (so a step that moves changes the hash as a
step that is edited does). When the English changes, the hash no longer matches: the translation
is stale, the handout prints the English (marked [EN]) instead of a Spanish step that may now be
wrong, and `check` reports `stale-translation`. After a translator has brought the translation in
line, `rehab-planner library translations --refresh ID` records the English it now translates.

Exercises (resources/i18n/<language>/exercises.yaml) carry the hash; an entry without one (a
therapist's file, a new language) is trusted as it is.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rehab_planner.datafile import read_yaml
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.overlay import HASH_KEY, text_paths
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_text_atomic

HASH_LENGTH = 8
#: What of an exercise a patient reads (and a translation translates).
EXERCISE_TEXT: Any = {"name": True, "steps": True, "safety_notes": True, "surgery_notes": True,
                      "dosage": {"load"}}

_ENTRY = re.compile(r"^  (?P<id>[a-z0-9][a-z0-9-]*):\s*$")
_HASH_LINE = re.compile(rf"^    {HASH_KEY}:.*$")


def english_hash(data: object) -> str:
    """The short hash of the English texts in data (a model dump), paths included."""
    texts = list(text_paths(data))
    digest = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:HASH_LENGTH]


def exercise_hash(exercise: Exercise) -> str:
    """The hash of the English texts of an exercise that a translation translates."""
    return english_hash(exercise.model_dump(mode="json", include=EXERCISE_TEXT))


def translation_hashes(data: object, path: str = "") -> dict[str, str]:
    """Path of each mapping of a translation file that carries a hash -> that hash."""
    out: dict[str, str] = {}
    if isinstance(data, dict):
        if isinstance(data.get(HASH_KEY), str):
            out[path] = data[HASH_KEY]
        for key, value in data.items():
            if key != HASH_KEY:
                out.update(translation_hashes(value, f"{path}.{key}" if path else str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.update(translation_hashes(value, f"{path}[{i}]"))
    return out


@dataclass(frozen=True)
class EntryState:
    """How one exercise's translation stands against the English.

    Attributes:
        exercise_id: the exercise.
        state: 'current', 'stale' (the English changed), 'unhashed' (no hash kept) or
            'missing' (no translation).
    """

    exercise_id: str
    state: str


def exercise_states(path: Path, exercises: Iterable[Exercise]) -> list[EntryState]:
    """The state of each exercise's entry in a translation file (exercises.yaml).

    Raises:
        DataFileError: the file is broken.
    """
    hashes = _file_hashes(path)
    entries = _entry_ids(path)
    out = []
    for exercise in exercises:
        if exercise.id not in entries:
            state = "missing"
        elif exercise.id not in hashes:
            state = "unhashed"
        else:
            state = "current" if hashes[exercise.id] == exercise_hash(exercise) else "stale"
        out.append(EntryState(exercise.id, state))
    return out


def refresh_hashes(path: Path, exercises: Iterable[Exercise]) -> list[str]:
    """Record in the file that its entries for these exercises translate today's English.

    Only the `english_hash` lines change (comments and texts stay as written); run it after a
    translator has checked each entry against the English.

    Returns:
        The ids whose hash changed or was added.

    Raises:
        DataFileError: the file is broken, or an exercise has no entry in it.
    """
    wanted = {e.id: exercise_hash(e) for e in exercises}
    known = _file_hashes(path)
    absent = sorted(set(wanted) - _entry_ids(path))
    if absent:
        raise DataFileError(path, [(f"exercises.{absent[0]}", "", "there is no translation of "
                                    "this exercise to mark as checked")])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    changed: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        match = _ENTRY.match(line.rstrip("\n"))
        if not match or match["id"] not in wanted:
            continue
        eid = match["id"]
        if known.get(eid) != wanted[eid]:
            changed.append(eid)
        if i < len(lines) and _HASH_LINE.match(lines[i].rstrip("\n")):
            i += 1  # the old hash line is replaced
        out.append(f"    {HASH_KEY}: \"{wanted[eid]}\"\n")
    write_text_atomic(path, "".join(out), mode=0o644)
    written = _file_hashes(path)
    wrong = [eid for eid, value in wanted.items() if written.get(eid) != value]
    if wrong:  # an entry laid out other than the file's own style (two spaces, id, colon)
        raise DataFileError(path, [(f"exercises.{wrong[0]}", HASH_KEY, "could not be written; "
                                    "write the entry as `  <id>:` with its fields indented by four")])
    return changed


def _exercises_section(path: Path) -> dict[str, Any]:
    data = read_yaml(path) if path.is_file() else None
    if data is None:
        return {}
    section = data.get("exercises") if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise DataFileError(path, [("exercises", "", "the file must hold a mapping 'exercises'")])
    return section


def _entry_ids(path: Path) -> set[str]:
    return set(_exercises_section(path))


def _file_hashes(path: Path) -> dict[str, str]:
    return {eid: entry[HASH_KEY] for eid, entry in _exercises_section(path).items()
            if isinstance(entry, dict) and isinstance(entry.get(HASH_KEY), str)}
