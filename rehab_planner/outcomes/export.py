"""Measures as CSV for the clinic's own analysis: one row per measure taken, no patient names."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.outcomes.meaning import judge
from rehab_planner.storage.db_visits import MeasureRow

COLUMNS = ["plan_id", "record_number", "procedure", "surgery_date", "visit_id", "visit_date",
           "days_after_surgery", "measure", "raw", "score", "change_since_first", "verdict",
           "answers", "activities"]


def _cell(text: str | None) -> str:
    """Text a spreadsheet will not run as a formula."""
    value = text or ""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _activities(row: MeasureRow) -> str:
    """The patient's named activities with their scores (PSFS), e.g. 'Climbing stairs: 3 | Kneeling: 4'."""
    return " | ".join(f"{name.strip()}: {answer}" for name, answer in zip(row.activities, row.answers,
                                                                          strict=False)
                      if name.strip() and answer is not None)


def measures_csv(rows: Sequence[MeasureRow]) -> str:
    """The CSV text (header first) for rows ordered by plan, visit date and measure."""
    known = shipped_measures()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    first: dict[tuple[str, str], float] = {}
    for row in rows:
        key = (row.plan_id, row.measure_id)
        is_first = key not in first
        start = first.setdefault(key, row.score)
        measure = known.get(row.measure_id)
        if measure is None:
            change, verdict = "", ""
        else:
            verdict = judge(measure, start, row.score, is_first=is_first).value
            change = "" if measure.meaning.value == "rating" else f"{row.score - start:g}"
        writer.writerow([
            _cell(row.plan_id), _cell(row.record_number), _cell(row.procedure),
            row.surgery_date.isoformat(), row.visit_id, row.visit_date.isoformat(),
            row.days_after_surgery, row.measure_id, f"{row.raw:g}", f"{row.score:g}", change,
            verdict, " ".join("-" if a is None else str(a) for a in row.answers),
            _cell(_activities(row)),
        ])
    return out.getvalue()
