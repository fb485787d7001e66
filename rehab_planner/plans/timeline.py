"""The recovery timeline: the plan's milestones and the changes of its weight-bearing, brace and
sling orders, in time order, each in the patient's words with its calendar date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rehab_planner.milestone_text import MilestoneTexts, milestone_texts
from rehab_planner.model import Plan, Precaution, PrecautionSetting
from rehab_planner.model.precaution import DAYS_PER_WEEK, TimeUnit
from rehab_planner.order_text import order_texts
from rehab_planner.plans.schedule import date_after, format_date
from rehab_planner.safety.catalogue import fill, param_values, patient_text

#: Order families whose changes the timeline shows (each is one rule that changes over time).
Family = Literal["weight_bearing", "brace", "sling"]
SAME_WEEK = 1e-6
# The end of an order that already lets the patient stand fully changes nothing for them.
NO_END_STEP = frozenset({"wb-as-tolerated"})
UPCOMING = 3  # how many entries this week's handout lists


def order_family(order_id: str) -> Family | None:
    """The timeline family of a catalogue precaution, or None when the timeline leaves it out."""
    if order_id.startswith("wb-"):
        return "weight_bearing"
    if order_id == "brace":
        return "brace"
    if order_id == "shoulder-sling":
        return "sling"
    return None


@dataclass(frozen=True)
class TimelineEntry:
    """One step on the timeline: when, what the patient reads, the surgeon's words."""

    weeks: float | None  # None: on the criterion only
    unit: TimeUnit
    what: str
    wording: str = ""
    criterion: str = ""
    source: Literal["milestone", "order", "setting"] = "milestone"
    ref: str = ""  # the milestone id, the order key or the setting's milestone kind

    def date(self, plan: Plan) -> dt.date | None:
        """The calendar date of the entry (None: on a criterion only)."""
        return None if self.weeks is None else date_after(plan.surgery_date, self.weeks)


def _sort_key(entry: TimelineEntry) -> tuple[bool, float, bool]:
    """Time order; on one day the surgeon's orders come before the milestones."""
    return entry.weeks is None, entry.weeks or 0.0, entry.source != "order"


def timeline(plan: Plan, catalogue: Mapping[str, Precaution],
             texts: MilestoneTexts | None = None) -> list[TimelineEntry]:
    """Every step of the plan's timeline in time order; criterion-only milestones come last.

    Orders are read as the plan keeps them (pass plans.conditions.in_effect(plan) to leave out
    orders its conditions switch off). A milestone of an unknown kind with no text of its own is
    left out (`check` reports it).
    """
    texts = texts or milestone_texts()
    entries: list[TimelineEntry] = []
    for milestone in plan.milestones:
        parts = [texts.kinds.get(milestone.kind, "") if milestone.kind else "",
                 " ".join(milestone.text.split())]
        what = " ".join(p for p in parts if p)
        if what:
            entries.append(TimelineEntry(
                weeks=milestone.weeks, unit=milestone.unit, what=what,
                wording=" ".join(milestone.wording.split()),
                criterion=" ".join(milestone.criterion.split()), ref=milestone.id))
    entries += _order_entries(plan.precautions, catalogue, texts)
    given = {m.kind for m in plan.milestones}
    for kind, weeks in (("drive", plan.settings.driving_weeks),
                        ("return-to-work", plan.settings.return_to_work_weeks)):
        # the plan's settings say it already; a milestone of the kind (the surgeon's words) wins
        if weeks and kind not in given and kind in texts.kinds:
            entries.append(TimelineEntry(weeks=weeks, unit="weeks", what=texts.kinds[kind],
                                         source="setting", ref=kind))
    unique = {(e.weeks, e.what, e.wording, e.criterion): e for e in entries}  # two orders alike
    return sorted(unique.values(), key=_sort_key)


