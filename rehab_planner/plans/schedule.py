"""Calendar dates of a plan's phases, computed from the surgery date (never stored)."""

from __future__ import annotations

import datetime as dt
import math

from rehab_planner.i18n import current_language
from rehab_planner.i18n.dates import date_words, range_words, weeks_words
from rehab_planner.model import Phase, Plan, Prescription
from rehab_planner.model.plan import days_after

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_after(surgery: dt.date, weeks: float) -> dt.date:
    """The date a number of weeks after surgery (days rounded half up)."""
    return surgery + dt.timedelta(days=days_after(weeks))


def phase_dates(plan: Plan, phase: Phase) -> tuple[dt.date, dt.date | None]:
    """Start and end dates of a phase (the end is None for an open-ended phase).

    Weeks 0 to 6 after a surgery on 2 Nov 2026 run from 2 Nov to 14 Dec: the end is the day
    week 6 is reached, which is also the day the next phase starts.
    """
    start = date_after(plan.surgery_date, phase.weeks_from)
    if phase.weeks_to is None:
        return start, None
    return start, date_after(plan.surgery_date, phase.weeks_to)


def start_date(plan: Plan, phase: Phase, rx: Prescription) -> dt.date | None:
    """The day the patient starts an exercise that starts later than its stage (on or after the
    stage's end too: the patient is held back all the same, and `check` warns); None: it starts
    with the stage."""
    if rx.start_week is None or not rx.starts_later(phase):
        return None
    return date_after(plan.surgery_date, rx.start_week)


def format_date(day: dt.date, *, year: bool = True, short: bool = False) -> str:
    """'2 Nov 2026' (no leading zero, no locale surprises); in Spanish '2 de noviembre de 2026',
    '2 nov' without the year (the log's narrow columns) and '2 nov 2026' short (the footer)."""
    if current_language() != "en":
        return date_words(day, current_language(), year=year, short=short or not year)
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def format_weeks(phase: Phase) -> str:
    """'Weeks 0 to 6' or 'Week 12 on' (in the language being written, see i18n)."""
    if current_language() != "en":
        return weeks_words(phase.weeks_from, phase.weeks_to, current_language())
    start = f"{phase.weeks_from:g}"
    if phase.weeks_to is None:
        return f"Week {start} on"
    return f"Weeks {start} to {phase.weeks_to:g}"


def format_phase_dates(plan: Plan, phase: Phase) -> str:
    """'2 Nov to 14 Dec 2026', '28 Dec 2026 to 3 Jan 2027' or 'From 25 Jan 2027'."""
    start, end = phase_dates(plan, phase)
    if current_language() != "en":
        return range_words(start, end, current_language())
    if end is None:
        return f"From {format_date(start)}"
    same_year = start.year == end.year
    return f"{format_date(start, year=not same_year)} to {format_date(end)}"


def phase_title(plan: Plan, phase: Phase) -> str:
    """'Weeks 0 to 6: 2 Nov to 14 Dec 2026'."""
    return f"{format_weeks(phase)}: {format_phase_dates(plan, phase)}"


def current_phase(plan: Plan, today: dt.date) -> Phase | None:
    """The phase a patient is in on a given day, if any."""
    weeks = (today - plan.surgery_date).days / 7
    for phase in plan.phases:
        end = phase.weeks_to if phase.weeks_to is not None else math.inf
        if phase.weeks_from <= weeks < end:
            return phase
    return None
