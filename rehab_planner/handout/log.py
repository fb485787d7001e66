"""Story builder of the exercise log: dated tick-box grids from the print date, a blank week to copy."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.document import LOG, LOG_COPY, SectionMark
from rehab_planner.handout.flowables import (
    Cell,
    Gap,
    TickBoxes,
    WriteOnLine,
    full_height,
    log_table,
    stack_height,
)
from rehab_planner.handout.phases import phase_heading
from rehab_planner.handout.placement import IfRoom, Otherwise, Placement
from rehab_planner.handout.texts import filled
from rehab_planner.handout.week import questions, week_text
from rehab_planner.model import Phase
from rehab_planner.plans.schedule import format_date, phase_dates
from rehab_planner.plans.stage import log_dates

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


def _day_width(ctx: BuildContext, boxes: int, days: list[dt.date], stacked: bool = False
               ) -> float:
    """A day column wide enough for its tick boxes and for its date: '30 Nov' on one line, or
    (stacked) the day above the month."""
    style = ctx.style
    row, _ = TickBoxes.size(boxes, style.tick_box)
    cell = style.paragraphs["cell"]  # the date line; the weekday above it is shorter
    # as wide as a two-digit day of the same months, so the grid is the same whatever the dates
    dates = [format_date(day, year=False) for day in [*days, *(d.replace(day=28) for d in days)]]
    parts = [part for date in dates for part in date.split(" ")] if stacked else dates
    label = max(stringWidth(part, cell.fontName, cell.fontSize) for part in parts)
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
           day_width: float, *, dated: bool = True, stacked: bool = False) -> Table:
    """The grid of some days: a day header (dates, or a line to write them on), a row per
    exercise ('Not yet' instead of boxes on the days before an exercise starts, when it starts
    after its stage), the pain row."""
    text = ctx.text.log
    header = _week_header(ctx, days, dated, stacked)
    rows: list[list[Cell]] = []
    for item in items:
        start = ctx.start_day(item) if dated else None
        rows.append([_name_cell(ctx, item), *[
            ctx.para(text.not_yet, "cell") if start is not None and day < start
            else TickBoxes(boxes_for(item), ctx.style) for day in days]])
    rows.append([ctx.para(text.pain, "cell_bold"), *[Spacer(1, 1) for _ in days]])
    return log_table(header, rows, name_width, day_width, ctx.style)


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
        if aH >= full_height(self, aW):
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


def _week_header(ctx: BuildContext, days: list[dt.date], dated: bool, stacked: bool = False
                 ) -> list[Cell]:
    text = ctx.text.log
    header: list[Cell] = [ctx.para(text.exercise, "cell_bold")]
    for day in days:
        date = format_date(day, year=False)
        lines = date.split(" ") if stacked else [date.replace(" ", NBSP)]
        header.append([ctx.para(text.week_days[day.weekday()], "cell_bold"),
                       *([ctx.para(line, "cell") for line in lines] if dated
                         else [WriteOnLine(ctx.style.small_size, ctx.style)])])
    return header


def dated_days(ctx: BuildContext, phase: Phase) -> list[dt.date]:
    """The days a stage's dated log covers: from the print date for the stage of this handout
    (see plans.stage.log_dates), the stage's first week for the others (whole program)."""
    if ctx.is_current(phase):
        return log_dates(ctx.plan, phase, ctx.printed_on)
    return log_days(ctx, phase)


@dataclass(frozen=True)
class GridLayout:
    """Days per grid, a day column's width, and whether each date stacks its day over its month
    (large print: so a whole week fits one portrait grid)."""

    per_table: int
    day_width: float
    stacked: bool


