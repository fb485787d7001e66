"""The handout's building blocks: figure, boxes, exercise card, tick boxes, log grid, QR code."""

from __future__ import annotations

import importlib
import importlib.util
import io
import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rehab_planner.handout.fonts import BODY_FONT
from rehab_planner.handout.styles import (
    CLOSE_LEADING,
    FRAME_COLOUR,
    RULE_COLOUR,
    TEXT_COLOUR,
    HandoutStyle,
)
from rehab_planner.storage.pictures import load_picture

FIGURES_BACKEND = "rehab_planner.figures.reportlab_backend"
FIGURE_ASPECT = 0.75  # height / width of an exercise picture

# What a table cell holds: never a bare string, which reportlab would set in Helvetica.
Cell: TypeAlias = Flowable | list[Flowable]


class FigureFrame(Flowable):
    """A neat frame with the exercise name, shown until the exercise has a drawing or photo."""

    def __init__(self, name: str, width: float, style: HandoutStyle, paragraph: Paragraph) -> None:
        super().__init__()
        self.name = name
        self.width = width
        self.height = width * FIGURE_ASPECT
        self.style = style
        self.paragraph = paragraph

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The frame's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """A rounded frame with the name in the middle."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(FRAME_COLOUR)
        canvas.setLineWidth(self.style.box_line)
        canvas.roundRect(0, 0, self.width, self.height, 8 * self.style.scale)
        pad = self.style.box_padding
        _, text_height = self.paragraph.wrap(self.width - 2 * pad, self.height)
        self.paragraph.drawOn(canvas, pad, (self.height - text_height) / 2)
        canvas.restoreState()


def figures_backend() -> Any | None:
    """The figures package's reportlab backend, when it is installed (issue 3)."""
    if importlib.util.find_spec("rehab_planner.figures") is None:
        return None
    if importlib.util.find_spec(FIGURES_BACKEND) is None:
        return None
    return importlib.import_module(FIGURES_BACKEND)


def photo_flowable(photo: Path, width: float) -> Image:
    """A photo scaled to the column width, its shape kept (its pixels re-encoded by the gate).

    Raises:
        PictureRefused: the file is missing, not a regular file, too large or not a picture.
    """
    clean = load_picture(photo)
    img_w, img_h = clean.width, clean.height
    height = min(width * img_h / img_w, width * 1.2)
    return Image(io.BytesIO(clean.data), width=height * img_w / img_h, height=height)


def qr_code(url: str, size: float) -> Drawing:
    """A QR code of a video link, size x size points (drawn locally, no network)."""
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


TICKS_PER_ROW = 2


def own_font(drawing: Drawing, style: HandoutStyle) -> Drawing:
    """Start a drawing in the shipped font, so the PDF lists no unembedded Helvetica."""
    drawing.initialFontName = BODY_FONT
    drawing.initialFontSize = style.small_size
    return drawing


