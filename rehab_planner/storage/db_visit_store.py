"""The patient database's visits and outcome measures: the methods PatientDatabase gets from here."""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy import Connection

from rehab_planner.storage import db_visits
from rehab_planner.visits.model import MeasureResult, Visit


class VisitStore:
    """Visits, measures and progress-report records; each call is one transaction (mixed into
    PatientDatabase, which supplies the connections)."""

    def _read(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def save_visit(self, visit: Visit, *, by: str) -> int:
        """Add a visit with its measures in one transaction; returns its id (see db_visits.save_visit)."""
        with self._write() as conn:
            return db_visits.save_visit(conn, visit, by)

    def update_visit(self, visit: Visit, *, by: str) -> None:
        """Save a changed visit and its measures in one transaction (see db_visits.update_visit)."""
        with self._write() as conn:
            db_visits.update_visit(conn, visit, by)

    def delete_visit(self, visit_id: int, *, by: str) -> str:
        """Delete a visit and its measures, recorded in the audit log; returns its plan's id."""
        with self._write() as conn:
            return db_visits.delete_visit(conn, visit_id, by)

    def add_measures(self, visit_id: int, results: list[MeasureResult]) -> None:
        """Add measures to a saved visit, all or none (see db_visits.add_measures)."""
        with self._write() as conn:
            db_visits.add_measures(conn, visit_id, results)

    def link_next_revision(self, visit_id: int, revision: int) -> None:
        """Record that the plan's revision came out of this visit (see db_visits.link_next_revision)."""
        with self._write() as conn:
            db_visits.link_next_revision(conn, visit_id, revision)

    def visits(self, plan_id: str) -> list[Visit]:
        """Every visit of the plan with its measures, oldest first."""
        with self._read() as conn:
            return db_visits.plan_visits(conn, plan_id)

    def visit(self, visit_id: int) -> Visit | None:
        """One saved visit with its measures, None if there is no such visit."""
        with self._read() as conn:
            return db_visits.find_visit(conn, visit_id)

    def measure_rows(self, plan_id: str | None = None) -> list[db_visits.MeasureRow]:
        """Every measure taken, or one plan's, flattened for export."""
        with self._read() as conn:
            return db_visits.measure_rows(conn, plan_id)

    def record_report(self, plan_id: str, revision: int, *, by: str) -> None:
        """Note in the audit log that a progress report was made at this plan revision."""
        with self._write() as conn:
            db_visits.record_report(conn, plan_id, revision, by)

    def last_report_revision(self, plan_id: str) -> int | None:
        """The plan revision of the last progress report, None if none was made."""
        with self._read() as conn:
            return db_visits.last_report_revision(conn, plan_id)
