"""`rehab-planner report PATIENT -o REPORT.pdf`: the clinician progress report from the database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, fail, iso_date
from rehab_planner.errors import RehabError
from rehab_planner.handout.styles import PAGE_SIZES
from rehab_planner.model import Exercise
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.visits.lookup import find_plan_id


def register(sub: Any) -> None:
    """Add the `report` command."""
    parser = sub.add_parser(
        "report", help="print a clinician progress report (measures, MCID, adherence, plots) as a PDF"
    )
    parser.add_argument("patient", metavar="PATIENT",
                        help="a plan id, or a patient's name or record number matching one plan")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="REPORT.pdf")
    parser.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                        help="the report's date (default: today)")
    parser.add_argument("--page-size", default="letter",
                        type=lambda text: choice_of(list(PAGE_SIZES), "page size")(text.lower()),
                        metavar="letter|a4", help="paper size (default: letter)")
    parser.add_argument("--by", default=None, metavar="NAME", help="who makes it (default: your login)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.set_defaults(func=run)


def _exercises(db: PatientDatabase) -> dict[str, Exercise]:
    try:
        from rehab_planner.library import load_library

        found: dict[str, Exercise] = dict(load_library().exercises)
    except RehabError:
        found = {}
    found.update({e.id: e for e in db.custom_exercises()})
    return found


def run(args: argparse.Namespace) -> int:
    """Write the report and note it in the audit log (the next report lists changes since this one)."""
    from rehab_planner.handout.progress_report import make_progress_report

    if args.output.suffix.lower() != ".pdf":
        raise fail(f"{args.output}: the report file name must end in .pdf")
    if not args.output.parent.is_dir():
        raise fail(f"{args.output.parent}: no such folder")
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    by = args.by or os.environ.get("USER") or getpass.getuser()
    with PatientDatabase.open(getattr(args, "db", None)) as db:
        plan_id = find_plan_id(db, args.patient)
        pages = make_progress_report(db, plan_id, args.output, by=by, today=args.date,
                                     paper=args.page_size, exercises=_exercises(db))
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''})", file=sys.stderr)
    return 0