class TickBoxes(Flowable):
    """Empty squares to tick, one per session, two to a row."""

    def __init__(self, count: int, style: HandoutStyle) -> None:
        super().__init__()
        self.count = count
        self.side = style.tick_box
        self.gap = style.tick_box * 0.35
        self.line = style.box_line

    @staticmethod
    def size(count: int, side: float) -> tuple[float, float]:
        """Width and height of count boxes of a given side."""
        gap = side * 0.35
        cols = min(count, TICKS_PER_ROW)
        rows = -(-count // TICKS_PER_ROW)
        return cols * side + (cols - 1) * gap, rows * side + (rows - 1) * gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The size of the boxes."""
        self.width, self.height = self.size(self.count, self.side)
        return self.width, self.height

    def draw(self) -> None:
        """The squares, filled row by row from the top."""
        self.canv.saveState()
        self.canv.setStrokeColor(TEXT_COLOUR)
        self.canv.setLineWidth(self.line)
        step = self.side + self.gap
        for i in range(self.count):
            row, col = divmod(i, TICKS_PER_ROW)
            y = self.height - self.side - row * step
            self.canv.rect(col * step, y, self.side, self.side)
        self.canv.restoreState()


class Gap(Spacer):
    """A space between blocks that ends with the page: at a page's foot it takes what is left
    (never a page of its own, which a plain Spacer that does not fit would start)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Its height, or the height left when that is less."""
        return self.width, max(0.0, min(self.height, avail_height))


class Para(Paragraph):
    """A paragraph that breaks its lines once per width: the handout measures a block several
    times (a card's layouts, page 1's, whether the log fits) at the same few widths."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """As Paragraph.wrap; a width met before gets its lines back without breaking them."""
        done: dict[float, tuple[Any, ...]] = self.__dict__.setdefault("_by_width", {})
        hit = done.get(availWidth)
        if hit is not None:
            self.blPara, self._wrapWidths, self.width, self.height = hit
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if getattr(self, "blPara", None) is not None:
            done[availWidth] = (self.blPara, self._wrapWidths, self.width, self.height)
        return width, height


class WriteOnLine(Flowable):
    """A rule across the space it is given, one line of type tall: where the patient writes (the
    date of a blank week's day). Drawn, not typed, so it fits any column."""

    def __init__(self, size: float, style: HandoutStyle) -> None:
        super().__init__()
        self.line_height = size * min(style.leading_ratio, CLOSE_LEADING)
        self.line = style.rule_line

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As wide as the space, a line of type tall."""
        self.width, self.height = avail_width, self.line_height
        return self.width, self.height

    def draw(self) -> None:
        """The rule, where a line of type would sit."""
        self.canv.saveState()
        self.canv.setStrokeColor(TEXT_COLOUR)
        self.canv.setLineWidth(self.line)
        self.canv.line(0, self.line_height * 0.2, self.width, self.line_height * 0.2)
        self.canv.restoreState()


def table_style(commands: list[tuple[Any, ...]], style: HandoutStyle) -> TableStyle:
    """A TableStyle whose cells start in the shipped font (reportlab's default is Helvetica)."""
    font = ("FONT", (0, 0), (-1, -1), BODY_FONT, style.body_size, style.leading(style.body_size))
    return TableStyle([font, *commands])


def boxed(
    groups: Sequence[Sequence[Flowable]],
    width: float,
    style: HandoutStyle,
    *,
    line: float | None = None,
) -> Table:
    """Flowables in a bordered box, a rule between groups; one table row per flowable, so a
    box taller than a page splits between lines (each part keeps its border)."""
    rows: list[list[Flowable]] = []
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), line or style.box_line, TEXT_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), style.box_padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), style.box_padding),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.para_space),  # cells drop spaceAfter
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for n, group in enumerate(groups):
        first = len(rows)
        rows += [[f] for f in group]
        last = len(rows) - 1
        commands.append(("TOPPADDING", (0, first), (0, first), style.box_padding))
        commands.append(("BOTTOMPADDING", (0, last), (0, last), style.box_padding * 0.6))
        if n < len(groups) - 1:
            commands.append(("LINEBELOW", (0, last), (0, last), style.rule_line, RULE_COLOUR))
    table = Table(rows, colWidths=[width])
    table.setStyle(table_style(commands, style))
    return table


def two_columns(
    left: Sequence[Flowable], right: Sequence[Flowable], widths: tuple[float, float],
    style: HandoutStyle,
) -> Table:
    """Two side-by-side columns of flowables (figure and steps), no border."""
    table = Table([[list(left), list(right)]], colWidths=list(widths))
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), widths[0] * 0.06),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
            style,
        )
    )
    return table


def stack_height(flowables: Sequence[Flowable], width: float) -> float:
    """Height of flowables stacked at the top of a frame of this width, as a frame sets them:
    no space before the first, no space after the last, every space between them."""
    total = 0.0
    for n, flowable in enumerate(flowables):
        _, h = flowable.wrap(width, 1e6)
        total += h + (flowable.getSpaceBefore() if n else 0.0)
        if n < len(flowables) - 1:
            total += flowable.getSpaceAfter()
    return total


def balanced_columns(items: Sequence[Flowable], width: float, style: HandoutStyle,
                     count: int = 2) -> Table:
    """Flowables (a list of signs or rules) read down `count` equal columns, split where the
    tallest column is shortest."""
    gap = style.box_padding
    column = (width - gap * (count - 1)) / count
    heights = [stack_height([item], column) + item.getSpaceAfter() for item in items]
    best: tuple[float, tuple[int, ...]] = (float("inf"), ())
    for cuts in itertools.combinations(range(1, len(items)), min(count, len(items)) - 1):
        bounds = (0, *cuts, len(items))
        tallest = max(sum(heights[a:b]) for a, b in itertools.pairwise(bounds))
        best = min(best, (tallest, bounds))
    bounds = best[1] or (0, len(items))
    cells: list[Cell | str] = [list(items[a:b]) for a, b in itertools.pairwise(bounds)]
    cells += [""] * (count - len(cells))
    table = Table([cells], colWidths=[column + gap] * (count - 1) + [column])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], style))
    return table


