"""The patient database: every patient's plans with a revision for each save, templates, exercises.

SQLite in the user's data folder by default; PostgreSQL when a clinic shares one (a database URL).
Every save is one transaction and checks the revision it started from, so two people editing one
plan never overwrite each other silently. Patient names never go to logs or error messages.
Plans are never deleted: an archived plan is hidden from the list, keeps its history, and can be
restored; saving it is refused until then. Archive, restore, and renaming or deleting a clinic
template are recorded (who, when) in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, insert, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from rehab_planner.errors import RehabError
from rehab_planner.model import Exercise, Patient, Plan
from rehab_planner.model.plan import now
from rehab_planner.plans.changes import plan_changes
from rehab_planner.storage import db_engine, db_housekeeping
from rehab_planner.storage.db_engine import DatabaseOpenError
from rehab_planner.storage.db_schema import (
    custom_exercises,
    patients,
    plans,
    revisions,
    search_key,
)
from rehab_planner.storage.db_template_store import TemplateStore
from rehab_planner.storage.db_types import (
    AuditEntry,
    ConflictError,
    NotInDatabaseError,
    PlanArchivedError,
    PlanSummary,
    RevisionInfo,
    SharedExercise,
    valid_plan_id,
)
from rehab_planner.storage.db_visit_store import VisitStore
from rehab_planner.storage.planfile import plan_from_json
from rehab_planner.text import fold

__all__ = [
    "AuditEntry",
    "ConflictError",
    "DatabaseOpenError",
    "NotInDatabaseError",
    "PatientDatabase",
    "PlanArchivedError",
    "PlanSummary",
    "RevisionInfo",
    "SharedExercise",
]


class _LostRace(Exception):
    """The plan's row changed between our read and our write (a server database)."""


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)



