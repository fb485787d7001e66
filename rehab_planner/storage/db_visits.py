"""Visits and outcome measures in the patient database: save, read, link to a plan revision, export.

Functions take an open connection; PatientDatabase wraps each in one transaction. A visit and its
measures are written together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from rehab_planner.errors import RehabError
from rehab_planner.i18n.messages import say
from rehab_planner.storage.db_housekeeping import audit_entries, record
from rehab_planner.storage.db_schema import measure_results, patients, plans, revisions, visits
from rehab_planner.storage.db_types import NotInDatabaseError
from rehab_planner.visits.model import MeasureResult, Visit, VisitError, check_visit

REPORT_ACTION = "progress report"
EDIT_ACTION = "visit edited"
DELETE_ACTION = "visit deleted"


class VisitArchivedError(VisitError):
    """The visit's plan is archived: nothing was written."""

    def __init__(self, plan_id: str) -> None:
        self.plan_id = plan_id
        super().__init__(say("visits.archived"))


def _plan_row(conn: Connection, plan_id: str) -> Any:
    row = conn.execute(
        select(plans.c.surgery_date, plans.c.archived_at, plans.c.latest_revision).where(
            plans.c.id == plan_id
        )
    ).first()
    if row is None:
        raise NotInDatabaseError(say("visits.plan-not-in-database", id=plan_id))
    return row


def _insert_measures(conn: Connection, visit_id: int, results: Sequence[MeasureResult]) -> None:
    if results:
        conn.execute(insert(measure_results), [
            {"visit_id": visit_id, "measure_id": m.measure_id, "answers_json": json.dumps(m.answers),
             "raw": m.raw, "score": m.score,
             "activities_json": json.dumps(m.activities) if m.activities else None}
            for m in results
        ])


def save_visit(conn: Connection, visit: Visit, by: str, today: dt.date | None = None) -> int:
    """Add a new visit with its measures; returns its id.

    Raises:
        NotInDatabaseError: no such plan.
        VisitArchivedError: the plan is archived.
        VisitError: the visit is dated before the surgery (or in the future), or already has an id.
    """
    if visit.id is not None:
        raise VisitError(say("visits.already-saved"))
    plan = _plan_row(conn, visit.plan_id)
    if plan.archived_at is not None:
        raise VisitArchivedError(visit.plan_id)
    check_visit(visit, plan.surgery_date, today=today)
    new_id = conn.execute(insert(visits).values(
        plan_id=visit.plan_id, visit_date=visit.date, therapist=visit.therapist,
        phase_id=visit.phase_id, phase_name=visit.phase_name, days_per_week=visit.days_per_week,
        pain_before=visit.pain_before, pain_after=visit.pain_after, problems=visit.problems,
        criteria_json=json.dumps(visit.criteria_met), notes=visit.notes,
        plan_revision=plan.latest_revision, next_revision=visit.next_revision,
        saved_by=by, saved_at=dt.datetime.now(dt.UTC),
    )).inserted_primary_key
    assert new_id is not None
    _insert_measures(conn, int(new_id[0]), visit.measures)
    return int(new_id[0])


def _visit_row(conn: Connection, visit_id: int) -> Any:
    row = conn.execute(
        select(visits.c.plan_id, visits.c.visit_date, plans.c.archived_at, plans.c.surgery_date)
        .join(plans, plans.c.id == visits.c.plan_id)
        .where(visits.c.id == visit_id)
    ).first()
    if row is None:
        raise NotInDatabaseError(say("visits.visit-not-in-database", id=visit_id))
    if row.archived_at is not None:
        raise VisitArchivedError(row.plan_id)
    return row


