"""`check` for the handout's language: each text that would print in English, marked [EN]."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from rehab_planner.guidance import Guidance
from rehab_planner.i18n.content import (
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
from rehab_planner.i18n.messages import say
from rehab_planner.i18n.names import exercise_name
from rehab_planner.library import Library
from rehab_planner.model import Plan, Precaution, Template
from rehab_planner.patient_text import printed_texts, text_for_patient
from rehab_planner.plans.conditions import in_effect
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.safety.wording import where_words
from rehab_planner.templates.loader import load_templates


@cache
def _templates() -> dict[str, Template]:
    """The shipped templates, read once (a plan's copied texts are recognised by them)."""
    return load_templates()


def untranslated_findings(plan: Plan, library: Library, catalogue: Mapping[str, Precaution],
                          guidance: Guidance, language: str | None = None) -> list[Finding]:
    """A warning for each text of the plan's handout that has no translation into its language.

    The handout prints such a text in English, marked "[EN] "; the therapist can translate it in
    resources/i18n/<language>/ (or in the plan, for the therapist's own texts). An exercise, the
    plan's template or a printed topic whose translation was written for English that has since
    changed is reported once more as a stale translation (its texts print in English).

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
    plan = in_effect(plan)  # the words the handout prints (by_condition), as render does
    t_plan = translate_plan(plan, template_texts(_templates(), lookup))
    with using_language(language):
        text = text_for_patient(t_plan, t_library, t_guidance, t_catalogue)
        lines = list(printed_texts(t_plan, t_library, text))
    # The subject (what an acknowledgement matches) stays English; the message names the text
    # in the interface language.
    shown: dict[str, str] = {}
    named = [("the surgery name", say("findings.untranslated-text.surgery-name"), t_plan.procedure)]
    named += [(f"the name of stage '{p.name}'",
               say("findings.untranslated-text.stage-name", name=p.name), p.name)
              for p in t_plan.phases]
    named += [(f"the name of '{library.get(i).name}'",
               say("findings.untranslated-text.exercise-name", name=exercise_name(library.get(i))),
               t_library.get(i).name)
              for i in dict.fromkeys(plan.exercise_ids()) if i in library]
    for label, label_shown, value in named:
        lines.append((label, value))
        shown[label] = label_shown
    try:  # the language's name as a sentence in the interface language says it
        name = say(f"findings.language.{language}")
    except KeyError:  # a language a clinic added: its own name
        name = language_name(language)
    findings = _stale_findings(lookup.stale, plan, library, guidance, name)
    seen: set[str] = set()
    for where, line in lines:
        if not line.startswith(MARK) or where in seen:
            continue
        seen.add(where)
        findings.append(Finding(
            Severity.WARNING, Code.UNTRANSLATED_TEXT,
            say("findings.untranslated-text", where=shown.get(where) or where_words(where),
                language=name,
                mark=MARK.strip(),
                text=line[len(MARK):][:60]),
            subject=where,
        ))
    return findings


def _stale_findings(stale: list[str], plan: Plan, library: Library, guidance: Guidance,
                    name: str) -> list[Finding]:
    """A warning for each translation of the plan's texts that was written for other English.

    The entries are an exercise, a template or a daily-life topic; a template's or a topic's is
    reported only for the plan made from that template, or printing that topic.
    """
    findings = []
    for entry in stale:
        file, _, where = entry.partition(": ")
        kind, _, entry_id = where.partition(".")
        if kind == "exercises":
            what = exercise_name(library.get(entry_id)) if entry_id in library else entry_id
            key = "exercise"
        elif kind == "templates" and entry_id == plan.template_id:
            what, key = entry_id, "template"
        elif kind == "topics" and entry_id in plan.guidance and entry_id in guidance.topics:
            what, key = guidance.topics[entry_id].title, "topic"
        else:
            continue
        refresh = "" if kind == "exercises" else f"--kind {kind} "
        findings.append(Finding(
            Severity.WARNING, Code.STALE_TRANSLATION,
            say(f"findings.stale-translation.{key}", language=name, name=what,
                mark=MARK.strip(), file=file,
                command=f"rehab-planner library translations {refresh}--refresh {entry_id}"),
            exercise_id=entry_id if kind == "exercises" else None,
            subject=None if kind == "exercises" else where,
        ))
    return findings
