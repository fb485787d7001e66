"""Benchmark visits and outcomes: open a patient with 100 visits, build the plot series, draw the
plots (QtCharts, offscreen), and render the clinician progress report.

    .venv/bin/python bench/outcomes_bench.py              # SQLite in a temp folder
    .venv/bin/python bench/outcomes_bench.py --visits 300

Targets (issue 16): open a patient with 100 visits and draw the plots under 100 ms; the report
under 1 s. Prints figures (median and worst of the runs); never fails a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS_MS = {"open + series + plots": 100.0, "report": 1000.0}


def timed(label: str, fn: Callable[[], object], runs: int) -> float:
    """Run fn `runs` times after one warm-up; print and return the median in ms."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    target = TARGETS_MS.get(label)
    verdict = "" if target is None else (f"  (target < {target:g} ms: "
                                         f"{'met' if median < target else 'NOT met'})")
    print(f"{label:<28} median {median:8.1f} ms   worst {max(times):8.1f} ms{verdict}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="outcomes-bench-"))
    os.environ["REHAB_PLANNER_DATA"] = str(folder)
    from PySide6.QtWidgets import QApplication

    from rehab_planner.gui.outcomes.charts import AdherenceChart, MeasureChart
    from rehab_planner.handout.progress_report import render_progress_report
    from rehab_planner.outcomes.meaning import latest_meanings
    from rehab_planner.outcomes.report_data import report_data
    from rehab_planner.outcomes.series import progress_series
    from rehab_planner.storage.database import PatientDatabase
    from tests.outcomes.factory import tka_plan, weekly_visits

    app = QApplication.instance() or QApplication([])
    url = f"sqlite:///{folder / 'patients.sqlite3'}"
    db = PatientDatabase.open(url)
    today = dt.date.today()
    # Visits every few days from surgery (weekly_visits spaces them a week apart, so the surgery
    # lies far enough back for all of them to be in the past).
    plan = tka_plan(today - dt.timedelta(days=7 * args.visits + 7))
    db.save_plan(plan, by="bench", expected_revision=None)
    start = time.perf_counter()
    for visit in weekly_visits(plan, args.visits):
        db.save_visit(visit, by="bench")
    saved = time.perf_counter() - start
    print(f"{args.visits} visits with {sum(len(v.measures) for v in db.visits(plan.id))} measures "
          f"saved in {saved:.2f} s ({saved / args.visits * 1000:.1f} ms a visit)")

    measure_chart, adherence_chart = MeasureChart(), AdherenceChart()
    for chart in (measure_chart, adherence_chart):
        chart.resize(640, 400)

    def open_patient() -> object:
        loaded, _ = db.load_plan(plan.id)
        return loaded, db.visits(plan.id)

    def series_only() -> object:
        loaded, visits = open_patient()
        return progress_series(loaded, visits), latest_meanings(visits)

    def plots() -> None:
        series, _ = series_only()
        measure_chart.show_measure(series, series.measure("lefs"))
        adherence_chart.show_adherence(series)
        measure_chart.grab()  # paint them, as the window would
        adherence_chart.grab()

    timed("open (plan + visits)", open_patient, args.runs)
    timed("open + series + meanings", series_only, args.runs)
    timed("open + series + plots", plots, args.runs)
    data = report_data(db, plan.id)
    timed("report render only", lambda: render_progress_report(data), max(3, args.runs // 4))
    timed("report", lambda: render_progress_report(report_data(db, plan.id)), max(3, args.runs // 4))
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main()
