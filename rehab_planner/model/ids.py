"""Ids of library entries, conditions and kinds: lower-case words joined by hyphens."""

from __future__ import annotations

import re

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_id(value: str) -> str:
    """Ids are lower-case words joined by hyphens, e.g. 'heel-slide'."""
    if not ID_PATTERN.match(value):
        raise ValueError(
            f"'{value}' is not a valid id: use lower-case letters, digits and hyphens"
        )
    return value
