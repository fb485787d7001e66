"""The words of the recovery timeline (resources/milestones.yaml), checked, in the patient's
language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field

from rehab_planner import paths
from rehab_planner.datafile import placeholder_problems, read_checked_texts
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.current import current_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.model.base import Model
from rehab_planner.safety.catalogue import PLACEHOLDER

MILESTONES_FILE = "milestones.yaml"

Sentence = str


class OrdersEnd(Model):
    """What the timeline says when the last weight-bearing, brace or sling order ends."""

    weight_bearing: str = Field(min_length=1, max_length=200)
    brace: str = Field(min_length=1, max_length=200)
    sling: str = Field(min_length=1, max_length=200)


class MilestoneTexts(Model):
    """resources/milestones.yaml, validated."""

    heading: str = Field(min_length=1, max_length=80)
    coming_heading: str = Field(min_length=1, max_length=80)
    intro: str = Field(min_length=1, max_length=200)
    at_week: str = Field(min_length=1, max_length=80)
    at_one_week: str = Field(min_length=1, max_length=80)
    at_day: str = Field(min_length=1, max_length=80)
    at_one_day: str = Field(min_length=1, max_length=80)
    when_ready: str = Field(min_length=1, max_length=80)
    criterion: str = Field(min_length=1, max_length=120)
    kinds: dict[str, Sentence] = Field(min_length=1, max_length=60)
    orders_end: OrdersEnd

    def patient_texts(self) -> dict[str, str]:
        """Every sentence a patient reads, by its path (for the readability checks)."""
        out = {"intro": self.intro, "when_ready": self.when_ready}
        out.update({f"kinds.{k}": v for k, v in self.kinds.items()})
        out.update({f"orders_end.{k}": v for k, v in self.orders_end.model_dump().items()})
        return out


_ALLOWED = {
    "heading": set(), "coming_heading": set(), "intro": set(),
    "at_week": {"week", "date"}, "at_one_week": {"date"}, "at_day": {"day", "date"},
    "at_one_day": {"date"},
    "when_ready": set(), "criterion": {"criterion"},
    "orders_end.weight_bearing": set(), "orders_end.brace": {"device"},
    "orders_end.sling": set(),
}


def load_milestone_texts(path: Path | None = None) -> MilestoneTexts:
    """Load and check the timeline's words.

    Raises:
        DataFileError: naming the file, the text and the problem.
    """
    path = path or paths.resources_dir() / MILESTONES_FILE
    texts = read_checked_texts(MilestoneTexts, path)
    found = {name: getattr(texts, name) for name in _ALLOWED if "." not in name}
    found.update({f"orders_end.{k}": v for k, v in texts.orders_end.model_dump().items()})
    found.update({f"kinds.{k}": v for k, v in texts.kinds.items()})
    problems = placeholder_problems(found, _ALLOWED, PLACEHOLDER)
    for kind in texts.kinds:
        if kind != kind.lower() or " " in kind:
            problems.append(("texts", f"kinds.{kind}", "a kind is lower-case words joined by '-'"))
    if problems:
        raise DataFileError(path, problems)
    return texts


@lru_cache(maxsize=1)
def shipped_milestone_texts() -> MilestoneTexts:
    """The shipped timeline words, read once per process."""
    return load_milestone_texts()


@lru_cache(maxsize=8)
def _texts_in(language: str) -> MilestoneTexts:
    from rehab_planner.i18n.content import language_lookup, translate_model

    if language == DEFAULT_LANGUAGE:
        return shipped_milestone_texts()
    return translate_model(shipped_milestone_texts(), language_lookup(language), MILESTONES_FILE,
                           "texts.")


def milestone_texts() -> MilestoneTexts:
    """The timeline's words in the language being written now (English falls back, marked)."""
    return _texts_in(current_language())


def milestone_kinds() -> list[str]:
    """The milestone kinds a plan may name, in file order."""
    return list(shipped_milestone_texts().kinds)
