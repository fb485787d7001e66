"""The picture key: printed once, before the first drawn exercise, it explains the pictures."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table

from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.flowables import figures_backend, own_font, stack_height, table_style

PICTURE_SHARE = 0.94  # the share of the picture column a drawing takes (as in phases._picture)


def figure_key(ctx: BuildContext, item: Item) -> Flowable | None:
    """The key, if it is not printed yet and this exercise is drawn (not a photo); else None.

    Three columns: an example picture above the lines that explain it, at the scale of the
    exercise pictures, so its words print at the same size as theirs.
    """
    backend = figures_backend()
    if ctx.figure_key_printed or backend is None or not hasattr(backend, "key_drawings"):
        return None
    if ctx.photo_path(item.exercise) is not None:
        return None
    ctx.figure_key_printed = True
    words = backend.figure_words()
    picture_width = ctx.width * ctx.style.figure_width_ratio * PICTURE_SHARE
    drawn = [shown.exercise for phase in ctx.phases_shown() for shown in ctx.items(phase)
             if ctx.photo_path(shown.exercise) is None]
    close_up = any(backend.has_close_up(exercise) for exercise in drawn)
    glide = any(backend.has_glide(exercise) for exercise in drawn)
    examples = backend.key_drawings(picture_width, close_up, glide)
    pictures = [own_font(drawing, ctx.style) for drawing, _ in examples]
    texts = [[ctx.para(line, where="the picture key") for line in lines] for _, lines in examples]
    table = Table([pictures, texts], colWidths=_widths(ctx, examples, texts))
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), ctx.style.box_padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), ctx.style.box_padding),
        ("BOX", (0, 0), (-1, -1), ctx.style.box_line, (0.6, 0.6, 0.6)),
    ], ctx.style))
    title = ctx.para(words.key_title, "h3", where="the picture key")
    return KeepTogether([stacked([title, table], ctx)])


def _widths(ctx: BuildContext, examples: list[tuple[Any, list[str]]],
            texts: list[list[Flowable]]) -> list[float]:
    """Column widths that make the key shortest: the width the pictures need, the rest shared
    out by the length of each column's words in the way (of a few) that needs the fewest lines.
    """
    count = len(examples)
    even = [ctx.width / count] * count
    least = [drawing.width + 2 * ctx.style.box_padding for drawing, _ in examples]
    share = ctx.width - sum(least)
    if share <= 0:
        return even
    lengths = [max(1, sum(len(line) for line in lines)) for _, lines in examples]
    pad = 2 * ctx.style.box_padding

    def height(widths: list[float]) -> float:
        return max(stack_height(column, width - pad) for column, width in zip(texts, widths,
                                                                              strict=True))

    options = [even]
    for power in (0.5, 1.0, 1.5, 2.0):
        weights = [n ** power for n in lengths]
        options.append([low + share * w / sum(weights) for low, w in zip(least, weights,
                                                                         strict=True)])
    return min(options, key=height)


def stacked(flowables: list[Flowable], ctx: BuildContext) -> Table:
    """Flowables one above the other in one table, so a card can keep them as its lead."""
    table = Table([[f] for f in flowables], colWidths=[ctx.width])
    table.setStyle(table_style([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ctx.style.para_space),
    ], ctx.style))
    return table
