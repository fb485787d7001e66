"""ShownTexts: the exercises' names, steps and dosage words in the interface language (display only).

The plan and the library keep their own (English) exercises; these are the words the windows show a
therapist who works in another language. The core does the translating (i18n.content, i18n.dosage).
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager

from rehab_planner.errors import RehabError
from rehab_planner.i18n import DEFAULT_LANGUAGE, using_language
from rehab_planner.i18n.dosage import DosageWords, amount_words, dosage_words, how_often_words
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Side

log = logging.getLogger(__name__)


class ShownTexts:
    """Exercise texts and dosage words in one interface language, English when it is English.

    A broken translation file does not stop the app: the English texts are shown, and the reason
    is logged.

    Args:
        language: the interface language ('en', 'es').
    """

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language
        self._words: DosageWords | None = None
        self._library: tuple[Library, Library] | None = None  # (the library, as shown)
        if language != DEFAULT_LANGUAGE:
            # Here, not at the top: an English interface starts without the translation machinery.
            from rehab_planner.i18n.content import dosage_words_for

            try:
                self._words = dosage_words_for(language)
            except RehabError as err:
                log.warning("dosage words stay English: %s", err)

    @property
    def translated(self) -> bool:
        """True when the texts shown are not the library's own."""
        return self.language != DEFAULT_LANGUAGE

    def writing(self) -> AbstractContextManager[str]:
        """Inside the block the core writes dates and week ranges in the interface language.

        Raises:
            RehabError: an unknown language code.
        """
        return using_language(self.language)

    def library(self, library: Library) -> Library:
        """The library as shown: the exercises' names, steps and notes in the language (English
        marked "[EN] " where there is none); the same ids. Kept until another library comes."""
        if not self.translated:
            return library
        if self._library is None or self._library[0] is not library:
            from rehab_planner.i18n.content import library_in_language

            try:
                shown = library_in_language(library, self.language)
            except RehabError as err:
                log.warning("exercise texts stay English: %s", err)
                shown = library
            self._library = (library, shown)
        return self._library[1]

    def exercise_name(self, library: Library, exercise_id: str, english: str) -> str:
        """An exercise's name as shown (`english` when the library does not have it)."""
        found = self.library(library).find(exercise_id)
        return found.name if found is not None else english

    def dosage(self, dosage: Dosage) -> str:
        """The whole dosage in words: '2 series de 10 repeticiones · 3 veces al día'."""
        return dosage_words(dosage, self._words)

    def amount_and_how_often(self, dosage: Dosage) -> str:
        """How much and how often, without side, load and rest (they have columns of their own)."""
        if self._words is None:
            often = how_often_words(dosage)
            return amount_words(dosage) + (f" · {often}" if often else "")
        short = dosage.model_copy(update={"side": Side.BOTH, "rest_seconds": None})
        return dosage_words(short, self._words, load="")
