"""Change since the first visit, the MCID verdict, and the one plot series."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Patient, Phase, Plan
from rehab_planner.outcomes.meaning import Verdict, history, latest_meanings
from rehab_planner.outcomes.series import progress_series
from rehab_planner.visits import Visit, record_measure

SURGERY = dt.date(2026, 9, 1)


def visit(day: int, *measures: tuple[str, list[int | None]], days: int | None = None) -> Visit:
    return Visit(plan_id="p", date=SURGERY + dt.timedelta(days=day), days_per_week=days,
                 measures=[record_measure(m, a) for m, a in measures])


def test_lefs_change_since_the_first_visit_passes_the_mcid_at_9() -> None:
    visits = [visit(7, ("lefs", [1] * 20)), visit(21, ("lefs", [1] * 12 + [2] * 8)),
              visit(35, ("lefs", [1] * 11 + [2] * 9))]
    found = history(visits, "lefs")
    assert [m.score for m in found] == [20, 28, 29]
    assert [m.change for m in found] == [0, 8, 9]
    assert [m.verdict for m in found] == [Verdict.BASELINE, Verdict.NOT_YET, Verdict.IMPROVED]
    assert found[-1].passes_mcid
    assert found[-1].describe() == "LEFS 29 (+9 since 2026-09-08; passes the MCID of 9)"


def test_pain_falling_is_an_improvement_and_rising_is_worse() -> None:
    better = history([visit(7, ("nprs", [7])), visit(30, ("nprs", [5]))], "nprs")[-1]
    worse = history([visit(7, ("nprs", [3])), visit(30, ("nprs", [6]))], "nprs")[-1]
    assert better.verdict is Verdict.IMPROVED and better.change == -2
    assert worse.verdict is Verdict.WORSE
    assert worse.describe() == "NPRS 6 (+3 since 2026-09-08; worse by at least the MCID of 2)"


def test_an_mcid_not_checked_against_its_source_says_so() -> None:
    later = history([visit(7, ("koos_jr", [3] * 7)), visit(30, ("koos_jr", [1] * 7))], "koos_jr")[-1]
    assert later.describe() == "KOOS JR 68.3 (+34.1 since 2026-09-08; passes the MCID of 14, unchecked)"


def test_groc_is_judged_on_its_own_rating_and_sane_has_no_mcid() -> None:
    visits = [visit(7, ("groc", [1]), ("sane", [40])), visit(30, ("groc", [4]), ("sane", [70]))]
    latest = {m.measure.id: m for m in latest_meanings(visits)}
    assert latest["groc"].verdict is Verdict.IMPROVED and latest["groc"].change is None
    assert latest["sane"].verdict is Verdict.NO_MCID and latest["sane"].change == 30
    assert latest["sane"].describe() == "SANE 70 (+30 since 2026-09-08; no MCID stored)"


def test_the_series_has_measures_phases_surgery_and_adherence_in_weeks() -> None:
    plan = Plan(patient=Patient(name="A B"), procedure="TKA", surgery_date=SURGERY,
                phases=[Phase(name="Early", weeks_from=0, weeks_to=6), Phase(name="Late", weeks_from=6)])
    visits = [visit(28, ("koos_jr", [2] * 7), days=6), visit(14, ("koos_jr", [3] * 7), days=4)]
    series = progress_series(plan, visits)
    koos = series.measure("koos_jr")
    assert koos is not None
    assert [(p.weeks, p.value) for p in koos.points] == [(2.0, 34.2), (4.0, 52.5)]
    assert [(b.name, b.start_weeks, b.end_weeks) for b in series.phases] == [
        ("Early", 0.0, 6.0), ("Late", 6.0, None)]
    assert [(p.weeks, p.value) for p in series.adherence] == [(2.0, 4), (4.0, 6)]
    assert series.surgery_date == SURGERY and series.last_weeks == 4.0


def test_the_csv_export_keeps_spreadsheet_formulas_out() -> None:
    import csv
    import io

    from rehab_planner.outcomes.export import COLUMNS, measures_csv
    from rehab_planner.storage.db_visits import MeasureRow

    rows = [MeasureRow("p1", "=HYPERLINK(\"x\")", "+TKA", SURGERY, 1, SURGERY + dt.timedelta(days=7),
                       "groc", -3, -3, [-3]),
            MeasureRow("p1", "=HYPERLINK(\"x\")", "+TKA", SURGERY, 2, SURGERY + dt.timedelta(days=14),
                       "groc", 4, 4, [4])]
    table = list(csv.reader(io.StringIO(measures_csv(rows))))
    assert table[0] == COLUMNS
    assert table[1][1] == "'=HYPERLINK(\"x\")" and table[1][2] == "'+TKA"
    assert table[1][9] == "-3" and table[1][10] == "" and table[1][11] == "worse"  # numbers stay numbers
    assert table[2][11] == "improved" and table[2][6] == "14"
