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
    from rehab_planner.i18n.content import language_lookup, template_texts, translate_plan
    from rehab_planner.templates.loader import load_templates

    # the stage names on the plot and in the sentences as the rest of the handout prints them
    known = template_texts(load_templates(), language_lookup(language))
    with using_language(language):  # the dates in the sentences
        progress = patient_progress(translate_plan(plan, known), visits,
                                    load_progress_words(path))
    return replace(progress, language=language) if progress is not None else None
