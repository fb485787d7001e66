"""Helpers shared by command modules: JSON output, dates, loading the library once."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from rehab_planner.errors import RehabError


def print_json(data: Any) -> None:
    """Pretty JSON on stdout."""
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD dates, with a clear message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date in the form YYYY-MM-DD (for example 2026-11-02)"
        ) from None


def choice_of(values: list[str], what: str) -> Any:
    """argparse type accepting one of values, naming them all when it is wrong."""

    def parse(text: str) -> str:
        if text not in values:
            raise argparse.ArgumentTypeError(
                f"unknown {what} '{text}'; choose from: {', '.join(values)}"
            )
        return text

    return parse


def fail(message: str) -> RehabError:
    """A user error to raise from a handler: printed as one line, exit 2."""
    return RehabError(message)
