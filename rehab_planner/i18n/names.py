"""Exercise names as the therapist reads them in the core's messages: in the interface language."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache

from rehab_planner.errors import RehabError
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.i18n.messages import interface_language
from rehab_planner.model import Exercise

log = logging.getLogger(__name__)


@cache
def _names(language: str) -> Mapping[str, str]:
    """Exercise id -> its name in a language, from resources/i18n/<language>/exercises.yaml."""
    from rehab_planner.i18n.content import EXERCISES_FILE, language_lookup  # a heavy module

    try:
        texts = language_lookup(language).texts
    except RehabError as err:  # a broken translation file: the names stay English
        log.warning("exercise names in messages stay English: %s", err)
        return {}
    prefix, suffix = f"{EXERCISES_FILE}: exercises.", ".name"
    return {key[len(prefix):-len(suffix)]: text for key, text in texts.items()
            if key.startswith(prefix) and key.endswith(suffix) and text.strip()
            and "." not in key[len(prefix):-len(suffix)]}


def exercise_name(exercise: Exercise, lang: str | None = None) -> str:
    """The exercise's name in the interface language (or `lang`); its English name when it has
    none in that language. A therapist's exercise may carry its own translation."""
    language = lang or interface_language()
    if language == DEFAULT_LANGUAGE:
        return exercise.name
    own = exercise.translations.get(language)
    if own is not None and own.name:
        return own.name
    return _names(language).get(exercise.id, exercise.name)


def exercise_name_by_id(exercise_id: str, exercises: Mapping[str, Exercise] | None,
                        lang: str | None = None) -> str | None:
    """The name of an exercise of a library by id, in the interface language; None when the
    library does not have it."""
    if exercises is None or exercise_id not in exercises:
        return None
    return exercise_name(exercises[exercise_id], lang)