def _order_entries(orders: list[PrecautionSetting], catalogue: Mapping[str, Precaution],
                   texts: MilestoneTexts) -> list[TimelineEntry]:
    """A family's order that starts after surgery is a step; so is the end of one that no other
    order of its family follows."""
    out: list[TimelineEntry] = []
    for order in orders:
        family, precaution = order_family(order.id), catalogue.get(order.id)
        if family is None or precaution is None:
            continue
        if order.weeks_from > 0:
            out.append(TimelineEntry(weeks=order.weeks_from, unit=order.unit,
                                     what=patient_text(precaution, order),
                                     wording=" ".join(order.wording.split()),
                                     source="order", ref=order.key))
        end = order.weeks_to
        followed = end is not None and any(
            order_family(o.id) == family and abs(o.weeks_from - end) < SAME_WEEK for o in orders)
        if end is None or order.id in NO_END_STEP or followed:
            continue
        words = getattr(texts.orders_end, family)
        what = fill(words, {"device": param_values(precaution, order).get("device", "")})
        out.append(TimelineEntry(weeks=end, unit=order.unit, what=what, source="order",
                                 ref=order.key))
    return out


def when_words(plan: Plan, entry: TimelineEntry, texts: MilestoneTexts | None = None) -> str:
    """'14 Dec 2026 (6 weeks after surgery)', '12 Nov 2026 (10 days after surgery)', or 'When
    you are ready' (a criterion)."""
    texts = texts or milestone_texts()
    if entry.weeks is None:
        return texts.when_ready
    day = format_date(date_after(plan.surgery_date, entry.weeks))
    if entry.unit == "days":
        days = round(entry.weeks * DAYS_PER_WEEK)
        return fill(texts.at_one_day if days == 1 else texts.at_day, {"day": str(days), "date": day})
    return fill(texts.at_one_week if entry.weeks == 1 else texts.at_week,
                {"week": f"{entry.weeks:g}", "date": day})


def entry_line(plan: Plan, entry: TimelineEntry, texts: MilestoneTexts | None = None) -> str:
    """One entry as the patient reads it: when, what, the criterion it waits on, and the
    surgeon's words."""
    texts = texts or milestone_texts()
    line = f"{when_words(plan, entry, texts)}: {entry.what}"
    if entry.criterion:
        line += " " + fill(texts.criterion, {"criterion": entry.criterion})
    if entry.wording:
        line += " " + fill(order_texts().surgeon_wording, {"wording": entry.wording})
    return line


def timeline_lines(plan: Plan, entries: list[TimelineEntry],
                   texts: MilestoneTexts | None = None) -> list[str]:
    """The entries as lines, one per date: the steps of the same day follow one another."""
    texts = texts or milestone_texts()
    lines: list[str] = []
    last_when = None
    for entry in entries:
        when = when_words(plan, entry, texts) if entry.weeks is not None else None
        line = entry_line(plan, entry, texts)
        if when is not None and when == last_when:
            lines[-1] += " " + line[len(when) + 2:]
        else:
            lines.append(line)
        last_when = when
    return lines


def upcoming(plan: Plan, entries: list[TimelineEntry], on: dt.date,
             count: int = UPCOMING) -> list[TimelineEntry]:
    """The entries of the next few dates from a day on (every step of each date), then those on
    a criterion still ahead, `count` dates or criteria in all."""
    dated = [e for e in entries if e.weeks is not None and (e.date(plan) or on) >= on]
    dates = list(dict.fromkeys(e.date(plan) for e in dated))[:count]
    out = [e for e in dated if e.date(plan) in dates]
    waiting = [e for e in entries if e.weeks is None and not _behind(plan, e, on)]
    return out + waiting[:count - len(dates)]


# A criterion-only milestone that ends an order family's rule ("stop using your crutches").
ENDS_FAMILY: dict[str, Family] = {
    "stop-crutches": "weight_bearing", "stop-walker": "weight_bearing",
    "stop-sling": "sling", "wean-brace": "brace",
}


def _behind(plan: Plan, entry: TimelineEntry, on: dt.date) -> bool:
    """Whether a criterion-only milestone is already behind the patient on a day: it ends a
    family's rule (crutches, sling, brace) and every order of that family has ended by then.
    (At week 14 after an Achilles repair, "stop using your crutches once you may put full weight
    on the leg in the boot" was still coming up, eight weeks after the boot and crutches.)"""
    kind = next((m.kind for m in plan.milestones if m.id == entry.ref), None)
    family = ENDS_FAMILY.get(kind or "")
    orders = [o for o in plan.precautions if family and order_family(o.id) == family]
    return bool(orders) and all(
        o.weeks_to is not None and date_after(plan.surgery_date, o.weeks_to) <= on
        for o in orders)
