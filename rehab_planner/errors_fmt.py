"""Turn pydantic validation errors into DataFileError problems: entry, field, plain reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner.errors import DataFileError


def field_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a readable field path: ('phases', 0, 'weeks_to') -> 'phases[1].weeks_to'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def problems_from(error: ValidationError, entry: str = "") -> list[tuple[str, str, str]]:
    """One (entry, field, reason) per pydantic error, with pydantic's prefixes removed."""
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(p for p in item["loc"] if not str(p).startswith("function-after"))
        reason = str(item["msg"]).removeprefix("Value error, ")
        problems.append((entry, field_path(loc), reason))
    return problems


def as_data_file_error(path: Path | str, error: ValidationError, entry: str = "") -> DataFileError:
    """A DataFileError for a validation failure of one entry of a file."""
    return DataFileError(path, problems_from(error, entry))


def entry_name(raw: Any, index: int) -> str:
    """How to name an entry in a message: its id if it has one, else its position."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"]:
        return str(raw["id"])
    return f"entry {index + 1}"
