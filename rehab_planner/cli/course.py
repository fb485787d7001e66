"""`rehab-planner criteria|milestones|clinician PLAN`: exit criteria met and moving on, the
recovery timeline's milestones, and the care given in the clinic."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from rehab_planner.cli.common import choice_of, fail, iso_date, login_name
from rehab_planner.milestone_text import milestone_kinds
from rehab_planner.model import Phase, Plan
from rehab_planner.model.course import CLINICIAN_KINDS, ClinicianItem, Milestone
from rehab_planner.plans.clinician import item_line
from rehab_planner.plans.course_edits import (
    move_to_next_phase,
    set_clinician_items,
    set_criterion_met,
    set_milestones,
    set_phase_end,
)
from rehab_planner.plans.criteria import can_move_on, criteria_status
from rehab_planner.plans.schedule import format_date
from rehab_planner.plans.stage import stage_on
from rehab_planner.plans.timeline import timeline, timeline_lines
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.storage.planfile import load_plan, save_plan


def register(sub: Any) -> None:
    """Add `criteria`, `milestones` and `clinician`."""
    crit = sub.add_parser(
        "criteria", help="a phase's exit criteria: mark met (who, when), how it ends, move on")
    crit.add_argument("plan", type=Path, metavar="PLAN.json")
    crit.add_argument("--phase", type=int, default=None, metavar="N",
                      help="the phase (1 is the first; default: the patient's stage today)")
    crit.add_argument("--met", type=int, action="append", default=[], metavar="N",
                      help="mark criterion N met (repeat for more)")
    crit.add_argument("--unmet", type=int, action="append", default=[], metavar="N",
                      help="mark criterion N not met")
    crit.add_argument("--by", default=None, metavar="NAME", help="who saw it (default: your login)")
    crit.add_argument("--on", type=iso_date, default=None, metavar="YYYY-MM-DD",
                      help="the day it was met (default: today)")
    crit.add_argument("--ends-by", default=None, metavar="week|criteria|later",
                      type=choice_of(["week", "criteria", "later"], "phase end"),
                      help="the phase ends at its week, on its criteria, or whichever is later")
    crit.add_argument("--move-on", action="store_true",
                      help="move the patient to the next phase (every criterion must be met)")
    crit.set_defaults(func=run_criteria)

    ms = sub.add_parser("milestones", help="the recovery timeline: list, add or remove milestones")
    ms.add_argument("plan", type=Path, metavar="PLAN.json")
    ms.add_argument("--add", default=None, metavar="KIND",
                    help=f"add a milestone of a kind ({', '.join(milestone_kinds())}) or 'own' "
                    "(with --text)")
    when = ms.add_mutually_exclusive_group()
    when.add_argument("--weeks", type=float, default=None, metavar="N")
    when.add_argument("--days", type=int, default=None, metavar="N")
    ms.add_argument("--criterion", default="", metavar="TEXT",
                    help="what must be true first, e.g. 'You walk without a limp.'")
    ms.add_argument("--wording", default="", metavar="TEXT", help="the surgeon's words as written")
    ms.add_argument("--text", default="", metavar="TEXT", help="your own words to the patient")
    ms.add_argument("--remove", type=int, default=None, metavar="N", help="remove milestone N")
    ms.set_defaults(func=run_milestones)

    cl = sub.add_parser(
        "clinician", help="care given in the clinic (never on the handout): list, add, remove")
    cl.add_argument("plan", type=Path, metavar="PLAN.json")
    cl.add_argument("--add", default=None, type=choice_of(list(CLINICIAN_KINDS), "kind"),
                    metavar="KIND", help=f"add an item: {', '.join(CLINICIAN_KINDS)}")
    cl.add_argument("--text", default="", metavar="TEXT", help="what, how and how often")
    cl.add_argument("--phase", type=int, default=None, metavar="N",
                    help="the phase it belongs to (default: every phase)")
    cl.add_argument("--remove", type=int, default=None, metavar="N", help="remove item N")
    cl.set_defaults(func=run_clinician)


def _phase(plan: Plan, number: int | None) -> Phase:
    if not plan.phases:
        raise fail("the plan has no phases")
    if number is None:
        stage = stage_on(plan, dt.date.today())
        assert stage is not None
        return stage.phase
    if not 1 <= number <= len(plan.phases):
        raise fail(f"the plan has {len(plan.phases)} phase(s); there is no phase {number}")
    return plan.phases[number - 1]


def run_criteria(args: argparse.Namespace) -> int:
    """Mark criteria, set how the phase ends, move on; then print the phase's criteria."""
    plan = load_plan(args.plan)
    phase = _phase(plan, args.phase)
    changed = False
    by = args.by if args.by is not None else login_name()
    if args.ends_by is not None:
        plan, _ = set_phase_end(plan, phase.id, args.ends_by)
        changed = True
    for number, is_met in [*((n, True) for n in args.met), *((n, False) for n in args.unmet)]:
        plan, _ = set_criterion_met(plan, phase.id, number, is_met, on=args.on, by=by)
        changed = True
    phase = plan.phase(phase.id)
    if args.move_on:
        plan, change = move_to_next_phase(plan, phase.id, args.on)
        print(f"Moved on to '{plan.phase(str(change.phase_id)).name}'", file=sys.stderr)
        changed = True
    if changed:
        save_plan(plan, args.plan)
    print(f"{phase.name} (ends by: {phase.ends_by})")
    for status in criteria_status(plan, phase):
        met = status.met
        mark = f"met {format_date(met.on)}" + (f" by {met.by}" if met.by else "") if met else "not met"
        print(f"  {status.number}. {status.text} [{mark}]")
    if not args.move_on and can_move_on(plan, phase, args.on or dt.date.today()):
        print("Every criterion is met: add --move-on to move the patient to the next phase.")
    return 0


