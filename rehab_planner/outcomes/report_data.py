"""What a clinician progress report says, gathered from the database (no layout: handout/ draws it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from rehab_planner.model import Exercise, Plan
from rehab_planner.outcomes.activities import ActivityTrack, activity_tracks
from rehab_planner.outcomes.meaning import ScoreMeaning, latest_meanings
from rehab_planner.outcomes.series import ProgressSeries, progress_series
from rehab_planner.plans.schedule import current_phase
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.visits.model import Visit


@dataclass(frozen=True)
class Adherence:
    """Days a week the home program was done, from the patient's paper log."""

    latest: int | None
    average: float | None
    visits_counted: int


@dataclass(frozen=True)
class ReportData:
    """Everything a progress report prints, computed once."""

    plan: Plan
    revision: int
    made_on: dt.date
    visits: list[Visit]
    phase_name: str
    week: int
    meanings: list[ScoreMeaning]
    adherence: Adherence
    criteria_met: list[str]
    changes_since: int | None  # the revision of the last report (None: the first report)
    plan_changes: list[str]
    series: ProgressSeries
    pain: tuple[int | None, int | None] = (None, None)  # latest visit: before, after exercise
    problems: list[str] = field(default_factory=list)
    activities: list[ActivityTrack] = field(default_factory=list)  # the patient's PSFS activities


def adherence(visits: list[Visit]) -> Adherence:
    """Latest and average days a week over the visits that recorded it."""
    days = [v.days_per_week for v in visits if v.days_per_week is not None]
    if not days:
        return Adherence(None, None, 0)
    return Adherence(days[-1], round(sum(days) / len(days), 1), len(days))


def report_data(
    db: PatientDatabase, plan_id: str, *, today: dt.date | None = None,
    exercises: Mapping[str, Exercise] | None = None,
) -> ReportData:
    """Gather a plan's progress report.

    Args:
        db: the patient database.
        plan_id: the plan.
        today: the report's date (default: today); the phase and week are on this day.
        exercises: exercise names for the plan changes (None: ids are shown).

    Raises:
        NotInDatabaseError: no such plan.
    """
    day = today or dt.date.today()
    plan, revision = db.load_plan(plan_id)
    visits = db.visits(plan_id)
    phase = current_phase(plan, day)
    last = db.last_report_revision(plan_id)
    start = last if last is not None else 1
    changes = db.changes(plan_id, start, revision, exercises) if revision > start else []
    first_met: dict[str, dt.date] = {}
    for visit in visits:
        for criterion in visit.criteria_met:
            first_met.setdefault(criterion, visit.date)
    criteria = [f"{c} (met on {day.isoformat()})" for c, day in first_met.items()]
    latest = visits[-1] if visits else None
    return ReportData(
        plan=plan, revision=revision, made_on=day, visits=visits,
        phase_name=phase.name if phase else "",
        week=max(0, (day - plan.surgery_date).days // 7),
        meanings=latest_meanings(visits), adherence=adherence(visits), criteria_met=criteria,
        changes_since=last, plan_changes=changes, series=progress_series(plan, visits),
        pain=(latest.pain_before, latest.pain_after) if latest else (None, None),
        problems=[f"{v.date.isoformat()}: {v.problems}" for v in visits[-3:] if v.problems],
        activities=activity_tracks(visits),
    )
