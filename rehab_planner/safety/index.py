"""Per-exercise facts the checks read, computed once per library so a check stays fast."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from rehab_planner.library import Library
from rehab_planner.model import Category, Exercise, Movement, Region


@dataclass(frozen=True, slots=True)
class ExerciseFacts:
    """One exercise as the checks see it."""

    exercise: Exercise
    movements: frozenset[Movement]
    regressions: tuple[str, ...]
    has_picture: bool


@dataclass
class LibraryIndex:
    """Exercise facts by id, and ids grouped by (region, category) in library order."""

    facts: dict[str, ExerciseFacts] = field(default_factory=dict)
    groups: dict[tuple[Region, Category], tuple[str, ...]] = field(default_factory=dict)
    regions: dict[Region, tuple[str, ...]] = field(default_factory=dict)

    def get(self, exercise_id: str) -> ExerciseFacts | None:
        """The facts of an exercise, or None when the library does not have it."""
        return self.facts.get(exercise_id)

    def same_kind(self, exercise: Exercise) -> tuple[str, ...]:
        """Ids of the exercises with the same region and category, in library order."""
        return self.groups.get((exercise.region, exercise.category), ())

    def same_region(self, exercise: Exercise) -> tuple[str, ...]:
        """Ids of the exercises for the same region, of any kind, in library order."""
        return self.regions.get(exercise.region, ())


def build_index(library: Library) -> LibraryIndex:
    """Compute the facts of every exercise in a library."""
    index = LibraryIndex()
    groups: dict[tuple[Region, Category], list[str]] = {}
    regions: dict[Region, list[str]] = {}
    for exercise in library:
        index.facts[exercise.id] = ExerciseFacts(
            exercise=exercise,
            movements=frozenset(exercise.movements),
            regressions=tuple(exercise.regressions),
            has_picture=exercise.figure is not None or exercise.photo is not None,
        )
        groups.setdefault((exercise.region, exercise.category), []).append(exercise.id)
        regions.setdefault(exercise.region, []).append(exercise.id)
    index.groups = {k: tuple(v) for k, v in groups.items()}
    index.regions = {k: tuple(v) for k, v in regions.items()}
    return index


# Library objects are replaced, not changed, once loaded (Library.with_exercise returns a copy), so
# the index is cached per library object. The exercises dict and its size guard against a library
# that was still being filled when it was first checked.
_CACHE: dict[int, tuple[weakref.ref[Library], int, int, LibraryIndex]] = {}


def library_index(library: Library) -> LibraryIndex:
    """The index of a library, built on first use and cached while the library lives."""
    key = id(library)
    hit = _CACHE.get(key)
    if hit is not None:
        ref, dict_id, size, index = hit
        if ref() is library and dict_id == id(library.exercises) and size == len(library):
            return index
    index = build_index(library)

    def forget(_ref: weakref.ref[Library]) -> None:
        _CACHE.pop(key, None)

    _CACHE[key] = (
        weakref.ref(library, forget),
        id(library.exercises),
        len(library),
        index,
    )
    return index
