"""The clinician progress report (1-2 pages) for the surgeon or payer: measures, MCID, adherence, plots."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rehab_planner.handout.fonts import BODY_BOLD_FONT, BODY_FONT, register_fonts
from rehab_planner.handout.progress_plots import adherence_drawing, measure_drawing
from rehab_planner.handout.styles import page_size
from rehab_planner.model import Exercise
from rehab_planner.outcomes.meaning import Verdict
from rehab_planner.outcomes.report_data import ReportData, report_data
from rehab_planner.outcomes.scoring import format_score
from rehab_planner.plans.schedule import format_date
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.database import PatientDatabase

MAX_PLOTS = 4
GRID = Color(0.6, 0.6, 0.6)
HEAD = Color(0.9, 0.9, 0.92)
VERDICT_WORDS = {
    Verdict.BASELINE: "first score",
    Verdict.IMPROVED: "passes MCID",
    Verdict.WORSE: "worse by MCID",
    Verdict.NOT_YET: "below MCID",
    Verdict.NO_MCID: "no MCID stored",
}


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BODY_BOLD_FONT, fontSize=16, leading=20),
        "h": ParagraphStyle("h", parent=body, fontName=BODY_BOLD_FONT, fontSize=11, leading=14,
                            spaceBefore=8, spaceAfter=3),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=2),
    }


def report_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the clinician's one-page documents (this report, the summary)."""
    return _styles()


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _header(data: ReportData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    plan = data.plan
    who = plan.patient.name
    if plan.patient.record_number:
        who += f" (record {plan.patient.record_number})"
    if plan.patient.date_of_birth:
        who += f", born {format_date(plan.patient.date_of_birth)}"
    surgery = f"{plan.procedure}, surgery on {format_date(plan.surgery_date)}"
    if plan.surgeon.name:
        surgery += f" by {plan.surgeon.name}"
    where = "Week " + str(data.week) + " after surgery"
    where += f", phase: {data.phase_name}" if data.phase_name else ", after the last phase of the plan"
    care = ", ".join(x for x in (plan.therapist, plan.clinic.name) if x)
    visits = data.visits
    seen = (f"{len(visits)} visit{'s' if len(visits) != 1 else ''}, "
            f"{format_date(visits[0].date)} to {format_date(visits[-1].date)}" if visits
            else "No visits recorded yet")
    rows = [("Patient", who), ("Surgery", surgery), ("Now", where), ("Visits", seen)]
    if care:
        rows.append(("Therapist", care))
    table = Table([[_p(k, s["cell"]), _p(v, s["body"])] for k, v in rows], colWidths=[24 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (0, -1), BODY_BOLD_FONT),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    title = f"Progress report, {format_date(data.made_on)}"
    return [_p(title, s["title"]), Spacer(1, 4), table]


def _measures(data: ReportData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [_p("Outcome measures", s["h"])]
    if not data.meanings:
        return [*out, _p("No outcome measures recorded yet.", s["body"])]
    head = ["Measure", "First", "Latest", "Change", "MCID", "Meaning"]
    rows: list[list[Flowable]] = [[_p(h, s["cell"]) for h in head]]
    notes: list[str] = []
    for m in data.meanings:
        mm_ = m.measure
        mcid = "none" if mm_.mcid is None else f"{mm_.mcid.value:g}" + ("*" if not mm_.mcid.checked else "")
        change = "rating" if m.change is None else f"{m.change:+g}" if m.change else "0"
        rows.append([_p(f"{mm_.short_name} ({mm_.score_min:g} to {mm_.score_max:g}, "
                        f"{'higher' if mm_.better.value == 'higher' else 'lower'} is better)", s["cell"]),
                     _p(f"{format_score(mm_, m.first_score)} ({format_date(m.first_date)})", s["cell"]),
                     _p(f"{format_score(mm_, m.score)} ({format_date(m.date)})", s["cell"]),
                     _p(change, s["cell"]), _p(mcid, s["cell"]),
                     _p(VERDICT_WORDS[m.verdict], s["cell"])])
        if mm_.mcid is not None:
            notes.append(f"{mm_.short_name} MCID: {mm_.mcid.source}")
        if not mm_.table_checked:
            notes.append(f"{mm_.short_name}: the raw-to-interval table is not yet checked "
                         "against its source.")
    table = Table(rows, colWidths=[52 * mm, 30 * mm, 30 * mm, 17 * mm, 14 * mm, None], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    out.append(table)
    if any(m.measure.mcid is not None and not m.measure.mcid.checked for m in data.meanings):
        notes.insert(0, "* MCID cited from the literature but not yet checked against the paper.")
    out += [Spacer(1, 2)] + [_p(n, s["small"]) for n in notes]
    return out


def _bullets(title: str, items: list[str], empty: str, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [_p(title, s["h"])]
    if not items:
        return [*out, _p(empty, s["body"])]
    return out + [Paragraph(escape(i), s["bullet"], bulletText="•") for i in items]


def _adherence(data: ReportData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    a = data.adherence
    if a.average is None:
        text = "No home program log recorded at the visits yet."
    else:
        text = (f"The patient did the home program on {a.average:g} days a week on average "
                f"({a.visits_counted} visit{'s' if a.visits_counted != 1 else ''} recorded it); "
                f"latest: {a.latest} days.")
    before, after = data.pain
    if before is not None or after is not None:
        text += (f" Pain at the last visit: {before if before is not None else 'not noted'} before and "
                 f"{after if after is not None else 'not noted'} after the exercises (0-10).")
    return [_p("Home program", s["h"]), _p(text, s["body"])]


def _changes(data: ReportData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if data.changes_since is None:
        title = "Plan changes since the first version"
    else:
        title = f"Plan changes since the last report (revision {data.changes_since})"
    empty = "No changes to the plan in this time."
    return _bullets(title, data.plan_changes, empty, s)


def _plots(data: ReportData, width: float) -> list[Flowable]:
    series = data.series
    shown = series.measures[:MAX_PLOTS]
    cell_w, cell_h = width / 2 - 4, 58 * mm
    drawings: list[Flowable] = [measure_drawing(series, m, cell_w, cell_h) for m in shown]
    if series.adherence:
        drawings.append(adherence_drawing(series, cell_w, cell_h))
    if not drawings:
        return []
    rows = [drawings[i:i + 2] + [""] * (2 - len(drawings[i:i + 2])) for i in range(0, len(drawings), 2)]
    grid = Table(rows, colWidths=[width / 2] * 2)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [grid]


def render_progress_report(data: ReportData, *, paper: str = "letter") -> bytes:
    """The report as PDF bytes."""
    return _render(data, paper)[0]


def _render(data: ReportData, paper: str) -> tuple[bytes, int]:
    register_fonts()
    size = page_size(paper)
    margin = 16 * mm
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin,
                            title=f"Progress report: {data.plan.patient.name}",
                            author=data.plan.therapist or "Rehab Planner")
    s = _styles()
    story: list[Flowable] = _header(data, s) + _measures(data, s) + _adherence(data, s)
    if data.activities:
        story += _bullets("Activities the patient chose (PSFS, 0 unable to 10 as before)",
                          [a.describe() for a in data.activities], "", s)
    story += _bullets("Criteria met", data.criteria_met, "None recorded yet.", s)
    story += _changes(data, s)
    if data.problems:
        story += _bullets("Problems the patient reported", data.problems, "", s)
    plots = _plots(data, size[0] - 2 * margin)
    if plots:
        story.append(KeepTogether([_p("Progress over time", s["h"]), *plots]))
    doc.build(story)
    return buffer.getvalue(), int(doc.page)


def write_progress_report(data: ReportData, path: Path | str, *, paper: str = "letter") -> int:
    """Write the report atomically; returns its page count."""
    pdf, pages = _render(data, paper)
    write_atomic(path, pdf, mode=0o600)
    return pages


def make_progress_report(db: PatientDatabase, plan_id: str, path: Path | str, *, by: str,
                         today: dt.date | None = None, paper: str = "letter",
                         exercises: Mapping[str, Exercise] | None = None) -> int:
    """Gather, write and record (in the audit log) a plan's progress report; returns its pages.

    The record lets the next report list the plan changes made since this one.

    Raises:
        NotInDatabaseError: no such plan.
        OSError: the file cannot be written.
    """
    data = report_data(db, plan_id, today=today, exercises=exercises)
    pages = write_progress_report(data, path, paper=paper)
    db.record_report(plan_id, data.revision, by=by)
    return pages
