"""How long a stage's exercises take a day, as the handout says it: only what can be known."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rehab_planner.handout.context import Item
from rehab_planner.safety.rules import exercise_minutes

_ROUND_TO = 5


@dataclass(frozen=True, slots=True)
class DailyMinutes:
    """The minutes a day of the exercises whose time is known, and how many have none.

    minutes: rounded to 5 (at least 5), not counting walks and posture habits; None when no
        exercise has a known time (the handout then prints no number).
    untimed: exercises done as needed or as tolerated, or given only a distance or an effort.
    """

    minutes: int | None
    untimed: int

    def sentence(self, full: str, partly: str, none: str) -> str:
        """The text that fits: every time known (full), some (partly), none (none); each may hold
        {minutes}, filled by the caller."""
        if self.minutes is None:
            return none
        return partly if self.untimed else full


def daily_minutes(items: Sequence[Item]) -> DailyMinutes:
    """The minutes a day of a stage's exercises, counted as the safety time budget counts them."""
    known = [exercise_minutes(item.exercise.category, item.dosage) for item in items]
    timed = [m for m in known if m is not None]
    untimed = len(known) - len(timed)
    if items and not timed:
        return DailyMinutes(None, untimed)
    return DailyMinutes(max(_ROUND_TO, round(sum(timed) / _ROUND_TO) * _ROUND_TO), untimed)
