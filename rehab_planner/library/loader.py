"""Load the exercise library from its data files, validating every entry."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.datafile import (
    check_header,
    entry_name,
    parse_text,
    read_data_text,
    read_versioned,
    validation_problems,
)
from rehab_planner.errors import DataFileError, DataFilesError, RehabError, UnknownExerciseError
from rehab_planner.i18n.messages import say
from rehab_planner.library import checked
from rehab_planner.library.entries import CheckedFile, Exercises, copy_of
from rehab_planner.library.search import Listed, Query, SearchIndex, search
from rehab_planner.memory import paused_gc
from rehab_planner.model import Exercise, FigureSpec

FIGURES_FOLDER = "figures"

Problem = tuple[str, str, str]


@dataclass
class Library:
    """The exercises by id, in file order, shipped ones first and then custom ones.

    `exercises` reads as a dict; loaded from files it is an Exercises mapping, whose entries of
    already checked files are validated when first used (library.entries).
    """

    exercises: MutableMapping[str, Exercise] = field(default_factory=Exercises)
    sources: dict[str, Path] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this id.

        Raises:
            UnknownExerciseError: no such exercise.
        """
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise UnknownExerciseError([exercise_id]) from None

    def find(self, exercise_id: str) -> Exercise | None:
        """The exercise with this id, or None."""
        return self.exercises.get(exercise_id)

    def closest_id(self, exercise_id: str) -> str | None:
        """The library id most like a mistyped one ("heel-slid" -> "heel-slide"), or None."""
        import difflib  # only for a mistyped id, not at every start

        found = difflib.get_close_matches(exercise_id, list(self.exercises), n=1, cutoff=0.6)
        return found[0] if found else None

    def unknown_in(self, where: str, exercise_id: str) -> str:
        """'id' in WHERE, with the closest id when there is one: how an unknown id is reported."""
        closest = self.closest_id(exercise_id)
        hint = f" (did you mean '{closest}'?)" if closest else ""
        return f"'{exercise_id}' in '{where}'{hint}"

    def search(self, query: Query) -> list[Exercise]:
        """Exercises matching a query (see library.search)."""
        return search(self.exercises.values(), query)

    def listed(self, exercise_id: str) -> Listed:
        """What a list shows of an exercise, without validating one that waits (library.entries).

        Raises:
            KeyError: no such exercise.
        """
        exercises = self.exercises
        if isinstance(exercises, Exercises):
            waiting = exercises.waiting(exercise_id)
            if waiting is not None:
                return waiting.mark
        return exercises[exercise_id]

    def search_index(self, versions: Mapping[str, Exercise] | None = None) -> SearchIndex:
        """A search index over the library (see library.search.SearchIndex): listing and facets
        validate no waiting exercise; the texts (`prepare`) validate them all."""
        return SearchIndex([self.listed(i) for i in self.exercises], versions=versions,
                           full=self.exercises)

    def search_listed(self, query: Query) -> list[Listed]:
        """`search(query)` as a list shows it: a query of facets only validates no waiting
        exercise; a query with words searches the exercises' texts, so it validates them all."""
        if query.words:
            return list(self.search(query))
        listed = [self.listed(exercise_id) for exercise_id in self.exercises]
        return [item for item in listed if query.matches_facets(item)]

    def with_exercise(self, exercise: Exercise, source: Path | None = None) -> Library:
        """A copy with one exercise added or replaced."""
        exercises = copy_of(self.exercises)
        exercises[exercise.id] = exercise
        sources = dict(self.sources)
        if source is not None:
            sources[exercise.id] = source
        return Library(exercises, sources)


def _library_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def _read_figures(folder: Path) -> tuple[dict[str, tuple[Any, Path]], list[DataFileError]]:
    """Figure data files: {exercise id: (raw spec, file)}."""
    found: dict[str, tuple[Any, Path]] = {}
    errors: list[DataFileError] = []
    fig_folder = folder / FIGURES_FOLDER
    if not fig_folder.is_dir():
        return found, errors
    for path in _library_files(fig_folder):
        try:
            raw = read_versioned(path, "figures")
        except DataFileError as exc:
            errors.append(exc)
            continue
        if not isinstance(raw, dict):
            errors.append(DataFileError(path, [("", "figures", say("datafile.library.figures-mapping"))]))
            continue
        for exercise_id, spec in raw.items():
            found[str(exercise_id)] = (spec, path)
    return found, errors


