"""When each precaution holds, as calendar dates from the surgery date (never stored twice)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import partial
from typing import NamedTuple

from rehab_planner.errors import RehabError
from rehab_planner.i18n import current_language
from rehab_planner.i18n.dates import range_words, rule_dates_words
from rehab_planner.model import Plan, Precaution, PrecautionSetting
from rehab_planner.order_text import order_line, order_texts, steps_sentence, weekly_steps
from rehab_planner.plans.conditions import holds
from rehab_planner.plans.ranges import phase_limits
from rehab_planner.plans.schedule import date_after, format_date
from rehab_planner.range_text import limit_sentence
from rehab_planner.safety.catalogue import (
    LESS_THAN,
    fill,
    number_param,
    order_values,
    param_values,
    shown_sentences,
)

UNTIL_LIFTED = "until your surgeon says you may stop"


def dates_words(surgery: dt.date, weeks_from: float, weeks_to: float | None) -> str:
    """When a rule holds, in dates: 'Until 25 Jan 2027', 'From 14 Dec 2026 to 25 Jan 2027',
    'Until your surgeon says you may stop' or 'From 14 Dec 2026 until your surgeon says you may
    stop'. The end date is the day the rule stops (the day the next stage starts)."""
    start = date_after(surgery, weeks_from)
    if current_language() != "en":  # the words of another language (see i18n.dates)
        end_day = None if weeks_to is None else date_after(surgery, weeks_to)
        return rule_dates_words(start, end_day, weeks_from == 0, current_language())
    if weeks_to is None:
        if weeks_from == 0:
            return UNTIL_LIFTED[0].upper() + UNTIL_LIFTED[1:]
        return f"From {format_date(start)} {UNTIL_LIFTED}"
    end = format_date(date_after(surgery, weeks_to))
    if weeks_from == 0:
        return f"Until {end}"
    return f"From {format_date(start, year=start.year != date_after(surgery, weeks_to).year)} " \
           f"to {end}"


def weeks_words(setting: PrecautionSetting, surgery: dt.date) -> str:
    """When a precaution applies, in calendar dates (see dates_words)."""
    return dates_words(surgery, setting.weeks_from, setting.weeks_to)


def since_words(surgery: dt.date, weeks_from: float) -> str:
    """When an allowance starts: 'From 30 Nov 2026' ('Desde el 30 de noviembre de 2026'); ""
    from the day of surgery."""
    if weeks_from == 0:
        return ""
    start = date_after(surgery, weeks_from)
    if current_language() != "en":
        text = range_words(start, None, current_language())
        return text[:1].upper() + text[1:]
    return f"From {format_date(start)}"


def order_dates(surgery: dt.date, precaution: Precaution, setting: PrecautionSetting) -> str:
    """When an order holds, as page 1 prints it: a permission from its start (what limits it
    carries its own end, see limited_permission), any other from its start to its end."""
    if precaution.permission:
        return since_words(surgery, setting.weeks_from)
    return weeks_words(setting, surgery)


def limited_permission(precaution: Precaution, setting: PrecautionSetting,
                       surgery: dt.date) -> str | None:
    """A permission's words with the sentences that limit it dated to the order's end: "You may
    put as much weight on your leg as feels OK. ... Until 14 Dec 2026: Put weight on your leg only
    with your boot on." None when nothing limits it (or it has no end)."""
    if not precaution.permission or setting.weeks_to is None:
        return None
    shown = shown_sentences(precaution, setting)
    if not any(s.restricts for s in shown):
        return None
    params = param_values(precaution, setting)
    free = " ".join(fill(s.text, params) for s in shown if not s.restricts)
    bound = " ".join(fill(s.text, params) for s in shown if s.restricts)
    until = dates_words(surgery, 0, setting.weeks_to)
    return " ".join(f"{free} {until}: {bound}".split())


class DatedRule(NamedTuple):
    """A rule as page 1 prints it: the week it ends (None: no end) and its sentence."""

    weeks_to: float | None
    text: str


LIFT, PUSH_PULL = "lift-limit", "push-pull-limit"


def _lift_push_pull(lift: PrecautionSetting, push: PrecautionSetting,
                    catalogue: Mapping[str, Precaution]) -> str | None:
    """A lift limit and a push and pull limit as one sentence ("Do not lift, push or pull
    anything heavier than 10 pounds (4.5 kg)."), when they hold the same days or weeks with the
    same pounds and rule and neither keeps the surgeon's wording; else None."""
    same_time = ((lift.weeks_from, lift.weeks_to, lift.unit, lift.days_from, lift.days_to)
                 == (push.weeks_from, push.weeks_to, push.unit, push.days_from, push.days_to))
    if not same_time or lift.wording.strip() or push.wording.strip():
        return None
    pounds = number_param(catalogue[LIFT], lift, "lift_limit_lb")
    rule = order_values(catalogue[LIFT], lift).get("lift_rule")
    if pounds is None or pounds != number_param(catalogue[PUSH_PULL], push, "push_pull_limit_lb") \
            or rule != order_values(catalogue[PUSH_PULL], push).get("push_pull_rule"):
        return None
    texts = order_texts().lift_push_pull
    if pounds == 0:
        return texts.nothing
    values = param_values(catalogue[LIFT], lift)
    return fill(texts.under if rule == LESS_THAN else texts.up_to,
                {"pounds": values["lift_limit_lb"], "kg": values["lift_limit_kg"]})


