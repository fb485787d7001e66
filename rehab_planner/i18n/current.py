"""The language of the text being made now (a context variable, set around one render)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language

# A context variable, not a global: each thread (the app renders previews off the GUI thread)
# and each task sees its own value, and `using_language` always restores the one before.
_LANGUAGE: ContextVar[str] = ContextVar("rehab_planner_language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language dates, numbers and dosage words are written in now ('en' unless set)."""
    return _LANGUAGE.get()


@contextmanager
def using_language(code: str) -> Iterator[str]:
    """Write dates, numbers and dosage words in this language inside the block.

    Raises:
        RehabError: an unknown language code.
    """
    token = _LANGUAGE.set(check_language(code))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)
