"""The patient handout: a plan printed as a plain-language PDF home program."""

from rehab_planner.handout.render import (
    HandoutContent,
    HandoutOptions,
    HandoutResult,
    load_content,
    render_handout,
    write_handout,
)

__all__ = [
    "HandoutContent",
    "HandoutOptions",
    "HandoutResult",
    "load_content",
    "render_handout",
    "write_handout",
]
