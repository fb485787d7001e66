"""The one-page clinician summary: orders, timeline, exit criteria met and the care given in the
clinic (clinician items, which never reach the patient's handout)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from rehab_planner.errors import RenderError
from rehab_planner.handout.fonts import register_fonts
from rehab_planner.handout.progress_report import report_styles
from rehab_planner.handout.styles import page_size
from rehab_planner.i18n import using_language
from rehab_planner.model import Plan, Precaution
from rehab_planner.plans.clinician import item_line, items_for
from rehab_planner.plans.conditions import in_effect
from rehab_planner.plans.criteria import criteria_status
from rehab_planner.plans.schedule import format_date, format_weeks
from rehab_planner.plans.stage import Where, recovery_week, stage_on
from rehab_planner.plans.timeline import timeline, timeline_lines
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.storage.atomic import write_atomic

SCALES = (1.0, 0.9, 0.8, 0.72)  # smaller type until the summary fits one page
ENDS = {"week": "ends at its last week", "criteria": "ends when its criteria are met",
        "later": "ends at its last week or when its criteria are met, whichever is later"}
WHERE = {Where.MOVED: " (moved on by the therapist)",
         Where.HELD: " (held: exit criteria not all met)"}


@dataclasses.dataclass(frozen=True)
class SummaryResult:
    """The PDF and its page count."""

    pdf: bytes
    pages: int


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    out = {}
    for name, style in report_styles().items():
        out[name] = ParagraphStyle(name, parent=style, fontSize=style.fontSize * scale,
                                   leading=style.leading * scale,
                                   spaceBefore=style.spaceBefore * scale,
                                   spaceAfter=style.spaceAfter * scale)
    return out


def _p(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    return Paragraph(escape(text), style, bulletText=bullet)


def _story(plan: Plan, today: dt.date, catalogue: Mapping[str, Precaution],
           s: dict[str, ParagraphStyle]) -> list[Flowable]:
    who = plan.patient.name + (f" (record {plan.patient.record_number})"
                               if plan.patient.record_number else "")
    story: list[Flowable] = [
        _p("Clinician summary", s["title"]),
        _p(f"{who}. {plan.procedure}, surgery on {format_date(plan.surgery_date)}"
           + (f" by {plan.surgeon.name}" if plan.surgeon.name else "") + ".", s["body"]),
    ]
    stage = stage_on(plan, today)
    where = (f"Week {recovery_week(plan, today)} after surgery on {format_date(today)}"
             + (f"; stage {stage.number} of {stage.count}: {stage.phase.name}"
                f"{WHERE.get(stage.where, '')}" if stage else "") + ".")
    care = ", ".join(x for x in (plan.therapist, plan.clinic.name) if x)
    story += [_p(where + (f" Care: {care}." if care else ""), s["body"])]
    orders = [f"{catalogue[o.id].name if o.id in catalogue else o.id}, "
              f"{format_weeks_of(o.weeks_from, o.weeks_to)}"
              + (f' (surgeon: "{o.wording}")' if o.wording.strip() else "")
              for o in plan.precautions]
    story += [_p("Surgeon's orders", s["h"]),
              *[_p(line, s["bullet"], "•") for line in orders or ["None."]]]
    steps = timeline_lines(plan, timeline(plan, catalogue))
    story += [_p("Timeline", s["h"]), *[_p(line, s["bullet"], "•") for line in steps or ["None."]]]
    story += [_p("Phases, exit criteria and clinician care", s["h"])]
    for number, phase in enumerate(plan.phases, start=1):
        story.append(_p(f"{number}. {phase.name}, {format_weeks(phase).lower()}; "
                        f"{ENDS[phase.ends_by]}.", s["body"]))
        for status in criteria_status(plan, phase):
            met = status.met
            mark = (f"met {format_date(met.on)}" + (f" ({met.by})" if met.by else "")
                    if met else "not met")
            story.append(_p(f"{status.text} [{mark}]", s["bullet"], "•"))
        story += [_p(f"Clinician care: {item_line(i)}", s["bullet"], "•")
                  for i in items_for(plan, phase)]
    every = items_for(plan, None)
    if every:
        story += [_p("Clinician care in every phase", s["h"]),
                  *[_p(item_line(i), s["bullet"], "•") for i in every]]
    return story


def format_weeks_of(start: float, end: float | None) -> str:
    """'weeks 0 to 6' or 'from week 12'."""
    return f"from week {start:g}" if end is None else f"weeks {start:g} to {end:g}"


def render_clinician_summary(plan: Plan, *, today: dt.date | None = None, paper: str = "letter",
                             catalogue: Mapping[str, Precaution] | None = None) -> SummaryResult:
    """The clinician summary as PDF bytes, on one page when smaller type makes it fit.

    Raises:
        RenderError: unknown paper size.
    """
    if paper not in ("letter", "a4"):
        raise RenderError(f"Unknown page size '{paper}'; choose from: letter, a4")
    register_fonts()
    plan = in_effect(plan)
    catalogue = catalogue if catalogue is not None else load_catalogue()
    size, margin = page_size(paper), 14 * mm
    result = SummaryResult(b"", 0)
    with using_language("en"):  # the clinician's words; the patient's language is the handout's
        for scale in SCALES:
            buffer = io.BytesIO()
            doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=margin, rightMargin=margin,
                                    topMargin=margin, bottomMargin=margin,
                                    title="Rehab Planner clinician summary",
                                    author=plan.therapist or "Rehab Planner")
            doc.build(_story(plan, today or dt.date.today(), catalogue, _styles(scale)))
            result = SummaryResult(buffer.getvalue(), int(doc.page))
            if result.pages == 1:
                break
    return result


def write_clinician_summary(plan: Plan, path: Path | str, **options: object) -> SummaryResult:
    """Render the summary and write it atomically.

    Raises:
        RenderError: the file cannot be written, or see render_clinician_summary.
    """
    result = render_clinician_summary(plan, **options)  # type: ignore[arg-type]
    try:
        write_atomic(path, result.pdf, mode=0o600)
    except OSError as exc:
        raise RenderError(f"{path}: could not write the summary ({exc.strerror or exc})") from None
    return result