def add_measures(conn: Connection, visit_id: int, results: Sequence[MeasureResult]) -> None:
    """Add measures to a saved visit.

    Raises:
        NotInDatabaseError: no such visit.
        VisitArchivedError: its plan is archived.
        VisitError: a measure is already entered for this visit.
    """
    _visit_row(conn, visit_id)
    taken = set(conn.execute(
        select(measure_results.c.measure_id).where(measure_results.c.visit_id == visit_id)
    ).scalars())
    again = [m.measure_id for m in results if m.measure_id in taken]
    if again:
        raise VisitError(say("visits.measure-already-entered", measure=again[0], id=visit_id))
    _insert_measures(conn, visit_id, results)


def update_visit(conn: Connection, visit: Visit, by: str, today: dt.date | None = None) -> None:
    """Save the changes to a saved visit: its fields and its measures (replaced as a whole).

    The same checks as a new visit: a date before the surgery (or in the future) is refused, and the
    measures were scored when the Visit was built (a LEFS answer of 7 never gets this far). The plan
    revision in force and the revision it led to are kept. The audit log records who edited it.

    Raises:
        VisitError: the visit has no id, or it is moved to another plan; a date the checks refuse.
        NotInDatabaseError: no such visit.
        VisitArchivedError: its plan is archived.
    """
    if visit.id is None:
        raise VisitError(say("visits.not-saved-yet"))
    row = _visit_row(conn, visit.id)
    if row.plan_id != visit.plan_id:
        raise VisitError(say("visits.other-plan", id=visit.id))
    check_visit(visit, row.surgery_date, today=today)
    conn.execute(update(visits).where(visits.c.id == visit.id).values(
        visit_date=visit.date, therapist=visit.therapist, phase_id=visit.phase_id,
        phase_name=visit.phase_name, days_per_week=visit.days_per_week, pain_before=visit.pain_before,
        pain_after=visit.pain_after, problems=visit.problems,
        criteria_json=json.dumps(visit.criteria_met), notes=visit.notes,
    ))
    conn.execute(delete(measure_results).where(measure_results.c.visit_id == visit.id))
    _insert_measures(conn, visit.id, visit.measures)
    record(conn, EDIT_ACTION, visit.plan_id, by, f"visit {visit.id} of {visit.date.isoformat()}")


def delete_visit(conn: Connection, visit_id: int, by: str) -> str:
    """Delete a visit and its measures; the audit log records who, which visit and its date.

    Returns:
        The id of the visit's plan.

    Raises:
        NotInDatabaseError: no such visit.
        VisitArchivedError: its plan is archived.
    """
    row = _visit_row(conn, visit_id)
    taken = conn.execute(delete(measure_results).where(measure_results.c.visit_id == visit_id)).rowcount
    conn.execute(delete(visits).where(visits.c.id == visit_id))
    record(conn, DELETE_ACTION, row.plan_id, by,
           f"visit {visit_id} of {row.visit_date.isoformat()} with {taken} measure"
           f"{'' if taken == 1 else 's'}")
    return str(row.plan_id)


def link_next_revision(conn: Connection, visit_id: int, revision: int) -> None:
    """Record that the plan's revision `revision` came out of this visit ("update the plan").

    Raises:
        NotInDatabaseError: no such visit, or the plan has no such revision.
        RehabError: the revision is not newer than the one in force at the visit.
    """
    row = _visit_row(conn, visit_id)
    before = conn.execute(select(visits.c.plan_revision).where(visits.c.id == visit_id)).scalar_one()
    exists = conn.execute(select(revisions.c.id).where(
        revisions.c.plan_id == row.plan_id, revisions.c.number == revision)).first()
    if exists is None:
        raise NotInDatabaseError(f"plan {row.plan_id} has no revision {revision}")
    if revision <= before:
        raise RehabError(f"revision {revision} is not newer than revision {before}, in force at the visit")
    conn.execute(update(visits).where(visits.c.id == visit_id).values(next_revision=revision))


def _visit(row: Any, results: list[MeasureResult]) -> Visit:
    return Visit(
        id=row.id, plan_id=row.plan_id, date=row.visit_date, therapist=row.therapist,
        phase_id=row.phase_id, phase_name=row.phase_name, days_per_week=row.days_per_week,
        pain_before=row.pain_before, pain_after=row.pain_after, problems=row.problems,
        criteria_met=json.loads(row.criteria_json), notes=row.notes,
        plan_revision=row.plan_revision, next_revision=row.next_revision, measures=results,
    )


