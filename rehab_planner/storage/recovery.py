"""Recovery files: the open plan autosaved every minute, offered back after a crash.

One file per running session in user_data()/recovery/. A clean save or a clean exit removes it;
a file left behind by a process that is no longer running means the app did not close cleanly.

A plan opened from the patient database also keeps its database link (which database, without a
password; the plan id; the revision the edit started from), so a restored plan saves a new revision
with the usual conflict check. Files written before the link was kept (schema 1) still load.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.model import Plan
from rehab_planner.model.plan import now
from rehab_planner.storage.atomic import write_text_atomic
from rehab_planner.storage.plan_migrations import migrate_plan_data
from rehab_planner.storage.safe_read import PLAN_LIMITS, FileRefused, read_text

log = logging.getLogger(__name__)

FOLDER = "recovery"
SUFFIX = ".recovery.json"
SCHEMA_VERSION = 2  # 2: the database link; 1: the plan and its file only


@dataclass(frozen=True)
class DatabaseLinkRecord:
    """Which patient database plan an autosaved plan is, so a restored plan can save there again.

    Attributes:
        database: where the database is, as shown to the user (never with a password).
        plan_id: the plan's id in the database.
        revision: the revision the edit started from; the next save expects it.
    """

    database: str
    plan_id: str
    revision: int


@dataclass(frozen=True)
class Recovery:
    """A recovery file found at start-up."""

    path: Path
    plan: Plan
    source: Path | None  # the plan file it was opened from, if any
    saved_at: dt.datetime
    pid: int
    database: DatabaseLinkRecord | None = None  # the patient database plan it was, if any


def without_password(database: str) -> str:
    """A database address with any password hidden; any other text is kept exactly as it is."""
    from sqlalchemy.engine import make_url  # here, not at start-up: it takes a while to load
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(database)
    except (ArgumentError, ValueError):
        return database
    return database if url.password is None else url.render_as_string(hide_password=True)


def recovery_dir() -> Path:
    """The folder of recovery files (created when missing)."""
    folder = paths.user_data() / FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def session_file(session: str | None = None) -> Path:
    """This session's recovery file (by process id unless a session name is given)."""
    return recovery_dir() / f"{session or os.getpid()}{SUFFIX}"


def write_recovery(plan: Plan, source: Path | None, path: Path | None = None, *,
                   database: DatabaseLinkRecord | None = None) -> Path:
    """Write the plan to this session's recovery file atomically (mode 600).

    Args:
        plan: the plan being edited.
        source: the plan file it was opened from or last saved to, if any.
        path: the recovery file (this session's by default).
        database: the patient database plan it is, if any (a password in the address is hidden).

    Raises:
        RehabError: the file could not be written.
    """
    path = path or session_file()
    record = {
        "schema_version": SCHEMA_VERSION,
        "pid": os.getpid(),
        "source": str(source) if source else None,
        "saved_at": now().isoformat(),
        "database": None if database is None else {
            "database": without_password(database.database),
            "plan_id": database.plan_id,
            "revision": database.revision,
        },
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


def _link(path: Path, value: object) -> DatabaseLinkRecord | None:
    """The database link of a record: None when absent (schema 1 files) or damaged.

    A damaged link never hides the plan: it is restored as an unsaved plan instead.
    """
    if value is None:
        return None
    if isinstance(value, dict):
        database, plan_id, revision = (value.get(k) for k in ("database", "plan_id", "revision"))
        if (isinstance(database, str) and database and isinstance(plan_id, str) and plan_id
                and isinstance(revision, int) and not isinstance(revision, bool) and revision >= 1):
            return DatabaseLinkRecord(database=database, plan_id=plan_id, revision=revision)
    log.warning("%s: the database link is damaged; the plan is restored without it", path)
    return None


def read_recovery(path: Path) -> Recovery:
    """Read one recovery file (schema 1 files have no database link).

    Raises:
        RehabError: unreadable or not a recovery file.
    """
    try:
        record = json.loads(read_text(path, PLAN_LIMITS.max_bytes * 2, "recovery file"))
        return Recovery(
            path=path,
            plan=Plan.model_validate(migrate_plan_data(record["plan"])),
            source=Path(record["source"]) if record.get("source") else None,
            saved_at=dt.datetime.fromisoformat(record["saved_at"]),
            pid=int(record.get("pid", 0)),
            database=_link(path, record.get("database")),
        )
    except FileRefused as exc:
        raise RehabError(f"{path}: not a readable recovery file ({exc.reason})") from None
    except (OSError, ValueError, KeyError, TypeError, RecursionError, ValidationError) as exc:
        raise RehabError(f"{path}: not a readable recovery file ({str(exc)[:200]})") from None


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
