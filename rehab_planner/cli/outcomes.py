"""`rehab-planner db visits add|list|edit|delete|link` and `db measures add|list|export`.

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
ACTIVITY_HELP = ("PSFS: an activity the patient named, in the order of the scores (repeat for "
                 "each; e.g. --measure psfs=3,6 --activity 'Climbing stairs' --activity 'Kneeling')")


def register_db(cmds: Any, who: Any) -> None:
    """Add `visits` and `measures` under `db`; who(args) names the person saving."""
    visits = cmds.add_parser(
        "visits", help="visits: add one, list a patient's, edit or delete one, link a plan revision")
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
    add.add_argument("--activity", action="append", default=[], metavar="TEXT", help=ACTIVITY_HELP)
    add.add_argument("--by", default=None, metavar="NAME", help="who saves (default: your login)")
    add.set_defaults(func=lambda a: run_visit_add(a, who(a)))

    lst = vcmds.add_parser("list", help="a patient's visits, oldest first")
    lst.add_argument("patient", metavar="PATIENT", help=PATIENT_HELP)
    lst.add_argument("--json", action="store_true", help="print JSON objects")
    lst.set_defaults(func=run_visit_list)

    edit = vcmds.add_parser("edit", help="change a saved visit (only the values given change)")
    edit.add_argument("visit_id", type=int, metavar="VISIT_ID", help="see `db visits list`")
    edit.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD")
    edit.add_argument("--therapist", default=None, metavar="NAME")
    edit.add_argument("--phase", default=None, metavar="NAME", help="a phase of the plan, or 'none'")
    edit.add_argument("--days", type=int, default=None, metavar="N", help="days a week the program was done")
    edit.add_argument("--pain-before", type=int, default=None, metavar="0-10")
    edit.add_argument("--pain-after", type=int, default=None, metavar="0-10")
    edit.add_argument("--problems", default=None, metavar="TEXT")
    edit.add_argument("--criterion", action="append", default=None, metavar="TEXT",
                      help="a criterion met (repeat for each; replaces the visit's list)")
    edit.add_argument("--notes", default=None, metavar="TEXT")
    edit.add_argument("--measure", action="append", default=[], metavar="ID=ANSWERS",
                      help="enter a measure again (replaces that measure's answers)")
    edit.add_argument("--activity", action="append", default=[], metavar="TEXT", help=ACTIVITY_HELP)
    edit.add_argument("--remove-measure", action="append", default=[], metavar="ID",
                      help="remove a measure from the visit")
    edit.add_argument("--by", default=None, metavar="NAME", help="who edits (default: your login)")
    edit.set_defaults(func=lambda a: run_visit_edit(a, who(a)))

    remove = vcmds.add_parser("delete", help="delete a visit and its measures (asks first)")
    remove.add_argument("visit_id", type=int, metavar="VISIT_ID", help="see `db visits list`")
    remove.add_argument("--yes", action="store_true", help="do not ask (needed when not at a terminal)")
    remove.add_argument("--by", default=None, metavar="NAME", help="who deletes (default: your login)")
    remove.set_defaults(func=lambda a: run_visit_delete(a, who(a)))

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
    madd.add_argument("--activity", action="append", default=[], metavar="TEXT", help=ACTIVITY_HELP)
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


def _measure_args(texts: list[str], activities: list[str]) -> list[MeasureResult]:
    """The --measure options scored; the --activity names go to the measure whose items are named."""
    named = [m.id for m in shipped_measures().values() if m.named_items]
    results: list[MeasureResult] = []
    used = False
    for text in texts:
        measure_id, sep, answers = text.partition("=")
        if not sep:
            raise fail(f"--measure '{text}': write it as ID=ANSWERS, e.g. nprs=5")
        measure_id = measure_id.strip().lower()
        names = activities if measure_id in named else None
        used = used or names is not None
        results.append(record_measure(measure_id, parse_answers(answers), names))
    if activities and not used:
        raise fail(f"--activity names the activities of {', '.join(named)}; give that measure too")
    return results


def _phase(plan: Any, name: str) -> Any:
    phase = next((p for p in plan.phases if p.name.lower() == name.lower()), None)
    if phase is None:
        names = ", ".join(p.name for p in plan.phases)
        raise fail(f"the plan has no phase '{name}'; its phases: {names}")
    return phase


def run_visit_add(args: argparse.Namespace, by: str) -> int:
    """Record a visit; the measures are scored first, so a bad answer saves nothing."""
    results = _measure_args(args.measure, args.activity)
    with _open(args) as db:
        plan_id = find_plan_id(db, args.patient)
        plan, _ = db.load_plan(plan_id)
        phase = current_phase(plan, args.date) if args.phase is None else _phase(plan, args.phase)
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


def _short_name(measure_id: str) -> str:
    """The measure's name as clinicians write it ('HOOS JR'), or its id if it is not shipped."""
    found = shipped_measures().get(measure_id)
    return found.short_name if found is not None else measure_id


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
        parts.append(", ".join(f"{_short_name(m.measure_id)} {m.score:g}"
                               for m in visit.measures))
        for m in visit.measures:
            if m.named():
                parts.append(f"({'; '.join(f'{a} {s}' for a, s in m.named())})")
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


