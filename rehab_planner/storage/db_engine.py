"""Connecting to the patient database: URL choice, SQLite file and pragmas, migrations, backups.

Every difference between SQLite and PostgreSQL lives here; database.py speaks plain SQLAlchemy.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

from rehab_planner import paths
from rehab_planner.errors import NewerVersionError, RehabError
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.db_schema import metadata
from rehab_planner.storage.safe_read import regular_file_or_missing

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The schema revision this version of Rehab Planner writes: the newest file in migrations/versions
#: (a test keeps them in step). Opening an up-to-date database then never loads Alembic.
SCHEMA_HEAD = "0004"
DEFAULT_FILE = paths.DATABASE_FILE
URL_VARIABLE = paths.DATABASE_VARIABLE
WRITE = "rehab_write"  # execution option: this connection's transaction will write
_MIGRATION_LOCK = 7_264_001  # PostgreSQL advisory lock key while migrating
_BUSY_SECONDS = 30


class DatabaseOpenError(RehabError):
    """The patient database cannot be opened or read."""


def default_url() -> str:
    """The embedded database: a SQLite file in the user's data folder."""
    return f"sqlite:///{paths.private_database()}"


def resolve_url(url: str | None) -> URL:
    """The URL to use: the one given, else $REHAB_PLANNER_DB, else the embedded SQLite file.

    Raises:
        DatabaseOpenError: not a database URL, or a kind of database we do not support.
    """
    raw = url or os.environ.get(URL_VARIABLE) or default_url()
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseOpenError(
            f"'{raw}' is not a database URL; use e.g. sqlite:///path/to/patients.sqlite3 "
            "or postgresql://user@host/dbname"
        ) from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        if not parsed.database or parsed.database == ":memory:":
            raise DatabaseOpenError("a SQLite database URL needs a file: sqlite:///path/to/file")
        return parsed.set(drivername="sqlite")
    raise DatabaseOpenError(
        f"unsupported database '{parsed.drivername}': use SQLite (sqlite:///FILE) or PostgreSQL "
        "(postgresql://user@host/dbname)"
    )


def describe(url: URL) -> str:
    """The URL as shown to a user: never with its password."""
    return url.render_as_string(hide_password=True)


