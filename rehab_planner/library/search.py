"""Search and filter exercises: text over name, steps and movements; filters by facet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rehab_planner.model import Category, Equipment, Exercise, Position, Region
from rehab_planner.text import fold

NAME_END = "\n"


def haystack(exercise: Exercise) -> str:
    """The searchable text of an exercise: its folded name, a line break, then everything else.

    The name comes first and alone on its line, so a name match is a test on the first line
    (no folding per keystroke).
    """
    parts = [exercise.id, *exercise.steps, *exercise.movements,
             exercise.region, exercise.category, *exercise.equipment]
    return fold(exercise.name) + NAME_END + fold(" ".join(parts))


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
    faceted = bool(query.regions or query.categories or query.positions or query.equipment)
    if faceted:
        exercises = [e for e in exercises if query.matches_facets(e)]
    if not words:
        return list(exercises)
    name_hits: list[Exercise] = []
    other_hits: list[Exercise] = []
    for exercise in exercises:
        text = index[exercise.id] if index is not None else haystack(exercise)
        if not all(word in text for word in words):
            continue
        name = text[: text.find(NAME_END)]
        if all(word in name for word in words):
            name_hits.append(exercise)
        else:
            other_hits.append(exercise)
    return name_hits + other_hits
