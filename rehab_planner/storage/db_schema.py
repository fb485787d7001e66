"""The patient database's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

The migrations in storage/migrations/versions create exactly these tables; a test compares them.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

from rehab_planner.text import fold

log = logging.getLogger(__name__)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


DAMAGED_TIME = dt.datetime(1970, 1, 1)  # shown for a stored time that cannot be read


def lenient_datetime(value: object) -> dt.datetime | None:
    """A stored SQLite time as a datetime; DAMAGED_TIME (logged) when the text is not a time."""
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        log.warning("a time in the patient database is damaged (%.40r); shown as 1970", value)
        return DAMAGED_TIME


def lenient_date(value: object) -> dt.date | None:
    """A stored SQLite date as a date; 1970-01-01 (logged) when the text is not a date."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        log.warning("a date in the patient database is damaged (%.40r); shown as 1970", value)
        return DAMAGED_TIME.date()


class SafeDate(TypeDecorator[dt.date]):
    """A date; on SQLite a damaged stored date reads as 1970-01-01 instead of failing the query."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite, parse the stored text leniently."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        return lenient_date


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC: stored without a zone on SQLite, with one on PostgreSQL; read back aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("database times must carry a time zone")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite, read the stored text leniently: a damaged time must not stop a listing."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: object) -> dt.datetime | None:
            return self.process_result_value(lenient_datetime(value), dialect)

        return process

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


patients = Table(
    "patients",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False),
    Column("record_number", String(40), nullable=True),
    Column("date_of_birth", SafeDate, nullable=True),
    # "name record-number" in lower case: what the search box matches.
    Column("search_key", String(200), nullable=False),
    Index("ix_patients_record_number", "record_number"),
    Index("ix_patients_search_key", "search_key"),
)

plans = Table(
    "plans",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("patient_id", Integer, ForeignKey("patients.id"), nullable=False),
    Column("procedure", String(120), nullable=False),
    Column("surgery_date", SafeDate, nullable=False),
    Column("therapist", String(120), nullable=False, default=""),
    Column("latest_revision", Integer, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    Column("updated_by", String(120), nullable=False, default=""),
    # The patient's search key again, so a search reads one table in `updated` order.
    Column("search_key", String(200), nullable=False),
    # Set while the plan is archived: hidden from the list, kept with its history (schema 0002).
    Column("archived_at", UtcDateTime, nullable=True),
    Column("archived_by", String(120), nullable=True),
    Index("ix_plans_updated", "updated"),
    Index("ix_plans_patient_id", "patient_id"),
    Index("ix_plans_search_key", "search_key"),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("plan_id", String(64), ForeignKey("plans.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("saved_by", String(120), nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
    Column("plan_json", Text, nullable=False),
    UniqueConstraint("plan_id", "number", name="uq_revisions_plan_number"),
)

custom_exercises = Table(
    "custom_exercises",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("exercise_json", Text, nullable=False),
    Column("photo", LargeBinary, nullable=True),
    Column("saved_by", String(120), nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
)

templates = Table(
    "templates",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("procedure", String(120), nullable=False),
    Column("template_json", Text, nullable=False),
    Column("saved_by", String(120), nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
)


# Who did what to a plan or a clinic template, beyond saving revisions (schema 0002): archived,
# restored, renamed, deleted. Never patient names: subject is a plan or template id.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("done_at", UtcDateTime, nullable=False),
    Column("done_by", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("subject", String(80), nullable=False),
    Column("detail", String(400), nullable=False, default=""),
    Index("ix_audit_log_subject", "subject"),
)


# A visit to the clinic for a plan (schema 0003): what the patient reported, criteria met, notes.
visits = Table(
    "visits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("plan_id", String(64), ForeignKey("plans.id"), nullable=False),
    Column("visit_date", Date, nullable=False),
    Column("therapist", String(120), nullable=False),
    Column("phase_id", String(64), nullable=True),
    Column("phase_name", String(80), nullable=False),
    Column("days_per_week", Integer, nullable=True),
    Column("pain_before", Integer, nullable=True),
    Column("pain_after", Integer, nullable=True),
    Column("problems", Text, nullable=False),
    Column("criteria_json", Text, nullable=False),
    Column("notes", Text, nullable=False),
    # The plan's revision in force at the visit, and the revision the visit led to (if any).
    Column("plan_revision", Integer, nullable=False),
    Column("next_revision", Integer, nullable=True),
    Column("saved_by", String(120), nullable=False),
    Column("saved_at", UtcDateTime, nullable=False),
    Index("ix_visits_plan_id", "plan_id"),
)

# An outcome measure taken at a visit (schema 0003): the answers and the score they make.
measure_results = Table(
    "measure_results",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("visit_id", Integer, ForeignKey("visits.id"), nullable=False),
    Column("measure_id", String(20), nullable=False),
    Column("answers_json", Text, nullable=False),
    Column("raw", Float, nullable=False),
    Column("score", Float, nullable=False),
    # The patient's words for the items, e.g. the PSFS activities (schema 0004; null: none given).
    Column("activities_json", Text, nullable=True),
    UniqueConstraint("visit_id", "measure_id", name="uq_measure_results_visit_measure"),
)


def search_key(name: str, record_number: str | None) -> str:
    """What the search box matches: name and record number, lower case, accents removed.

    'José Núñez' is found by 'nunez' as well as 'Núñez'.
    """
    return fold(f"{name} {record_number or ''}").strip()
