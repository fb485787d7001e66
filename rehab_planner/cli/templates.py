"""`rehab-planner templates`: the protocol templates a plan can start from."""

from __future__ import annotations

import argparse
from typing import Any

from rehab_planner.cli.common import configured_database, print_json
from rehab_planner.model import Template
from rehab_planner.templates.loader import load_templates


def register(sub: Any) -> None:
    """Add the `templates` command."""
    parser = sub.add_parser("templates", help="list the protocol templates")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run)


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
        }
        for t in templates.values()
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']:<28} {row['name']:<36} {row['phase_count']} phases")
    return 0
