"""Blocks that hold or fill a page: lines to write on, note lines in a gap, a glued title."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable

from rehab_planner.handout.flowables import stack_height
from rehab_planner.handout.styles import RULE_COLOUR, HandoutStyle


class WriteInLines(Flowable):
    """A heading, then ruled lines to write on: as many as fit the space left (between
    min_count and count), so the block fills the end of a page instead of leaving a gap."""

    def __init__(self, head: Sequence[Flowable], count: int, min_count: int,
                 style: HandoutStyle) -> None:
        super().__init__()
        self.head = list(head)
        self.count = count
        self.min_count = min(min_count, count)
        self.step = style.body_size * 1.8  # about 9 mm in regular print: room to write
        self.line = style.rule_line
        self.lines = count
        self._head_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The heading and the lines that fit (at least min_count: then it may not fit)."""
        self.width = avail_width
        self._head_height = stack_height(self.head, avail_width) + (
            self.head[-1].getSpaceAfter() if self.head else 0.0)
        fits = int((avail_height - self._head_height) // self.step)
        self.lines = max(self.min_count, min(self.count, fits))
        self.height = self._head_height + self.lines * self.step
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        """The heading's space before."""
        return self.head[0].getSpaceBefore() if self.head else 0.0

    def draw(self) -> None:
        """The heading at the top, the lines under it."""
        canvas = self.canv
        y = self.height
        for n, flowable in enumerate(self.head):
            if n:
                y -= flowable.getSpaceBefore()
            _, h = flowable.wrap(self.width, y)
            y -= h
            flowable.drawOn(canvas, 0, y)
            y -= flowable.getSpaceAfter()
        canvas.saveState()
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(self.line)
        for n in range(self.lines):
            line_y = self.height - self._head_height - (n + 1) * self.step
            canvas.line(0, line_y, self.width, line_y)
        canvas.restoreState()


class GapNotes(WriteInLines):
    """Note lines in the gap a card leaves at the foot of a page: nothing when the card fits
    the space left (or the gap is too small for a heading and two lines), else lines to the
    foot of the page."""

    def __init__(self, head: Sequence[Flowable], needed: float | Callable[[float], float],
                 style: HandoutStyle) -> None:
        super().__init__(head, 100, 2, style)
        self.needed = needed  # or how to find it for the space left (a card's tighter version)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No height, or all the height left."""
        needed = self.needed(avail_height) if callable(self.needed) else self.needed
        if avail_height >= needed:
            self.lines, self.height, self.width = 0, 0.0, avail_width
            return avail_width, 0.0
        width, height = super().wrap(avail_width, avail_height)
        if height > avail_height:
            self.lines, self.height = 0, 0.0
            return avail_width, 0.0
        return width, height

    def getSpaceBefore(self) -> float:
        """Its heading's space before, when it draws anything."""
        return super().getSpaceBefore() if self.lines else 0.0

    def draw(self) -> None:
        """The heading and lines, when there is a gap."""
        if self.lines:
            super().draw()


class Glued(Flowable):
    """Flowables drawn as one block that never splits (a title and its first bullet inside
    balanced columns, which do not honour keepWithNext)."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self.spaceBefore = self.parts[0].getSpaceBefore() if self.parts else 0.0
        self.spaceAfter = self.parts[-1].getSpaceAfter() if self.parts else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The parts stacked."""
        self.width = avail_width
        self.height = stack_height(self.parts, avail_width)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Never split."""
        return []

    def draw(self) -> None:
        """Each part under the one before."""
        y = self.height
        for n, part in enumerate(self.parts):
            if n:
                y -= part.getSpaceBefore()
            _, h = part.wrap(self.width, y)
            y -= h
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()
