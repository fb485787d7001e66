"""A block printed at the first of two places where it fits: the foot of one page if there is
room, else a later place (e.g. the questions for the next visit)."""

from __future__ import annotations

from reportlab.platypus import Flowable


class Placement:
    """Whether the block has been drawn yet, shared by its two places."""

    def __init__(self) -> None:
        self.placed = False


class IfRoom(Flowable):
    """The block here when it fits the space left on this page; nothing otherwise."""

    def __init__(self, block: Flowable, placement: Placement, *,
                 unless_room_for: float | None = None) -> None:
        """unless_room_for: the block is not placed here when the space left is at least this
        tall (the room is kept for what follows, e.g. the log's heading and first grid)."""
        super().__init__()
        self.block = block
        self.placement = placement
        self.unless_room_for = unless_room_for
        self._fits = False
        self._missed = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The block's size when it fits the space left, else no size."""
        width, height = self.block.wrap(avail_width, max(avail_height, 0.0))
        # once it did not fit, it never does; nor at the top of a page (a space before it that
        # did not fit moved it on): the foot of the page it follows is its place, else the other
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        kept = self.unless_room_for is not None and avail_height >= self.unless_room_for
        self._fits = (height <= avail_height and not self._missed and not at_top and not kept
                      and not self.placement.placed)
        self._missed = not self._fits
        if not self._fits:
            width = height = 0.0
        self.width, self.height = width, height
        return width, height

    def getSpaceBefore(self) -> float:
        """The block's space before, when it is drawn here."""
        return self.block.getSpaceBefore() if self._fits else 0.0

    def draw(self) -> None:
        """The block, which is then placed."""
        if self._fits:
            self.block.drawOn(self.canv, 0, 0)
            self.placement.placed = True


class Otherwise(Flowable):
    """The block here unless its IfRoom place already drew it."""

    def __init__(self, block: Flowable, placement: Placement) -> None:
        super().__init__()
        self.block = block
        self.placement = placement

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No size when the block is placed already, else the block's."""
        if self.placement.placed:
            self.width = self.height = 0.0
        else:
            self.width, self.height = self.block.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        """The block's space before, unless it is placed already."""
        return 0.0 if self.placement.placed else self.block.getSpaceBefore()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As the block splits (a block that is placed already has nothing to split)."""
        return [] if self.placement.placed else self.block.split(avail_width, avail_height)

    def draw(self) -> None:
        """The block, unless it is placed already."""
        if not self.placement.placed:
            self.block.drawOn(self.canv, 0, 0)
