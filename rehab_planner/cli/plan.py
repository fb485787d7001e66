"""`rehab-planner new|show|schema`: start a plan from a template, summarise it, its file format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import fail, iso_date, library_for, print_json, require_output_folder
from rehab_planner.cli.templates import all_templates
from rehab_planner.library import load_library
from rehab_planner.library.embedded import embed_custom_exercises
from rehab_planner.model import Patient, Plan, Surgeon
from rehab_planner.plans.conditions import shipped_conditions
from rehab_planner.plans.summary import summary_text
from rehab_planner.storage.planfile import load_plan, plan_json_schema, save_plan
from rehab_planner.storage.preferences import load_preferences
from rehab_planner.templates.loader import check_exercise_ids, instantiate
from rehab_planner.terminal import shown_lines


def register(sub: Any) -> None:
    """Add `new`, `show` and `schema`."""
    new = sub.add_parser("new", help="start a plan for a patient from a protocol template")
    new.add_argument("--template", required=True, metavar="ID", help="see `rehab-planner templates`")
    new.add_argument("--patient", required=True, metavar="NAME")
    new.add_argument("--surgery-date", required=True, type=iso_date, metavar="YYYY-MM-DD")
    new.add_argument("--therapist", default="", metavar="NAME")
    new.add_argument("--record-number", default=None, metavar="MRN")
    new.add_argument("--clinic", default=None, metavar="NAME",
                     help="the clinic name on the handout (default: `rehab-planner clinic set`)")
    new.add_argument("--surgeon", default="", metavar="NAME", help="the surgeon's name")
    new.add_argument("--surgeon-phone", default="", metavar="PHONE",
                     help="the number the patient calls with a problem (page 1 and every footer)")
    new.add_argument("--condition", action="append", default=[], metavar="ID",
                     help="what the surgeon found or did, e.g. graft-hamstring (repeat for more); "
                     "it switches the template's orders and exercises on or off")
    new.add_argument("--variant", default=None, metavar="ID",
                     help="a published line of the template, e.g. conservative (listed by "
                     "`rehab-planner templates`): it ticks that line's conditions")
    new.add_argument("-o", "--output", required=True, type=Path, metavar="PLAN.json")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    new.set_defaults(func=run_new)

    show = sub.add_parser("show", help="summarise a plan: phases with dates, exercises, dosage")
    show.add_argument("plan", type=Path, metavar="PLAN.json")
    show.set_defaults(func=run_show)

    schema = sub.add_parser("schema", help="print the plan file's JSON Schema")
    schema.set_defaults(func=run_schema)


def run_new(args: argparse.Namespace) -> int:
    """Create a plan file from a template."""
    templates = all_templates(args.db)
    template = templates.get(args.template)
    if template is None:
        raise fail(
            f"unknown template '{args.template}'; choose from: {', '.join(sorted(templates))}"
        )
    if not str(args.output).strip() or args.output.is_dir():
        raise fail(f"'{args.output}' is not a file name for the plan; use e.g. -o plan.json")
    require_output_folder(args.output)
    if args.output.exists() and not args.force:
        raise fail(f"{args.output} already exists; choose another name or add --force")
    if not args.patient.strip():
        raise fail("the patient's name is empty")
    patient = Patient(name=args.patient, record_number=args.record_number)
    known = shipped_conditions()
    for cid in args.condition:
        if cid not in known:
            offered = ", ".join(template.conditions) or "none"
            raise fail(f"unknown condition '{cid}'; the {template.name} template offers: "
                       f"{offered} (all conditions: {', '.join(known)})")
    conditions = list(args.condition)
    if args.variant is not None:
        variant = template.variant(args.variant)
        if variant is None:
            offered = ", ".join(v.id for v in template.variants) or "none"
            raise fail(f"unknown variant '{args.variant}'; the {template.name} template offers: "
                       f"{offered}")
        conditions = [*variant.conditions, *conditions]
    clinic = load_preferences().clinic
    if args.clinic is not None:
        clinic = clinic.model_copy(update={"name": " ".join(args.clinic.split())})
    plan = instantiate(template, patient, args.surgery_date, therapist=args.therapist,
                       clinic=clinic, conditions=conditions)
    plan.surgeon = Surgeon(name=" ".join(args.surgeon.split()),
                           phone=" ".join(args.surgeon_phone.split()))
    library = load_library()
    check_exercise_ids(plan, set(library.exercises))
    save_plan(embed_custom_exercises(plan, library).plan, args.output)
    print(f"Saved a plan from the {template.name} template to {args.output}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print the plan summary."""
    plan: Plan = load_plan(args.plan)
    sys.stdout.write(shown_lines(summary_text(plan, library_for(plan))))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    print_json(plan_json_schema())
    return 0