def plan_visits(conn: Connection, plan_id: str) -> list[Visit]:
    """Every visit of a plan with its measures, oldest first (two queries whatever the count)."""
    rows = conn.execute(
        select(visits).where(visits.c.plan_id == plan_id).order_by(visits.c.visit_date, visits.c.id)
    ).all()
    found: dict[int, list[MeasureResult]] = {row.id: [] for row in rows}
    measures = conn.execute(
        select(measure_results)
        .join(visits, visits.c.id == measure_results.c.visit_id)
        .where(visits.c.plan_id == plan_id)
        .order_by(measure_results.c.id)
    )
    for m in measures:
        found[m.visit_id].append(MeasureResult.model_construct(
            measure_id=m.measure_id, answers=json.loads(m.answers_json), raw=m.raw, score=m.score,
            activities=json.loads(m.activities_json) if m.activities_json else [],
        ))
    return [_visit(row, found[row.id]) for row in rows]


def find_visit(conn: Connection, visit_id: int) -> Visit | None:
    """One saved visit with its measures, None if there is no such visit."""
    plan_id = conn.execute(select(visits.c.plan_id).where(visits.c.id == visit_id)).scalar()
    if plan_id is None:
        return None
    return next((v for v in plan_visits(conn, plan_id) if v.id == visit_id), None)


def record_report(conn: Connection, plan_id: str, revision: int, by: str) -> None:
    """Note in the audit log that a progress report was made at this revision."""
    record(conn, REPORT_ACTION, plan_id, by, f"revision {revision}")


def last_report_revision(conn: Connection, plan_id: str) -> int | None:
    """The plan revision of the last progress report, None if none was made."""
    reports = [e for e in audit_entries(conn, plan_id) if e.action == REPORT_ACTION]
    if not reports:
        return None
    return int(reports[-1].detail.removeprefix("revision "))


@dataclass(frozen=True)
class MeasureRow:
    """One measure taken, flattened for a CSV file (no patient name: the record number only)."""

    plan_id: str
    record_number: str | None
    procedure: str
    surgery_date: dt.date
    visit_id: int
    visit_date: dt.date
    measure_id: str
    raw: float
    score: float
    answers: list[int | None]
    activities: list[str] = field(default_factory=list)  # the patient's names for the items (PSFS)

    @property
    def days_after_surgery(self) -> int:
        """Days from surgery to the visit."""
        return (self.visit_date - self.surgery_date).days


def measure_rows(conn: Connection, plan_id: str | None = None) -> list[MeasureRow]:
    """Every measure taken (or one plan's), by plan, date and measure."""
    query = (
        select(plans.c.id.label("plan_id"), patients.c.record_number, plans.c.procedure,
               plans.c.surgery_date, visits.c.id.label("visit_id"), visits.c.visit_date,
               measure_results.c.measure_id, measure_results.c.raw, measure_results.c.score,
               measure_results.c.answers_json, measure_results.c.activities_json)
        .select_from(measure_results)
        .join(visits, visits.c.id == measure_results.c.visit_id)
        .join(plans, plans.c.id == visits.c.plan_id)
        .join(patients, patients.c.id == plans.c.patient_id)
        .order_by(plans.c.id, visits.c.visit_date, visits.c.id, measure_results.c.measure_id)
    )
    if plan_id is not None:
        query = query.where(plans.c.id == plan_id)
    return [
        MeasureRow(r.plan_id, r.record_number, r.procedure, r.surgery_date, r.visit_id, r.visit_date,
                   r.measure_id, r.raw, r.score, json.loads(r.answers_json),
                   json.loads(r.activities_json) if r.activities_json else [])
        for r in conn.execute(query)
    ]