class ExerciseCard(KeepTogether):
    """One exercise kept on one page, set in the shortest of the layouts it is offered.

    head: the flowables above every layout (a kind-of-exercise heading, the numbered name,
    whose space before parts one card from the last).
    layouts: ways to set the rest (e.g. steps beside the picture, or under it); the shortest
    wins, the first of equals. A card taller than the page in every layout is split and
    too_tall is set, so the caller can warn.
    """

    def __init__(
        self,
        head: Sequence[Flowable],
        layouts: Sequence[Sequence[Flowable]],
        width: float,
        page_height: float,
        style: HandoutStyle,
    ) -> None:
        heights = [stack_height([*head, *layout], width) for layout in layouts]
        best = min(range(len(layouts)), key=heights.__getitem__)
        self.best = best  # which layout won
        self.choice: tuple[bool, int] = (False, best)  # the caller's name for it (see phases)
        self.height_needed = heights[best]
        self.too_tall = heights[best] > page_height
        # makes the card set tighter, built only when a page's foot needs it (see smaller)
        self.tighter: Callable[[], ExerciseCard] | None = None
        self._smaller: ExerciseCard | None = None
        self._made = False
        super().__init__([*head, *layouts[best]])

    @property
    def smaller(self) -> ExerciseCard | None:
        """The card set tighter, if that is shorter (made on first use)."""
        if not self._made and self.tighter is not None:
            self._made = True
            card = self.tighter()
            if card.height_needed < self.height_needed and not self.too_tall:
                self._smaller = card
        return self._smaller

    def space_before(self) -> float:
        """The card's space before (its first flowable's)."""
        return float(self._content[0].getSpaceBefore())

    def min_height(self, room: float | None = None) -> float:
        """The height of the shortest version of the card, with its space before; with room,
        the tighter version is looked at only when the card as set does not fit it."""
        own = self.height_needed + self.space_before()
        if room is not None and own <= room:
            return own
        card = self.smaller or self  # the frame takes this card's own space before off first
        return card.height_needed + self.space_before()

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """The tighter card when only that one fits here; else as KeepTogether.

        aH: the height left under the card's space before (the frame takes that off first).
        """
        smaller = self.smaller
        if smaller is not None and smaller.height_needed <= aH:
            return list(smaller._content)
        return list(super().split(aW, aH))


def full_height(block: KeepTogether, width: float) -> float:
    """A kept-together block's height with every space counted: reportlab's own measure may
    come short by a point or two, and the block would then go on without its head."""
    return max(block._H, stack_height(block._content, width))


def contents(block: Flowable) -> list[Flowable]:
    """The flowables of a kept-together block (a KeepTogether inside another one would measure
    0xffffff points tall and always push the outer block to a new page), or [block]."""
    return list(block._content) if isinstance(block, KeepTogether) else [block]


class LeadBlock(KeepTogether):
    """A heading block (a phase's title, dates and goals) kept on the page of the block after
    it: both move on together when they do not fit the space left. Only when both do not fit
    a whole page does the heading stay at the top and the block (kept whole) start the next.
    """

    def __init__(self, lead: Sequence[Flowable], block: Flowable,
                 filler: Flowable | None = None) -> None:
        self.lead = list(lead)
        self.block = block
        self.filler = filler  # put between the lead and a block that moves on (note lines)
        super().__init__([*self.lead, *contents(block)])

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Everything here; or both on the next page; or, at the top of a page too short for
        both, the lead here and the block after it."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= full_height(self, aW):
            return list(self._content)
        if getattr(getattr(self, "_frame", None), "_atTop", False):
            # the frame adds the lead (and the filler), the block goes on
            return [*self.lead, *([self.filler] if self.filler else []), self.block]
        return [self.FrameBreak(), self]


def log_table(
    header: Sequence[Cell],
    rows: Sequence[Sequence[Cell]],
    name_width: float,
    day_width: float,
    style: HandoutStyle,
) -> Table:
    """The exercise log grid: a header of days, a row per exercise, the pain row last."""
    widths = [name_width] + [day_width] * (len(header) - 1)
    table = Table([list(header), *[list(r) for r in rows]], colWidths=widths, repeatRows=1)
    pad = style.box_padding * 0.6
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), style.rule_line, TEXT_COLOUR),
                ("BOX", (0, 0), (-1, -1), style.box_line, TEXT_COLOUR),
                ("LINEBELOW", (0, 0), (-1, 0), style.box_line, TEXT_COLOUR),
                ("LINEABOVE", (0, -1), (-1, -1), style.box_line, TEXT_COLOUR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ],
            style,
        )
    )
    return table
