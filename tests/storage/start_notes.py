"""Plan format 7 turns the templates' old note "Start this in week N. ..." into a start week and
the rest of the note (see storage.plan_migrations): helpers for tests that compare an older file
with what this version reads or shows."""

from __future__ import annotations

from typing import Any


def undo_start_notes(data: dict[str, Any]) -> list[tuple[str, float]]:
    """Put each start week back into its note, as the older file had it; the (exercise id, week)
    pairs the migration made, in plan order."""
    made = []
    for phase in data["phases"]:
        for rx in phase["prescriptions"]:
            if "start_week" in rx:
                week = rx.pop("start_week")
                rx["note"] = f"Start this in week {week:g}. {rx['note']}".rstrip()
                made.append((rx["exercise_id"], week))
    return made


def shown_as_before(lines: list[str]) -> list[str]:
    """`show`'s lines with each "Starts: week N (date)" line put back into the note after it, as
    the older version showed it."""
    out: list[str] = []
    waiting = None
    for line in lines:
        if line.strip().startswith("Starts: week "):
            waiting = line.strip().split()[2]
            continue
        if waiting is not None:
            indent, _, note = line.partition("Note: ")
            line = f"{indent}Note: Start this in week {waiting}. {note}"
            waiting = None
        out.append(line)
    return out
