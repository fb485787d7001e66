"""The errors the core raises: each one reads as a single clear sentence for a therapist."""

from __future__ import annotations

from pathlib import Path


class RehabError(Exception):
    """Base of every error the app reports to its user instead of a traceback."""


class DataFileError(RehabError):
    """A data file (exercise library, template, guidance, plan) is broken.

    Args:
        path: the file.
        problems: one (entry, field, reason) triple per problem found.
    """

    def __init__(self, path: Path | str, problems: list[tuple[str, str, str]]) -> None:
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """Every problem as one line: file: entry: field: message."""
        out = []
        for entry, field, reason in self.problems:
            parts = [str(self.path)]
            parts += [p for p in (entry, field) if p]
            parts.append(reason)
            out.append(": ".join(parts))
        return out


class PlanFileError(RehabError):
    """A plan file cannot be read or written."""


class NewerVersionError(PlanFileError):
    """A plan or database was written by a newer version of Rehab Planner."""


class UnknownExerciseError(RehabError):
    """A plan or template names exercises the library does not have."""

    def __init__(self, ids: list[str], where: str = "", detail: str = "") -> None:
        from rehab_planner.i18n.messages import say  # it reads its files with these errors

        self.ids = ids
        names = detail or ", ".join(f"'{i}'" for i in ids)
        key = "datafile.unknown-exercise." + ("other" if len(ids) > 1 else "one")
        super().__init__(say(key + ("-in" if where else ""), where=where, names=names))


class RenderError(RehabError):
    """The handout or a figure could not be rendered."""


class DataFilesError(RehabError):
    """Problems in several data files at once (a library folder, a templates folder)."""

    def __init__(self, errors: list[DataFileError]) -> None:
        self.errors = errors
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """Every problem of every file, one line each: file: entry: field: message."""
        return [line for error in self.errors for line in error.lines()]
