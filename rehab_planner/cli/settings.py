"""`rehab-planner settings PLAN [--set NAME=VALUE ...]`: the values the handout and the checks read
(sitting limit and its end, driving weeks, brace, fever, walking goal, ...), as the app's handout
settings tab edits them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehab_planner.cli.common import fail
from rehab_planner.model import PlanSettings
from rehab_planner.plans.edits import set_settings
from rehab_planner.storage.planfile import load_plan, save_plan

#: What a value of "none" means: the setting is not set (no limit ordered, the surgeon decides).
UNSET = "none"


def register(sub: Any) -> None:
    """Add `settings`."""
    cmd = sub.add_parser(
        "settings", help="the handout's values (sitting limit, driving, brace, ...): list or set")
    cmd.add_argument("plan", type=Path, metavar="PLAN.json")
    cmd.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="values",
                     help=f"change one value (repeat for more); '{UNSET}' unsets one that may be "
                     "unset, e.g. --set sitting_limit_weeks=12 --set driving_weeks=none")
    cmd.set_defaults(func=run_settings)


def _parse(pairs: list[str]) -> dict[str, Any]:
    fields = PlanSettings.model_fields
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not sep:
            raise fail(f"'{pair}' is not NAME=VALUE")
        if name not in fields:
            raise fail(f"'{name}' is not a setting; the settings are {', '.join(fields)}")
        out[name] = None if value.strip().lower() == UNSET else value.strip()
    return out


def _shown(value: object) -> str:
    return UNSET if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def run_settings(args: argparse.Namespace) -> int:
    """Change the given values (checked as the plan file is: a wrong one names the setting and
    changes nothing), save atomically, then print every setting as NAME: VALUE."""
    plan = load_plan(args.plan)
    changes = _parse(args.values)
    if changes:
        try:
            settings = PlanSettings.model_validate({**plan.settings.model_dump(), **changes})
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"])
            raise fail(f"{where}: {error['msg']}") from None
        plan, _ = set_settings(plan, settings)
        save_plan(plan, args.plan)
    for name in PlanSettings.model_fields:
        print(f"{name}: {_shown(getattr(plan.settings, name))}")
    return 0
