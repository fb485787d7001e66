"""What a fresh start loads off the GUI thread, in two parts: the library panel's, then the rest;
and last, once every panel is built, the library's search texts (prepare_search_texts).

The window paints first, with a placeholder. The first part (the library, its search index and the
modules its panel needs) lets the library panel list and search as early as possible; the second
(the other panels' modules, the precaution catalogue, templates and guidance) follows while the
library is already in use. Both run on a worker thread and build no widget; nothing here is
imported before the first paint needs it (pydantic and the panels load in these functions).
"""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from rehab_planner.library.search import SearchIndex

    from .services import Services
    from .shown_texts import ShownTexts

# The library panel and the chosen exercise's picture (the rows show initials until the window is
# complete).
LIBRARY_MODULES = (
    "rehab_planner.gui.services", "rehab_planner.gui.widgets.library_browser",
    "rehab_planner.gui.shown_texts", "rehab_planner.gui.thumbnails",
    "rehab_planner.gui.figure_painter",
)
# Everything else the window builds, and the patient database's modules (SQLAlchemy and its SQLite
# dialect, about 0.15 s): the Patients panel opens the database on a worker as the window
# completes, and importing them then held the GUI thread still for 50 ms while it drew the first
# pictures (the importing worker and the painting took turns at the interpreter lock).
PANEL_MODULES = (
    "rehab_planner.gui.commands", "rehab_planner.gui.document",
    "rehab_planner.gui.actions", "rehab_planner.gui.clipboard", "rehab_planner.gui.file_ops",
    "rehab_planner.gui.menus", "rehab_planner.gui.outcomes.install",
    "rehab_planner.gui.patients.install", "rehab_planner.gui.widgets.findings_panel",
    "rehab_planner.gui.widgets.handout_preview", "rehab_planner.gui.widgets.plan_editor",
    "rehab_planner.plans.edits", "rehab_planner.i18n.content",
    "rehab_planner.storage.database", "sqlalchemy.dialects.sqlite",
)


# Custom exercise files larger than this in all (about a thousand exercises) load after the shipped
# library shows: a clinic's library of 10,000 takes half a second more to read and check.
LARGE_CUSTOM_LIBRARY_BYTES = 1024 * 1024


class LibraryParts(NamedTuple):
    """What the library panel is built from: the services loaded so far, the texts in the interface
    language (the library as shown already made), the search index (its texts not made yet), and
    whether the library is whole (False: the shipped exercises only, the custom ones are on their
    way)."""

    services: Services
    shown: ShownTexts
    search_index: SearchIndex
    complete: bool


def load_library_parts(language: str, shipped_first: bool = False,
                       shown: ShownTexts | None = None) -> LibraryParts:
    """The library, its texts in `language` and its search index (worker thread; no widget).

    Args:
        shipped_first: when the custom exercises are many (LARGE_CUSTOM_LIBRARY_BYTES), load only
            the shipped library (`complete` False); call again for the whole library.
        shown: the texts made by the first call (the panel keeps one).
    """
    from rehab_planner.memory import paused_gc

    with paused_gc():
        for name in LIBRARY_MODULES:
            importlib.import_module(name)
        from .models.library_model import library_index
        from .services import load_library_services
        from .shown_texts import ShownTexts

        complete = not (shipped_first and _custom_library_is_large())
        services = load_library_services(include_custom=complete)
        shown = shown or ShownTexts(language)
        index = library_index(services.library, shown)
        # Its texts are made once every panel is built (prepare_search_texts): the panel lists
        # the exercises, filters them by facets and matches names before they are all validated
        # (library.entries).
        _keep_for_the_session()
    return LibraryParts(services, shown, index, complete)


def _custom_library_is_large() -> bool:
    from rehab_planner import paths

    try:
        files = list(paths.custom_exercises_dir().glob("*.yaml"))
        return sum(f.stat().st_size for f in files) > LARGE_CUSTOM_LIBRARY_BYTES
    except OSError:  # unreadable: the loader will say what is wrong
        return False


def load_window_parts(services: Services) -> Services:
    """The other panels' modules, and the rest of the services (worker thread; no widget).

    Args:
        services: the services of the library loaded.

    Returns:
        The same services, with the catalogue, templates and guidance topics loaded.
    """
    from rehab_planner.memory import paused_gc

    from .services import complete_services

    with paused_gc():
        for name in PANEL_MODULES:
            importlib.import_module(name)
        complete_services(services)
        _keep_for_the_session()
    return services


def prepare_search_texts(index: SearchIndex) -> list[str]:
    """The library panel's search texts (worker thread, once every panel is built: with 10,000
    exercises they take a second, every exercise validated); kept for the session."""
    from rehab_planner.memory import paused_gc

    with paused_gc():  # frozen before the collector runs again: its first pass would scan it all
        texts = index.prepare()
        _keep_for_the_session()
    return texts


def _keep_for_the_session() -> None:
    """What is loaded now stays for the session: the cycle collector need not scan it again (with a
    large library one pass took a tenth of a second or more, and held the window still)."""
    gc.freeze()