def _saved_visit(db: PatientDatabase, visit_id: int) -> Visit:
    found = db.visit(visit_id)
    if found is None:
        raise RehabError(f"visit {visit_id} is not in the database; see `db visits list PATIENT`")
    return found


def run_visit_edit(args: argparse.Namespace, by: str) -> int:
    """Change a saved visit: only the values given change; it is checked like a new visit."""
    results = _measure_args(args.measure, args.activity)
    with _open(args) as db:
        visit = _saved_visit(db, args.visit_id)
        changes: dict[str, Any] = {}
        for option, name in (("date", "date"), ("therapist", "therapist"), ("days", "days_per_week"),
                             ("pain_before", "pain_before"), ("pain_after", "pain_after"),
                             ("problems", "problems"), ("criterion", "criteria_met"), ("notes", "notes")):
            if getattr(args, option) is not None:
                changes[name] = getattr(args, option)
        if args.phase is not None:
            if args.phase.lower() == "none":
                changes.update(phase_id=None, phase_name="")
            else:
                plan, _ = db.load_plan(visit.plan_id)
                phase = _phase(plan, args.phase)
                changes.update(phase_id=phase.id, phase_name=phase.name)
        taken = {m.measure_id: m for m in visit.measures}
        for measure_id in args.remove_measure:
            if taken.pop(measure_id.lower(), None) is None:
                raise fail(f"visit {visit.id} has no measure '{measure_id}' to remove")
        taken.update({m.measure_id: m for m in results})
        changes["measures"] = list(taken.values())
        if len(changes) == 1 and not args.measure and not args.remove_measure:
            raise fail("nothing to change: give at least one option (see --help)")
        changed = Visit.model_validate({**visit.model_dump(), **{
            k: [m.model_dump() for m in v] if k == "measures" else v for k, v in changes.items()}})
        db.update_visit(changed, by=by)
    print(f"Saved the changes to visit {visit.id} ({changed.date.isoformat()})", file=sys.stderr)
    return 0


def run_visit_delete(args: argparse.Namespace, by: str) -> int:
    """Delete a visit and its measures after a yes (or --yes); the audit log records it."""
    with _open(args) as db:
        visit = _saved_visit(db, args.visit_id)
        what = (f"visit {visit.id} of {visit.date.isoformat()} with {len(visit.measures)} measure"
                f"{'' if len(visit.measures) == 1 else 's'}")
        if not args.yes:
            if not sys.stdin.isatty():
                raise fail(f"deleting {what} cannot be undone; add --yes to confirm")
            answer = input(f"Delete {what}? It cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was deleted", file=sys.stderr)
                return 1
        db.delete_visit(args.visit_id, by=by)
    print(f"Deleted {what}", file=sys.stderr)
    return 0


def run_visit_link(args: argparse.Namespace) -> int:
    """Link a visit to the plan revision it led to."""
    with _open(args) as db:
        db.link_next_revision(args.visit_id, args.revision)
    print(f"Visit {args.visit_id} now leads to revision {args.revision}", file=sys.stderr)
    return 0


def run_measure_add(args: argparse.Namespace) -> int:
    """Score a measure and add it to the visit on --date (default: the latest visit)."""
    result = _measure_args([f"{args.measure}={args.answers}"], args.activity)[0]
    with _open(args) as db:
        visits = db.visits(find_plan_id(db, args.patient))
        chosen = [v for v in visits if args.date is None or v.date == args.date]
        if not chosen:
            when = f" on {args.date.isoformat()}" if args.date else ""
            raise RehabError(f"no visit{when} for this plan; add one with `db visits add`")
        visit = chosen[-1]
        assert visit.id is not None
        db.add_measures(visit.id, [result])
    print(f"{_short_name(result.measure_id)} {result.score:g} added to visit {visit.id} "
          f"({visit.date})",
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
