"""`rehab-planner [--db URL] db import|list|export|history|archive|restore|backup|...`.

The patient database from the command line: plans (archived, never deleted), clinic templates
(save, rename, delete) and the clinic's shared custom exercises.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import fail, login_name, print_json
from rehab_planner.errors import RehabError
from rehab_planner.model import Exercise
from rehab_planner.storage.database import PatientDatabase, PlanSummary
from rehab_planner.storage.planfile import load_plan, save_plan
from rehab_planner.terminal import shown


def register(sub: Any) -> None:
    """Add `db` and its commands."""
    db = sub.add_parser(
        "db",
        help="the patient database: import, list, export, history, archive, restore, backup, "
        "save-template, rename-template, delete-template, exercises, push-exercises, visits, measures",
        description="The patient database (SQLite in your data folder unless --db URL is given, "
        "or REHAB_PLANNER_DB is set).",
    )
    db.set_defaults(func=lambda _args: _usage(db))
    cmds = db.add_subparsers(dest="db_command", metavar="COMMAND", parser_class=type(db))

    imp = cmds.add_parser("import", help="save a plan file into the database as a new revision")
    imp.add_argument("plan", type=Path, metavar="PLAN.json")
    imp.add_argument("--by", default=None, metavar="NAME", help="who saves (default: your login)")
    imp.set_defaults(func=run_import)

    lst = cmds.add_parser("list", help="list plans, most recently saved first (not archived ones)")
    lst.add_argument("--search", default="", metavar="TEXT", help="patient name or record number")
    lst.add_argument("--limit", type=int, default=50, metavar="N", help="at most N plans (50)")
    which = lst.add_mutually_exclusive_group()
    which.add_argument("--archived", action="store_true", help="list archived plans only")
    which.add_argument("--all", action="store_true", help="list archived plans too")
    lst.add_argument("--json", action="store_true", help="print JSON objects")
    lst.set_defaults(func=run_list)

    exp = cmds.add_parser("export", help="write a plan from the database to a plan file")
    exp.add_argument("plan_id", metavar="PLAN_ID")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    exp.add_argument("--revision", type=int, default=None, metavar="N", help="an older revision")
    exp.add_argument("--force", action="store_true", help="replace an existing file")
    exp.set_defaults(func=run_export)

    hist = cmds.add_parser("history", help="every saved revision of a plan and what changed")
    hist.add_argument("plan_id", metavar="PLAN_ID")
    hist.add_argument("--json", action="store_true", help="print JSON objects")
    hist.set_defaults(func=run_history)

    arc = cmds.add_parser(
        "archive", help="archive a plan: hidden from the list, history kept, restore brings it back"
    )
    arc.add_argument("plan_id", metavar="PLAN_ID")
    arc.add_argument("--by", default=None, metavar="NAME", help="who archives (default: your login)")
    arc.set_defaults(func=run_archive)

    res = cmds.add_parser("restore", help="bring an archived plan back into the list")
    res.add_argument("plan_id", metavar="PLAN_ID")
    res.add_argument("--by", default=None, metavar="NAME", help="who restores (default: your login)")
    res.set_defaults(func=run_restore)

    back = cmds.add_parser("backup", help="copy the whole database to a file")
    back.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    back.add_argument("--force", action="store_true", help="replace an existing file")
    back.set_defaults(func=run_backup)

    tpl = cmds.add_parser(
        "save-template", help="save a plan's program as a clinic template (no patient details)"
    )
    tpl.add_argument("plan_id", metavar="PLAN_ID")
    tpl.add_argument("--name", required=True, metavar="NAME", help="the template's name")
    tpl.add_argument("--by", default=None, metavar="NAME", help="who saves (default: your login)")
    tpl.set_defaults(func=run_save_template)

    ren = cmds.add_parser("rename-template", help="give a clinic template a new name (its id stays)")
    ren.add_argument("template_id", metavar="ID", help="the template's id (see `rehab-planner templates`)")
    ren.add_argument("name", metavar="NAME", help="the new name")
    ren.add_argument("--by", default=None, metavar="NAME", help="who renames (default: your login)")
    ren.set_defaults(func=run_rename_template)

    dlt = cmds.add_parser(
        "delete-template", help="delete a clinic template (plans made from it keep their exercises)"
    )
    dlt.add_argument("template_id", metavar="ID", help="the template's id (see `rehab-planner templates`)")
    dlt.add_argument("--by", default=None, metavar="NAME", help="who deletes (default: your login)")
    dlt.set_defaults(func=run_delete_template)

    exs = cmds.add_parser("exercises", help="list the clinic's shared custom exercises")
    exs.add_argument("--json", action="store_true", help="print JSON objects")
    exs.set_defaults(func=run_exercises)

    push = cmds.add_parser(
        "push-exercises",
        help="save your custom exercise files (with their photos) in the database for the clinic",
    )
    push.add_argument("--by", default=None, metavar="NAME", help="who saves (default: your login)")
    push.set_defaults(func=run_push_exercises)

    from rehab_planner.cli.outcomes import register_db

    register_db(cmds, _who)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(args: argparse.Namespace) -> PatientDatabase:
    return PatientDatabase.open(getattr(args, "db", None))


def _who(args: argparse.Namespace) -> str:
    return str(args.by) if args.by else login_name()


def run_import(args: argparse.Namespace) -> int:
    """Save a plan file as the newest revision of its plan (a new plan if the database lacks it)."""
    plan = load_plan(args.plan)
    with _open(args) as db:
        latest = db.latest_revision(plan.id)
        number = db.save_plan(plan, by=_who(args), expected_revision=latest)
        if latest is None:
            print(f"Saved plan {plan.id} as a new plan (revision 1)", file=sys.stderr)
        else:
            print(
                f"Saved plan {plan.id} as revision {number}; the earlier revisions are kept",
                file=sys.stderr,
            )
    print(plan.id)
    return 0


def _row(summary: PlanSummary) -> str:
    updated = summary.updated.astimezone().strftime("%Y-%m-%d %H:%M")
    record = f" [{summary.record_number}]" if summary.record_number else ""
    archived = "  (archived)" if summary.archived else ""
    return shown(
        f"{summary.plan_id}  {updated}  rev {summary.revision:<3} "
        f"{summary.patient}{record}: {summary.procedure}{archived}"
    )


def run_list(args: argparse.Namespace) -> int:
    """Print the plans matching --search (all, newest first, without it)."""
    if args.limit < 1:
        raise fail("--limit must be 1 or more")
    with _open(args) as db:
        found = db.search(
            args.search, limit=args.limit, include_archived=args.all, only_archived=args.archived
        )
        hidden = not found and not (args.all or args.archived) and bool(
            db.search(args.search, limit=1, only_archived=True)
        )
    if args.json:
        print_json([s.as_json() for s in found])
    elif not found:
        if hidden:
            print("No plans found that are not archived; add --archived to see the archived ones",
                  file=sys.stderr)
        elif args.search:
            print("No plans found", file=sys.stderr)
        elif args.archived:
            print("No archived plans", file=sys.stderr)
        else:
            print("The database has no plans yet", file=sys.stderr)
    else:
        for summary in found:
            print(_row(summary))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the plan (newest revision, or --revision N) to a plan file."""
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    with _open(args) as db:
        if args.revision is None:
            plan, number = db.load_plan(args.plan_id)
        else:
            plan, number = db.revision(args.plan_id, args.revision), args.revision
    save_plan(plan, args.output, touch=False)
    print(f"Wrote revision {number} of plan {args.plan_id} to {args.output}", file=sys.stderr)
    return 0


