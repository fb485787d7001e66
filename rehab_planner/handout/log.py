"""Story builder of the exercise log: per phase, a tick-box grid over its first days, and pain."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

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
    """The first days of a phase the log covers (up to style.log_days, never past its end)."""
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
    cell: list[Flowable] = [ctx.para(f"{item.number}. {item.exercise.name}", "cell")]
    sessions = item.dosage.times_a_day or 1
    if sessions > MAX_BOXES:
        cell.append(ctx.para(filled(ctx.text.log.times_a_day, count=sessions), "cell"))
    return cell


def _table(ctx: BuildContext, items: list[Item], days: list[dt.date], name_width: float,
           day_width: float, *, pain: bool = True) -> Flowable:
    text = ctx.text.log
    header: list[Cell] = [ctx.para(text.exercise, "cell_bold")]
    for day in days:
        header.append([ctx.para(text.week_days[day.weekday()], "cell_bold"),
                       ctx.para(format_date(day, year=False).replace(" ", NBSP), "cell")])
    rows: list[list[Cell]] = []
    for item in items:
        rows.append([_name_cell(ctx, item), *[TickBoxes(boxes_for(item), ctx.style) for _ in days]])
    if pain:
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


def _row_groups(ctx: BuildContext, items: list[Item], days: list[dt.date], name_width: float,
                day_width: float, room: float) -> list[Flowable]:
    """One grid, or the exercises split evenly over grids that each fit room (the pain row
    goes with the last), so no page ends up with a few rows alone."""
    table = _table(ctx, items, days, name_width, day_width)
    _, height = table.wrap(name_width + day_width * len(days), 1e6)
    groups = 1
    while height / groups > room and groups < len(items):
        groups += 1
    if groups == 1:
        return [table]
    size = math.ceil(len(items) / groups)
    parts = [items[i:i + size] for i in range(0, len(items), size)]
    return [_table(ctx, part, days, name_width, day_width, pain=n == len(parts) - 1)
            for n, part in enumerate(parts)]


def phase_log(ctx: BuildContext, phase: Phase, page: LogPage,
              lead: list[Flowable] | None = None) -> list[Flowable]:
    """The log of one phase: its title and dates, then a grid per week (fewer days when a
    week does not fit the width).

    lead: flowables kept on the same page as the first grid (the log's heading and intro).
    """
    items = ctx.items(phase)
    if not items:
        return []
    days = log_days(ctx, phase)
    day_width = _day_width(ctx, max(boxes_for(item) for item in items), days)
    # a whole week per grid when it fits; the name column gets the room the days leave
    per_table = max(1, min(7, int((page.width * (1 - MIN_NAME_RATIO)) // day_width)))
    name_width = page.width - per_table * day_width
    heading = [ctx.para(phase.name, "h2", where="the phase name"),
               ctx.para(phase_heading(ctx, phase), "bold")]
    first = [*(lead or []), *heading]
    room = page.height - ctx.style.section_space
    story: list[Flowable] = []
    for n, chunk in enumerate(_chunks(days, per_table)):
        above = stack_height(first, page.width) if n == 0 else 0.0
        for m, table in enumerate(_row_groups(ctx, items, chunk, name_width, day_width,
                                              room - above)):
            block: list[Flowable] = [*(first if n == m == 0 else []), table,
                                     Spacer(1, ctx.style.section_space)]
            story.append(KeepTogether(block))
    return story


def log_story(ctx: BuildContext) -> list[Flowable]:
    """The exercise log on new pages (landscape in large print): how to use it, then one
    section per phase."""
    phases = [p for p in ctx.plan.phases if ctx.items(p)]
    if not phases:
        return []
    page = log_page(ctx)
    lead = [ctx.para(ctx.text.log.heading, "title"), ctx.para(ctx.text.log.intro)]
    story: list[Flowable] = [NextPageTemplate(LANDSCAPE if page.landscape else PORTRAIT),
                             PageBreak()]
    for n, phase in enumerate(phases):
        story += phase_log(ctx, phase, page, lead if n == 0 else None)
    return story
