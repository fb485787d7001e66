"""A surgeon's order in a patient's words: when it holds (days or weeks), what it says, and the
surgeon's own wording beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from rehab_planner import paths
from rehab_planner.datafile import placeholder_problems, read_checked_texts
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.current import current_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.model.base import Model
from rehab_planner.model.plan import Prescription
from rehab_planner.model.precaution import Precaution, PrecautionSetting
from rehab_planner.plans.schedule import format_date
from rehab_planner.safety.catalogue import (
    PLACEHOLDER,
    fill,
    number_param,
    order_values,
    patient_text,
)

ORDERS_FILE = "orders.yaml"


class DayTexts(Model):
    """How the time of an order written in days reads."""

    first_day: str = Field(min_length=1, max_length=120)
    first_days: str = Field(min_length=1, max_length=120)
    between: str = Field(min_length=1, max_length=120)
    from_day: str = Field(min_length=1, max_length=160)
    until_lifted: str = Field(min_length=1, max_length=120)


class StanceTexts(Model):
    """Which leg to stand on in a one-leg exercise."""

    operated: str = Field(min_length=1, max_length=200)
    other: str = Field(min_length=1, max_length=200)


class WeeklyTexts(Model):
    """The dates a limit that rises each week steps up on (partial weight bearing)."""

    schedule: str = Field(min_length=1, max_length=120)
    step: str = Field(min_length=1, max_length=80)
    full: str = Field(min_length=1, max_length=80)


class LiftPushPullTexts(Model):
    """A lift limit and a push and pull limit that say the same, as one sentence."""

    nothing: str = Field(min_length=1, max_length=120)
    up_to: str = Field(min_length=1, max_length=120)
    under: str = Field(min_length=1, max_length=120)


class OrderTexts(Model):
    """resources/orders.yaml, validated."""

    surgeon_wording: str = Field(min_length=1, max_length=120)
    days: DayTexts
    stance: StanceTexts
    weekly: WeeklyTexts
    lift_push_pull: LiftPushPullTexts


_ALLOWED = {
    "surgeon_wording": {"wording"},
    "days.first_day": set(),
    "days.first_days": {"end"},
    "days.between": {"start", "end"},
    "days.from_day": {"start"},
    "days.until_lifted": set(),
    "stance.operated": set(),
    "stance.other": set(),
    "weekly.schedule": {"steps"},
    "weekly.step": {"percent", "date"},
    "weekly.full": {"date"},
    "lift_push_pull.nothing": set(),
    "lift_push_pull.up_to": {"pounds", "kg"},
    "lift_push_pull.under": {"pounds", "kg"},
}


def load_order_texts(path: Path | None = None) -> OrderTexts:
    """Load and check the order texts.

    Raises:
        DataFileError: naming the file, the text and the problem.
    """
    path = path or paths.resources_dir() / ORDERS_FILE
    texts = read_checked_texts(OrderTexts, path)
    found = {}
    for name in _ALLOWED:
        section, _, key = name.partition(".")
        found[name] = texts.surgeon_wording if not key else getattr(getattr(texts, section), key)
    problems = placeholder_problems(found, _ALLOWED, PLACEHOLDER)
    if problems:
        raise DataFileError(path, problems)
    return texts


@lru_cache(maxsize=1)
def shipped_order_texts() -> OrderTexts:
    """The shipped order texts, read once per process."""
    return load_order_texts()


@lru_cache(maxsize=8)
def _order_texts_in(language: str) -> OrderTexts:
    from rehab_planner.i18n.content import ORDERS_FILE, language_lookup, translate_model

    if language == DEFAULT_LANGUAGE:
        return shipped_order_texts()
    return translate_model(shipped_order_texts(), language_lookup(language), ORDERS_FILE, "texts.")


def order_texts() -> OrderTexts:
    """The order texts in the language being written now (English falls back, marked)."""
    return _order_texts_in(current_language())


def days_words(setting: PrecautionSetting, texts: OrderTexts | None = None) -> str:
    """When an order written in days holds, e.g. 'For the first 30 days after surgery'."""
    days = (texts or order_texts()).days
    start, end = setting.days_from, setting.days_to
    values = {"start": str(start), "end": str(end)}
    if end is None:
        return days.until_lifted if start == 0 else fill(days.from_day, values)
    if start == 0:
        return days.first_day if end == 1 else fill(days.first_days, values)
    return fill(days.between, values)


#: The most dates a weekly schedule lists; a longer one (5% more each week) is left to the order.
MOST_STEPS = 8


def weekly_steps(precaution: Precaution, setting: PrecautionSetting) -> list[tuple[float, float]]:
    """When an order's percentage rises each week (partial weight bearing at 25%, then 25% more
    each week): (weeks after surgery, the percentage from then) for each whole week from the
    order's start, until it reaches 100 or the order ends. Empty when it does not rise, or would
    take more than MOST_STEPS dates."""
    for limit in precaution.forbids_below:
        value = number_param(precaution, setting, limit.param)
        step = None if limit.weekly_step is None else \
            number_param(precaution, setting, limit.weekly_step)
        if value is None or not step:
            continue
        steps: list[tuple[float, float]] = []
        week = setting.weeks_from
        while setting.weeks_to is None or week < setting.weeks_to:
            steps.append((week, min(100.0, value + step * (week - setting.weeks_from))))
            if steps[-1][1] >= 100 or len(steps) > MOST_STEPS:
                break
            week += 1
        return steps if 1 < len(steps) <= MOST_STEPS else []
    return []


def steps_sentence(steps: list[tuple[dt.date, float]], texts: OrderTexts | None = None) -> str:
    """'Your dates: 25% from 30 Nov, 50% from 7 Dec, all your weight from 14 Dec.'"""
    weekly = (texts or order_texts()).weekly
    parts = [fill(weekly.full, {"date": format_date(day, year=False)}) if percent >= 100 else
             fill(weekly.step, {"percent": f"{percent:g}", "date": format_date(day, year=False)})
             for day, percent in steps]
    return fill(weekly.schedule, {"steps": ", ".join(parts)})


def order_line(
    precaution: Precaution,
    setting: PrecautionSetting,
    weeks_words: Callable[[PrecautionSetting], str],
    texts: OrderTexts | None = None,
    what: str | None = None,
) -> str:
    """One order as the patient reads it: when, what (built from its values), and the surgeon's
    own wording after it when the plan keeps it.

    Args:
        precaution: the catalogue entry.
        setting: the plan's order.
        weeks_words: how the handout words an order's time (calendar dates); an order written in
            days adds its days in brackets; "" prints the order without a time.
        texts: the order texts; the shipped ones when None.
        what: the order's words when the caller built them (a permission with a dated limit);
            else its sentences.
    """
    texts = texts or order_texts()
    when = weeks_words(setting)
    if when and setting.unit == "days":  # as the surgeon wrote it, beside the dates
        days = days_words(setting, texts)
        when = f"{when} ({days[:1].lower()}{days[1:]})"
    what = what if what is not None else patient_text(precaution, setting)
    line = f"{when}: {what}" if when else what
    wording = " ".join(setting.wording.split())
    if wording:
        line += " " + fill(texts.surgeon_wording, {"wording": wording})
    return line


def brace_values(
    orders: list[PrecautionSetting], catalogue: Mapping[str, Precaution]
) -> dict[str, str]:
    """Guidance values a brace order gives: 'brace'; and 'brace_out_of_bed' when it is worn out of
    bed and off in the shower (the guidance's fixed brace advice holds only then). Its weeks are
    printed with the order itself."""
    for order in orders:
        precaution = catalogue.get(order.id)
        if order.id == "brace" and precaution is not None:
            values = {"brace": "yes"}
            chosen = order_values(precaution, order)
            if chosen.get("wear") == "out of bed" and chosen.get("in_shower") is False:
                values["brace_out_of_bed"] = "yes"
            return values
    return {}


def stance_notes(rx: Prescription, texts: OrderTexts | None = None) -> list[str]:
    """The sentence that tells the patient which leg to stand on, when the plan says it."""
    if rx.stance_leg is None:
        return []
    stance = (texts or order_texts()).stance
    return [stance.other if rx.stance_leg == "other" else stance.operated]
