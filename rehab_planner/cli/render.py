"""`rehab-planner render`: print a plan's patient handout to a PDF file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, fail, iso_date, library_for, require_output_folder
from rehab_planner.handout import HandoutOptions, write_handout
from rehab_planner.handout.styles import PAGE_SIZES
from rehab_planner.i18n import LANGUAGES
from rehab_planner.library import Library
from rehab_planner.model import Plan
from rehab_planner.safety.refusal import HandoutRefused
from rehab_planner.storage.planfile import load_plan


def register(sub: Any) -> None:
    """Add the `render` command."""
    parser = sub.add_parser("render", help="print a plan's patient handout as a PDF")
    parser.add_argument("plan", type=Path, metavar="PLAN.json")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="HANDOUT.pdf")
    parser.add_argument("--large-print", action="store_true",
                        help="body text 16 pt instead of 12 pt, for low vision")
    parser.add_argument("--accept-findings", action="store_true",
                        help="print even with open safety conflicts or bad precaution settings "
                             "(they are listed on stderr); without it such a plan is refused")
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
    parser.add_argument("--progress", action="store_true",
                        help="add 'Your progress' (pain and function in words, a small plot) from the "
                        "plan's visits in the patient database (default: as the plan's "
                        "settings.print_progress says, else off)")
    parser.add_argument("--language", default=None, choices=sorted(LANGUAGES), metavar="CODE",
                        help="the handout's language: " + ", ".join(
                            f"{k} ({v})" for k, v in LANGUAGES.items())
                        + " (default: the patient's language in the plan, else en)")
    parser.add_argument("--bilingual", action="store_true",
                        help="with --language (or the patient's language) other than en: print the "
                        "headings and exercise names in English too, for the clinician")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render the handout; font and photo warnings go to stderr."""
    if args.output.suffix.lower() != ".pdf":
        raise fail(f"{args.output}: the handout file name must end in .pdf")
    require_output_folder(args.output)
    plan = load_plan(args.plan)
    library = library_for(plan)
    if args.accept_findings:
        _warn_about_accepted(plan, library)
    options = HandoutOptions(large_print=args.large_print, page_size=args.page_size,
                             printed_on=args.printed_on, include_log=not args.no_log,
                             accept_findings=args.accept_findings,
                             progress=_progress(plan, args)
                             if args.progress or plan.settings.print_progress else None,
                             stage=args.stage, whole_program=args.whole_program,
                             language=args.language, bilingual=args.bilingual)
    try:
        result = write_handout(plan, args.output, options, library=library)
    except HandoutRefused as exc:
        if not exc.findings:
            raise
        raise fail(f"{exc}\nSee `rehab-planner check {args.plan}`; add --accept-findings to print "
                   "anyway.") from None
    if result.stage is not None and not args.whole_program:
        print(f"Stage {result.stage.number} of {result.stage.count}: {result.stage.phase.name}",
              file=sys.stderr)
    for warning in result.warnings:
        print(f"rehab-planner: warning: {warning}", file=sys.stderr)
    print(f"Wrote {args.output} ({result.pages} pages)", file=sys.stderr)
    return 0


def _warn_about_accepted(plan: Plan, library: Library) -> None:
    """Name, on stderr, every finding --accept-findings lets through (they print as they are)."""
    from rehab_planner.safety.check import check_plan
    from rehab_planner.safety.refusal import blocking_findings

    blocking = blocking_findings(check_plan(plan, library))
    for finding in blocking:
        print(f"rehab-planner: warning: accepted with --accept-findings: {finding.severity.value}: "
              f"{finding.message}", file=sys.stderr)


def _progress(plan: Plan, args: argparse.Namespace) -> Any:
    """'Your progress' from the plan's visits in the patient database; None (with a warning) if none."""
    from rehab_planner.cli.common import configured_database
    from rehab_planner.i18n.progress import progress_in

    db = configured_database(getattr(args, "db", None))
    if db is None:
        if not args.progress:  # chosen in the plan: a handout without it is still a handout
            print("rehab-planner: warning: 'Your progress' left out: there is no patient database "
                  "yet", file=sys.stderr)
            return None
        raise fail("--progress needs the patient database, and there is none yet")
    with db:
        visits = db.visits(plan.id)
    progress = progress_in(plan, visits, args.language)
    if progress is None:
        print("rehab-planner: warning: 'Your progress' left out: fewer than two visits with scores "
              "for this plan in the patient database", file=sys.stderr)
    return progress
