"""The words printed in the pictures ('hold', 'squeeze', 'stretch', 'glide', the cues) and in the
picture key."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, ValidationError, field_validator

from rehab_planner import paths
from rehab_planner.datafile import read_versioned, section_problems
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.current import current_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.model.base import Model

CUE_WORDS = 4  # a picture cue: a few words a glance takes in ("knees high"; "nariz a la axila")
CUE_LETTERS = 15  # letters and spaces: at the pictures' word size, 15 fill the picture's width


class FigureWords(Model):
    """Every word the pictures and their key print (resources/figures/words.yaml)."""

    hold: str
    squeeze: str
    stretch: str
    glide: str
    key_title: str
    key_start: str
    key_end: str
    key_arrow: str
    key_stretch: str
    key_squeeze: str
    key_hold: str
    key_glide: str  # printed when a picture of the handout is a nerve glide's
    key_panels: str
    key_close_up: str  # printed when a picture of the handout has a close-up box
    cues: dict[str, str] = Field(default_factory=dict)  # a figure's `cue` names one

    @field_validator("cues")
    @classmethod
    def _short(cls, value: dict[str, str]) -> dict[str, str]:
        for name, text in value.items():
            if len(text) > CUE_LETTERS or len(text.split()) > CUE_WORDS:
                raise ValueError(f"cue '{name}' is too long: at most {CUE_WORDS} words and "
                                 f"{CUE_LETTERS} letters, to fit under a picture")
        return value


def figure_words() -> FigureWords:
    """The words in the language being written now (a Spanish handout's pictures say 'sostenga').

    Raises:
        DataFileError: a words file is missing or broken (names the file and the word).
    """
    return _words_in(current_language())


@lru_cache(maxsize=8)
def _words_in(language: str) -> FigureWords:
    if language == DEFAULT_LANGUAGE:
        return _english_words()
    from rehab_planner.i18n.content import FIGURE_WORDS_FILE, language_lookup, translate_model

    return translate_model(_english_words(), language_lookup(language), FIGURE_WORDS_FILE, "words.")


@lru_cache(maxsize=1)
def _english_words() -> FigureWords:
    path = paths.figure_words_file()
    raw = read_versioned(path, "words")
    try:
        return FigureWords.model_validate(raw)
    except ValidationError as err:
        problems = [("words", field or entry, why) for entry, field, why in section_problems(err)]
        raise DataFileError(path, problems) from None


def cue_names() -> frozenset[str]:
    """The cue names a figure may give (the English words file holds every one)."""
    return frozenset(_english_words().cues)


def clear_cache() -> None:
    """Read the words files again on the next call (tests that swap the file)."""
    _english_words.cache_clear()
    _words_in.cache_clear()