def run_milestones(args: argparse.Namespace) -> int:
    """Add or remove a milestone; then print the milestones and the timeline."""
    plan = load_plan(args.plan)
    milestones = list(plan.milestones)
    if args.add is not None:
        kind = None if args.add == "own" else args.add
        if kind is not None and kind not in milestone_kinds():
            raise fail(f"unknown milestone kind '{kind}'; choose from: "
                       f"{', '.join(milestone_kinds())}, own")
        weeks = args.weeks if args.days is None else args.days / 7
        milestones.append(Milestone(kind=kind, weeks=weeks,
                                    unit="days" if args.days is not None else "weeks",
                                    criterion=args.criterion, wording=args.wording,
                                    text=args.text))
    if args.remove is not None:
        if not 1 <= args.remove <= len(milestones):
            raise fail(f"the plan has {len(milestones)} milestone(s); there is no {args.remove}")
        del milestones[args.remove - 1]
    if args.add is not None or args.remove is not None:
        plan, _ = set_milestones(plan, milestones)
        save_plan(plan, args.plan)
    for n, m in enumerate(plan.milestones, start=1):
        when = ("on its criterion" if m.weeks is None else
                f"day {m.days}" if m.unit == "days" else f"week {m.weeks:g}")
        extra = "".join(f"; {label}: {value}" for label, value in (
            ("criterion", m.criterion), ("surgeon", m.wording), ("text", m.text)) if value)
        print(f"{n}. {m.kind or 'own'}, {when}{extra}")
    print("Timeline:")
    for line in timeline_lines(plan, timeline(plan, load_catalogue())):
        print(f"  {line}")
    return 0


def run_clinician(args: argparse.Namespace) -> int:
    """Add or remove a clinician item; then print them."""
    plan = load_plan(args.plan)
    items = list(plan.clinician_items)
    if args.add is not None:
        phase_id = None if args.phase is None else _phase(plan, args.phase).id
        items.append(ClinicianItem(kind=args.add, text=args.text, phase_id=phase_id))
    if args.remove is not None:
        if not 1 <= args.remove <= len(items):
            raise fail(f"the plan has {len(items)} clinician item(s); there is no {args.remove}")
        del items[args.remove - 1]
    if args.add is not None or args.remove is not None:
        plan, _ = set_clinician_items(plan, items)
        save_plan(plan, args.plan)
    names = {p.id: p.name for p in plan.phases}
    for n, item in enumerate(plan.clinician_items, start=1):
        where = names.get(item.phase_id or "", "every phase")
        print(f"{n}. {item_line(item)} ({where})")
    return 0
