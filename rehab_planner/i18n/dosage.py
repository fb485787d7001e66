"""Dosage in words in another language ('2 series de 10 repeticiones · 3 veces al día')."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from rehab_planner.datafile import read_sections
from rehab_planner.model.base import Model
from rehab_planner.model.dosage import SEPARATOR, Dosage
from rehab_planner.model.vocab import Side

DOSAGE_FILE = "dosage.yaml"


class Plural(Model):
    """A phrase for one, and for any other number ({n})."""

    one: str = Field(min_length=1)
    other: str = Field(min_length=1)

    def of(self, n: int) -> str:
        """The phrase for n."""
        return (self.one if n == 1 else self.other).replace("{n}", str(n))


class DosageWords(Model):
    """One language's dosage words (resources/i18n/<language>/dosage.yaml)."""

    schema_version: int = Field(default=1, ge=1, le=1)
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


def load_dosage_words(path: Path) -> DosageWords:
    """Load a language's dosage words.

    Raises:
        DataFileError: the file is missing, broken or a field is wrong (named).
    """
    return read_sections(DosageWords, path)


def dosage_words(dosage: Dosage, words: DosageWords, load: str | None = None) -> str:
    """The whole dosage in the language of `words`, in the order Dosage.describe uses.

    Args:
        dosage: the dosage.
        words: the language's words.
        load: the weight or band, already translated (None: the dosage's own).
    """
    parts: list[str] = []
    holds = bool(dosage.hold_seconds or dosage.minutes)
    if dosage.reps == 1 and holds and (dosage.sets or 1) > 1:
        parts.append(words.reps.of(dosage.sets or 1))
    elif dosage.reps == 1 and holds:
        pass
    elif dosage.reps is not None:
        reps = words.reps.of(dosage.reps)
        if dosage.sets and dosage.sets > 1:
            parts.append(words.sets_of.replace("{sets}", str(dosage.sets)).replace("{reps}", reps))
        else:
            parts.append(reps)
    elif dosage.sets and dosage.sets > 1:
        parts.append(words.sets.of(dosage.sets))
    if dosage.hold_seconds is not None:
        parts.append(words.hold.of(dosage.hold_seconds))
    if dosage.minutes is not None:
        parts.append(words.minutes.of(dosage.minutes))
    if dosage.side in words.sides:
        parts.append(words.sides[dosage.side])
    load = dosage.load if load is None else load
    if load:
        parts.append(load)
    if dosage.rest_seconds:
        parts.append(words.rest.of(dosage.rest_seconds))
    if dosage.times_a_day is not None:
        parts.append(words.times_a_day.of(dosage.times_a_day))
    if dosage.days_a_week is not None:
        parts.append(words.every_day if dosage.days_a_week == 7
                     else words.days_a_week.of(dosage.days_a_week))
    return SEPARATOR.join(p for p in parts if p)
