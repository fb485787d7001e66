"""The command line: `rehab-planner COMMAND ...`; with no command (or a plan file) the desktop app opens.

Global options (--db, --verbose) may stand before or after the command.

Each command group lives in its own module with `register(subparsers)`; a handler takes the parsed
arguments and returns the exit code. User errors print one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from rehab_planner import __version__
from rehab_planner.datafile import loc_text, reason
from rehab_planner.errors import RehabError
from rehab_planner.memory import keeping_loads
from rehab_planner.terminal import shown

#: Every command: the module in this package that registers it, and its line in `--help`.
#: Only the module of the command being run is imported, so `--help`, `--version` and light commands
#: never pay for the database, the PDF renderer or Qt (tests/cli/test_lazy_cli.py keeps the two in step).
COMMANDS: dict[str, tuple[str, str]] = {
    "app": ("app", "start the desktop app (optionally with a plan file)"),
    "library": ("library", "search and check the exercise library"),
    "templates": ("templates", "list the protocol templates"),
    "new": ("plan", "start a plan for a patient from a protocol template"),
    "show": ("plan", "summarise a plan: phases with dates, exercises, dosage"),
    "schema": ("plan", "print the plan file's JSON Schema"),
    "figure": ("figure", "draw exercise figures (SVG, PNG or PDF)"),
    "render": ("render", "print a plan's patient handout as a PDF"),
    "check": ("check", "check a plan against its precautions and sane limits; exit 1 with findings"),
    "db": ("db", "the patient database: import, list, export, history, archive, restore, backup, "
                 "save-template, rename-template, delete-template, exercises, push-exercises, visits, "
                 "measures"),
    "clinic": ("clinic", "show or set the clinic's name and phone numbers"),
    "report": ("report", "print a clinician progress report (measures, MCID, adherence, plots) as a PDF"),
    "summary": ("summary", "print a one-page clinician summary (orders, timeline, criteria met, "
                           "clinician care) as a PDF"),
    "criteria": ("course", "a phase's exit criteria: mark met (who, when), how it ends, move on"),
    "milestones": ("course", "the recovery timeline: list, add or remove milestones"),
    "clinician": ("course", "care given in the clinic (never on the handout): list, add, remove"),
    "ranges": ("course", "a phase's range limits (joint, motion, degrees): list, add or remove"),
    "settings": ("settings", "the handout's values (sitting limit, driving, brace, ...): list or set"),
}

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
DEBUG_VARIABLE = "REHAB_PLANNER_DEBUG"

#: Options that take no value and belong to the whole program, accepted after the command too.
GLOBAL_FLAGS = ("-v", "--verbose")


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one clear line, as it does, but names the program plainly."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command listed, the given one's module loaded with its options."""
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
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print the libraries' progress messages too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if command in COMMANDS:
        module = importlib.import_module(f"rehab_planner.cli.{COMMANDS[command][0]}")
        module.register(sub)
    for name, (_module, summary) in COMMANDS.items():
        if name not in sub.choices:
            # A stand-in, for the command list in --help; its module is imported only when it runs.
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def command_name(argv: Sequence[str]) -> str | None:
    """The command in an argument list whose global options stand first (see hoist_global_options)."""
    items = iter(argv)
    for item in items:
        if item == "--db":
            next(items, None)
        elif not item.startswith("-"):
            return item
        elif item == "--":
            return next(items, None)
    return None


def _wants_app(argv: Sequence[str]) -> bool:
    """No command, or just a plan file: open the desktop app."""
    if not argv:
        return True
    return len(argv) == 1 and argv[0].lower().endswith(".json")


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Move the global options (--db URL, --verbose) in front of the command, wherever they stand."""
    front: list[str] = []
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest.append(item)
            rest.extend(items)
        elif item in GLOBAL_FLAGS or item.startswith("--db="):
            front.append(item)
        elif item == "--db":
            front.append(item)
            value = next(items, None)
            if value is not None:
                front.append(value)
        else:
            rest.append(item)
    return front + rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _wants_app(args_list):
        from rehab_planner.cli.app import display_available

        if not args_list and not display_available():
            # Nowhere to show a window (a server, a terminal over SSH): help, rather than a hang.
            build_parser().print_help()
            return EXIT_OK
        args_list = ["app", *args_list]
    args_list = hoist_global_options(args_list)
    parser = build_parser(command_name(args_list))
    args = parser.parse_args(args_list)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from rehab_planner.storage.permissions import tighten_user_data

    tighten_user_data()  # issue 18: the data folder is private, also when made elsewhere
    try:
        if command_name(args_list) == "app":  # the app keeps its own (gui/start_up.py)
            return int(args.func(args))
        with keeping_loads():  # a command loads once and ends: no scanning its loads again
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
