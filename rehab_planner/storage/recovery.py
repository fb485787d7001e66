"""Recovery files: the open plan autosaved every minute, offered back after a crash.

One file per running session in user_data()/recovery/. A clean save or a clean exit removes it;
a file left behind by a process that is no longer running means the app did not close cleanly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.model import Plan
from rehab_planner.model.plan import now
from rehab_planner.storage.atomic import write_text_atomic

FOLDER = "recovery"
SUFFIX = ".recovery.json"


@dataclass(frozen=True)
class Recovery:
    """A recovery file found at start-up."""

    path: Path
    plan: Plan
    source: Path | None  # the plan file it was opened from, if any
    saved_at: dt.datetime
    pid: int


def recovery_dir() -> Path:
    """The folder of recovery files (created when missing)."""
    folder = paths.user_data() / FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def session_file(session: str | None = None) -> Path:
    """This session's recovery file (by process id unless a session name is given)."""
    return recovery_dir() / f"{session or os.getpid()}{SUFFIX}"


def write_recovery(plan: Plan, source: Path | None, path: Path | None = None) -> Path:
    """Write the plan to this session's recovery file atomically.

    Raises:
        RehabError: the file could not be written.
    """
    path = path or session_file()
    record = {
        "schema_version": 1,
        "pid": os.getpid(),
        "source": str(source) if source else None,
        "saved_at": now().isoformat(),
        "plan": json.loads(plan.model_dump_json()),
    }
    try:
        write_text_atomic(path, json.dumps(record, indent=1))
    except OSError as exc:
        raise RehabError(f"Could not write the recovery file {path}: {exc.strerror}") from None
    return path


def discard(path: Path | None = None) -> None:
    """Remove a recovery file (this session's by default)."""
    with contextlib.suppress(OSError):
        (path or session_file()).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def read_recovery(path: Path) -> Recovery:
    """Read one recovery file.

    Raises:
        RehabError: unreadable or not a recovery file.
    """
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return Recovery(
            path=path,
            plan=Plan.model_validate(record["plan"]),
            source=Path(record["source"]) if record.get("source") else None,
            saved_at=dt.datetime.fromisoformat(record["saved_at"]),
            pid=int(record.get("pid", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
        raise RehabError(f"{path}: not a readable recovery file ({exc})") from None


def orphaned_recoveries(*, include_live: bool = False) -> list[Recovery]:
    """Recovery files left by sessions that ended without a clean exit, newest first.

    Broken files are skipped (and kept, so nothing is lost). Files of sessions still running
    (another open window) are skipped unless include_live.
    """
    found = []
    for path in recovery_dir().glob(f"*{SUFFIX}"):
        try:
            recovery = read_recovery(path)
        except RehabError:
            continue
        if not include_live and _alive(recovery.pid):
            continue
        found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
