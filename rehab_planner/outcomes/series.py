"""The one series function behind every progress plot: the app (QtCharts) and the PDFs (reportlab)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rehab_planner.model import Plan
from rehab_planner.outcomes.catalogue import Measure, shipped_measures
from rehab_planner.plans.schedule import phase_dates
from rehab_planner.visits.model import Visit


@dataclass(frozen=True)
class Point:
    """One value on a day; x is weeks after surgery."""

    date: dt.date
    weeks: float
    value: float


@dataclass(frozen=True)
class MeasureSeries:
    """One measure's scores over time, with the axis range and MCID to draw."""

    measure: Measure
    points: list[Point]

    @property
    def label(self) -> str:
        """The measure's short name, e.g. 'LEFS'."""
        return self.measure.short_name


@dataclass(frozen=True)
class PhaseBand:
    """A phase as a band on the time axis (weeks after surgery); end None: open-ended."""

    name: str
    start_weeks: float
    end_weeks: float | None


@dataclass(frozen=True)
class ProgressSeries:
    """Everything a progress plot draws: measures, phase bands, surgery at week 0, adherence bars."""

    surgery_date: dt.date
    measures: list[MeasureSeries] = field(default_factory=list)
    phases: list[PhaseBand] = field(default_factory=list)
    adherence: list[Point] = field(default_factory=list)  # days the home program was done, 0-7
    pain: list[Point] = field(default_factory=list)  # pain before exercise, 0-10
    last_weeks: float = 0.0  # the right end of the time axis

    def measure(self, measure_id: str) -> MeasureSeries | None:
        """One measure's series, if it was taken."""
        return next((s for s in self.measures if s.measure.id == measure_id), None)


def weeks_after(surgery: dt.date, day: dt.date) -> float:
    """Weeks from surgery to a day (fractional)."""
    return (day - surgery).days / 7


def progress_series(
    plan: Plan, visits: Sequence[Visit], measures: Mapping[str, Measure] | None = None
) -> ProgressSeries:
    """The plot data for a plan's visits, oldest first.

    Args:
        plan: the plan (surgery date and phases).
        visits: its visits, in any order.
        measures: the measure catalogue (default: the shipped one).
    """
    known = measures or shipped_measures()
    ordered = sorted(visits, key=lambda v: (v.date, v.id or 0))
    surgery = plan.surgery_date

    def point(visit: Visit, value: float) -> Point:
        return Point(visit.date, weeks_after(surgery, visit.date), value)

    by_measure: dict[str, list[Point]] = {}
    for visit in ordered:
        for result in visit.measures:
            by_measure.setdefault(result.measure_id, []).append(point(visit, result.score))
    series = [MeasureSeries(known[mid], by_measure[mid]) for mid in known if mid in by_measure]
    bands = []
    for phase in plan.phases:
        start, end = phase_dates(plan, phase)
        bands.append(PhaseBand(phase.name, weeks_after(surgery, start),
                               None if end is None else weeks_after(surgery, end)))
    last = max([weeks_after(surgery, ordered[-1].date)] if ordered else [0.0])
    return ProgressSeries(
        surgery_date=surgery,
        measures=series,
        phases=bands,
        adherence=[point(v, v.days_per_week) for v in ordered if v.days_per_week is not None],
        pain=[point(v, v.pain_before) for v in ordered if v.pain_before is not None],
        last_weeks=max(last, 1.0),
    )