def page_rules(plan: Plan, catalogue: Mapping[str, Precaution]) -> list[DatedRule]:
    """The plan's orders as page 1 prints them: one line each (see precaution_lines), except a
    lift limit and a push and pull limit that say the same, which share one line in the lift
    limit's place.

    Raises:
        RehabError: the plan names a precaution the catalogue does not have.
    """
    lines = precaution_lines(plan, catalogue)
    orders = plan.precautions
    joined: dict[int, str] = {}
    for i, lift in enumerate(orders):
        for j, push in enumerate(orders):
            if lift.id != LIFT or push.id != PUSH_PULL or i in joined or j in joined:
                continue
            what = _lift_push_pull(lift, push, catalogue)
            if what is not None:
                line = order_line(catalogue[LIFT], lift,
                                  partial(order_dates, plan.surgery_date, catalogue[LIFT]), what=what)
                joined.update({i: line, j: ""})
    rules = [DatedRule(order.weeks_to, joined.get(i, line))
             for i, (order, line) in enumerate(zip(orders, lines, strict=True))]
    return [rule for rule in rules if rule.text]


def precaution_lines(plan: Plan, catalogue: Mapping[str, Precaution]) -> list[str]:
    """Each of the plan's orders as one line a patient reads: when (dates), what (built from the
    order's values), and the surgeon's own wording when the plan keeps it.

    Raises:
        RehabError: the plan names a precaution the catalogue does not have.
    """
    lines = []
    for setting in plan.precautions:
        precaution = catalogue.get(setting.id)
        if precaution is None:
            raise RehabError(f"The plan's precaution '{setting.id}' is not in the catalogue")
        line = order_line(precaution, setting, partial(order_dates, plan.surgery_date, precaution),
                          what=limited_permission(precaution, setting, plan.surgery_date))
        steps = weekly_steps(precaution, setting)
        if steps:
            line += " " + steps_sentence([(date_after(plan.surgery_date, week), percent)
                                          for week, percent in steps])
        lines.append(line)
    return lines


Weeks = tuple[float, float | None]  # from, to (None: onwards)


def _without(weeks: Weeks, taken: list[Weeks]) -> list[Weeks]:
    """The parts of a stretch of weeks that none of the taken stretches covers."""
    pieces = [weeks]
    for t_from, t_to in taken:
        kept: list[Weeks] = []
        for start, end in pieces:
            if start < t_from:
                kept.append((start, t_from if end is None else min(end, t_from)))
            if t_to is not None and (end is None or end > t_to):
                kept.append((max(start, t_to), end))
        pieces = [(a, b) for a, b in kept if b is None or b > a]
    return pieces


def limit_rules(plan: Plan, catalogue: Mapping[str, Precaution]) -> list[DatedRule]:
    """The stages' range limits as page 1's rules, beside the surgeon's orders: one line for each
    stretch of weeks, a limit of back-to-back stages once ('Until 25 Jan 2027: Do not arch your
    back.').

    A joint motion an order already says (`says_limits`: the hip rules after a hip replacement,
    the twist in the spinal rules) is left out for the weeks that order holds, and printed for
    the rest of the stage.
    """
    orders = [(setting, catalogue[setting.id]) for setting in plan.precautions
              if setting.id in catalogue and holds(setting, plan.conditions)]
    spans: dict[str, list[Weeks]] = {}
    for phase in sorted(plan.phases, key=lambda p: p.weeks_from):
        for limit in phase_limits(plan, phase):
            said = [(s.weeks_from, s.weeks_to) for s, entry in orders
                    if limit.key in entry.says_limits]
            runs = spans.setdefault(limit_sentence(limit), [])
            for start, end in _without((phase.weeks_from, phase.weeks_to), said):
                if runs and runs[-1][0] == start:  # two limits that read the same
                    continue
                if runs and runs[-1][1] == start:
                    runs[-1] = (runs[-1][0], end)
                else:
                    runs.append((start, end))
    stretches: dict[Weeks, list[str]] = {}
    for sentence, runs in spans.items():
        for run in runs:
            stretches.setdefault(run, []).append(sentence)
    return [DatedRule(end, f"{dates_words(plan.surgery_date, start, end)}: {' '.join(texts)}")
            for (start, end), texts in sorted(
                stretches.items(), key=lambda kv: (kv[0][0], kv[0][1] or float("inf")))]
