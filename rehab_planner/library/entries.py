"""The library's exercises by id, each validated when it is first used.

A file whose exact text this app (same version, same model code) has already validated without a
problem (library.checked) is not parsed and validated again at every start: its entries wait, and
the file is parsed and an entry made into a fully validated Exercise when something asks for it.
A plan of 20 exercises then costs 20 validations, not 10,000. Everything else is validated as it
is read, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, ItemsView, Iterator, Mapping, MutableMapping, ValuesView
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner.datafile import check_header, parse_text, validation_problems
from rehab_planner.errors import DataFileError, DataFilesError
from rehab_planner.i18n.messages import say
from rehab_planner.library.checked import EntryMark
from rehab_planner.model import Exercise, FigureSpec

# The worker making the search texts and the GUI thread showing rows may ask for the same entry;
# it is built once (and copies of a library share their waiting entries). A lock per stripe of
# ids, not one for all: with one, the worker building entry after entry held it nearly all the
# time, and the window's thread, wanting another entry, waited until the worker was done (a
# 50 ms stall at a Spanish start). Reentrant: a derived entry (a translation) builds its source
# entry (the same id) while it holds its stripe.
_STRIPES = tuple(threading.RLock() for _ in range(64))


def _building(exercise_id: str) -> threading.RLock:
    return _STRIPES[hash(exercise_id) % len(_STRIPES)]


class CheckedFile:
    """A checked file's text, parsed when the first of its exercises is used, and its entries'
    data let go once every one of them is built."""

    __slots__ = ("_entries", "_left", "_lock", "_text", "path")

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self._text = text
        self._entries: list[Any] | None = None
        self._left = 0  # entries waiting for this file's data
        self._lock = threading.Lock()  # entries of one file are built under different stripes

    def expect(self) -> None:
        """One more entry of this file waits (Exercises.add_unbuilt)."""
        self._left += 1

    def entry(self, index: int, exercise_id: str) -> Any:
        """The plain data of the entry at this place (its id as the mark says).

        Raises:
            DataFileError: the text does not parse, or the entry is not what the mark says.
        """
        with self._lock:
            if self._entries is None:
                raw = check_header(self.path, parse_text(self.path, self._text), "exercises")
                self._entries = raw if isinstance(raw, list) else []
            entries = self._entries
        item = entries[index] if index < len(entries) else None
        if not isinstance(item, dict) or item.get("id") != exercise_id:
            raise DataFileError(self.path, [(exercise_id, "id",
                                             say("datafile.library.no-such-exercise"))])
        return item

    def built(self) -> None:
        """An entry was built: when none waits any more, the file's text and data go."""
        with self._lock:
            self._left -= 1
            if self._left <= 0:
                self._entries, self._text = None, ""


class Unbuilt:
    """An entry of an already checked file, not yet made into an Exercise."""

    __slots__ = ("exercise", "figure", "index", "mark", "source")

    def __init__(self, source: CheckedFile, index: int, mark: EntryMark) -> None:
        self.source = source
        self.index = index
        self.mark = mark
        self.figure: FigureSpec | None = None  # from the figures folder, validated already
        self.exercise: Exercise | None = None  # once built

    def build(self, exercise_id: str) -> Exercise:
        """The exercise, validated now (once: a second call gives the same object).

        Raises:
            DataFilesError: the entry does not validate (the mark was wrong: e.g. made by hand);
                the message names file, entry and field.
        """
        built = self.exercise
        if built is not None:  # no lock: a worker building every entry holds it nearly all the time
            return built
        with _building(exercise_id):
            if self.exercise is not None:
                return self.exercise
            path = self.source.path
            try:
                exercise = Exercise.model_validate(self.source.entry(self.index, exercise_id))
            except ValidationError as exc:
                raise DataFilesError([DataFileError(path, validation_problems(exercise_id, exc))]
                                     ) from None
            except DataFileError as exc:
                raise DataFilesError([exc]) from None
            if self.figure is not None:
                exercise = exercise.model_copy(update={"figure": self.figure})
            self.exercise = exercise
            self.source.built()
            return exercise


