"""When each precaution holds, as calendar dates from the surgery date (never stored twice)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from rehab_planner.errors import RehabError
from rehab_planner.i18n import current_language
from rehab_planner.i18n.dates import rule_dates_words
from rehab_planner.model import Plan, Precaution, PrecautionSetting
from rehab_planner.order_text import order_line, steps_sentence, weekly_steps
from rehab_planner.plans.conditions import holds
from rehab_planner.plans.ranges import phase_limits
from rehab_planner.plans.schedule import date_after, format_date
from rehab_planner.range_text import limit_sentence

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
        line = order_line(precaution, setting, lambda order: weeks_words(order, plan.surgery_date))
        steps = weekly_steps(precaution, setting)
        if steps:
            line += " " + steps_sentence([(date_after(plan.surgery_date, week), percent)
                                          for week, percent in steps])
        lines.append(line)
    return lines


class LimitRule(NamedTuple):
    """Range limits as one rule on page 1: when (dates), then each limit's sentence."""

    weeks_to: float | None
    text: str


def limit_rules(plan: Plan, catalogue: Mapping[str, Precaution]) -> list[LimitRule]:
    """The stages' range limits as page 1's rules, beside the surgeon's orders: one line for each
    stretch of weeks, a limit of back-to-back stages once ('Until 25 Jan 2027: Do not arch your
    back.').

    A limit on movement for the patient (passive) is left to the cards of the exercises it holds
    back, and so is a joint motion an order in force for the whole stage already says
    (`says_limits`: the hip rules after a hip replacement).
    """
    spans: dict[str, list[list[float | None]]] = {}
    for phase in sorted(plan.phases, key=lambda p: p.weeks_from):
        said = {key for setting in plan.precautions if holds(setting, plan.conditions)
                and setting.covers(phase.weeks_from, phase.weeks_to)
                and setting.id in catalogue for key in catalogue[setting.id].says_limits}
        for limit in phase_limits(plan, phase):
            if limit.mode == "passive" or limit.key in said:
                continue
            runs = spans.setdefault(limit_sentence(limit), [])
            if runs and runs[-1][0] == phase.weeks_from:  # two limits that read the same
                continue
            if runs and runs[-1][1] == phase.weeks_from:
                runs[-1][1] = phase.weeks_to
            else:
                runs.append([phase.weeks_from, phase.weeks_to])
    stretches: dict[tuple[float, float | None], list[str]] = {}
    for sentence, runs in spans.items():
        for start, end in runs:
            stretches.setdefault((start or 0.0, end), []).append(sentence)
    return [LimitRule(end, f"{dates_words(plan.surgery_date, start, end)}: {' '.join(texts)}")
            for (start, end), texts in sorted(
                stretches.items(), key=lambda kv: (kv[0][0], kv[0][1] or float("inf")))]
