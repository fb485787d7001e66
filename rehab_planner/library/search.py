"""Search and filter exercises: text over name, steps and movements; filters by facet."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rehab_planner.i18n.lookup import MARK
from rehab_planner.model import Category, Equipment, Exercise, Position, Region
from rehab_planner.text import fold

NAME_END = "\n"
REMEMBERED = 32  # recent results a SearchIndex keeps to narrow from (typing and backspacing)

Facets = tuple[frozenset[Region], frozenset[Category], frozenset[Position], frozenset[Equipment]]


def _unmarked(text: str) -> str:
    """A text without the mark of an English fallback ("[EN] "), which nobody searches for."""
    return text.removeprefix(MARK)


def haystack(exercise: Exercise, *versions: Exercise) -> str:
    """The searchable text of an exercise: its folded name, a line break, then everything else.

    The name comes first and alone on its line, so a name match is a test on the first line
    (no folding per keystroke).

    Args:
        exercise: the exercise.
        versions: the same exercise in other languages; their names and steps match too.
    """
    names = [_unmarked(e.name) for e in (exercise, *versions)]
    parts = [exercise.id, *exercise.steps, *exercise.movements,
             exercise.region, exercise.category, *exercise.equipment]
    parts += [step for version in versions for step in version.steps]
    return fold(" ".join(names)) + NAME_END + fold(" ".join(_unmarked(p) for p in parts))


class Listed(Protocol):
    """What a list of exercises shows and filters by: an Exercise, or the mark of one not yet
    validated (library.checked.EntryMark). Facets read as their plain values."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def position(self) -> str: ...
    @property
    def equipment(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Query:
    """What the therapist is looking for; empty fields match everything."""

    text: str = ""
    regions: frozenset[Region] = field(default_factory=frozenset)
    categories: frozenset[Category] = field(default_factory=frozenset)
    positions: frozenset[Position] = field(default_factory=frozenset)
    equipment: frozenset[Equipment] = field(default_factory=frozenset)

    def matches_facets(self, exercise: Listed) -> bool:
        """True when the exercise passes every filter (equipment: uses any of the chosen)."""
        if self.regions and exercise.region not in self.regions:
            return False
        if self.categories and exercise.category not in self.categories:
            return False
        if self.positions and exercise.position not in self.positions:
            return False
        return not (self.equipment and not self.equipment.intersection(exercise.equipment))

    @property
    def facets(self) -> Facets:
        """The filters, without the text."""
        return (self.regions, self.categories, self.positions, self.equipment)

    @property
    def words(self) -> tuple[str, ...]:
        """The folded words of the text; an exercise must contain every one."""
        return tuple(fold(self.text).split())


def _narrows(words: tuple[str, ...], earlier: tuple[str, ...]) -> bool:
    """True when every exercise matching `words` also matched `earlier`.

    That holds when each earlier word sits inside one of the new words: typing more letters
    ('kne' -> 'knee') or more words ('knee' -> 'knee slide').
    """
    return all(any(old in new for new in words) for old in earlier)


class SearchIndex:
    """A set of exercises ready to search as the therapist types.

    The searchable text of each exercise is built once. The last few results are kept, so a
    query that extends an earlier one (one more letter) only looks at the earlier hits, and
    going back (backspace) finds its answer kept. The answers are the same as `search`.
    """

    def __init__(self, exercises: Iterable[Listed], *, remembered: int = REMEMBERED,
                 versions: Mapping[str, Exercise] | None = None,
                 full: Mapping[str, Exercise] | None = None) -> None:
        """Build the index.

        Args:
            exercises: the exercises (or what a list shows of them), in the order results keep.
            remembered: how many recent results to keep for narrowing.
            versions: the same exercises in another language, by id (the English ones when the
                exercises are shown in Spanish): a word of either language finds an exercise.
            full: the exercises by id, where `exercises` holds what a list shows of them
                (Library.listed): listing and filtering by facets then validate none of them
                (library.entries); their texts (prepare) and `search` do.
        """
        self._exercises: list[Listed] = list(exercises)
        self._full = full
        self._versions = versions or {}
        # The searchable texts are built at the first query with words: listing or filtering by
        # facets needs none, and a large library shows (and `library list` prints) without them.
        self._texts: list[str] | None = None
        self._names: list[str] = []
        self._folded_names: list[str] | None = None  # the shown names, folded (search_names)
        self._remembered = max(1, remembered)
        # (facets, words) -> positions in library order of the exercises matching them.
        self._hits: OrderedDict[tuple[Facets, tuple[str, ...]], list[int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._exercises)

    def prepare(self) -> list[str]:
        """Build the searchable texts now (e.g. on a worker thread) rather than at the first word.

        Returns:
            The searchable text of each exercise (see `haystack`), in order.
        """
        if self._texts is None:
            from rehab_planner.memory import paused_gc

            other = self._versions
            with paused_gc():  # it may validate thousands of exercises (library.entries)
                texts = [haystack(e, *([other[e.id]] if e.id in other else []))
                         for e in map(self._exercise, self._exercises)]
            self._names = [t[: t.find(NAME_END)] for t in texts]
            self._texts = texts
        return self._texts

    def is_prepared(self) -> bool:
        """True once the searchable texts are built (`prepare`): a query with words is then a
        matter of comparing strings."""
        return self._texts is not None

    def search_names(self, query: Query) -> list[str]:
        """The ids of the exercises whose shown name holds every word (and that pass the facets),
        in library order: what a list can show while the texts are not built yet (`prepare`
        validates every exercise; this reads the names a list shows, and validates none).
        """
        if self._folded_names is None:
            self._folded_names = [fold(_unmarked(e.name)) for e in self._exercises]
        names, words, exercises = self._folded_names, query.words, self._exercises
        return [exercises[i].id for i in self._matching(query.facets, (), query)
                if all(word in names[i] for word in words)]

    def search(self, query: Query) -> list[Exercise]:
        """Exercises matching the query; name matches come first, then the library order."""
        exercises = self._exercises
        return [self._exercise(exercises[i]) for i in self._ordered(query)]

    def search_ids(self, query: Query) -> list[str]:
        """The ids of `search(query)`, in the same order."""
        exercises = self._exercises
        return [exercises[i].id for i in self._ordered(query)]

    # --- inside --------------------------------------------------------------------------------

    def _exercise(self, item: Listed) -> Exercise:
        if isinstance(item, Exercise):
            return item
        assert self._full is not None, "a listed item needs the exercises by id (full)"
        return self._full[item.id]

    def _ordered(self, query: Query) -> list[int]:
        words = query.words
        hits = self._matching(query.facets, words, query)
        if not words:
            return hits
        self.prepare()
        names = self._names
        in_name = hits
        for word in words:
            in_name = [i for i in in_name if word in names[i]]
        if len(in_name) == len(hits):
            return hits
        named = set(in_name)
        return in_name + [i for i in hits if i not in named]

    def _matching(self, facets: Facets, words: tuple[str, ...], query: Query) -> list[int]:
        key = (facets, words)
        found = self._hits.get(key)
        if found is not None:
            self._hits.move_to_end(key)
            return found
        if words:
            base = self._narrowest(facets, words)
            if base is None:
                base = self._matching(facets, (), query)
            texts = self.prepare()
            for word in words:
                base = [i for i in base if word in texts[i]]
            found = base
        elif any(facets):
            exercises = self._exercises
            found = [i for i, e in enumerate(exercises) if query.matches_facets(e)]
        else:
            found = list(range(len(self._exercises)))
        self._hits[key] = found
        while len(self._hits) > self._remembered:
            self._hits.popitem(last=False)
        return found

    def _narrowest(self, facets: Facets, words: tuple[str, ...]) -> list[int] | None:
        """The smallest kept result that holds every match for these words, if any."""
        best: list[int] | None = None
        for (kept_facets, kept_words), hits in self._hits.items():
            if kept_facets == facets and _narrows(words, kept_words) and (
                    best is None or len(hits) < len(best)):
                best = hits
        return best


def search(exercises: Iterable[Exercise], query: Query) -> list[Exercise]:
    """Exercises matching the query; name matches come first, then the library order.

    Every word of the text (accents and case ignored) must appear in the name, steps,
    movements, region, kind or equipment. For search as you type, keep a SearchIndex instead.

    Args:
        exercises: the exercises to search.
        query: text and filters.
    """
    return SearchIndex(exercises, remembered=1).search(query)
