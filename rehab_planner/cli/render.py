"""`rehab-planner render`: print a plan's patient handout to a PDF file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, fail, iso_date
from rehab_planner.handout import HandoutOptions, write_handout
from rehab_planner.handout.styles import PAGE_SIZES
from rehab_planner.model import Plan
from rehab_planner.storage.planfile import load_plan


def register(sub: Any) -> None:
    """Add the `render` command."""
    parser = sub.add_parser("render", help="print a plan's patient handout as a PDF")
    parser.add_argument("plan", type=Path, metavar="PLAN.json")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="HANDOUT.pdf")
    parser.add_argument("--large-print", action="store_true",
                        help="body text about 19 pt instead of 14 pt, for low vision")
    parser.add_argument("--check", dest="check", action=argparse.BooleanOptionalAction,
                        default=True,
                        help="warn about unaccepted safety conflicts first (default: on)")
    parser.add_argument("--page-size", default="letter",
                        type=lambda text: choice_of(list(PAGE_SIZES), "page size")(text.lower()),
                        metavar="letter|a4",
                        help="paper size (default: letter)")
    parser.add_argument("--no-log", action="store_true", help="leave out the exercise log pages")
    parser.add_argument("--print-date", "--printed-on", dest="printed_on", type=iso_date,
                        default=None, metavar="YYYY-MM-DD",
                        help="the print date: it picks this week's stage and starts the log "
                             "(default: today)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--stage", type=int, default=None, metavar="N",
                       help="print stage N (1 is the first) instead of the stage of the print date")
    scope.add_argument("--whole-program", action="store_true",
                       help="print every stage, marking the one of the print date")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render the handout; font and photo warnings go to stderr."""
    if args.output.suffix.lower() != ".pdf":
        raise fail(f"{args.output}: the handout file name must end in .pdf")
    if not args.output.parent.is_dir():
        raise fail(f"{args.output.parent}: no such folder")
    plan = load_plan(args.plan)
    if args.check:
        _warn_about_conflicts(plan)
    options = HandoutOptions(large_print=args.large_print, page_size=args.page_size,
                             printed_on=args.printed_on, include_log=not args.no_log,
                             stage=args.stage, whole_program=args.whole_program)
    result = write_handout(plan, args.output, options)
    if result.stage is not None and not args.whole_program:
        print(f"Stage {result.stage.number} of {result.stage.count}: {result.stage.phase.name}",
              file=sys.stderr)
    for warning in result.warnings:
        print(f"rehab-planner: warning: {warning}", file=sys.stderr)
    print(f"Wrote {args.output} ({result.pages} pages)", file=sys.stderr)
    return 0


def _warn_about_conflicts(plan: Plan) -> None:
    """Name every unaccepted safety conflict on stderr before the handout is written."""
    from rehab_planner.library import load_library
    from rehab_planner.safety.check import check_plan

    conflicts = [f for f in check_plan(plan, load_library()) if f.severity == "conflict"]
    for finding in conflicts:
        print(f"rehab-planner: warning: safety conflict: {finding.message}", file=sys.stderr)
    if conflicts:
        print(f"rehab-planner: warning: {len(conflicts)} unaccepted safety conflict"
              f"{'s' if len(conflicts) != 1 else ''} printed in this handout; "
              "see `rehab-planner check`", file=sys.stderr)
