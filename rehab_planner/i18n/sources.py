"""Which English a translation was written for: a short hash of the English texts, kept with it.

An entry of a translation file may carry `english_hash`: the first 8 hex digits of a SHA-256 over
the English texts it translates, each with its path (so a line that moves changes the hash as a
line that is edited does). When the English changes, the hash no longer matches: the translation
is stale, the handout prints the English (marked [EN]) instead of a translated line that may now
be wrong, and `check` reports `stale-translation`. After a translator has brought the translation
in line, `rehab-planner library translations --refresh ID` records the English it now translates.

The entries that carry a hash: each exercise (exercises.yaml), each template (templates.yaml: its
surgery, main message, stages, goals, criteria, notes and a stage's own words for a condition)
and each daily-life topic (topics.yaml). An entry without one (an exercise file's own
translation, a new language) is used as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehab_planner.datafile import read_yaml
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.overlay import HASH_KEY, english_hash
from rehab_planner.model import Exercise
from rehab_planner.storage.atomic import write_text_atomic

if TYPE_CHECKING:  # the plan models load only where a template is read
    from rehab_planner.model.plan import PhaseWords
    from rehab_planner.model.template import Template

#: What of an exercise a patient reads (and a translation translates).
EXERCISE_TEXT: Any = {"name": True, "steps": True, "safety_notes": True,
                      "surgery_notes": {"__all__": {"text", "only_for"}}, "dosage": {"load"}}
#: The kinds of entry that keep a hash: the section of entries, and the translation file.
KINDS = {"exercises": "exercises.yaml", "templates": "templates.yaml", "topics": "topics.yaml"}

_HASH_LINE = re.compile(rf"^    {HASH_KEY}:.*$")


def exercise_english(exercise: Exercise) -> dict[str, Any]:
    """The English texts of an exercise that a translation translates."""
    return exercise.model_dump(mode="json", include=EXERCISE_TEXT)


def template_english(template: Template) -> dict[str, Any]:
    """The English texts a template copies into a plan: procedure, main message, each stage's
    name, main message (when it has one), goals, criteria and the notes on its exercises (by
    exercise id), and its milestones' own words."""
    english = template.model_dump(mode="json", include={"procedure": True, "main_message": True})
    english["phases"] = [
        {"name": p.name}
        | ({"main_message": p.main_message} if p.main_message.strip() else {})  # as by_condition
        | {"goals": list(p.goals), "criteria": list(p.criteria),
           "notes": {rx.exercise_id: rx.note for rx in p.prescriptions if rx.note.strip()}}
        | ({"by_condition": {w.condition: _words_english(w) for w in p.by_condition}}
           if p.by_condition else {})  # a stage without them keeps the hash it had
        for p in template.phases]
    if template.milestones:  # a template without them keeps the hash it had
        english["milestones"] = [{k: v for k, v in (("criterion", m.criterion), ("text", m.text))
                                  if v.strip()} for m in template.milestones]
    return english


def _words_english(words: PhaseWords) -> dict[str, Any]:
    """A stage's own words for a condition, by field (the name only when it has one)."""
    out: dict[str, Any] = {"name": words.name} if words.name is not None else {}
    if words.main_message is not None:
        out["main_message"] = words.main_message
    return out | {"goals": list(words.goals), "criteria": list(words.criteria)}


def exercise_hash(exercise: Exercise) -> str:
    """The hash of the English texts of an exercise that a translation translates."""
    return english_hash(exercise_english(exercise))


@dataclass(frozen=True)
class EntryState:
    """How one entry of a translation file stands against the English.

    Attributes:
        entry_id: the exercise, template or topic id.
        state: 'current', 'stale' (the English changed), 'unhashed' (no hash kept) or
            'missing' (no translation).
    """

    entry_id: str
    state: str


def entry_states(path: Path, kind: str, english: Mapping[str, object]) -> list[EntryState]:
    """The state of each entry of a translation file, against English data by entry id.

    Args:
        path: the translation file (exercises.yaml, templates.yaml or topics.yaml of a language).
        kind: its section of entries (a key of KINDS).
        english: entry id -> the English data the entry translates (see exercise_english).

    Raises:
        DataFileError: the file is broken.
    """
    section = _section(path, kind)
    out = []
    for entry_id, data in english.items():
        entry = section.get(entry_id)
        if entry is None:
            state = "missing"
        elif not isinstance(entry, dict) or not isinstance(entry.get(HASH_KEY), str):
            state = "unhashed"
        else:
            state = "current" if entry[HASH_KEY] == english_hash(data) else "stale"
        out.append(EntryState(entry_id, state))
    return out


def exercise_states(path: Path, exercises: Iterable[Exercise]) -> list[EntryState]:
    """entry_states for exercises.yaml."""
    return entry_states(path, "exercises", {e.id: exercise_english(e) for e in exercises})


def refresh_hashes(path: Path, kind: str, english: Mapping[str, object]) -> list[str]:
    """Record in the file that its entries for these ids translate today's English.

    Only the `english_hash` lines change (comments and texts stay as written); run it after a
    translator has checked each entry against the English. An entry is written as the files
    write it: `  <id>:` under the section, its fields indented by four spaces.

    Args:
        path: the translation file.
        kind: its section of entries (a key of KINDS).
        english: entry id -> the English data the entry translates.

    Returns:
        The ids whose hash changed or was added.

    Raises:
        DataFileError: the file is broken, or an id has no entry in it.
    """
    wanted = {eid: english_hash(data) for eid, data in english.items()}
    section = _section(path, kind)
    absent = sorted(set(wanted) - set(section))
    if absent:
        raise DataFileError(path, [(f"{kind}.{absent[0]}", "",
                                    "there is no translation of it to mark as checked")])
    known = {eid: entry.get(HASH_KEY) for eid, entry in section.items() if isinstance(entry, dict)}
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    changed: list[str] = []
    inside = False
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.strip() and not line.startswith((" ", "#")):
            inside = line.split(":")[0] == kind
            continue
        match = re.match(r"^  ([^\s:#][^:]*):\s*$", line.rstrip("\n")) if inside else None
        if not match or match[1] not in wanted:
            continue
        eid = match[1]
        if known.get(eid) != wanted[eid]:
            changed.append(eid)
        if i < len(lines) and _HASH_LINE.match(lines[i].rstrip("\n")):
            i += 1  # the old hash line is replaced
        out.append(f"    {HASH_KEY}: \"{wanted[eid]}\"\n")
    write_text_atomic(path, "".join(out), mode=0o644)
    written = _section(path, kind)
    wrong = [eid for eid, value in wanted.items()
             if not isinstance(written.get(eid), dict) or written[eid].get(HASH_KEY) != value]
    if wrong:
        raise DataFileError(path, [(wrong[0], HASH_KEY, "could not be written; write the entry "
                                    "as `  <id>:` with its fields indented by four spaces")])
    return changed


def _section(path: Path, name: str) -> dict[str, Any]:
    """The entries of a translation file by id (its `exercises`, `templates` or `topics`)."""
    data = read_yaml(path) if path.is_file() else None
    if data is None:
        return {}
    section = data.get(name) if isinstance(data, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise DataFileError(path, [(name, "", f"the file must hold a mapping '{name}'")])
    return section
