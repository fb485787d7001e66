"""`rehab-planner templates`: the protocol templates a plan can start from."""

from __future__ import annotations

import argparse
from typing import Any

from rehab_planner.cli.common import print_json
from rehab_planner.templates.loader import load_templates


def register(sub: Any) -> None:
    """Add the `templates` command."""
    parser = sub.add_parser("templates", help="list the protocol templates")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print every template: id, name, procedure, phase count."""
    templates = load_templates()
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "procedure": t.procedure,
            "phase_count": len(t.phases),
            "phases": [p.name for p in t.phases],
        }
        for t in templates.values()
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']:<28} {row['name']:<36} {row['phase_count']} phases")
    return 0