def read_exercise_file(path: Path) -> tuple[list[Exercise], list[tuple[str, str, str]]]:
    """Every valid exercise in one file, and the problems of the others."""
    return _validate_entries(path, _exercise_list(path, read_versioned(path, "exercises")))


def _exercise_list(path: Path, raw: Any) -> list[Any]:
    if not isinstance(raw, list):
        raise DataFileError(path, [("", "exercises", say("datafile.library.exercises-list"))])
    return raw


def _validate_entries(path: Path, raw: list[Any]) -> tuple[list[Exercise], list[tuple[str, str, str]]]:
    good: list[Exercise] = []
    problems: list[tuple[str, str, str]] = []
    for index, item in enumerate(raw):
        name = entry_name(item, index, "exercises")
        if not isinstance(item, dict):
            problems.append((name, "", say("datafile.library.entry-mapping")))
            continue
        try:
            good.append(Exercise.model_validate(item))
        except ValidationError as exc:
            problems.extend(validation_problems(name, exc))
    return good, problems


def _read_checked(path: Path) -> tuple[CheckedFile, list[checked.EntryMark]] | tuple[
        list[Exercise], list[Problem]]:
    """A file already checked (its exact text validated without a problem before,
    library.checked): the file and its entries' marks, nothing parsed. Any other file: its valid
    exercises and the problems of the others, as read_exercise_file; it is marked when it has no
    problem."""
    text = read_data_text(path)
    key = checked.mark_key(text)
    marks = checked.read_mark(key)
    if marks is not None:
        return CheckedFile(path, text), marks
    raw = _exercise_list(path, check_header(path, parse_text(path, text), "exercises"))
    good, problems = _validate_entries(path, raw)
    if not problems:
        checked.mark_checked(key, [checked.entry_mark(e) for e in good])
    return good, problems


def collect_library(
    folders: list[Path], *, lazy: bool = True,
) -> tuple[Library, list[DataFileError]]:
    """Load every folder in order; return what loaded and every problem found (never raises).

    Args:
        folders: the library folders, in order.
        lazy: entries of files already checked are validated when first used (library.entries);
            False validates every entry now and ignores the marks (`library validate`).
    """
    with paused_gc():
        return _collect(folders, lazy)


def _collect(folders: list[Path], lazy: bool) -> tuple[Library, list[DataFileError]]:
    library = Library()
    exercises = library.exercises
    assert isinstance(exercises, Exercises)
    errors: list[DataFileError] = []
    figures: dict[str, tuple[Any, Path]] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        found, fig_errors = _read_figures(folder)
        figures.update(found)
        errors.extend(fig_errors)
        for path in _library_files(folder):
            try:
                read = _read_checked(path) if lazy else read_exercise_file(path)
            except DataFileError as exc:
                errors.append(exc)
                continue
            dupes: list[Problem] = []
            problems: list[Problem] = []
            if isinstance(read[0], CheckedFile):
                source, marks = read
                for index, mark in enumerate(marks):
                    if _unused(library, mark.id, path, dupes):
                        exercises.add_unbuilt(source, index, mark)
            else:
                good, problems = read
                for exercise in good:
                    if _unused(library, exercise.id, path, dupes):
                        exercises[exercise.id] = exercise
            if problems or dupes:
                errors.append(DataFileError(path, problems + dupes))
    errors.extend(_attach_figures(library, figures))
    errors.extend(_check_links(library))
    return library, errors


def _unused(library: Library, exercise_id: str, path: Path, dupes: list[Problem]) -> bool:
    """True when no earlier entry has this id (it is then this file's); else a problem noted."""
    if exercise_id in library.exercises:
        first = library.sources[exercise_id]
        dupes.append((exercise_id, "id", say("datafile.library.id-used", file=first.name)))
        return False
    library.sources[exercise_id] = path
    return True


