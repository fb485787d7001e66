"""The command line: `rehab-planner COMMAND ...`; with no command (or a plan file) the desktop app opens.

Each command group lives in its own module with `register(subparsers)`; a handler takes the parsed
arguments and returns the exit code. User errors print one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from rehab_planner import __version__
from rehab_planner.datafile import loc_text, reason
from rehab_planner.errors import RehabError
from rehab_planner.terminal import shown

# Modules in this package that add commands, in the order they appear in --help.
COMMAND_MODULES = ("library", "templates", "plan", "figure", "render", "check", "db")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
DEBUG_VARIABLE = "REHAB_PLANNER_DEBUG"


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one clear line, as it does, but names the program plainly."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole argument parser, with every command module registered."""
    parser = _Parser(
        prog="rehab-planner",
        description="Plan post-operative home exercise programs and print patient handouts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="patient database URL (default: SQLite in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"rehab_planner.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"rehab_planner.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def _wants_app(argv: Sequence[str]) -> bool:
    """No command, or just a plan file: open the desktop app."""
    if not argv:
        return True
    return len(argv) == 1 and argv[0].lower().endswith(".json")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_app(args_list):
        from rehab_planner.gui.app import main as app_main

        return app_main(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from rehab_planner.storage.permissions import tighten_user_data

    tighten_user_data()  # issue 18: the data folder is private, also when made elsewhere
    try:
        return int(args.func(args))
    except RehabError as exc:
        lines = str(exc).splitlines() or [type(exc).__name__]
        for line in lines:
            print(f"rehab-planner: error: {shown(line)}", file=sys.stderr)
        return EXIT_USAGE
    except ValidationError as exc:
        # A value the models refuse (a date out of range, a name too long): one line, no traceback.
        problems = "; ".join(
            f"{loc_text(e['loc']) or 'value'}: {reason(str(e['msg']))}" for e in exc.errors()
        )
        print(f"rehab-planner: error: {problems}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"rehab-planner: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        print("rehab-planner: error: out of memory; the input is too large", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last guard: one line, never a traceback (unless debugging)
        if os.environ.get(DEBUG_VARIABLE):
            raise
        detail = " ".join(str(exc).split())[:200]
        print(f"rehab-planner: error: unexpected problem ({type(exc).__name__}: {detail}); "
              f"set {DEBUG_VARIABLE}=1 to see the details", file=sys.stderr)
        return EXIT_USAGE