class DerivedMark:
    """What a list shows of a derived entry: the source's facets, and the name of the entry made
    (made when the name is first read: a list reads the names of the rows it paints)."""

    __slots__ = ("_base", "_derived")

    def __init__(self, derived: Derived, base: Any) -> None:
        self._derived = derived
        self._base = base  # the source's Listed: an Exercise or an EntryMark

    @property
    def id(self) -> str:
        return str(self._base.id)

    @property
    def name(self) -> str:
        return self._derived.build(self.id).name

    @property
    def region(self) -> str:
        return str(self._base.region)

    @property
    def category(self) -> str:
        return str(self._base.category)

    @property
    def position(self) -> str:
        return str(self._base.position)

    @property
    def equipment(self) -> tuple[str, ...]:
        return tuple(str(e) for e in self._base.equipment)


class Derived:
    """An entry made from another mapping's entry when it is first used (e.g. the exercise with
    its texts in the interface language, made from the English one): a library shown in another
    language lists and filters its exercises without translating them all first."""

    __slots__ = ("exercise", "make", "mark", "source")
    mark: DerivedMark

    def __init__(self, source: Exercises, exercise_id: str,
                 make: Callable[[Exercise], Exercise]) -> None:
        self.source = source
        self.make = make
        waiting = source.waiting(exercise_id)
        base: Any = waiting.mark if waiting is not None else source[exercise_id]
        self.mark = DerivedMark(self, base)
        self.exercise: Exercise | None = None  # once made

    def build(self, exercise_id: str) -> Exercise:
        """The entry, made now from the source's (once: a second call gives the same object)."""
        made = self.exercise
        if made is not None:  # no lock: a worker making every entry holds it nearly all the time
            return made
        with _building(exercise_id):
            if self.exercise is None:
                self.exercise = self.make(self.source[exercise_id])
            return self.exercise


class Exercises(MutableMapping[str, Exercise]):
    """Exercises by id in library order; an entry of a checked file is validated at first use.

    Behaves as a dict of Exercise objects: reading an entry gives its Exercise (built on first
    read and kept). `copy()` keeps the unbuilt entries unbuilt; `dict(exercises)` builds them all.
    """

    def __init__(self, exercises: Mapping[str, Exercise] | None = None) -> None:
        self._items: dict[str, Exercise | Unbuilt | Derived] = dict(exercises or {})

    def __getitem__(self, exercise_id: str) -> Exercise:
        item = self._items[exercise_id]
        if type(item) is Unbuilt or type(item) is Derived:
            built = item.build(exercise_id)
            if self._items.get(exercise_id) is item:  # (not replaced meanwhile)
                self._items[exercise_id] = built
            return built
        return item  # type: ignore[return-value]  # not an Unbuilt

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
        waiting = [(k, v) for k, v in self._items.items() if type(v) in (Unbuilt, Derived)]
        if not waiting:
            return
        from rehab_planner.memory import paused_gc

        with paused_gc():  # thousands of objects, none of them garbage (see memory.paused_gc)
            for exercise_id, _item in waiting:
                self[exercise_id]

    def add_unbuilt(self, source: CheckedFile, index: int, mark: EntryMark) -> None:
        """Keep an entry of a checked file, to be validated when first used."""
        self._items[mark.id] = Unbuilt(source, index, mark)
        source.expect()

    def add_derived(self, source: Exercises, exercise_id: str,
                    make: Callable[[Exercise], Exercise]) -> None:
        """Keep an entry to be made from `source`'s entry with this id when first used."""
        self._items[exercise_id] = Derived(source, exercise_id, make)

    def unbuilt(self, exercise_id: str) -> Unbuilt | None:
        """The entry with this id waiting to be validated, or None when it is built (or absent,
        or derived)."""
        item = self._items.get(exercise_id)
        return item if type(item) is Unbuilt else None

    def waiting(self, exercise_id: str) -> Unbuilt | Derived | None:
        """The entry with this id waiting to be validated or made (its `mark` is what a list
        shows of it), or None when it is built (or absent)."""
        item = self._items.get(exercise_id)
        if type(item) is Unbuilt or type(item) is Derived:
            return item
        return None

    def unbuilt_count(self) -> int:
        """How many entries are still waiting to be validated or made."""
        return sum(type(item) in (Unbuilt, Derived) and item.exercise is None  # type: ignore[union-attr]
                   for item in self._items.values())

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
