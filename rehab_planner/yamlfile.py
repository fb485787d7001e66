"""Read a YAML data file into plain Python data, with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from rehab_planner.errors import DataFileError


def read_yaml(path: Path) -> Any:
    """Parse one YAML file (safe loader).

    Raises:
        DataFileError: unreadable, not UTF-8, or broken YAML (with the line).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataFileError(path, [("", "", "the file is not UTF-8 text")]) from None
    except OSError as exc:
        raise DataFileError(path, [("", "", f"cannot read the file ({exc.strerror})")]) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "broken YAML"
        raise DataFileError(path, [("", "", f"{where}{problem}")]) from None


def read_versioned(path: Path, key: str, *, supported: int = 1) -> Any:
    """Read a data file of shape {schema_version: N, <key>: ...} and return the value under key.

    Raises:
        DataFileError: wrong shape, missing key, or a newer schema version.
    """
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataFileError(path, [("", "", f"expected a mapping with '{key}'")])
    version = raw.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DataFileError(path, [("", "schema_version", "must be a whole number from 1")])
    if version > supported:
        raise DataFileError(
            path,
            [("", "schema_version", f"version {version} is newer than this app reads ({supported})")],
        )
    if key not in raw:
        raise DataFileError(path, [("", key, "missing")])
    return raw[key]
