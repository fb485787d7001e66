"""`rehab-planner db visits add|list|link` and `db measures add|list|export`: visits and outcomes.

PATIENT is a plan id, or a patient's name or record number that matches exactly one plan.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import fail, iso_date, print_json
from rehab_planner.errors import RehabError
from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.outcomes.export import measures_csv
from rehab_planner.outcomes.meaning import history
from rehab_planner.outcomes.scoring import parse_answers
from rehab_planner.plans.schedule import current_phase
from rehab_planner.storage.atomic import write_atomic
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.visits import MeasureResult, Visit, record_measure
from rehab_planner.visits.lookup import find_plan_id

PATIENT_HELP = "a plan id, or a patient's name or record number matching one plan"


def register_db(cmds: Any, who: Any) -> None:
    """Add `visits` and `measures` under `db`; who(args) names the person saving."""
    visits = cmds.add_parser("visits", help="visits: add one, list a patient's, link a plan revision")
    visits.set_defaults(func=lambda _a: _usage(visits))
    vcmds = visits.add_subparsers(dest="visits_command", metavar="COMMAND", parser_class=type(visits))

    add = vcmds.add_parser("add", help="record a visit (with measures) for a patient's plan")
    add.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    add.add_argument("--date", type=iso_date, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--therapist", default=None, metavar="NAME", help="default: the plan's")
    add.add_argument("--phase", default=None, metavar="NAME", help="default: the phase on that date")
    add.add_argument("--days", type=int, default=None, metavar="N", help="days a week the program was done")
    add.add_argument("--pain-before", type=int, default=None, metavar="0-10")
    add.add_argument("--pain-after", type=int, default=None, metavar="0-10")
    add.add_argument("--problems", default="", metavar="TEXT", help="problems with the home program")
    add.add_argument("--criterion", action="append", default=[], metavar="TEXT",
                     help="a criterion met (repeat for each)")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--measure", action="append", default=[], metavar="ID=ANSWERS",
                     help="e.g. lefs=4,3,3,... or nprs=5 (repeat for each measure)")
    add.add_argument("--by", default=None, metavar="NAME", help="who saves (default: your login)")
    add.set_defaults(func=lambda a: run_visit_add(a, who(a)))

    lst = vcmds.add_parser("list", help="a patient's visits, oldest first")
    lst.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    lst.add_argument("--json", action="store_true", help="print JSON objects")
    lst.set_defaults(func=run_visit_list)

    link = vcmds.add_parser("link", help="record that a plan revision came out of a visit")
    link.add_argument("visit_id", type=int, metavar="VISIT_ID")
    link.add_argument("revision", type=int, metavar="REVISION")
    link.set_defaults(func=run_visit_link)

    measures = cmds.add_parser("measures", help="outcome measures: add, list with MCID, export CSV")
    measures.set_defaults(func=lambda _a: _usage(measures))
    mcmds = measures.add_subparsers(dest="measures_command", metavar="COMMAND",
                                    parser_class=type(measures))
    madd = mcmds.add_parser("add", help="add a scored measure to a visit")
    madd.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    madd.add_argument("measure", metavar="MEASURE", help=", ".join(shipped_measures()))
    madd.add_argument("answers", metavar="ANSWERS", help="one per item: '4,3,3,...' ('-' for blank)")
    madd.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                      help="the visit's date (default: the latest visit)")
    madd.set_defaults(func=run_measure_add)

    mlst = mcmds.add_parser("list", help="a patient's scores with change since the first and MCID")
    mlst.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    mlst.add_argument("--json", action="store_true", help="print JSON objects")
    mlst.set_defaults(func=run_measure_list)

    exp = mcmds.add_parser("export", help="every measure taken as CSV (no patient names)")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    exp.add_argument("--patient", default=None, metavar="PATIENT", help="only this patient's plan")
    exp.add_argument("--force", action="store_true", help="replace an existing file")
    exp.set_defaults(func=run_measure_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(args: argparse.Namespace) -> PatientDatabase:
    return PatientDatabase.open(getattr(args, "db", None))


def _measure_arg(text: str) -> MeasureResult:
    measure_id, sep, answers = text.partition("=")
    if not sep:
        raise fail(f"--measure '{text}': write it as ID=ANSWERS, e.g. nprs=5")
    return record_measure(measure_id.strip().lower(), parse_answers(answers))


def run_visit_add(args: argparse.Namespace, by: str) -> int:
    """Record a visit; the measures are scored first, so a bad answer saves nothing."""
    results = [_measure_arg(m) for m in args.measure]
    with _open(args) as db:
        plan_id = find_plan_id(db, args.patient)
        plan, _ = db.load_plan(plan_id)
        if args.phase is None:
            phase = current_phase(plan, args.date)
        else:
            phase = next((p for p in plan.phases if p.name.lower() == args.phase.lower()), None)
            if phase is None:
                names = ", ".join(p.name for p in plan.phases)
                raise fail(f"the plan has no phase '{args.phase}'; its phases: {names}")
        visit = Visit(
            plan_id=plan_id, date=args.date,
            therapist=plan.therapist if args.therapist is None else args.therapist,
            phase_id=phase.id if phase else None, phase_name=phase.name if phase else "",
            days_per_week=args.days, pain_before=args.pain_before, pain_after=args.pain_after,
            problems=args.problems, criteria_met=args.criterion, notes=args.notes, measures=results,
        )
        visit_id = db.save_visit(visit, by=by)
    print(f"Saved visit {visit_id} for plan {plan_id}", file=sys.stderr)
    print(visit_id)
    return 0


def _visit_line(visit: Visit) -> str:
    parts = [f"{visit.id}  {visit.date.isoformat()}"]
    if visit.phase_name:
        parts.append(visit.phase_name)
    if visit.days_per_week is not None:
        parts.append(f"{visit.days_per_week} days/week")
    if visit.pain_before is not None or visit.pain_after is not None:
        parts.append(f"pain {visit.pain_before if visit.pain_before is not None else '-'}"
                     f"->{visit.pain_after if visit.pain_after is not None else '-'}")
    if visit.measures:
        parts.append(", ".join(f"{m.measure_id} {m.score:g}" for m in visit.measures))
    if visit.next_revision:
        parts.append(f"led to revision {visit.next_revision}")
    return "  ".join(parts)


def run_visit_list(args: argparse.Namespace) -> int:
    """Print a patient's visits, oldest first."""
    with _open(args) as db:
        visits = db.visits(find_plan_id(db, args.patient))
    if args.json:
        print_json([v.model_dump(mode="json") for v in visits])
    elif not visits:
        print("No visits recorded for this plan yet", file=sys.stderr)
    else:
        for visit in visits:
            print(_visit_line(visit))
            for text in (visit.problems, "; ".join(visit.criteria_met), visit.notes):
                if text:
                    print(f"      {text}")
    return 0


