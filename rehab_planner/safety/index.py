"""Per-exercise facts the checks read, computed once per library so a check stays fast."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass

from rehab_planner.library import Library
from rehab_planner.model import Category, Exercise, Movement, Region


@dataclass(frozen=True, slots=True)
class ExerciseFacts:
    """One exercise as the checks see it."""

    exercise: Exercise
    movements: frozenset[Movement]
    regressions: tuple[str, ...]
    has_picture: bool


class LibraryIndex:
    """Exercise facts by id, and ids grouped by (region, category) in library order.

    Facts are worked out for an exercise when a check first asks for it, and the groups when a
    check first needs them: a plan's check then uses (and so validates, library.entries) only the
    plan's exercises, not a 10,000-exercise library.
    """

    def __init__(self, exercises: Mapping[str, Exercise]) -> None:
        self._exercises = exercises
        self.facts: dict[str, ExerciseFacts] = {}
        self._groups: dict[tuple[Region, Category], tuple[str, ...]] | None = None
        self._regions: dict[Region, tuple[str, ...]] = {}

    def get(self, exercise_id: str) -> ExerciseFacts | None:
        """The facts of an exercise, or None when the library does not have it."""
        facts = self.facts.get(exercise_id)
        if facts is None and exercise_id in self._exercises:
            exercise = self._exercises[exercise_id]
            facts = self.facts[exercise_id] = ExerciseFacts(
                exercise=exercise,
                movements=frozenset(exercise.movements),
                regressions=tuple(exercise.regressions),
                has_picture=exercise.figure is not None or exercise.photo is not None,
            )
        return facts

    def same_kind(self, exercise: Exercise) -> tuple[str, ...]:
        """Ids of the exercises with the same region and category, in library order."""
        return self._grouped()[0].get((exercise.region, exercise.category), ())

    def same_region(self, exercise: Exercise) -> tuple[str, ...]:
        """Ids of the exercises for the same region, of any kind, in library order."""
        return self._grouped()[1].get(exercise.region, ())

    def _grouped(self) -> tuple[dict[tuple[Region, Category], tuple[str, ...]],
                                dict[Region, tuple[str, ...]]]:
        if self._groups is None:
            groups: dict[tuple[Region, Category], list[str]] = {}
            regions: dict[Region, list[str]] = {}
            for exercise in self._exercises.values():
                groups.setdefault((exercise.region, exercise.category), []).append(exercise.id)
                regions.setdefault(exercise.region, []).append(exercise.id)
            self._regions = {k: tuple(v) for k, v in regions.items()}
            self._groups = {k: tuple(v) for k, v in groups.items()}
        return self._groups, self._regions


def build_index(library: Library) -> LibraryIndex:
    """The index of a library (its facts are worked out as checks ask for them)."""
    return LibraryIndex(library.exercises)


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
