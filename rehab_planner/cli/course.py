"""`rehab-planner criteria|milestones|clinician|ranges PLAN`: exit criteria met and moving on, the
recovery timeline's milestones, the care given in the clinic, and each phase's range limits."""

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
from rehab_planner.model.range_limit import LIMIT_MODES, RangeLimit, parse_joint_motion
from rehab_planner.plans.clinician import item_line
from rehab_planner.plans.course_edits import (
    move_to_next_phase,
    set_clinician_items,
    set_criterion_met,
    set_milestones,
    set_phase_end,
    set_range_limits,
)
from rehab_planner.plans.criteria import can_move_on, criteria_status
from rehab_planner.plans.ranges import limit_words
from rehab_planner.plans.schedule import format_date
from rehab_planner.plans.stage import stage_on
from rehab_planner.plans.summary import milestone_words
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

    rg = sub.add_parser(
        "ranges", help="a phase's range limits (joint, motion, degrees): list, add or remove")
    rg.add_argument("plan", type=Path, metavar="PLAN.json")
    rg.add_argument("--phase", type=int, default=None, metavar="N",
                    help="the phase (1 is the first); needed to add or remove")
    rg.add_argument("--add", default=None, metavar="'JOINT MOTION'",
                    help="e.g. 'shoulder flexion', 'hip internal rotation' (with --degrees)")
    rg.add_argument("--degrees", type=int, default=None, metavar="N",
                    help="the most degrees allowed (0: not at all)")
    rg.add_argument("--mode", default="both", type=choice_of(list(LIMIT_MODES), "mode"),
                    help="passive (moved for the patient), active (own muscles) or both")
    rg.add_argument("--side", default=None, type=choice_of(["left", "right"], "side"),
                    help="the side the limit is for (default: the side that had surgery)")
    rg.add_argument("--only-if", action="append", default=[], metavar="CONDITION",
                    help="the limit holds only when the plan has this condition")
    rg.add_argument("--unless", action="append", default=[], metavar="CONDITION",
                    help="the limit holds only when the plan does not have this condition")
    rg.add_argument("--remove", type=int, default=None, metavar="N",
                    help="remove limit N of the phase")
    rg.set_defaults(func=run_ranges)


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
        print(f"{n}. {milestone_words(m)}")
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


def run_ranges(args: argparse.Namespace) -> int:
    """Add or remove a phase's range limit; then print the limits of every phase (or the one)."""
    plan = load_plan(args.plan)
    editing = args.add is not None or args.remove is not None
    if editing and args.phase is None:
        raise fail("say which phase with --phase N (1 is the first)")
    if args.phase is not None:
        phase = _phase(plan, args.phase)
        limits = list(phase.range_limits)
        if args.add is not None:
            if args.degrees is None:
                raise fail("say how far with --degrees N (0: not at all)")
            try:
                joint, motion = parse_joint_motion(args.add)
                limits.append(RangeLimit(joint=joint, motion=motion, degrees=args.degrees,
                                         mode=args.mode, side=args.side, only_if=args.only_if,
                                         unless=args.unless))
            except ValueError as exc:
                raise fail(_reason(exc)) from None
        if args.remove is not None:
            if not 1 <= args.remove <= len(limits):
                raise fail(f"'{phase.name}' has {len(limits)} range limit(s); there is no "
                           f"{args.remove}")
            del limits[args.remove - 1]
        if editing:
            plan, _ = set_range_limits(plan, phase.id, limits)
            save_plan(plan, args.plan)
    phases = [plan.phases[args.phase - 1]] if args.phase is not None else plan.phases
    for phase in phases:
        print(f"{phase.name}:")
        if not phase.range_limits:
            print("  (no range limits)")
        for n, limit in enumerate(phase.range_limits, start=1):
            print(f"  {n}. {limit_words(limit)}")
    return 0


def _reason(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors) and errors():
        return str(errors()[0].get("msg", exc)).removeprefix("Value error, ")
    return str(exc)
