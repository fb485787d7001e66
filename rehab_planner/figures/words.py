"""The words printed in the pictures ('hold', 'squeeze') and in the handout's picture key."""

from __future__ import annotations

from functools import lru_cache

from pydantic import ValidationError

from rehab_planner import paths
from rehab_planner.datafile import read_versioned, section_problems
from rehab_planner.errors import DataFileError
from rehab_planner.model.base import Model


class FigureWords(Model):
    """Every word the pictures and their key print (resources/figures/words.yaml)."""

    hold: str
    squeeze: str
    key_title: str
    key_start: str
    key_end: str
    key_arrow: str
    key_hold: str
    key_panels: str


@lru_cache(maxsize=1)
def figure_words() -> FigureWords:
    """The words, read once.

    Raises:
        DataFileError: the file is missing or broken (names the file and the word).
    """
    path = paths.figure_words_file()
    raw = read_versioned(path, "words")
    try:
        return FigureWords.model_validate(raw)
    except ValidationError as err:
        problems = [("words", field or entry, why) for entry, field, why in section_problems(err)]
        raise DataFileError(path, problems) from None
