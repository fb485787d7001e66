"""Reading data files: YAML parsing and pydantic errors turned into file: entry: field: reason."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from rehab_planner.errors import DataFileError
from rehab_planner.storage import parse_cache
from rehab_planner.storage.safe_read import DATA_FILE_LIMITS, FileRefused, read_text, shape_problem

SCHEMA_VERSION = 1

Problem = tuple[str, str, str]



def read_yaml(path: Path) -> Any:
    """Parse one YAML file (safe loader) through the file gate, within DATA_FILE_LIMITS.

    The parsed data of a file read before is taken from storage.parse_cache (found by the text);
    it is checked against the limits again like freshly parsed data.

    Raises:
        DataFileError: missing, not a regular file, too large, unreadable, not UTF-8, broken YAML
            (with the line), or nested, long or numerous beyond the limits.
    """
    try:
        text = read_text(path, DATA_FILE_LIMITS.max_bytes, "data file")
    except FileRefused as exc:
        raise DataFileError(path, [("", "", f"cannot read the file: {exc.reason}")]) from None
    data = parse_cache.cached(text)
    if data is not parse_cache.MISS:
        problem = shape_problem(data, DATA_FILE_LIMITS)
        if problem is None:
            return data
    data = _parse(path, text)
    problem = shape_problem(data, DATA_FILE_LIMITS)
    if problem is not None:
        raise DataFileError(path, [("", "", f"beyond the limits of a data file: {problem}")])
    parse_cache.store(text, data)
    return data


def _parse(path: Path, text: str) -> Any:
    """YAML text parsed with the safe loader.

    Raises:
        DataFileError: broken YAML (with the line), or too deeply nested.
    """
    import yaml  # here, not at start-up: the parse cache usually answers (storage.parse_cache)

    # libyaml's safe loader parses about ten times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "broken YAML"
        raise DataFileError(path, [(where, "", f"not valid YAML: {problem}")]) from None
    except RecursionError:
        raise DataFileError(path, [("", "", "not valid YAML: nested too deeply")]) from None
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        raise DataFileError(path, [("", "", f"not valid YAML: {str(exc)[:120]}")]) from None
    return data


def check_header(path: Path, data: object, list_key: str, *, strict: bool = True) -> Any:
    """Check a data file's top level: {schema_version: 1, <list_key>: ...}; return the value.

    Args:
        path: the file, for messages.
        data: what read_yaml returned.
        list_key: the key that holds the entries.
        strict: refuse other top-level keys.

    Raises:
        DataFileError: the top level is not as expected, or the file is from a newer version.
    """
    if not isinstance(data, dict):
        raise DataFileError(path, [("", "", f"expected a mapping with schema_version and {list_key}")])
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise DataFileError(path, [("", "schema_version",
                                    f"version {version} is newer than this app reads ({SCHEMA_VERSION})")])
    if version != SCHEMA_VERSION:
        raise DataFileError(
            path, [("", "schema_version", f"must be {SCHEMA_VERSION}, found {version!r}")]
        )
    if list_key not in data:
        raise DataFileError(path, [("", list_key, "missing")])
    unknown = sorted(str(k) for k in data if k not in ("schema_version", list_key))
    if strict and unknown:
        raise DataFileError(path, [("", ", ".join(unknown), "unknown top-level key")])
    return data[list_key]


def read_versioned(path: Path, key: str) -> Any:
    """read_yaml then check_header: the value under key of a versioned data file."""
    return check_header(path, read_yaml(path), key)


def entry_name(raw: object, index: int, list_key: str) -> str:
    """How an entry is named in an error: its id if it has one, else its position."""
    if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"]:
        return str(raw["id"])
    return f"{list_key}[{index}]"


def loc_text(loc: Sequence[int | str]) -> str:
    """A pydantic error location as 'phases[0].prescriptions[2].exercise_id'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not str(part).startswith("function-"):
            out += ("." if out else "") + str(part)
    return out


def reason(message: str) -> str:
    """A pydantic message without its technical prefix."""
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def validation_problems(entry: str, err: ValidationError) -> list[Problem]:
    """One (entry, field, reason) triple per pydantic error."""
    return [(entry, loc_text(e["loc"]), reason(str(e["msg"]))) for e in err.errors()]


def read_sections(model: type[M], path: Path) -> M:
    """Read a file made of named sections (headings, labels, words) into its model.

    Raises:
        DataFileError: the file is missing or broken, or a field is wrong (section and field named).
    """
    try:
        return model.model_validate(read_yaml(path))
    except ValidationError as err:
        raise DataFileError(path, section_problems(err)) from None


def read_checked_texts(model: type[M], path: Path, key: str = "texts") -> M:
    """Read a versioned file of texts under `key` into its model.

    Raises:
        DataFileError: the file is missing or broken, or a field is wrong (section and field named).
    """
    raw = check_header(path, read_yaml(path), key)
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        raise DataFileError(path, section_problems(err)) from None


def placeholder_problems(texts: Mapping[str, str], allowed: Mapping[str, set[str]],
                         pattern: re.Pattern[str], section: str = "texts") -> list[Problem]:
    """A problem for each {placeholder} a named text uses that its entry in `allowed` does not
    list (a name missing from `allowed` allows none)."""
    problems = []
    for name, text in texts.items():
        permitted = allowed.get(name, set())
        for placeholder in pattern.findall(text):
            if placeholder not in permitted:
                problems.append((section, name, f"placeholder {{{placeholder}}} is not allowed "
                                 f"(allowed: {', '.join(sorted(permitted)) or 'none'})"))
    return problems


def section_problems(err: ValidationError) -> list[Problem]:
    """Problems of a file made of named sections: the entry is the section, the field the rest."""
    return [
        (str(e["loc"][0]) if e["loc"] else "", loc_text(e["loc"][1:]), reason(str(e["msg"])))
        for e in err.errors()
    ]


def as_data_file_error(path: Path | str, err: ValidationError, entry: str = "") -> DataFileError:
    """A DataFileError for a validation failure of one entry of a file."""
    return DataFileError(path, validation_problems(entry, err))


M = TypeVar("M", bound=BaseModel)


def validate_entries(
    entries: Sequence[object], model: type[M], list_key: str
) -> tuple[dict[str, M], list[Problem]]:
    """Validate a data file's entries, each with a unique `id`.

    Returns:
        The valid entries by id (first of a repeated id wins), and one problem per fault.
    """
    found: dict[str, M] = {}
    problems: list[Problem] = []
    for index, raw in enumerate(entries):
        name = entry_name(raw, index, list_key)
        try:
            entry = model.model_validate(raw)
        except ValidationError as err:
            problems += validation_problems(name, err)
            continue
        entry_id = str(getattr(entry, "id"))  # noqa: B009 - every entry model has an id
        if entry_id in found:
            problems.append((name, "id", "the same id is used twice"))
            continue
        found[entry_id] = entry
    return found, problems
