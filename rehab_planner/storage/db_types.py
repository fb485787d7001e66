"""What the patient database hands out: plan summaries, revisions, audit entries, shared exercises, errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rehab_planner.errors import RehabError
from rehab_planner.model import Exercise
from rehab_planner.model.plan import MAX_ID, check_plan_id
from rehab_planner.terminal import shown


class ConflictError(RehabError):
    """Someone else saved the plan after this copy was opened; nothing was overwritten."""

    def __init__(self, plan_id: str, expected: int | None, latest: int, by: str, at: dt.datetime):
        self.plan_id = plan_id
        self.expected = expected
        self.latest = latest
        self.by = by
        self.at = at
        who = f" by {by}" if by else ""
        when = at.astimezone().strftime("%Y-%m-%d %H:%M")
        if expected is None:
            start = "this plan is already in the database"
        else:
            start = f"you started from revision {expected}"
        super().__init__(
            f"Not saved: someone else saved this plan in the meantime (revision {latest}{who} "
            f"at {when}; {start}). Nothing was overwritten. Open the plan again to see their "
            "changes, then make yours."
        )


class NotInDatabaseError(RehabError):
    """No such plan or revision in the database."""


class PlanArchivedError(RehabError):
    """The plan is archived: it cannot be saved until it is restored. Nothing was written."""

    def __init__(self, plan_id: str) -> None:
        self.plan_id = plan_id
        super().__init__("This plan is archived. Restore it first.")


@dataclass(frozen=True)
class PlanSummary:
    """One row of the plan list: who, what, when; enough to choose a plan to open."""

    plan_id: str
    patient: str
    record_number: str | None
    date_of_birth: dt.date | None
    procedure: str
    surgery_date: dt.date
    therapist: str
    revision: int
    updated: dt.datetime
    updated_by: str
    archived_at: dt.datetime | None = None
    archived_by: str = ""

    @property
    def archived(self) -> bool:
        """True while the plan is archived (hidden from the list unless archived plans are asked for)."""
        return self.archived_at is not None

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values (dates as ISO text), e.g. for `db list --json`."""
        return {
            "plan_id": self.plan_id,
            "patient": self.patient,
            "record_number": self.record_number,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "procedure": self.procedure,
            "surgery_date": self.surgery_date.isoformat(),
            "therapist": self.therapist,
            "revision": self.revision,
            "updated": self.updated.isoformat(),
            "updated_by": self.updated_by,
            "archived_at": self.archived_at.isoformat() if self.archived_at else None,
            "archived_by": self.archived_by or None,
        }


@dataclass(frozen=True)
class RevisionInfo:
    """One save of a plan: its number, who saved it, when, and what changed from the one before."""

    number: int
    by: str
    at: dt.datetime
    changes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """The changes in one line."""
        from rehab_planner.i18n.messages import say

        if self.number == 1:
            return say("history.first-version")
        return "; ".join(self.changes) if self.changes else say("history.no-changes")


@dataclass(frozen=True)
class AuditEntry:
    """One recorded act on a plan or clinic template besides a save (e.g. archived, restored).

    Attributes:
        at: when.
        by: who.
        action: what, e.g. 'archived', 'restored', 'template renamed', 'template deleted'.
        subject: the plan's or template's id.
        detail: more, never a patient's name (e.g. a template's old and new names).
    """

    at: dt.datetime
    by: str
    action: str
    subject: str
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values."""
        return {"at": self.at.isoformat(), "by": self.by, "action": self.action,
                "subject": self.subject, "detail": self.detail}


@dataclass(frozen=True)
class SharedExercise:
    """A custom exercise kept in the database for the whole clinic, with its photo if it has one.

    Attributes:
        exercise: the exercise; its `photo` is a file name only (the bytes are in `photo`).
        photo: the photo file's bytes; None when it has none or they were not asked for.
        has_photo: the database holds a photo for it (also when `photo` was not fetched).
        saved_by: who saved it last.
        saved_at: when.
    """

    exercise: Exercise
    photo: bytes | None
    has_photo: bool
    saved_by: str
    saved_at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values, e.g. for `db exercises --json`."""
        return {
            "id": self.exercise.id,
            "name": self.exercise.name,
            "region": self.exercise.region.value,
            "category": self.exercise.category.value,
            "photo": self.exercise.photo if self.has_photo else None,
            "saved_by": self.saved_by,
            "saved_at": self.saved_at.isoformat(),
        }


def valid_plan_id(plan_id: str) -> str:
    """A plan id as the database accepts it, the same on SQLite and PostgreSQL (model rule).

    Raises:
        NotInDatabaseError: not a plan id (empty, too long, spaces or control characters); such
            an id can never have been saved.
    """
    try:
        return check_plan_id(plan_id)
    except ValueError as exc:
        raise NotInDatabaseError(f"'{shown(plan_id[:MAX_ID])}' is not a plan id: {exc}") from None
