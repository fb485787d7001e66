"""Dosage in words, in any language ('2 sets of 10 reps · 3 times a day', '2 series de 10...').

The words are data: resources/guidance/dosage.yaml in English, resources/i18n/<language>/dosage.yaml
for the others, all with the same keys (a key in one language only fails to load).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field

from rehab_planner import paths
from rehab_planner.datafile import read_sections
from rehab_planner.model.base import Model
from rehab_planner.model.dosage import SEPARATOR, Dosage
from rehab_planner.model.vocab import AsTolerated, DistanceUnit, Side

DOSAGE_FILE = "dosage.yaml"
# The effort scale's numbers, 0 to 10.
EFFORT_LEVELS = 11


class Plural(Model):
    """A phrase for one, for two (when the language has a word for it), and for any other number
    ({n})."""

    one: str = Field(min_length=1)
    two: str | None = Field(default=None, min_length=1)
    other: str = Field(min_length=1)

    def of(self, n: int) -> str:
        """The phrase for n."""
        phrase = self.one if n == 1 else self.two if n == 2 and self.two else self.other
        return phrase.replace("{n}", str(n))

    def of_text(self, n: str) -> str:
        """The 'other' phrase for a number already in words (a range, a decimal)."""
        return self.other.replace("{n}", n)


class DistanceParts(Model):
    """Less than one kilometre or mile, in words."""

    quarter: str = Field(min_length=1)
    half: str = Field(min_length=1)
    three_quarters: str = Field(min_length=1)


class DosageWords(Model):
    """One language's dosage words (resources/guidance/dosage.yaml for English,
    resources/i18n/<language>/dosage.yaml for the others)."""

    schema_version: int = Field(default=2, ge=2, le=2)
    reps: Plural
    sets_of: str = Field(pattern=r"\{sets\}.*\{reps\}|\{reps\}.*\{sets\}")
    sets: Plural
    hold: Plural
    minutes: Plural
    times_a_day: Plural
    days_a_week: Plural
    every_day: str
    rest: Plural
    sides: dict[Side, str]
    range: str = Field(pattern=r"\{low\}.*\{high\}")
    as_needed: str = Field(min_length=1)
    as_tolerated: dict[AsTolerated, str]
    up_to: str = Field(pattern=r"\{amount\}")
    distance: dict[DistanceUnit, Plural]
    distance_parts: dict[DistanceUnit, DistanceParts]
    decimal_mark: str = Field(min_length=1, max_length=1)
    effort: str = Field(pattern=r"\{effort\}.*\{words\}|\{words\}.*\{effort\}")
    effort_words: list[str] = Field(min_length=EFFORT_LEVELS, max_length=EFFORT_LEVELS)
    progress: str = Field(pattern=r"\{start\}.*\{target\}")

    def patient_texts(self) -> dict[str, str]:
        """The phrases a patient reads as words (for the reading-level tests)."""
        out = {"as_needed": self.as_needed, "effort": self.effort, "progress": self.progress,
               "effort_words": "\n".join(self.effort_words)}
        out.update({f"as_tolerated.{k}": v for k, v in self.as_tolerated.items()})
        return out


def load_dosage_words(path: Path) -> DosageWords:
    """Load a language's dosage words.

    Raises:
        DataFileError: the file is missing, broken or a field is wrong (named).
    """
    return read_sections(DosageWords, path)


@lru_cache(maxsize=1)
def english_dosage_words() -> DosageWords:
    """The English dosage words (resources/guidance/dosage.yaml), read once.

    Raises:
        DataFileError: the file is broken.
    """
    return load_dosage_words(paths.guidance_dir() / DOSAGE_FILE)


def _count(plural: Plural, low: int, high: int | None, words: DosageWords) -> str:
    """'10 reps', or '10 to 15 reps' for a range."""
    if high is None or high == low:
        return plural.of(low)
    return plural.of_text(_range(low, high, words))


def _range(low: object, high: object, words: DosageWords) -> str:
    return words.range.replace("{low}", str(low)).replace("{high}", str(high))


def _number(value: float, words: DosageWords) -> str:
    text = f"{value:g}" if value != int(value) else str(int(value))
    return text.replace(".", words.decimal_mark)


def distance_words(value: float, unit: DistanceUnit, words: DosageWords) -> str:
    """'400 meters', 'a quarter mile', '1.5 miles'."""
    parts = words.distance_parts.get(unit)
    if value < 1 and parts is not None:
        for part, name in ((0.25, "quarter"), (0.5, "half"), (0.75, "three_quarters")):
            if abs(value - part) < 1e-9:
                return str(getattr(parts, name))
    plural = words.distance[unit]
    return plural.of(1) if value == 1 else plural.of_text(_number(value, words))


def _effort(dosage: Dosage, words: DosageWords) -> str:
    low, high = dosage.effort, dosage.effort_max
    if low is None:
        return ""
    if high is None or high == low:
        number, anchor = str(low), words.effort_words[low]
    else:
        number = _range(low, high, words)
        low_words, high_words = words.effort_words[low], words.effort_words[high]
        anchor = low_words if low_words == high_words else _range(low_words, high_words, words)
    return words.effort.replace("{effort}", number).replace("{words}", anchor)


def _counts(dosage: Dosage, words: DosageWords) -> list[str]:
    """Sets, reps, hold, minutes and distance, in that order."""
    parts: list[str] = []
    sets, sets_max, reps = dosage.sets, dosage.sets_max, dosage.reps
    many_sets = (sets or 1) > 1 or (sets_max or 1) > 1
    holds = bool(dosage.hold_seconds or dosage.minutes)
    if reps == 1 and dosage.reps_max is None and holds and many_sets:
        parts.append(_count(words.reps, sets or 1, sets_max, words))  # "2 reps · hold 15 seconds"
    elif reps == 1 and dosage.reps_max is None and holds:
        pass  # "hold 60 seconds" says it all; "1 rep" would only add noise
    elif reps is not None:
        reps_text = _count(words.reps, reps, dosage.reps_max, words)
        if many_sets:
            sets_number = str(sets) if sets_max in (None, sets) else _range(sets, sets_max, words)
            parts.append(words.sets_of.replace("{sets}", sets_number).replace("{reps}", reps_text))
        else:
            parts.append(reps_text)
    elif many_sets:
        parts.append(_count(words.sets, sets or 1, sets_max, words))
    if dosage.hold_seconds is not None:
        parts.append(_count(words.hold, dosage.hold_seconds, dosage.hold_seconds_max, words))
    if dosage.minutes is not None:
        parts.append(_count(words.minutes, dosage.minutes, dosage.minutes_max, words))
    if dosage.distance is not None and dosage.distance_unit is not None:
        parts.append(distance_words(dosage.distance, dosage.distance_unit, words))
    return parts


def _target(dosage: Dosage, words: DosageWords) -> str:
    """What to build up to, in words ('3 sets of 15 reps')."""
    target = dosage.build_up_to
    if target is None:
        return ""
    goal = Dosage(sets=target.sets or (dosage.sets if target.reps else None), reps=target.reps,
                  hold_seconds=target.hold_seconds, minutes=target.minutes,
                  distance=target.distance,
                  distance_unit=dosage.distance_unit if target.distance is not None else None)
    return SEPARATOR.join(_counts(goal, words))


def amount_words(dosage: Dosage, words: DosageWords | None = None) -> str:
    """How much in one session, e.g. '2 sets of 10 reps · hold 5 seconds'.

    Counts are 'reps' (the how-to list on page 1 says what a rep is), so 'times' is left to
    how often: '20 reps · 3 times a day', never '20 times · 3 times a day'.
    """
    words = words or english_dosage_words()
    parts = _counts(dosage, words)
    amount = SEPARATOR.join(parts)
    target = _target(dosage, words)
    if target and amount:
        amount = words.progress.replace("{start}", amount).replace("{target}", target)
    if dosage.as_tolerated is not None:
        tolerated = words.as_tolerated[dosage.as_tolerated]
        amount = SEPARATOR.join(p for p in (
            words.up_to.replace("{amount}", amount) if amount else "", tolerated) if p)
    return SEPARATOR.join(p for p in (amount, _effort(dosage, words)) if p)


def how_often_words(dosage: Dosage, words: DosageWords | None = None) -> str:
    """How often, e.g. '3 times a day · 5 days a week', or 'as often as you need'."""
    words = words or english_dosage_words()
    if dosage.as_needed:
        return words.as_needed
    parts: list[str] = []
    if dosage.times_a_day is not None:
        parts.append(words.times_a_day.of(dosage.times_a_day))
    if dosage.days_a_week is not None:
        parts.append(words.every_day if dosage.days_a_week == 7
                     else words.days_a_week.of(dosage.days_a_week))
    return SEPARATOR.join(parts)


def dosage_words(dosage: Dosage, words: DosageWords | None = None, load: str | None = None) -> str:
    """The whole dosage in the language of `words` (None: English): how much, side, load, rest,
    how often.

    Args:
        dosage: the dosage.
        words: the language's words (None: English).
        load: the weight or band, already translated (None: the dosage's own).
    """
    words = words or english_dosage_words()
    parts = [amount_words(dosage, words)]
    if dosage.side in words.sides:
        parts.append(words.sides[dosage.side])
    load = dosage.load if load is None else load
    if load:
        parts.append(load)
    if dosage.rest_seconds:
        parts.append(words.rest.of(dosage.rest_seconds))
    parts.append(how_often_words(dosage, words))
    return SEPARATOR.join(p for p in parts if p)


def describe(dosage: Dosage) -> str:
    """The whole dosage in plain English: '2 sets of 10 reps · hold 5 seconds · 3 times a day'."""
    return dosage_words(dosage)