def _exercise_names(db: PatientDatabase) -> Mapping[str, Exercise] | None:
    """The library and the database's custom exercises by id, for names; None if unreadable."""
    try:
        from rehab_planner.library import load_library

        exercises: dict[str, Exercise] = dict(load_library().exercises)
    except RehabError:
        exercises = {}
    exercises.update({e.id: e for e in db.custom_exercises()})
    return exercises or None


def run_history(args: argparse.Namespace) -> int:
    """Print every revision: number, when, who, and what changed; then when it was archived or restored."""
    with _open(args) as db:
        revisions = db.history(args.plan_id, _exercise_names(db))
        acts = db.audit(args.plan_id)
    if args.json:
        print_json(
            [
                {"revision": r.number, "by": r.by, "at": r.at.isoformat(), "changes": r.changes}
                for r in revisions
            ]
        )
        return 0
    for info in revisions:
        when = info.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(shown(f"Revision {info.number}  {when}  {info.by or 'unknown'}"))
        if info.number == 1 or not info.changes:
            print(shown(f"  {info.summary}"))
        for change in info.changes:
            print(shown(f"  - {change}"))
    for act in acts:
        when = act.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(shown(f"{act.action.capitalize()}  {when}  {act.by or 'unknown'}"))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """Copy the database to a file: a SQLite file, or JSON for a server database."""
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    with _open(args) as db:
        db.backup(args.output)
        kind = "SQLite copy" if db.is_sqlite else "JSON copy of every row"
    print(f"Wrote a {kind} of the patient database to {args.output}", file=sys.stderr)
    return 0


