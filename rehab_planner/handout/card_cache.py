"""Exercise cards kept between renders (issue 17: the preview re-renders after every edit).

A card's flowables (its figure drawing, paragraphs and the line breaks measured for its layouts)
are most of a handout's making; an edit changes one card, so the others are taken from here.

The key holds exactly what a card prints: the exercise (every field), the prescription, the
dosage in force and its words, the card's number, its range-limit lines and safety notes (as
computed for this render), its lead heading, the card labels of the handout's language, the
language, the style (large print) and the frame size (page size). A change to any of them is a
different key, so a card is never shown stale. Cards with a photo are not kept (the file may
change on disk).

Thread safety: a render *takes* a card out (no other render can use it meanwhile: reportlab
sets state on flowables while it lays them out) and gives its cards back once its PDF is made.
The cache holds at most MAX_CARDS cards (least recently used go first).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from rehab_planner.handout.fonts import GlyphCheck

MAX_CARDS = 250  # a card holds about 140 kB (figure, paragraphs, line breaks): at most ~35 MB
# what reportlab leaves on a flowable it laid out, which a later layout must not see
_LAYOUT_MARKS = ("_postponed", "_frame", "canv")


@dataclass
class CardRecord:
    """A card and what making it told the render: the texts to check for missing characters,
    the texts printed in English (a handout in another language), and warnings."""

    card: Flowable
    glyph_checks: list[tuple[str, str]] = field(default_factory=list)
    marked_english: int = 0
    warnings: list[str] = field(default_factory=list)


class RecordingGlyphs(GlyphCheck):
    """Checks texts as `inner` does and notes each (text, where), to replay on a cache hit."""

    def __init__(self, inner: GlyphCheck) -> None:
        super().__init__()
        self.inner = inner
        self.calls: list[tuple[str, str]] = []

    def check(self, text: str, where: str) -> None:
        """Check (through the render's own check) and note the text."""
        self.calls.append((text, where))
        self.inner.check(text, where)

    def warnings(self) -> list[str]:
        """The render's warnings."""
        return self.inner.warnings()


class CardCache:
    """Cards by key, least recently used first; a taken card is out until given back."""

    def __init__(self, limit: int = MAX_CARDS) -> None:
        self.limit = limit
        self._cards: OrderedDict[Hashable, CardRecord] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._cards)

    def take(self, key: Hashable) -> CardRecord | None:
        """The card kept under key, removed until given back (None: none kept)."""
        with self._lock:
            record = self._cards.pop(key, None)
            if record is None:
                self.misses += 1
            else:
                self.hits += 1
        if record is not None:
            fresh(record.card)
        return record

    def give_back(self, records: list[tuple[Hashable, CardRecord]]) -> None:
        """Keep these cards (a render's, once its PDF is made), dropping the oldest past limit."""
        with self._lock:
            for key, record in records:
                self._cards[key] = record
                self._cards.move_to_end(key)
            while len(self._cards) > self.limit:
                self._cards.popitem(last=False)

    def clear(self) -> None:
        """Forget every card."""
        with self._lock:
            self._cards.clear()


def fresh(card: Flowable) -> None:
    """Remove what the last layout left on a card and on the flowables it hands the frame."""
    seen: set[int] = set()
    todo = [card]
    while todo:
        flowable = todo.pop()
        if id(flowable) in seen:
            continue
        seen.add(id(flowable))
        for mark in _LAYOUT_MARKS:
            flowable.__dict__.pop(mark, None)
        todo += list(flowable.__dict__.get("_content", []) or [])
        smaller = flowable.__dict__.get("_smaller")
        if smaller is not None:
            todo.append(smaller)


CARDS = CardCache()  # the cards of every render in this process
