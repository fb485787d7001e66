"""`rehab-planner summary PLAN -o SUMMARY.pdf`: the one-page clinician summary of a plan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, fail, iso_date
from rehab_planner.storage.planfile import load_plan


def register(sub: Any) -> None:
    """Add the `summary` command."""
    parser = sub.add_parser("summary", help="print a one-page clinician summary (orders, "
                            "timeline, criteria met, clinician care) as a PDF")
    parser.add_argument("plan", type=Path, metavar="PLAN.json")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="SUMMARY.pdf")
    parser.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                        help="the day it is about (default: today)")
    parser.add_argument("--page-size", default="letter", metavar="letter|a4",
                        type=lambda text: choice_of(["letter", "a4"], "page size")(text.lower()))
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the summary."""
    from rehab_planner.handout.clinician_summary import write_clinician_summary

    if args.output.suffix.lower() != ".pdf":
        raise fail(f"{args.output}: the summary file name must end in .pdf")
    if not args.output.parent.is_dir():
        raise fail(f"{args.output.parent}: no such folder")
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    result = write_clinician_summary(load_plan(args.plan), args.output, today=args.date,
                                     paper=args.page_size)
    print(f"Wrote {args.output} ({result.pages} page{'s' if result.pages != 1 else ''})",
          file=sys.stderr)
    return 0
