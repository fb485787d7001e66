"""Helpers shared by command modules: JSON output, dates, the patient database when there is one."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehab_planner import paths
from rehab_planner.errors import RehabError

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase


def print_json(data: Any) -> None:
    """Pretty JSON on stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD dates, with a clear message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date in the form YYYY-MM-DD (for example 2026-11-02)"
        ) from None


def choice_of(values: list[str], what: str) -> Any:
    """argparse type accepting one of values, naming them all when it is wrong."""

    def parse(text: str) -> str:
        if text not in values:
            raise argparse.ArgumentTypeError(
                f"unknown {what} '{text}'; choose from: {', '.join(values)}"
            )
        return text

    return parse


def login_name() -> str:
    """Who is at the keyboard, for 'saved by' (the login name; empty when the system cannot say)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def fail(message: str) -> RehabError:
    """A user error to raise from a handler: printed as one line, exit 2."""
    return RehabError(message)


def require_output_folder(path: Path) -> None:
    """Refuse an output file whose folder does not exist (one wording for every command).

    Raises:
        RehabError: the folder is missing.
    """
    if not path.parent.is_dir():
        raise fail(f"{path.parent}: no such folder for {path.name}; make the folder first "
                   "or choose another place")


def configured_database(db_url: str | None, *, named_must_exist: bool = True
                        ) -> PatientDatabase | None:
    """The patient database when there is one, for commands that also work without it.

    A database named by --db or $REHAB_PLANNER_DB is opened (with named_must_exist, a SQLite file
    that is not there is an error; without, it is skipped); the private one in the data folder
    only when it was already made. No database file is ever created here. Close it when done.

    Returns:
        The open database, or None when there is no database file to open.

    Raises:
        RehabError: the named database does not exist (named_must_exist) or cannot be opened.
    """
    named = bool(db_url or os.environ.get(paths.DATABASE_VARIABLE))
    if not named and not paths.private_database().is_file():
        return None  # decided before the database code (SQLAlchemy) is loaded: commands start faster
    from rehab_planner.storage import db_engine
    from rehab_planner.storage.database import PatientDatabase

    url = db_engine.resolve_url(db_url)
    local = db_engine.sqlite_file(url)
    if local is not None and not local.is_file():
        if not (named and named_must_exist):
            return None
        raise fail(f"no patient database at {local}: check --db or ${db_engine.URL_VARIABLE}")
    return PatientDatabase.open(db_url)


def plan_library(plan: Any) -> Any:
    """The local library plus the custom exercises the plan carries, and those that differ
    (a PlanLibrary)."""
    from rehab_planner.library import load_library
    from rehab_planner.library.embedded import library_for_plan

    return library_for_plan(load_library(), plan)


def library_for(plan: Any) -> Any:
    """The library for a plan: the local one plus the custom exercises the plan carries.

    A carried exercise whose local copy differs is used as the plan has it, with a warning on
    stderr (`check` reports it as a finding instead).
    """
    from rehab_planner.library.embedded import differing_message

    found = plan_library(plan)
    for exercise_id in found.differing:
        print(f"rehab-planner: warning: {differing_message(exercise_id, found.library)}",
              file=sys.stderr)
    return found.library