def run_save_template(args: argparse.Namespace) -> int:
    """Save the plan's newest revision as a clinic template; prints the template's id."""
    from rehab_planner.templates.from_plan import template_from_plan

    with _open(args) as db:
        plan, _number = db.load_plan(args.plan_id)
        # A template that already has this name is replaced (it keeps its id, also if renamed).
        template_id = db.template_id_for(args.name)
        template = template_from_plan(plan, template_id, args.name)
        replaced = any(t.id == template_id for t in db.templates())
        db.save_template(template, by=_who(args))
    verb = "Replaced" if replaced else "Saved"
    print(f"{verb} clinic template '{template.name}' ({template_id})", file=sys.stderr)
    print(template_id)
    return 0


def run_archive(args: argparse.Namespace) -> int:
    """Archive a plan: it leaves the list, keeps its history, and cannot be saved until restored."""
    with _open(args) as db:
        db.archive_plan(args.plan_id, by=_who(args))
    print(
        f"Archived plan {args.plan_id}: hidden from `db list`, every revision kept. "
        f"`rehab-planner db restore {args.plan_id}` brings it back.",
        file=sys.stderr,
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Bring an archived plan back: it is listed again and can be saved."""
    with _open(args) as db:
        db.restore_plan(args.plan_id, by=_who(args))
    print(f"Restored plan {args.plan_id}: it is in the list again and can be saved", file=sys.stderr)
    return 0


def run_rename_template(args: argparse.Namespace) -> int:
    """Rename a clinic template; prints its id, which does not change."""
    with _open(args) as db:
        old = next((t.name for t in db.templates() if t.id == args.template_id), None)
        template = db.rename_template(args.template_id, args.name, by=_who(args))
    print(f"Renamed clinic template '{old}' to '{template.name}' ({template.id})", file=sys.stderr)
    print(template.id)
    return 0


def run_delete_template(args: argparse.Namespace) -> int:
    """Delete a clinic template; plans already made from it are not changed."""
    with _open(args) as db:
        template = db.delete_template(args.template_id, by=_who(args))
    print(
        f"Deleted clinic template '{template.name}' ({template.id}); plans made from it keep "
        "their exercises",
        file=sys.stderr,
    )
    return 0


def run_exercises(args: argparse.Namespace) -> int:
    """Print the custom exercises the database shares: id, name, who saved it, when, photo."""
    with _open(args) as db:
        shared = db.shared_exercises(with_photos=False)
    if args.json:
        print_json([item.as_json() for item in shared])
    elif not shared:
        print("The database has no shared custom exercises yet", file=sys.stderr)
    else:
        for item in shared:
            when = item.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            photo = "  (photo)" if item.has_photo else ""
            by = item.saved_by or "unknown"
            print(shown(f"{item.exercise.id}  {when}  {by}: {item.exercise.name}{photo}"))
    return 0


def run_push_exercises(args: argparse.Namespace) -> int:
    """Save every custom exercise file of this computer in the database; 1 if a file was skipped."""
    from rehab_planner.library.shared import push_custom_exercises

    with _open(args) as db:
        result = push_custom_exercises(db, by=_who(args))
        where = db.description
    for line in result.problems:
        print(f"skipped: {line}", file=sys.stderr)
    count = len(result.saved)
    print(
        f"Saved {count} custom exercise{'s' if count != 1 else ''} "
        f"({result.photos} with a photo) in {where}",
        file=sys.stderr,
    )
    for exercise in result.saved:
        print(exercise.id)
    return 1 if result.problems else 0
