"""`rehab-planner app [PLAN]`: start the desktop app (bare `rehab-planner` does too, on a desktop)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from rehab_planner.errors import RehabError

NO_DISPLAY = ("no display found: run on a desktop, or set QT_QPA_PLATFORM=offscreen for a headless check")


def register(sub: Any) -> None:
    """Add the `app` command."""
    parser = sub.add_parser("app", help="start the desktop app (optionally with a plan file)")
    parser.add_argument("plan", nargs="?", type=Path, help="a plan file to open")
    parser.add_argument("--smoke-test", action="store_true",
                        help="show the window, print how long it took, and quit (install checks)")
    parser.set_defaults(func=run)


def display_available() -> bool:
    """Whether Qt has somewhere to show a window (always on Windows and macOS)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    """Start the app, or say in one line why it cannot."""
    if not display_available():
        raise RehabError(NO_DISPLAY)
    from rehab_planner.gui.app import main as app_main

    argv = [str(args.plan)] if args.plan is not None else []
    return app_main(argv, verbose=bool(getattr(args, "verbose", False)), smoke_test=args.smoke_test)
