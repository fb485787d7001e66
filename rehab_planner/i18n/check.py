"""`check` for the handout's language: each text that would print in English, marked [EN]."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from rehab_planner.guidance import Guidance
from rehab_planner.i18n.content import (
    EXERCISES_FILE,
    language_lookup,
    template_texts,
    translate_catalogue,
    translate_guidance,
    translate_library,
    translate_plan,
)
from rehab_planner.i18n.current import using_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language, language_name
from rehab_planner.i18n.lookup import MARK
from rehab_planner.library import Library
from rehab_planner.model import Plan, Precaution, Template
from rehab_planner.patient_text import printed_texts, text_for_patient
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.templates.loader import load_templates


@cache
def _templates() -> dict[str, Template]:
    """The shipped templates, read once (a plan's copied texts are recognised by them)."""
    return load_templates()


def untranslated_findings(plan: Plan, library: Library, catalogue: Mapping[str, Precaution],
                          guidance: Guidance, language: str | None = None) -> list[Finding]:
    """A warning for each text of the plan's handout that has no translation into its language.

    The handout prints such a text in English, marked "[EN] "; the therapist can translate it in
    resources/i18n/<language>/ (or in the plan, for the therapist's own texts). An exercise whose
    translation was written for English that has since changed is reported once more as a
    stale translation (its texts print in English).

    Args:
        language: the handout's language; the patient's language when None.

    Raises:
        DataFileError: a translation file is broken.
        RehabError: an unknown language.
    """
    language = check_language(language or plan.patient.language)
    if language == DEFAULT_LANGUAGE:
        return []
    lookup = language_lookup(language)
    t_library = translate_library(library, lookup, only=set(plan.exercise_ids()))
    t_guidance = translate_guidance(guidance, lookup)
    t_catalogue = translate_catalogue(catalogue, lookup)
    t_plan = translate_plan(plan, template_texts(_templates(), lookup))
    with using_language(language):
        text = text_for_patient(t_plan, t_library, t_guidance, t_catalogue)
        lines = list(printed_texts(t_plan, t_library, text))
    for label, value in (("the surgery name", t_plan.procedure),
                         *((f"the name of stage '{p.name}'", p.name) for p in t_plan.phases),
                         *((f"the name of '{library.get(i).name}'", t_library.get(i).name)
                           for i in dict.fromkeys(plan.exercise_ids()) if i in library)):
        lines.append((label, value))
    name = language_name(language)
    findings = _stale_findings(lookup.stale, library, name)
    seen: set[str] = set()
    for where, line in lines:
        if not line.startswith(MARK) or where in seen:
            continue
        seen.add(where)
        findings.append(Finding(
            Severity.WARNING, Code.UNTRANSLATED_TEXT,
            f"{where} has no {name} translation: the handout prints it in English, marked "
            f"{MARK.strip()} ('{line[len(MARK):][:60]}')",
            subject=where,
        ))
    return findings


def _stale_findings(stale: list[str], library: Library, name: str) -> list[Finding]:
    """A warning for each exercise whose translation was written for other English."""
    prefix = f"{EXERCISES_FILE}: exercises."
    findings = []
    for entry in stale:
        exercise_id = entry.removeprefix(prefix)
        english = library.get(exercise_id).name if exercise_id in library else exercise_id
        findings.append(Finding(
            Severity.WARNING, Code.STALE_TRANSLATION,
            f"the {name} translation of '{english}' was written for English that has changed "
            f"since (a step or note edited, added or moved): the handout prints this exercise in "
            f"English, marked {MARK.strip()}, until a translator updates {EXERCISES_FILE} and "
            f"runs `rehab-planner library translations --refresh {exercise_id}`",
            exercise_id=exercise_id,
        ))
    return findings