def _layout(ctx: BuildContext, items: list[Item], days: list[dt.date]) -> GridLayout:
    """How the grids of these days are laid out (portrait): a whole week per grid when it fits,
    its dates on one line or stacked, whichever makes the shorter grid (the name column gets the
    room the days leave: narrow days keep long names on fewer lines)."""
    boxes = max(boxes_for(item) for item in items)
    room = ctx.width * (1 - MIN_NAME_RATIO)
    layouts: list[GridLayout] = []
    for stacked in (False, True):  # as a whole week would be, however few the days: a short
        day_width = _day_width(ctx, boxes, days, stacked)  # week's names get the room left
        layouts.append(GridLayout(max(1, min(7, int(room // day_width))), day_width, stacked))
    whole = [layout for layout in layouts if layout.per_table >= 7]
    if len(whole) < 2:
        return whole[0] if whole else layouts[-1]

    def height(layout: GridLayout) -> float:
        week = days[:7]
        grid = _table(ctx, items, week, ctx.width - len(week) * layout.day_width,
                      layout.day_width, stacked=layout.stacked)
        return grid.wrap(ctx.width, 1e6)[1]

    return min(whole, key=height)  # the first of equals: dates on one line


def phase_log(ctx: BuildContext, phase: Phase, lead: list[Flowable] | None = None
              ) -> list[Flowable]:
    """The dated log of one stage: its title and dates over grids of its days, each grid kept
    whole on one page (a grid taller than a page splits between rows).

    lead: flowables kept on the same page as the first grid (the log's heading and intro).
    """
    items = ctx.items(phase)
    if not items:
        return []
    text = ctx.text.log
    days = dated_days(ctx, phase)
    layout = _layout(ctx, items, days)
    day_width = layout.day_width
    where = "the phase name"
    heading: list[Flowable] = []
    if ctx.whole_program:  # this week's log is of one stage, whose days the grid dates
        heading = [ctx.para(phase.name, "h2", where=where),
                   ctx.para(phase_heading(ctx, phase), "bold")]
    continued = [ctx.para(filled(text.continued, phase=phase.name), "h3", where=where)]
    gap = Gap(1, ctx.style.section_space)
    story: list[Flowable] = []
    for n, chunk in enumerate(_chunks(days, layout.per_table)):
        # a shorter grid gives its name column the room the missing days leave
        grid = _table(ctx, items, chunk, ctx.width - len(chunk) * day_width, day_width,
                      stacked=layout.stacked)
        head = [*(lead or []), *heading] if n == 0 else list(continued)
        story += [ContinuedGrid(head, grid, continued, whole=True), gap]
    return story


def copy_page(ctx: BuildContext, phase: Phase) -> list[Flowable]:
    """A blank week of a stage to copy, on a page of its own ('Copy this page' only here)."""
    items = ctx.items(phase)
    if not items:
        return []
    text = ctx.text.log
    week = dated_days(ctx, phase)[:7]
    while len(week) < 7:  # a week of weekdays, even when the dated log is shorter
        week.append(week[-1] + dt.timedelta(days=1))
    layout = _layout(ctx, items, week)
    day_width = layout.day_width
    chunks = _chunks(week, layout.per_table)
    where = "the phase name"
    heading = filled(text.copy_heading, phase=phase.name)
    # a week in two grids (large print) may need two pages: the note says to copy both
    note = text.copy_note if len(chunks) == 1 else week_text(ctx).copy_two_pages
    copy = [ctx.para(heading, "h3", where=where), *([ctx.para(note, "bold")] if note else [])]
    continued = [ctx.para(filled(text.continued, phase=heading), "h3", where=where)]
    story: list[Flowable] = [PageBreak(), SectionMark(LOG_COPY)]
    for n, chunk in enumerate(chunks):
        grid = _table(ctx, items, chunk, ctx.width - len(chunk) * day_width, day_width,
                      dated=False, stacked=layout.stacked)
        story += [ContinuedGrid(copy if n == 0 else list(continued), grid, continued,
                                whole=True), Gap(1, ctx.style.section_space)]
    return story


def log_story(ctx: BuildContext) -> list[Flowable]:
    """The exercise log: how to use it, the dated grids of each stage shown, the questions for
    the next visit, then a blank week of each stage to copy.

    The log follows the text before it on the same page when its heading and first grid fit
    there (grids never split); the questions go under the grids when they fit there, else at
    the foot of the page before the log when it starts a new one, else under the last blank
    week. When a grid with the heading is taller than a page: on new
    pages, the questions on the page of the log's heading, the grids after them.
    """
    phases = [p for p in ctx.phases_shown() if ctx.items(p)]
    if not phases:
        return []
    text = ctx.text.log
    lead = [SectionMark(LOG), ctx.para(text.heading, "h1"), ctx.para(text.intro),
            *([ctx.para(text.more_weeks)] if text.more_weeks else [])]
    first = phase_log(ctx, phases[0], lead)
    block = first[0]
    assert isinstance(block, ContinuedGrid)
    story: list[Flowable] = []
    first_height = stack_height([*block.head, block.grid], ctx.width)
    if first_height <= ctx.page_height:
        placement = Placement()
        asked = questions(ctx)[0]
        # the questions at the foot of the page before when the log starts the next page anyway
        # and they would not fit under its grid there
        _, least = asked.wrap(ctx.width, 0)
        if first_height + asked.getSpaceBefore() + least > ctx.page_height:
            story.append(IfRoom(asked, placement, unless_room_for=first_height))
        story += first
        for phase in phases[1:]:
            story += phase_log(ctx, phase)
        # else under the grids when they fit there, else under the last blank week
        # right under the last grid, without its space (a space that does not fit the page
        # would start the next one: the questions there, or an empty page before the copy)
        if isinstance(story[-1], Spacer):
            story.pop()
        story.append(IfRoom(asked, placement))
        for phase in phases:
            story += copy_page(ctx, phase)
        return [*story, Otherwise(asked, placement)]
    # large print: the questions fill the page of the log's heading, the grids follow
    story += [PageBreak(), *lead, *questions(ctx)]
    for phase in phases:
        story += phase_log(ctx, phase)
    for phase in phases:
        story += copy_page(ctx, phase)
    return story
