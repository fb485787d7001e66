"""The library's exercises by id, each validated when it is first used.

A file whose exact text this app (same version, same model code) has already validated without a
problem (library.checked) is not validated again entry by entry at every start: its entries wait
as the plain data read from the file, and become Exercise objects, fully validated, when something
asks for them. A plan of 20 exercises then costs 20 validations, not 10,000. Everything else is
validated as it is read, as before.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, Mapping, MutableMapping, ValuesView
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner.model import Exercise, FigureSpec


class Unbuilt:
    """An entry of an already checked file, not yet made into an Exercise."""

    __slots__ = ("data", "figure", "path")

    def __init__(self, data: Mapping[str, Any], path: Path, figure: FigureSpec | None = None) -> None:
        self.data = data
        self.path = path
        self.figure = figure  # from the library's figures folder, validated already

    def build(self, exercise_id: str) -> Exercise:
        """The exercise, validated now.

        Raises:
            DataFilesError: the entry does not validate (the check's mark was wrong: e.g. the
                cache was edited by hand); the message names file, entry and field.
        """
        from rehab_planner.datafile import validation_problems
        from rehab_planner.errors import DataFileError, DataFilesError

        try:
            exercise = Exercise.model_validate(self.data)
        except ValidationError as exc:
            raise DataFilesError([DataFileError(self.path, validation_problems(exercise_id, exc))]
                                 ) from None
        if self.figure is not None:
            exercise = exercise.model_copy(update={"figure": self.figure})
        return exercise


class Exercises(MutableMapping[str, Exercise]):
    """Exercises by id in library order; an entry of a checked file is validated at first use.

    Behaves as a dict of Exercise objects: reading an entry gives its Exercise (built on first
    read and kept). `copy()` keeps the unbuilt entries unbuilt; `dict(exercises)` builds them all.
    """

    def __init__(self, exercises: Mapping[str, Exercise] | None = None) -> None:
        self._items: dict[str, Exercise | Unbuilt] = dict(exercises or {})

    def __getitem__(self, exercise_id: str) -> Exercise:
        item = self._items[exercise_id]
        if type(item) is Unbuilt:
            item = self._items[exercise_id] = item.build(exercise_id)
        return item  # type: ignore[return-value]  # an Unbuilt was replaced just above

    def __setitem__(self, exercise_id: str, exercise: Exercise) -> None:
        self._items[exercise_id] = exercise

    def __delitem__(self, exercise_id: str) -> None:
        del self._items[exercise_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._items

    def __repr__(self) -> str:
        return f"Exercises({len(self._items)} exercises, {self.unbuilt_count()} not built yet)"

    def values(self) -> ValuesView[Exercise]:
        """Every exercise (the waiting ones are validated now, all at once)."""
        self.build_all()
        return ValuesView(self)

    def items(self) -> ItemsView[str, Exercise]:
        """Every (id, exercise) pair (the waiting ones are validated now, all at once)."""
        self.build_all()
        return ItemsView(self)

    def build_all(self) -> None:
        """Validate every waiting entry now.

        Raises:
            DataFilesError: an entry does not validate (see Unbuilt.build).
        """
        waiting = [(k, v) for k, v in self._items.items() if type(v) is Unbuilt]
        if not waiting:
            return
        from rehab_planner.memory import paused_gc

        with paused_gc():  # thousands of objects, none of them garbage (see memory.paused_gc)
            for exercise_id, item in waiting:
                self._items[exercise_id] = item.build(exercise_id)

    def add_unbuilt(self, exercise_id: str, data: Mapping[str, Any], path: Path) -> None:
        """Keep an entry of a checked file, to be validated when first used."""
        self._items[exercise_id] = Unbuilt(data, path)

    def unbuilt(self, exercise_id: str) -> Unbuilt | None:
        """The waiting entry with this id, or None when it is built (or absent)."""
        item = self._items.get(exercise_id)
        return item if type(item) is Unbuilt else None

    def unbuilt_count(self) -> int:
        """How many entries are still waiting to be validated."""
        return sum(type(item) is Unbuilt for item in self._items.values())

    def copy(self) -> Exercises:
        """A shallow copy; waiting entries stay waiting."""
        out = Exercises()
        out._items = dict(self._items)
        return out


def copy_of(exercises: Mapping[str, Exercise]) -> Exercises:
    """An Exercises copy of any mapping, keeping waiting entries waiting."""
    if isinstance(exercises, Exercises):
        return exercises.copy()
    return Exercises(exercises)
