"""Page 1's details: who the patient is, the surgery, the people to call and the print date."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from rehab_planner.handout.contacts import contact_rows
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import stack_height, table_style
from rehab_planner.handout.fonts import BODY_BOLD_FONT
from rehab_planner.plans.schedule import format_date

Row = tuple[str, str, str]  # (label, value, where the value comes from)


def detail_rows(ctx: BuildContext, *, printed: bool = True) -> tuple[list[Row], list[Row]]:
    """The patient and surgery rows; the people (with phones), and the print date rows."""
    plan, cover = ctx.plan, ctx.text.cover
    left = [
        (cover.patient, plan.patient.name, "the patient's name"),
        (cover.procedure, plan.procedure, "the procedure"),
        (cover.surgery_date, format_date(plan.surgery_date), "the surgery date"),
    ]
    right = contact_rows(plan, ctx.text.contacts, cover.surgeon)
    if plan.therapist:
        right.append((cover.therapist, plan.therapist, "the therapist's name"))
    if printed:
        right.append((cover.printed, format_date(ctx.printed_on), "the print date"))
    return left, right


def _line(ctx: BuildContext, row: Row | None, size: str = "body") -> Flowable:
    if row is None:
        return Spacer(1, 1)
    label, value, where = row
    return ctx.para(value, size, markup=label, where=where)


def _natural(ctx: BuildContext, row: Row, size: str = "body") -> float:
    """The width of a 'Label: value' line set on one line."""
    body = ctx.style.paragraphs[size]
    label, value, _ = row
    return (stringWidth(label + " ", BODY_BOLD_FONT, body.fontSize)
            + stringWidth(value, body.fontName, body.fontSize))


def _table(ctx: BuildContext, data: list[list[Flowable]], widths: list[float],
           extra: list[tuple[object, ...]] | None = None) -> Table:
    out = Table(data, colWidths=widths)
    out.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *(extra or [])],
                             ctx.style))
    return out


def compact_details(ctx: BuildContext, size: str = "body", *, printed: bool = True) -> Table:
    """The details in the fewest lines, for a crowded page 1: two to a line where they fit
    (a line waits for the next one that fits beside it), each longer one across the page.

    size: the paragraph style ('small' on the most crowded page 1: 12 pt, the handout's
    smallest type, never below it).
    printed: show the print date (False: the caller shows it beside the title).
    """
    left, right = detail_rows(ctx, printed=printed)
    gap = ctx.style.body_size
    layouts = []
    for share in SPLITS:
        first = ctx.width * share
        waiting = [(row, _natural(ctx, row, size)) for row in left + right]
        data: list[list[Flowable]] = []
        spans: list[tuple[object, ...]] = []
        while waiting:
            row, width = waiting.pop(0)
            beside = next((n for n, (_, w) in enumerate(waiting) if w <= ctx.width - first),
                          None) if width + gap <= first else None
            if beside is None:
                spans.append(("SPAN", (0, len(data)), (1, len(data))))
                data.append([_line(ctx, row, size), Spacer(1, 1)])
            else:
                data.append([_line(ctx, row, size), _line(ctx, waiting.pop(beside)[0], size)])
        layouts.append(_table(ctx, data, [first, ctx.width - first], spans))
    return min(layouts, key=lambda t: stack_height([t], ctx.width))


SPLITS = (0.4, 0.45, 0.5, 0.55, 0.6)  # the left column's share of the width, tried in turn


def details_block(ctx: BuildContext, *, printed: bool = True) -> Table:
    """Patient and surgery on the left, people and print date on the right ('Label: value'
    lines); one column of six lines when the two do not fit side by side.

    printed: show the print date (every page's footer shows it too).
    """
    left, right = detail_rows(ctx, printed=printed)

    def natural(rows: list[Row]) -> float:
        return max(_natural(ctx, row) for row in rows)

    def line(row: Row | None) -> Flowable:
        return _line(ctx, row)

    def table(data: list[list[Flowable]], widths: list[float]) -> Table:
        return _table(ctx, data, widths)

    gap = ctx.style.body_size
    if not right:
        return table([[line(row)] for row in left], [ctx.width])
    left_width, right_width = natural(left) + gap, natural(right) + 1
    total = left_width + right_width
    one_column = table([[line(row)] for row in left + right], [ctx.width])
    if total > ctx.width * 1.3:  # six lines would be shorter than two wrapped columns
        return one_column
    spare = ctx.width - total
    if spare >= 0:
        splits = [left_width + spare / 2]
    else:  # shared in proportion, or the right column whole (it is often short)
        splits = [ctx.width * left_width / total, ctx.width - right_width]
    count = max(len(left), len(right))
    # each layout gets its own paragraphs: a table re-wraps its cells
    layouts = [table([[line(left[i] if i < len(left) else None),
                       line(right[i] if i < len(right) else None)] for i in range(count)],
                     [first, ctx.width - first]) for first in splits if first > ctx.width * 0.4]
    layouts.append(one_column)
    return min(layouts, key=lambda t: stack_height([t], ctx.width))


def title_with_date(ctx: BuildContext, title: Paragraph) -> Table | None:
    """The page 1 title with 'Printed on: 4 Dec 2026' at its right, in the smallest type; None
    when both do not fit one line."""
    cover = ctx.text.cover
    row = (cover.printed, format_date(ctx.printed_on), "the print date")
    date_width = _natural(ctx, row, "small") + 1
    title_width = stringWidth(title.getPlainText(), BODY_BOLD_FONT, title.style.fontSize)
    if title_width + date_width + ctx.style.body_size > ctx.width:
        return None
    label, value, where = row
    date = ctx.para(value, "small", markup=label, where=where)
    date.style = ParagraphStyle("printed_right", parent=date.style, alignment=TA_RIGHT)
    return _table(ctx, [[title, date]], [ctx.width - date_width, date_width],
                  [("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