def _attach_figures(library: Library, figures: dict[str, tuple[Any, Path]]) -> list[DataFileError]:
    errors = []
    exercises = library.exercises
    assert isinstance(exercises, Exercises)
    for exercise_id, (spec, path) in figures.items():
        if exercise_id not in exercises:
            errors.append(DataFileError(path, [(exercise_id, "", say("datafile.library.no-such-exercise"))]))
            continue
        waiting = exercises.unbuilt(exercise_id)
        if (waiting.mark.has_figure if waiting else exercises[exercise_id].figure is not None):
            continue
        try:
            figure = FigureSpec.model_validate(spec)
        except ValidationError as exc:
            errors.append(DataFileError(path, validation_problems(exercise_id, exc)))
            continue
        unknown = _unknown_cues(figure)
        if unknown:
            errors.append(DataFileError(path, [(exercise_id, "cue", say(
                "datafile.library.unknown-cue", cue=", ".join(unknown)))]))
            continue
        if waiting is not None:
            waiting.figure = figure
        else:
            exercises[exercise_id] = exercises[exercise_id].model_copy(update={"figure": figure})
    return errors


def _unknown_cues(figure: FigureSpec) -> list[str]:
    """The figure's cue name when the picture words do not have it."""
    from rehab_planner.figures.words import cue_names

    if figure.cue is None or figure.cue in cue_names():
        return []
    return [figure.cue]


def _check_links(library: Library) -> list[DataFileError]:
    """Progressions and regressions must name exercises that exist."""
    by_file: dict[Path, list[tuple[str, str, str]]] = {}
    exercises = library.exercises
    assert isinstance(exercises, Exercises)
    for exercise_id in exercises:
        waiting = exercises.unbuilt(exercise_id)
        for field_name in ("progressions", "regressions"):
            links = (getattr(waiting.mark, field_name) if waiting
                     else getattr(exercises[exercise_id], field_name))
            for other in links:
                if other not in exercises:
                    by_file.setdefault(library.sources[exercise_id], []).append(
                        (exercise_id, field_name, say("datafile.library.unknown-link", id=other))
                    )
    return [DataFileError(path, problems) for path, problems in by_file.items()]


def default_folders(include_custom: bool = True) -> list[Path]:
    """The shipped library, then the therapist's custom exercises."""
    folders = [paths.exercises_dir()]
    if include_custom:
        folders.append(paths.custom_exercises_dir())
    return folders


def load_library(folder: Path | None = None, *, include_custom: bool = True) -> Library:
    """Load and validate the library.

    Args:
        folder: a library folder instead of the shipped one (custom exercises are then not added).
        include_custom: also load the therapist's custom exercises.

    Raises:
        DataFilesError: any file has a problem; the message lists every problem as
            file: entry: field: message.
    """
    folders = [folder] if folder is not None else default_folders(include_custom)
    library, errors = collect_library(folders)
    if errors:
        raise DataFilesError(errors)
    if folder is None:
        _require_shipped_exercises(library)
    return library


def _require_shipped_exercises(library: Library) -> None:
    """An install without its library is broken: say so instead of offering an empty list."""
    shipped = paths.exercises_dir()
    if not any(source.is_relative_to(shipped) for source in library.sources.values()):
        raise RehabError(say("datafile.library.missing", folder=shipped))


def validate_library(folder: Path | None = None) -> list[str]:
    """Every problem in a library folder as 'file: entry: field: message' lines (empty when valid).

    Photos are checked too: a photo outside the picture folders, missing, or not a usable
    PNG or JPEG picture is a problem.
    """
    from rehab_planner.figures.photo import photo_problem

    folders = [folder] if folder is not None else default_folders()
    library, errors = collect_library(folders, lazy=False)
    for exercise in library:
        source = library.sources.get(exercise.id)
        problem = photo_problem(exercise, source)
        if problem is not None and source is not None:
            errors.append(DataFileError(source, [(exercise.id, "photo", problem)]))
    return [line for e in errors for line in e.lines()]