def run_visit_link(args: argparse.Namespace) -> int:
    """Link a visit to the plan revision it led to."""
    with _open(args) as db:
        db.link_next_revision(args.visit_id, args.revision)
    print(f"Visit {args.visit_id} now leads to revision {args.revision}", file=sys.stderr)
    return 0


def run_measure_add(args: argparse.Namespace) -> int:
    """Score a measure and add it to the visit on --date (default: the latest visit)."""
    result = record_measure(args.measure.lower(), parse_answers(args.answers))
    with _open(args) as db:
        visits = db.visits(find_plan_id(db, args.patient))
        chosen = [v for v in visits if args.date is None or v.date == args.date]
        if not chosen:
            when = f" on {args.date.isoformat()}" if args.date else ""
            raise RehabError(f"no visit{when} for this plan; add one with `db visits add`")
        visit = chosen[-1]
        assert visit.id is not None
        db.add_measures(visit.id, [result])
    print(f"{args.measure.upper()} {result.score:g} added to visit {visit.id} ({visit.date})",
          file=sys.stderr)
    return 0


def run_measure_list(args: argparse.Namespace) -> int:
    """Each measure's scores, oldest first, with change since the first and the MCID verdict."""
    with _open(args) as db:
        visits = db.visits(find_plan_id(db, args.patient))
    taken = {r.measure_id for v in visits for r in v.measures}
    found = [m for mid in shipped_measures() if mid in taken for m in history(visits, mid)]
    if args.json:
        print_json([{
            "measure": m.measure.id, "date": m.date.isoformat(), "score": m.score,
            "change_since_first": m.change, "verdict": m.verdict.value, "passes_mcid": m.passes_mcid,
            "mcid": m.measure.mcid.value if m.measure.mcid else None,
            "mcid_checked": m.measure.mcid.checked if m.measure.mcid else None,
        } for m in found])
    elif not found:
        print("No measures recorded for this plan yet", file=sys.stderr)
    else:
        for m in found:
            print(f"{m.date.isoformat()}  {m.describe()}")
    return 0


def run_measure_export(args: argparse.Namespace) -> int:
    """Write every measure taken (or one patient's) to a CSV file."""
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    with _open(args) as db:
        plan_id = find_plan_id(db, args.patient) if args.patient else None
        rows = db.measure_rows(plan_id)
    write_atomic(args.output, measures_csv(rows).encode("utf-8"))
    print(f"Wrote {len(rows)} measures to {args.output}", file=sys.stderr)
    return 0
