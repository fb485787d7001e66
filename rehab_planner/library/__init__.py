"""The exercise library: load it, search and filter it, add custom exercises."""

from rehab_planner.library.loader import Library, load_library
from rehab_planner.library.search import Query, search

__all__ = ["Library", "Query", "load_library", "search"]
