"""Story builder of the exercise log: per phase, a tick-box grid of its first week and a blank one."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table

from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.document import LANDSCAPE, PORTRAIT
from rehab_planner.handout.flowables import Cell, TickBoxes, log_table, stack_height
from rehab_planner.handout.phases import phase_heading
from rehab_planner.handout.texts import filled
from rehab_planner.model import Phase
from rehab_planner.plans.schedule import format_date, phase_dates

NBSP = "\u00a0"  # keeps '10 Nov' on one line
MIN_NAME_RATIO = 0.22  # the exercise-name column never gets narrower than this share
MAX_BOXES = 4  # more sessions a day than this get one box per day and a note in the name cell


def log_days(ctx: BuildContext, phase: Phase) -> list[dt.date]:
    """The first days of a phase the log dates (up to style.log_days, never past its end)."""
    start, end = phase_dates(ctx.plan, phase)
    count = ctx.style.log_days
    if end is not None:
        count = min(count, (end - start).days)
    return [start + dt.timedelta(days=i) for i in range(max(count, 1))]


def boxes_for(item: Item) -> int:
    """Tick boxes a day for an exercise: one per session, up to MAX_BOXES."""
    sessions = item.dosage.times_a_day or 1
    return sessions if sessions <= MAX_BOXES else 1


def _day_width(ctx: BuildContext, boxes: int, days: list[dt.date]) -> float:
    """A day column wide enough for its tick boxes and for its date ('30 Nov') on one line."""
    style = ctx.style
    row, _ = TickBoxes.size(boxes, style.tick_box)
    cell = style.paragraphs["cell"]  # the date line; the weekday above it is shorter
    label = max(stringWidth(format_date(day, year=False), cell.fontName, cell.fontSize)
                for day in days)
    return max(style.log_min_day_width, row, label) + style.box_padding * 1.2 + 1  # + padding


def _chunks(days: list[dt.date], per_table: int) -> list[list[dt.date]]:
    """Days split into tables of equal size (as even as possible)."""
    tables = math.ceil(len(days) / per_table)
    size = math.ceil(len(days) / tables)
    return [days[i:i + size] for i in range(0, len(days), size)]


def _name_cell(ctx: BuildContext, item: Item) -> list[Flowable]:
    cell: list[Flowable] = [ctx.para(f"{item.number}. {item.exercise.name}", "cell",
                                     where=f"the exercise '{item.exercise.id}'")]
    sessions = item.dosage.times_a_day or 1
    if sessions > MAX_BOXES:
        cell.append(ctx.para(filled(ctx.text.log.times_a_day, count=sessions), "cell"))
    return cell


def _table(ctx: BuildContext, items: list[Item], days: list[dt.date], name_width: float,
           day_width: float, *, dated: bool = True) -> Table:
    """The grid of some days: a day header (dates, or a line to write them on), a row per
    exercise, the pain row."""
    text = ctx.text.log
    header = _week_header(ctx, days, dated)
    rows: list[list[Cell]] = []
    for item in items:
        rows.append([_name_cell(ctx, item), *[TickBoxes(boxes_for(item), ctx.style) for _ in days]])
    rows.append([ctx.para(text.pain, "cell_bold"), *[Spacer(1, 1) for _ in days]])
    return log_table(header, rows, name_width, day_width, ctx.style)


@dataclass(frozen=True)
class LogPage:
    """The frame the log is laid out in (portrait, or landscape for large print)."""

    width: float
    height: float
    landscape: bool = False


def log_page(ctx: BuildContext) -> LogPage:
    """Landscape when a week of the widest phase does not fit the portrait width."""
    style = ctx.style
    phases = [p for p in ctx.plan.phases if ctx.items(p)]
    if not phases:
        return LogPage(ctx.width, ctx.page_height)
    widest = max(_day_width(ctx, max(boxes_for(i) for i in ctx.items(p)), log_days(ctx, p))
                 for p in phases)
    if 7 * widest <= ctx.width * (1 - MIN_NAME_RATIO):
        return LogPage(ctx.width, ctx.page_height)
    paper_w = ctx.width + style.margin_left + style.margin_right
    paper_h = ctx.page_height + style.margin_top + style.margin_bottom
    return LogPage(paper_h - style.margin_left - style.margin_right,
                   paper_w - style.margin_top - style.margin_bottom, landscape=True)


MIN_ROWS = 2  # a grid split over two pages keeps at least this many exercises on the first


class ContinuedGrid(KeepTogether):
    """A log grid with the headings above it, kept on one page when it fits there.

    When it does not, and at least MIN_ROWS exercises fit under the headings, the grid is split
    between rows: the rest goes on the next page under its day header and a '(continued)'
    heading; otherwise the whole block moves on to the next page. A whole grid (the blank week
    to copy) is only split when it is taller than a page.
    """

    def __init__(self, head: list[Flowable], grid: Table, continued: list[Flowable], *,
                 whole: bool = False) -> None:
        self.head = head
        self.grid = grid
        self.continued = continued
        self.whole = whole
        super().__init__([*head, grid])

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Everything here; or the headings and the first rows here, the rest after; or
        everything on the next page."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self._H:
            return list(self._content)
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if self.whole and not at_top:
            return []  # the next page
        head_height = stack_height(self.head, aW) + (
            self.head[-1].getSpaceAfter() + self.grid.getSpaceBefore() if self.head else 0.0)
        if self.head:
            head_height += self.head[0].getSpaceBefore() if not at_top else 0.0
        room = aH - head_height
        self.grid.wrap(aW, 1e6)
        parts = self.grid.split(aW, room) if room > 0 else []
        rows = len(self.grid._cellvalues) - 1  # exercises and the pain row, not the day header
        enough = min(MIN_ROWS, rows)
        if len(parts) < 2 or len(parts[0]._cellvalues) - 1 < enough:
            return [] if not at_top else [*self.head, self.grid]
        return [*self.head, parts[0],
                ContinuedGrid(list(self.continued), parts[1], self.continued)]


def _week_header(ctx: BuildContext, days: list[dt.date], dated: bool) -> list[Cell]:
    text = ctx.text.log
    header: list[Cell] = [ctx.para(text.exercise, "cell_bold")]
    for day in days:
        date = format_date(day, year=False).replace(" ", NBSP) if dated else text.date_blank
        header.append([ctx.para(text.week_days[day.weekday()], "cell_bold"),
                       ctx.para(date, "cell")])
    return header


def phase_log(ctx: BuildContext, phase: Phase, page: LogPage,
              lead: list[Flowable] | None = None) -> list[Flowable]:
    """The log of one phase: its title and dates over a grid of its first week, then the
    same grid without dates for the patient to copy (a grid has fewer days when a week does
    not fit the width).

    lead: flowables kept on the same page as the first grid (the log's heading and intro).
    """
    items = ctx.items(phase)
    if not items:
        return []
    text = ctx.text.log
    days = log_days(ctx, phase)
    day_width = _day_width(ctx, max(boxes_for(item) for item in items), days)
    # a whole week per grid when it fits; the name column gets the room the days leave
    per_table = max(1, min(7, int((page.width * (1 - MIN_NAME_RATIO)) // day_width)))
    name_width = page.width - per_table * day_width
    where = "the phase name"
    heading = [ctx.para(phase.name, "h2", where=where),
               ctx.para(phase_heading(ctx, phase), "bold")]
    continued = [ctx.para(filled(text.continued, phase=phase.name), "h3", where=where)]
    gap = Spacer(1, ctx.style.section_space)
    story: list[Flowable] = []
    chunks = _chunks(days, per_table)
    for n, chunk in enumerate(chunks):
        grid = _table(ctx, items, chunk, name_width, day_width)
        head = [*(lead or []), *heading] if n == 0 else list(continued)
        story += [ContinuedGrid(head, grid, continued), gap]
    copy = [ctx.para(filled(text.copy_heading, phase=phase.name), "h3", where=where),
            *([ctx.para(text.copy_note)] if text.copy_note else [])]
    for n, chunk in enumerate(chunks):
        grid = _table(ctx, items, chunk, name_width, day_width, dated=False)
        story += [ContinuedGrid(copy if n == 0 else list(continued), grid, continued,
                                whole=True), gap]
    return story


def log_story(ctx: BuildContext) -> list[Flowable]:
    """The exercise log on new pages (landscape in large print): how to use it, then one
    section per phase."""
    phases = [p for p in ctx.plan.phases if ctx.items(p)]
    if not phases:
        return []
    page = log_page(ctx)
    text = ctx.text.log
    lead = [ctx.para(text.heading, "title"), ctx.para(text.intro),
            *([ctx.para(text.more_weeks)] if text.more_weeks else [])]
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE if page.landscape else PORTRAIT),
                             PageBreak()]
    for n, phase in enumerate(phases):
        story += phase_log(ctx, phase, page, lead if n == 0 else None)
    return story
