"""The outcome measures the clinic may use: loaded from resources/outcomes/*.yaml and validated."""

from __future__ import annotations

import enum
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, model_validator

from rehab_planner import paths
from rehab_planner.datafile import read_versioned, validation_problems
from rehab_planner.errors import DataFileError, DataFilesError
from rehab_planner.model.base import Model


class Better(enum.StrEnum):
    """Which way a score improves."""

    HIGHER = "higher"
    LOWER = "lower"


class Scoring(enum.StrEnum):
    """How the answers become a score."""

    SUM = "sum"  # add the answers (LEFS)
    MEAN = "mean"  # the average of the answered items (PSFS)
    SINGLE = "single"  # one question, the answer is the score (NPRS, SANE, GROC)
    TABLE = "table"  # add the answers, then look the sum up in a conversion table (KOOS JR, HOOS JR)


class Meaning(enum.StrEnum):
    """How a score is judged against the MCID."""

    CHANGE = "change"  # the change since the first visit must reach the MCID
    RATING = "rating"  # the score rates change itself (GROC): it must reach the MCID


class Item(Model):
    """One question, as a short label for the therapist entering the patient's paper answers."""

    id: str = Field(min_length=1, max_length=20)
    label: str = Field(min_length=1, max_length=120)


class Mcid(Model):
    """The published minimal clinically important difference, with where it comes from."""

    value: float = Field(gt=0)
    source: str = Field(min_length=10, max_length=400)
    checked: bool = Field(description="False: the value is cited from memory, not checked against the paper")
    note: str = Field(default="", max_length=400)


class Measure(Model):
    """One outcome measure: items, answer range, scoring rule, score range, MCID, source, terms."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=20)
    name: str = Field(min_length=2, max_length=80)
    short_name: str = Field(min_length=2, max_length=20)
    order: int = Field(default=100, ge=0, le=1000, description="Where it comes in lists and plots")
    better: Better
    scoring: Scoring
    meaning: Meaning = Meaning.CHANGE
    items: list[Item] = Field(min_length=1, max_length=40)
    answer_min: int = Field(ge=-10, le=100)
    answer_max: int = Field(ge=-10, le=100)
    answer_labels: dict[int, str] = Field(default_factory=dict, description="Words for some answers")
    min_answered: int | None = Field(default=None, ge=1, description="None: every item")
    named_items: bool = Field(
        default=False, description="The patient names each item in their own words (PSFS activities)")
    score_min: float
    score_max: float
    decimals: int = Field(default=0, ge=0, le=3)
    table: list[float] = Field(default_factory=list, description="Scoring 'table': score for sum 0, 1, ...")
    table_checked: bool = Field(
        default=True, description="False: the table is not checked against the source"
    )
    table_source: str = Field(default="", max_length=600,
                              description="Where the table was checked (needed once it is checked)")
    mcid: Mcid | None = None
    no_mcid_reason: str = Field(default="", max_length=300)
    source: str = Field(min_length=10, max_length=400)
    terms: str = Field(min_length=10, max_length=600, description="Terms of use, and where they were found")

    @property
    def required(self) -> int:
        """How many items must be answered for a score."""
        return self.min_answered or len(self.items)

    @model_validator(mode="after")
    def _consistent(self) -> Measure:
        if self.answer_max <= self.answer_min:
            raise ValueError("answer_max must be above answer_min")
        if self.score_max <= self.score_min:
            raise ValueError("score_max must be above score_min")
        if self.min_answered is not None and self.min_answered > len(self.items):
            raise ValueError(f"min_answered {self.min_answered} is more than the {len(self.items)} items")
        if self.scoring is Scoring.SINGLE and len(self.items) != 1:
            raise ValueError("a 'single' measure has exactly one item")
        if self.scoring is Scoring.TABLE:
            sums = len(self.items) * (self.answer_max - self.answer_min) + 1
            if len(self.table) != sums:
                raise ValueError(
                    f"the table needs {sums} values (one per possible sum), found {len(self.table)}"
                )
            if any(not self.score_min <= v <= self.score_max for v in self.table):
                raise ValueError("a table value lies outside score_min..score_max")
            if self.table_checked and not self.table_source:
                raise ValueError("a checked table needs table_source: where it was checked")
        elif self.table or self.table_source:
            raise ValueError("only 'table' scoring has a table (and a table_source)")
        if self.mcid is None and not self.no_mcid_reason:
            raise ValueError("give an mcid or say why there is none (no_mcid_reason)")
        for answer in self.answer_labels:
            if not self.answer_min <= answer <= self.answer_max:
                raise ValueError(f"answer_labels: {answer} is outside {self.answer_min}..{self.answer_max}")
        return self


def load_measure(path: Path) -> Measure:
    """One measure file ({schema_version: 1, measure: {...}}).

    Raises:
        DataFileError: naming the file, the measure and the field.
    """
    raw = read_versioned(path, "measure")
    name = str(raw.get("id", path.stem)) if isinstance(raw, dict) else path.stem
    try:
        return Measure.model_validate(raw)
    except ValidationError as err:
        raise DataFileError(path, validation_problems(name, err)) from None


def load_measures(folder: Path | None = None) -> dict[str, Measure]:
    """Every measure in the folder (default: the shipped ones), by id, in their `order`.

    Raises:
        DataFilesError: one or more files are broken (every problem listed).
    """
    found: dict[str, Measure] = {}
    errors: list[DataFileError] = []
    for path in sorted((folder or paths.outcomes_dir() / "measures").glob("*.yaml")):
        try:
            measure = load_measure(path)
        except DataFileError as err:
            errors.append(err)
            continue
        if measure.id in found:
            errors.append(DataFileError(path, [(measure.id, "id", "another file uses the same id")]))
            continue
        found[measure.id] = measure
    if errors:
        raise DataFilesError(errors)
    return dict(sorted(found.items(), key=lambda kv: (kv[1].order, kv[0])))


@lru_cache(maxsize=1)
def shipped_measures() -> dict[str, Measure]:
    """The shipped measures, loaded once."""
    return load_measures()


def measure(measure_id: str) -> Measure:
    """A shipped measure by id.

    Raises:
        KeyError: no such measure (the message lists the known ones).
    """
    known = shipped_measures()
    if measure_id not in known:
        raise KeyError(f"no outcome measure '{measure_id}'; known: {', '.join(known)}")
    return known[measure_id]
