"""`rehab-planner clinic show|set`: the clinic's name and phones that new plans and handouts print."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rehab_planner.storage.preferences import load_preferences, save_preferences


def register(sub: Any) -> None:
    """Add `clinic show` and `clinic set`."""
    clinic = sub.add_parser("clinic", help="show or set the clinic's name and phone numbers")
    actions = clinic.add_subparsers(dest="clinic_command", metavar="ACTION")
    show = actions.add_parser("show", help="print the clinic settings")
    show.set_defaults(func=run_show)
    set_ = actions.add_parser(
        "set", help="change the clinic settings (only the options given change)")
    set_.add_argument("--name", default=None, metavar="NAME")
    set_.add_argument("--phone", default=None, metavar="PHONE",
                      help="the clinic's day phone, printed on every handout page")
    set_.add_argument("--after-hours", default=None, metavar="PHONE",
                      help="the line to call at night and on weekends")
    set_.add_argument("--address", default=None, metavar="TEXT")
    set_.set_defaults(func=run_set)
    clinic.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Print the clinic settings, one 'label: value' a line."""
    clinic = load_preferences().clinic
    rows = (("Name", clinic.name), ("Phone", clinic.phone),
            ("After hours", clinic.after_hours_phone), ("Address", clinic.address))
    for label, value in rows:
        print(f"{label}: {' '.join(value.split()) or '(not set)'}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Change the given clinic values and save the preferences atomically."""
    preferences = load_preferences()
    changes = {field: " ".join(value.split()) for field, value in (
        ("name", args.name), ("phone", args.phone), ("after_hours_phone", args.after_hours),
        ("address", args.address)) if value is not None}
    if not changes:
        print("rehab-planner: nothing to change; give --name, --phone, --after-hours "
              "or --address", file=sys.stderr)
        return 2
    clinic = preferences.clinic.model_validate(
        {**preferences.clinic.model_dump(), **changes})
    path = save_preferences(preferences.model_copy(update={"clinic": clinic}))
    print(f"Saved the clinic settings to {path}", file=sys.stderr)
    return 0
