"""Words that belong to one surgery ('fusion'), and phrases that contradict each other."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from rehab_planner import paths
from rehab_planner.datafile import read_yaml, section_problems
from rehab_planner.errors import DataFileError
from rehab_planner.model.base import Model

PROCEDURE_WORDS_FILE = "procedure-words.yaml"


class ProcedureWord(Model):
    """A word or phrase that is right only for plans of these groups or template ids."""

    text: str = Field(min_length=2, max_length=80)
    only_for: list[str] = Field(default_factory=list, description="Empty: no shipped surgery")

    @field_validator("text")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())


def _found(phrases: list[str], text: str) -> bool:
    low = text.lower()
    return any(phrase.lower() in low for phrase in phrases)


class Contradiction(Model):
    """Phrases that cannot both be told to one patient, and why (for the therapist)."""

    one: list[str] = Field(min_length=1)
    other: list[str] = Field(min_length=1)
    why: str = Field(min_length=5, max_length=300)

    def says_one(self, text: str) -> bool:
        """The text uses one of the first phrases."""
        return _found(self.one, text)

    def says_other(self, text: str) -> bool:
        """The text uses one of the second phrases."""
        return _found(self.other, text)


class ProcedureWords(Model):
    """The file's phrases, with one pattern that finds any of them as whole words."""

    schema_version: int = Field(default=1, ge=1, le=1)
    words: list[ProcedureWord] = Field(min_length=1)
    contradictions: list[Contradiction] = Field(default_factory=list)

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        """Every phrase as a whole word, longest first, in one pass."""
        phrases = sorted({re.escape(w.text) for w in self.words}, key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)", re.IGNORECASE)

    @cached_property
    def _seen(self) -> dict[str, frozenset[str]]:
        """Phrases found per text: the same texts are checked again on every edit."""
        return {}

    def phrases_in(self, text: str) -> frozenset[str]:
        """The listed phrases a text uses, lower case."""
        found = self._seen.get(text)
        if found is None:
            found = frozenset(m.group(0).lower() for m in self._pattern.finditer(text))
            if len(self._seen) < 20_000:
                self._seen[text] = found
        return found

    def foreign(self, text: str, tags: Iterable[str]) -> list[str]:
        """The phrases in text that belong to surgeries other than the plan's (its tags).

        Args:
            text: a sentence the patient would read.
            tags: the plan's template id, precaution ids, variants and groups.
        """
        found = self.phrases_in(text)
        if not found:
            return []
        mine = set(tags)
        return [word.text for word in self.words if word.text.lower() in found
                and not mine.intersection(word.only_for)]


def load_procedure_words(folder: Path | None = None, known: Iterable[str] = ()) -> ProcedureWords:
    """Load the procedure words of the guidance folder.

    Args:
        folder: the guidance folder; the shipped resources/guidance/ when None.
        known: the groups and ids only_for may name; not checked when empty.

    Raises:
        DataFileError: the file is broken, or only_for names an unknown group (file, entry, field).
    """
    path = (folder or paths.guidance_dir()) / PROCEDURE_WORDS_FILE
    try:
        data = ProcedureWords.model_validate(read_yaml(path))
    except ValidationError as err:
        raise DataFileError(path, section_problems(err)) from None
    names = set(known)
    if names:
        problems = [(f"words[{i}]", "only_for", f"'{name}' is not a group or id in "
                     "warning-signs.yaml")
                    for i, word in enumerate(data.words) for name in word.only_for
                    if name not in names]
        if problems:
            raise DataFileError(path, problems)
    return data
