"""The warning signs on page 1: the emergency tier in a heavy red box with an icon, in bold;
the call-today tier in a heavy black box. Every line at the body type size."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import balanced_columns, stack_height, table_style
from rehab_planner.handout.fonts import BODY_BOLD_FONT
from rehab_planner.handout.styles import EMERGENCY_COLOUR, PAPER_COLOUR, TEXT_COLOUR

ICON_RATIO = 2.2  # the icon's side, in body sizes


class EmergencyIcon(Flowable):
    """A red disc with a white '!' (drawn, so it needs no font glyph)."""

    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The icon's fixed size."""
        return self.side, self.side

    def draw(self) -> None:
        """The disc, then the mark in white bold type."""
        canvas, r = self.canv, self.side / 2
        canvas.saveState()
        canvas.setFillColor(EMERGENCY_COLOUR)
        canvas.circle(r, r, r, stroke=0, fill=1)
        canvas.setFillColor(PAPER_COLOUR)
        size = self.side * 0.72
        canvas.setFont(BODY_BOLD_FONT, size)
        canvas.drawCentredString(r, r - size * 0.36, "!")
        canvas.restoreState()


def _box(ctx: BuildContext, rows: list[list[object]], widths: list[float], line: float,
         colour: object, extra: list[tuple[object, ...]] | None = None) -> Table:
    pad = ctx.style.box_padding
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), line, colour),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
        *(extra or []),
    ], ctx.style))
    return table


def in_columns(ctx: BuildContext, items: list[Flowable], width: float) -> list[Flowable]:
    """Items in two balanced columns when that saves a line (regular print), else stacked."""
    if ctx.style.scale > 1 or len(items) < 2:
        return items
    columns = balanced_columns(items, width, ctx.style)
    if stack_height([columns], width) < stack_height(items, width) - ctx.style.body_size:
        return [columns]
    return items


def emergency_box(ctx: BuildContext, *, splittable: bool = False) -> Table | None:
    """'Call 911 ... now if you have:' and its signs, bold, beside the icon, in a red box.

    splittable: one row per sign, so the box may go on over a page between two signs (the
    last resort of a crowded large-print page 1; each part keeps its border).
    """
    signs = ctx.patient_text.warning_signs
    if not signs.call_911:
        return None
    where = "the warning signs"
    side = ctx.style.body_size * ICON_RATIO
    pad = ctx.style.box_padding
    widths = [side + 2 * pad, ctx.width - side - 2 * pad]
    items: list[Flowable] = [ctx.para(item, "safety_bold_bullet", where=where, bullet="•")
                             for item in signs.call_911]
    heading = ctx.para(signs.call_911_heading, "safety_label", where=where)
    if splittable:
        rows: list[list[object]] = [[EmergencyIcon(side), heading], *[["", item] for item in items]]
        return _box(ctx, rows, widths, ctx.style.warning_line * 1.6, EMERGENCY_COLOUR, [
            ("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -2), 0),
            ("SPAN", (0, 0), (0, 1))])
    cell = [heading, *in_columns(ctx, items, widths[1] - 2 * pad)]
    return _box(ctx, [[EmergencyIcon(side), cell]], widths, ctx.style.warning_line * 1.6,
                EMERGENCY_COLOUR)


def call_today_box(ctx: BuildContext) -> Table | None:
    """'Call your surgeon today ... if you have:' and its signs, in two columns when shorter."""
    signs = ctx.patient_text.warning_signs
    if not signs.call_surgeon:
        return None
    where = "the warning signs"
    inner = ctx.width - 2 * ctx.style.box_padding
    items: list[Flowable] = [ctx.para(item, "safety_bullet", where=where, bullet="•")
                             for item in signs.call_surgeon]
    cell = [ctx.para(signs.call_surgeon_heading, "safety_label", where=where),
            *in_columns(ctx, items, inner)]
    return _box(ctx, [[cell]], [ctx.width], ctx.style.warning_line, TEXT_COLOUR)


def warning_signs_story(ctx: BuildContext, *, splittable: bool = False) -> list[Flowable]:
    """The heading with the emergency tier, then the call-today tier; each box kept whole when
    it fits a page (the call-today box may start the next page, never the 911 box alone).

    splittable: the 911 box may go on over the page between two signs (see emergency_box).
    """
    emergency, today = emergency_box(ctx, splittable=splittable), call_today_box(ctx)
    title = ctx.para(ctx.text.warning_signs.heading, "label")
    story: list[Flowable] = []
    first = [title, emergency] if emergency is not None else [title]
    if today is not None and emergency is None:
        first.append(today)
    if splittable and emergency is not None:  # the title stays with the heading and a sign
        title.keepWithNext = 0
        story += [CondPageBreak(stack_height([title], ctx.width) + ctx.style.body_size * 5),
                  *first]
    else:
        story.append(_whole(ctx, first))
    if today is not None and emergency is not None:
        story += [Spacer(1, ctx.style.para_space * 1.5), _whole(ctx, [today])]
    return story


def _whole(ctx: BuildContext, parts: list[Flowable]) -> Flowable:
    """The parts kept on one page (reportlab lets a block taller than a page split anyway)."""
    return KeepTogether(parts)