def short_name(url: URL) -> str:
    """The database as named in a status bar: the file name, or 'NAME on HOST' for a server."""
    local = sqlite_file(url)
    if local is not None:
        return local.name or "memory"
    host = url.host or "this computer"
    return f"{url.database} on {host}"


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL, None for a server database."""
    return Path(url.database or "") if url.get_backend_name() == "sqlite" else None


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite's WAL follows its mode)."""
    if not path.parent.is_dir():
        raise DatabaseOpenError(f"{path.parent}: the patient database's folder does not exist")
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # We issue BEGIN ourselves (below), so pysqlite's own transaction handling is turned off.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a save that returned survives a power cut as well as a killed process.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    # A writer takes the write lock at BEGIN, so two savers queue up instead of one failing
    # halfway with SQLITE_BUSY when it upgrades a read lock.
    immediate = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL) -> Engine:
    """An engine for the URL, with SQLite set up for WAL and one locked transaction per save.

    Raises:
        DatabaseOpenError: the driver is missing or the file cannot be created.
    """
    path = sqlite_file(url)
    try:
        if path is None:
            return create_engine(url, pool_pre_ping=True, hide_parameters=True)
        regular_file_or_missing(path, "patient database")
        _create_private_file(path)
        engine = create_engine(
            url,
            hide_parameters=True,  # patient names never reach an error message or log
            connect_args={"timeout": _BUSY_SECONDS, "check_same_thread": False},
        )
    except (NoSuchModuleError, ModuleNotFoundError):
        raise DatabaseOpenError(
            "PostgreSQL support is not installed: pip install 'rehab-planner[postgres]'"
        ) from None
    except OSError as exc:
        raise DatabaseOpenError(
            f"{path}: cannot create the patient database ({exc.strerror})"
        ) from None
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def open_error(url: URL, exc: Exception) -> DatabaseOpenError:
    """A one-line, password-free message for a database that failed to open or answer."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    return DatabaseOpenError(f"cannot open the patient database {describe(url)}: {first}")


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def schema_head() -> str:
    """The newest revision among the migration scripts (SCHEMA_HEAD must equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return str(head)


def current_schema(engine: Engine) -> str | None:
    """The database's schema revision; None for a new, empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, url: URL) -> None:
    """Bring the schema up to date; back a SQLite file up first; refuse a newer schema.

    Raises:
        NewerVersionError: the database was made by a newer Rehab Planner.
        DatabaseOpenError: it cannot be read (not a database, server down, no permission).
    """
    try:
        current = current_schema(engine)
    except (OperationalError, DatabaseError) as exc:
        raise open_error(url, exc) from None
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    try:
        if current == head:
            return
        known = {s.revision for s in script.walk_revisions()}
        if current is not None and current not in known:
            raise NewerVersionError(
                f"the patient database {describe(url)} was made by a newer version of Rehab "
                f"Planner (schema {current}); please update Rehab Planner to open it"
            )
        path = sqlite_file(url)
        if current is not None and path is not None:
            sqlite_backup(engine, path.with_name(f"{path.name}.before-{head}.bak"))
        with engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two apps starting at once: the second waits, then finds nothing to do.
                    lock = text("SELECT pg_advisory_xact_lock(:key)")
                    conn.execute(lock, {"key": _MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError) as exc:
        raise open_error(url, exc) from None


class BackupError(RehabError):
    """A backup could not be written; nothing partial is left behind."""


BACKUP_MARGIN = 1024 * 1024  # bytes kept free beyond the copy's own size


def _remove_partial(tmp_name: str) -> None:
    """Remove a half-written copy and any journal SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(tmp_name + suffix)


def check_free_space(folder: Path, needed: int) -> None:
    """Refuse to start a copy that cannot fit.

    Raises:
        BackupError: the folder's disk has less than needed + BACKUP_MARGIN bytes free.
    """
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell; the write itself will report a full disk
    if free < needed + BACKUP_MARGIN:
        raise BackupError(
            f"{folder}: not enough free space for the backup "
            f"({needed // 1024:,} KB needed, {free // 1024:,} KB free)"
        )


def sqlite_backup(engine: Engine, target: Path) -> None:
    """Copy a live SQLite database with SQLite's online backup API into target (mode 600).

    The copy goes to a temp file in the target's folder and is renamed over it when complete;
    free space is checked first, and a copy that fails (full disk, file-size limit) is removed
    with its journal.

    Raises:
        BackupError: not enough space, or the copy could not be written.
    """
    raw = engine.raw_connection()
    tmp_name = ""
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        pages = source.execute("PRAGMA page_count").fetchone()[0]
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        check_free_space(target.parent, int(pages) * int(page_size))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
        os.chmod(tmp_name, 0o600)
        copy = sqlite3.connect(tmp_name)
        try:
            source.backup(copy)
        finally:
            copy.close()
        with open(tmp_name, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except (sqlite3.Error, OSError) as exc:
        if tmp_name:
            _remove_partial(tmp_name)
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise BackupError(f"{target}: the backup could not be written ({reason}); "
                          "no partial copy is left") from None
    except BaseException:
        if tmp_name:
            _remove_partial(tmp_name)
        raise
    finally:
        raw.close()


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def json_dump_rows(conn: Connection) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every table's rows as plain JSON values, table by table."""
    for table in metadata.sorted_tables:
        rows = conn.execute(select(table)).mappings()
        yield table.name, [{k: _plain(v) for k, v in row.items()} for row in rows]


def json_backup(engine: Engine, target: Path) -> None:
    """Write every row of a server database as one JSON file (mode 600), in one snapshot."""
    schema = current_schema(engine)
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        dump = {
            "format": "rehab-planner-database",
            "schema": schema,
            "made": dt.datetime.now(dt.UTC).isoformat(),
            "tables": dict(json_dump_rows(conn)),
        }
    data = json.dumps(dump, ensure_ascii=False, indent=1).encode("utf-8")
    check_free_space(target.parent, len(data))
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise BackupError(f"{target}: the backup could not be written ({exc.strerror or exc}); "
                          "no partial copy is left") from None
