"""`rehab-planner templates [import FILE.yaml]`: the protocol templates a plan can start from, and
adding a clinic's own protocol file (a surgeon's protocol written in the template format) to them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import configured_database, fail, login_name, print_json
from rehab_planner.model import Template
from rehab_planner.templates.loader import load_templates


def register(sub: Any) -> None:
    """Add the `templates` command."""
    parser = sub.add_parser("templates", help="list the protocol templates")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run)
    actions = parser.add_subparsers(dest="templates_command", metavar="ACTION")
    imp = actions.add_parser(
        "import", help="check a protocol file (YAML, docs/data-formats.md) and add it to the clinic's "
        "templates in the patient database")
    imp.add_argument("file", type=Path, metavar="FILE.yaml")
    imp.add_argument("--by", default=None, metavar="NAME", help="who adds it (default: your login)")
    imp.set_defaults(func=run_import)


def all_templates(db_url: str | None) -> dict[str, Template]:
    """The shipped templates, then the clinic's from the patient database when there is one.

    The default database is only read when it already exists: listing templates never creates it.
    """
    templates = load_templates()
    database = configured_database(db_url, named_must_exist=False)
    if database is None:
        return templates
    with database as db:
        for template in db.templates():
            templates.setdefault(template.id, template)
    return templates


def run(args: argparse.Namespace) -> int:
    """Print every template: id, name, procedure, phase count."""
    templates = all_templates(args.db)
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "procedure": t.procedure,
            "phase_count": len(t.phases),
            "phases": [p.name for p in t.phases],
            "clinic_made": t.clinic_made,
            "variants": [v.model_dump(mode="json") for v in t.variants],
        }
        for t in templates.values()
    ]
    if args.json:
        print_json(rows)
        return 0
    for row, t in zip(rows, templates.values(), strict=True):
        print(f"{row['id']:<28} {row['name']:<36} {row['phase_count']} phases")
        for variant in t.variants:
            print(f"    --variant {variant.id}: {variant.name}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Validate a protocol file (fields, precautions, exercises) and save it as a clinic template."""
    from rehab_planner.library import load_library
    from rehab_planner.safety.catalogue import load_catalogue
    from rehab_planner.storage.database import PatientDatabase
    from rehab_planner.storage.db_housekeeping import is_shipped
    from rehab_planner.templates.loader import check_exercise_ids, load_template

    template = load_template(args.file, load_catalogue(), id_is_file_name=False)
    check_exercise_ids(template, {exercise.id for exercise in load_library()})
    if is_shipped(template.id):
        raise fail(f"{args.file}: id: '{template.id}' is a template that comes with Rehab Planner; "
                   "give the clinic's protocol an id of its own")
    template = template.model_copy(update={"clinic_made": True})
    with PatientDatabase.open(args.db) as db:
        replaced = any(t.id == template.id for t in db.templates())
        db.save_template(template, by=args.by or login_name())
    verb = "Replaced" if replaced else "Added"
    print(f"{verb} the clinic template '{template.name}' ({template.id}); `rehab-planner new "
          f"--template {template.id}` starts a plan from it", file=sys.stderr)
    return 0
