"""'Your progress' in the patient's language (resources/i18n/<language>/progress-words.yaml)."""

from __future__ import annotations

from dataclasses import replace

from rehab_planner import paths
from rehab_planner.i18n.current import using_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language
from rehab_planner.model import Plan
from rehab_planner.outcomes.progress_words import (
    WORDS_FILE,
    PatientProgress,
    load_progress_words,
    patient_progress,
)
from rehab_planner.visits.model import Visit


def progress_in(plan: Plan, visits: list[Visit], language: str | None = None
                ) -> PatientProgress | None:
    """The patient's progress in words, in their language when it has the words file.

    Without the file the English words are used (the handout then prints them marked [EN]).

    Args:
        language: the handout's language; the patient's when None.

    Raises:
        DataFileError: the language's words file is broken.
    """
    language = check_language(language or plan.patient.language)
    path = paths.i18n_dir(language) / WORDS_FILE
    if language == DEFAULT_LANGUAGE or not path.is_file():
        return patient_progress(plan, visits)
    with using_language(language):  # the dates in the sentences
        progress = patient_progress(plan, visits, load_progress_words(path))
    return replace(progress, language=language) if progress is not None else None
