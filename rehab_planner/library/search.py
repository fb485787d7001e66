"""Search and filter exercises: text over name, steps and movements; filters by facet."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rehab_planner.model import Category, Equipment, Exercise, Position, Region


def fold(text: str) -> str:
    """Lower-case, accents removed, hyphens and underscores as spaces: 'Knee-to-chest' -> 'knee to chest'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("-", " ").replace("_", " ")


def haystack(exercise: Exercise) -> str:
    """The searchable text of an exercise (name first, so name matches can rank first)."""
    parts = [exercise.name, exercise.id, *exercise.steps, *exercise.movements,
             exercise.region, exercise.category, *exercise.equipment]
    return fold(" ".join(parts))


@dataclass(frozen=True)
class Query:
    """What the therapist is looking for; empty fields match everything."""

    text: str = ""
    regions: frozenset[Region] = field(default_factory=frozenset)
    categories: frozenset[Category] = field(default_factory=frozenset)
    positions: frozenset[Position] = field(default_factory=frozenset)
    equipment: frozenset[Equipment] = field(default_factory=frozenset)

    def matches_facets(self, exercise: Exercise) -> bool:
        """True when the exercise passes every filter (equipment: uses any of the chosen)."""
        if self.regions and exercise.region not in self.regions:
            return False
        if self.categories and exercise.category not in self.categories:
            return False
        if self.positions and exercise.position not in self.positions:
            return False
        return not (self.equipment and not self.equipment.intersection(exercise.equipment))


def matches_text(words: list[str], text: str) -> bool:
    """Every word of the query appears in the text."""
    return all(word in text for word in words)


def search(
    exercises: Iterable[Exercise], query: Query, *, index: dict[str, str] | None = None
) -> list[Exercise]:
    """Exercises matching the query; name matches come first, then the library order.

    Args:
        exercises: the exercises to search.
        query: text and filters.
        index: optional precomputed {exercise id: haystack} to save work per keystroke.
    """
    words = fold(query.text).split()
    name_hits: list[Exercise] = []
    other_hits: list[Exercise] = []
    for exercise in exercises:
        if not query.matches_facets(exercise):
            continue
        if not words:
            name_hits.append(exercise)
            continue
        text = index[exercise.id] if index is not None else haystack(exercise)
        if not matches_text(words, text):
            continue
        if matches_text(words, fold(exercise.name)):
            name_hits.append(exercise)
        else:
            other_hits.append(exercise)
    return name_hits + other_hits
