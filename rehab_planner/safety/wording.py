"""Plain words for the safety findings: what a movement does, what a precaution bans, and when.

The words live in resources/messages/wording.yaml (and its translations), written in the
interface language, so a message reads "Knee to chest bends the low back; no bending until
week 12." or its Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rehab_planner.i18n.messages import say
from rehab_planner.model import Movement


def number(value: float) -> str:
    """A week or count without a needless '.0': 12.0 -> '12', 2.5 -> '2.5'."""
    return f"{value:g}"


def _key(movement: Movement | str) -> str:
    """The movement's id, e.g. 'lumbar_flexion' (a movement may come as its plain string)."""
    return str(getattr(movement, "value", movement))


def join_words(words: Iterable[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (duplicates dropped, order kept); last: 'and' or 'or'."""
    items = list(dict.fromkeys(words))
    if len(items) <= 1:
        return "".join(items)
    return say(f"wording.{last}", items=say("wording.list-separator").join(items[:-1]),
               last=items[-1])


def does(movement: Movement) -> str:
    """What an exercise with this movement does, e.g. 'bends the low back'."""
    try:
        return say(f"wording.does.{_key(movement)}")
    except KeyError:
        return say("wording.does.unknown", movement=movement)


def banned(movement: Movement, lift_limit_lb: float | None = None, under: bool = False) -> str:
    """What a precaution bans, e.g. 'bending', or 'lifting over 10 lb' when a limit is set
    ('lifting 20 lb or more' when the patient must stay under it)."""
    try:
        noun = say(f"wording.bans.{_key(movement)}")
    except KeyError:
        noun = str(movement).replace("_", " ")
    if movement == Movement.LIFTING and lift_limit_lb is not None:
        key = "wording.bans.lifting-from" if under else "wording.bans.lifting-over"
        return say(key, noun=noun, limit=number(lift_limit_lb))
    return noun


def movement_name(movement: Movement) -> str:
    """The movement's own name, e.g. 'lumbar flexion'."""
    try:
        return say(f"wording.movement.{_key(movement)}")
    except KeyError:
        return _key(movement).replace("_", " ")


def weeks_span(weeks_from: float, weeks_to: float | None, in_days: bool = False) -> str:
    """When a precaution holds: 'until week 12', 'from week 2 until week 6', or open-ended; for
    an order written in days, 'until day 30', 'from day 10 until day 30'."""
    unit, scale = ("day", 7) if in_days else ("week", 1)
    start = number(round(weeks_from * scale, 2))
    if weeks_to is None:
        if weeks_from > 0:
            return say(f"wording.span.from-{unit}-until-lifted", start=start)
        return say("wording.span.until-lifted")
    end = number(round(weeks_to * scale, 2))
    if weeks_from > 0:
        return say(f"wording.span.from-until-{unit}", start=start, end=end)
    return say(f"wording.span.until-{unit}", end=end)


def phase_weeks(weeks_from: float, weeks_to: float | None) -> str:
    """A phase's weeks: 'weeks 0 to 6' or 'from week 12 on'."""
    if weeks_to is None:
        return say("wording.phase-weeks.open", start=number(weeks_from))
    return say("wording.phase-weeks", start=number(weeks_from), end=number(weeks_to))


def duration(seconds: float) -> str:
    """'3 minutes' from two minutes on, else '45 seconds'."""
    if seconds >= 120:
        return say("wording.minutes", count=number(seconds / 60))
    return say("wording.seconds", count=number(seconds))


def conflict_message(
    exercise_name: str,
    movements: Iterable[Movement],
    weeks_from: float,
    weeks_to: float | None,
    lift_limit_lb: float | None = None,
    lift_under: bool = False,
    in_days: bool = False,
) -> str:
    """'Knee to chest bends the low back; no bending until week 12.' (or 'until day 30')"""
    moves = list(movements)
    doing = join_words(does(m) for m in moves)
    bans = join_words((banned(m, lift_limit_lb, lift_under) for m in moves), last="or")
    return say("findings.precaution-conflict", exercise=exercise_name, doing=doing, bans=bans,
               span=weeks_span(weeks_from, weeks_to, in_days))


# Where a handout text comes from, as patient_text.printed_texts names it (and a finding's subject
# keeps it, in English): the part before a quoted name, and its message key.
_WHERE_NAMED = {"the daily-life topic": "topic", "the main message of": "stage-message",
                "the goals of": "goals", "the steps of": "steps",
                "the cautions of": "cautions", "your note on": "note"}
_WHERE_PLAIN = {"the main message": "main-message", "the precautions": "precautions",
                "the warning signs": "warning-signs"}
_NAMED = re.compile("^({}) '(.*)'$".format("|".join(map(re.escape, _WHERE_NAMED))))


def where_words(where: str, names: Mapping[str, str] | None = None) -> str:
    """Where a handout text comes from, in the interface language: 'the steps of 'Bridge''.

    Args:
        where: the place as printed_texts names it (English).
        names: English exercise name -> the name to show (the interface language's).
    """
    if where in _WHERE_PLAIN:
        return say(f"findings.where.{_WHERE_PLAIN[where]}")
    match = _NAMED.match(where)
    if match is None:
        return where
    kind, name = _WHERE_NAMED[match.group(1)], match.group(2)
    if kind in ("steps", "cautions", "note") and names:
        name = names.get(name, name)
    return say(f"findings.where.{kind}", name=name)