class PatientDatabase(VisitStore, TemplateStore):
    """The patient database. Open it with PatientDatabase.open(url); close it when done.

    Safe to use from several threads: each call takes its own connection.
    """

    def __init__(self, engine: Engine, url: URL) -> None:
        self._engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str | None = None) -> PatientDatabase:
        """Open (creating and migrating as needed) the patient database.

        Args:
            url: a database URL; None uses $REHAB_PLANNER_DB, else a SQLite file in the user's
                data folder (created on first start, mode 600, WAL).

        Raises:
            NewerVersionError: a newer Rehab Planner made the database.
            DatabaseOpenError: it cannot be opened (bad URL, server down, not a database).
        """
        resolved = db_engine.resolve_url(url)
        engine = db_engine.make_engine(resolved)
        try:
            db_engine.migrate(engine, resolved)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, resolved)

    @property
    def description(self) -> str:
        """Where the database is, for the user (never with a password)."""
        return db_engine.describe(self.url)

    @property
    def short_name(self) -> str:
        """The database's file name (or 'NAME on HOST'), for a status bar."""
        return db_engine.short_name(self.url)

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded (file) database."""
        return self.url.get_backend_name() == "sqlite"

    def close(self) -> None:
        """Close every connection."""
        self._engine.dispose()

    def __enter__(self) -> PatientDatabase:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- connections ---------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except (OperationalError, DatabaseError) as exc:
            raise db_engine.open_error(self.url, exc) from None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction that writes: committed as a whole or not at all."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{db_engine.WRITE: True})
                with conn.begin():
                    yield conn
        except IntegrityError:
            raise
        except (OperationalError, DatabaseError) as exc:
            raise db_engine.open_error(self.url, exc) from None

    # -- plans -----------------------------------------------------------------------------------

    def _patient_id(self, conn: Connection, patient: Patient) -> int:
        """The patient's row id: matched by record number if set, else by name and birth date."""
        if patient.record_number:
            query = select(patients.c.id).where(patients.c.record_number == patient.record_number)
        else:
            query = select(patients.c.id).where(
                patients.c.record_number.is_(None),
                patients.c.name == patient.name,
                patients.c.date_of_birth == patient.date_of_birth
                if patient.date_of_birth
                else patients.c.date_of_birth.is_(None),
            )
        values = {
            "name": patient.name,
            "record_number": patient.record_number,
            "date_of_birth": patient.date_of_birth,
            "search_key": search_key(patient.name, patient.record_number),
        }
        found = conn.execute(query.order_by(patients.c.id).limit(1)).scalar()
        if found is not None:
            conn.execute(update(patients).where(patients.c.id == found).values(**values))
            # The patient's other plans find the new name too.
            conn.execute(
                update(plans)
                .where(plans.c.patient_id == found)
                .values(search_key=values["search_key"])
            )
            return int(found)
        new_id = conn.execute(insert(patients).values(**values)).inserted_primary_key
        assert new_id is not None
        return int(new_id[0])

    def save_plan(self, plan: Plan, *, by: str, expected_revision: int | None) -> int:
        """Save the plan as a new revision, in one transaction.

        Args:
            plan: the plan; its `updated` time is set to now in the stored copy.
            by: who saves (the therapist's name).
            expected_revision: the revision this copy was opened at; None for a plan new to
                the database.

        Returns:
            The new revision number (1 for a new plan).

        Raises:
            ConflictError: someone saved the plan after `expected_revision` (or, for a new plan,
                it is already there). Nothing is written.
            NotInDatabaseError: expected_revision given for a plan the database does not have.
            PlanArchivedError: the plan is archived ("Restore it first."). Nothing is written.
        """
        # The list sorts by this time, so it keeps its microseconds; the plan file shows seconds.
        saved_at = dt.datetime.now(dt.UTC)
        stored = plan.model_copy(update={"updated": saved_at.replace(microsecond=0)})
        # The plan file format without its indentation: a copy per save, so half the space.
        document = stored.model_dump_json()
        row_values: dict[str, Any] = {
            "procedure": plan.procedure,
            "surgery_date": plan.surgery_date,
            "therapist": plan.therapist,
            "updated": saved_at,
            "updated_by": by,
            "search_key": search_key(plan.patient.name, plan.patient.record_number),
        }
        try:
            with self._write() as conn:
                latest = conn.execute(
                    select(
                        plans.c.latest_revision, plans.c.updated_by, plans.c.updated,
                        plans.c.archived_at,
                    ).where(plans.c.id == plan.id)
                ).first()
                if latest is None and expected_revision is not None:
                    raise NotInDatabaseError(f"plan {plan.id} is not in the database")
                if latest is not None and latest.archived_at is not None:
                    raise PlanArchivedError(plan.id)
                if latest is not None and expected_revision != latest.latest_revision:
                    raise ConflictError(
                        plan.id, expected_revision, latest.latest_revision,
                        latest.updated_by, _aware(latest.updated),
                    )
                row_values["patient_id"] = self._patient_id(conn, plan.patient)
                if latest is None:
                    number = 1
                    conn.execute(
                        insert(plans).values(
                            id=plan.id, latest_revision=1, created=saved_at, **row_values
                        )
                    )
                else:
                    number = latest.latest_revision + 1
                    changed = conn.execute(
                        update(plans)
                        .where(plans.c.id == plan.id, plans.c.latest_revision == expected_revision)
                        .values(latest_revision=number, **row_values)
                    )
                    if changed.rowcount != 1:
                        raise _LostRace
                conn.execute(
                    insert(revisions).values(
                        plan_id=plan.id,
                        number=number,
                        saved_by=by,
                        saved_at=saved_at,
                        plan_json=document,
                    )
                )
        except (IntegrityError, _LostRace):
            # Another server session saved the same plan between our read and our write.
            info = self._latest_info(plan.id)
            raise ConflictError(plan.id, expected_revision, *info) from None
        return number

    def _latest_info(self, plan_id: str) -> tuple[int, str, dt.datetime]:
        with self._read() as conn:
            row = conn.execute(
                select(plans.c.latest_revision, plans.c.updated_by, plans.c.updated).where(
                    plans.c.id == plan_id
                )
            ).first()
        if row is None:
            return 0, "", now()
        return int(row.latest_revision), str(row.updated_by), _aware(row.updated)

    def latest_revision(self, plan_id: str) -> int | None:
        """The plan's newest revision number, None if the database does not have the plan."""
        valid_plan_id(plan_id)
        with self._read() as conn:
            value = conn.execute(
                select(plans.c.latest_revision).where(plans.c.id == plan_id)
            ).scalar()
        return None if value is None else int(value)

    def _revision_text(self, plan_id: str, number: int | None) -> tuple[str, int]:
        valid_plan_id(plan_id)
        with self._read() as conn:
            query = select(revisions.c.plan_json, revisions.c.number).where(
                revisions.c.plan_id == plan_id
            )
            if number is None:
                query = query.join(plans, plans.c.id == revisions.c.plan_id).where(
                    revisions.c.number == plans.c.latest_revision
                )
            else:
                query = query.where(revisions.c.number == number)
            row = conn.execute(query).first()
        if row is None:
            what = "" if number is None else f" revision {number}"
            raise NotInDatabaseError(f"plan {plan_id}{what} is not in the database")
        return str(row.plan_json), int(row.number)

    def load_plan(self, plan_id: str) -> tuple[Plan, int]:
        """The plan's newest revision and its number (pass it back to save_plan).

        Raises:
            NotInDatabaseError: no such plan.
        """
        document, number = self._revision_text(plan_id, None)
        return plan_from_json(document, f"database plan {plan_id} revision {number}"), number

    def revision(self, plan_id: str, number: int) -> Plan:
        """The plan as it was saved in one revision.

        Raises:
            NotInDatabaseError: no such plan or revision.
        """
        document, _ = self._revision_text(plan_id, number)
        return plan_from_json(document, f"database plan {plan_id} revision {number}")

    def changes(
        self,
        plan_id: str,
        from_revision: int,
        to_revision: int,
        exercises: Mapping[str, Exercise] | None = None,
    ) -> list[str]:
        """What changed between two revisions, in plain words (see plans.changes.plan_changes)."""
        return plan_changes(
            self.revision(plan_id, from_revision), self.revision(plan_id, to_revision), exercises
        )

    def history(
        self, plan_id: str, exercises: Mapping[str, Exercise] | None = None
    ) -> list[RevisionInfo]:
        """Every revision of the plan, oldest first, each with what changed from the one before.

        Raises:
            NotInDatabaseError: no such plan.
        """
        valid_plan_id(plan_id)
        with self._read() as conn:
            rows = conn.execute(
                select(revisions.c.number, revisions.c.saved_by, revisions.c.saved_at,
                       revisions.c.plan_json)
                .where(revisions.c.plan_id == plan_id)
                .order_by(revisions.c.number)
            ).all()
        if not rows:
            raise NotInDatabaseError(f"plan {plan_id} is not in the database")
        out: list[RevisionInfo] = []
        previous: Plan | None = None
        for row in rows:
            source = f"database plan {plan_id} revision {row.number}"
            current = plan_from_json(row.plan_json, source)
            changes = plan_changes(previous, current, exercises) if previous else []
            out.append(RevisionInfo(row.number, row.saved_by, _aware(row.saved_at), changes))
            previous = current
        return out

    def search(
        self, text: str = "", limit: int = 50, *, include_archived: bool = False,
        only_archived: bool = False,
    ) -> list[PlanSummary]:
        """Plans whose patient name or record number contains every word of text, newest first.

        Case does not matter; an empty text lists the most recently saved plans.

        Args:
            text: words to find in the patient's name or record number.
            limit: at most this many plans.
            include_archived: list archived plans too (they are left out by default).
            only_archived: list archived plans only (e.g. to choose one to restore).
        """
        query = (
            select(
                plans.c.id, patients.c.name, patients.c.record_number, patients.c.date_of_birth,
                plans.c.procedure, plans.c.surgery_date, plans.c.therapist,
                plans.c.latest_revision, plans.c.updated, plans.c.updated_by,
                plans.c.archived_at, plans.c.archived_by,
            )
            .join(patients, patients.c.id == plans.c.patient_id)
            .order_by(plans.c.updated.desc(), plans.c.id)
            .limit(max(1, limit))
        )
        if only_archived:
            query = query.where(plans.c.archived_at.is_not(None))
        elif not include_archived:
            query = query.where(plans.c.archived_at.is_(None))
        for word in fold(text).split():
            query = query.where(plans.c.search_key.like(f"%{_escape_like(word)}%", escape="\\"))
        with self._read() as conn:
            return [self._summary(row) for row in conn.execute(query)]

    def recent(self, limit: int = 20, *, include_archived: bool = False) -> list[PlanSummary]:
        """The most recently saved plans (not the archived ones unless include_archived)."""
        return self.search("", limit, include_archived=include_archived)

    def count_plans(self) -> int:
        """How many plans the database holds, archived ones included."""
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(plans)).scalar_one())

    @staticmethod
    def _summary(row: Row[Any] | Any) -> PlanSummary:
        return PlanSummary(
            plan_id=row.id, patient=row.name, record_number=row.record_number,
            date_of_birth=row.date_of_birth, procedure=row.procedure,
            surgery_date=row.surgery_date, therapist=row.therapist,
            revision=row.latest_revision, updated=_aware(row.updated), updated_by=row.updated_by,
            archived_at=_aware(row.archived_at) if row.archived_at is not None else None,
            archived_by=row.archived_by or "",
        )

    # -- archive and the audit log ---------------------------------------------------------------

    def archive_plan(self, plan_id: str, *, by: str) -> None:
        """Archive a plan: hidden from search() and recent(), every revision kept; saving is refused.

        Args:
            plan_id: the plan.
            by: who archives it (recorded with the time on the plan and in the audit log).

        Raises:
            NotInDatabaseError: no such plan.
            RehabError: the plan is already archived.
        """
        with self._write() as conn:
            db_housekeeping.set_archived(conn, plan_id, by, archive=True)

    def restore_plan(self, plan_id: str, *, by: str) -> None:
        """Bring an archived plan back into the list; it can be saved again.

        Raises:
            NotInDatabaseError: no such plan.
            RehabError: the plan is not archived.
        """
        with self._write() as conn:
            db_housekeeping.set_archived(conn, plan_id, by, archive=False)

    def audit(self, subject: str | None = None) -> list[AuditEntry]:
        """What was done to plans and clinic templates besides saving, oldest first.

        Args:
            subject: only what was done to this plan or template id; None for everything.
        """
        with self._read() as conn:
            return db_housekeeping.audit_entries(conn, subject)

    # -- custom exercises (clinic templates: db_template_store) ------------------------------------

    def _upsert(self, conn: Connection, table: Any, key: str, values: dict[str, Any]) -> None:
        changed = conn.execute(update(table).where(table.c.id == key).values(**values))
        if changed.rowcount == 0:
            conn.execute(insert(table).values(id=key, **values))

    def save_custom_exercise(
        self, exercise: Exercise, photo_bytes: bytes | None = None, *, by: str = ""
    ) -> None:
        """Save (or replace) a therapist's own exercise; photo_bytes None keeps the stored photo."""
        values: dict[str, Any] = {
            "name": exercise.name,
            "exercise_json": exercise.model_dump_json(),
            "saved_by": by,
            "saved_at": now(),
        }
        if photo_bytes is not None:
            values["photo"] = photo_bytes
        with self._write() as conn:
            self._upsert(conn, custom_exercises, exercise.id, values)

    def custom_exercises(self) -> list[Exercise]:
        """Every custom exercise, by name."""
        with self._read() as conn:
            rows = conn.execute(
                select(custom_exercises.c.exercise_json).order_by(custom_exercises.c.name)
            )
            return [Exercise.model_validate_json(r.exercise_json) for r in rows]

    def shared_exercises(self, *, with_photos: bool = True) -> list[SharedExercise]:
        """Every custom exercise by name, with who saved it and (with_photos) its photo, in one query."""
        c = custom_exercises.c
        columns = [c.exercise_json, c.saved_by, c.saved_at, c.photo.is_not(None).label("has_photo")]
        if with_photos:
            columns.append(c.photo)
        with self._read() as conn:
            rows = conn.execute(select(*columns).order_by(c.name, c.id)).all()
        return [
            SharedExercise(
                Exercise.model_validate_json(row.exercise_json),
                bytes(row.photo) if with_photos and row.photo is not None else None,
                bool(row.has_photo), row.saved_by, _aware(row.saved_at),
            )
            for row in rows
        ]

    def custom_exercise_photo(self, exercise_id: str) -> bytes | None:
        """The photo stored with a custom exercise, None if it has none."""
        with self._read() as conn:
            value = conn.execute(
                select(custom_exercises.c.photo).where(custom_exercises.c.id == exercise_id)
            ).scalar()
        return None if value is None else bytes(value)

    # -- backup ----------------------------------------------------------------------------------

    def backup(self, path: Path | str) -> None:
        """Copy the whole database to a file (mode 600), consistent even while others save.

        SQLite: a SQLite file made with the online backup API. PostgreSQL: every row as JSON.
        """
        target = Path(path)
        if not target.parent.is_dir():
            raise RehabError(f"{target.parent}: no such folder for the backup")
        try:
            if self.is_sqlite:
                db_engine.sqlite_backup(self._engine, target)
            else:
                db_engine.json_backup(self._engine, target)
        except (OperationalError, DatabaseError) as exc:
            raise db_engine.open_error(self.url, exc) from None
