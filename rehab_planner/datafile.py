"""Reading data files: YAML parsing and pydantic errors turned into file: entry: field: reason."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from rehab_planner.errors import DataFileError
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.i18n.messages import interface_language, say
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
    return parse_text(path, read_data_text(path))


def read_data_text(path: Path) -> str:
    """A data file's text, read through the file gate within DATA_FILE_LIMITS.

    Raises:
        DataFileError: missing, not a regular file, too large, unreadable or not UTF-8.
    """
    try:
        return read_text(path, DATA_FILE_LIMITS.max_bytes, "data file")
    except FileRefused as exc:
        raise DataFileError(path, [("", "", say("datafile.cannot-read", reason=exc.reason))]
                            ) from None


def parse_text(path: Path, text: str) -> Any:
    """A data file's text parsed (safe loader; the parse cache first), within DATA_FILE_LIMITS.

    Raises:
        DataFileError: broken YAML (with the line), or nested, long or numerous beyond the limits.
    """
    data = parse_cache.cached(text)
    if data is not parse_cache.MISS:
        problem = shape_problem(data, DATA_FILE_LIMITS)
        if problem is None:
            return data
    data = _parse(path, text)
    problem = shape_problem(data, DATA_FILE_LIMITS)
    if problem is not None:
        raise DataFileError(path, [("", "", say("datafile.beyond-limits", problem=problem))])
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
        where = (say("datafile.yaml-where", line=mark.line + 1, column=mark.column + 1)
                 if mark is not None else "")
        problem = getattr(exc, "problem", None) or say("datafile.broken-yaml")
        raise DataFileError(path, [(where, "", say("datafile.not-yaml", problem=problem))]
                            ) from None
    except RecursionError:
        raise DataFileError(path, [("", "", say("datafile.not-yaml",
                                                problem=say("datafile.nested-too-deeply")))]
                            ) from None
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        raise DataFileError(path, [("", "", say("datafile.not-yaml", problem=str(exc)[:120]))]
                            ) from None
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
        raise DataFileError(path, [("", "", say("datafile.expected-mapping", key=list_key))])
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise DataFileError(path, [("", "schema_version", say(
            "datafile.newer-version", version=version, ours=SCHEMA_VERSION))])
    if version != SCHEMA_VERSION:
        raise DataFileError(
            path, [("", "schema_version", say("datafile.wrong-version", ours=SCHEMA_VERSION,
                                              found=repr(version)))]
        )
    if list_key not in data:
        raise DataFileError(path, [("", list_key, say("datafile.missing"))])
    unknown = sorted(str(k) for k in data if k not in ("schema_version", list_key))
    if strict and unknown:
        raise DataFileError(path, [("", ", ".join(unknown), say("datafile.unknown-top-level-key"))])
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


def error_reason(error: ErrorDetails) -> str:
    """Why pydantic refused a value, in the interface language.

    English keeps pydantic's own words; another language has a text per kind of error
    (datafile.yaml, pydantic.<type>). A validator's own message (value_error) is kept as it is.
    """
    english = reason(str(error["msg"]))
    if interface_language() == DEFAULT_LANGUAGE:
        return english
    context = {k: _context_value(v) for k, v in (error.get("ctx") or {}).items()}
    try:
        return say(f"datafile.pydantic.{error['type']}", **context)
    except KeyError:
        return english


def _context_value(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def validation_problems(entry: str, err: ValidationError) -> list[Problem]:
    """One (entry, field, reason) triple per pydantic error."""
    return [(entry, loc_text(e["loc"]), error_reason(e)) for e in err.errors()]


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
                allowed_names = (", ".join(sorted(permitted))
                                 or say("datafile.no-placeholders"))
                problems.append((section, name, say("datafile.placeholder-not-allowed",
                                                    name=placeholder, allowed=allowed_names)))
    return problems


def section_problems(err: ValidationError) -> list[Problem]:
    """Problems of a file made of named sections: the entry is the section, the field the rest."""
    return [
        (str(e["loc"][0]) if e["loc"] else "", loc_text(e["loc"][1:]), error_reason(e))
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
            problems.append((name, "id", say("datafile.same-id-twice")))
            continue
        found[entry_id] = entry
    return found, problems
