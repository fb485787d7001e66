"""The handout's content in the patient's language: every loaded text translated, once per render."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rehab_planner.handout.texts import HandoutText
from rehab_planner.handout.weektext import WeekText
from rehab_planner.i18n import DEFAULT_LANGUAGE, MARK, check_language
from rehab_planner.i18n.content import (
    dosage_words_for,
    language_lookup,
    template_texts,
    translate_catalogue,
    translate_guidance,
    translate_labels,
    translate_library,
    translate_model,
    translate_plan,
)
from rehab_planner.model import Plan
from rehab_planner.templates.loader import load_templates

if TYPE_CHECKING:
    from rehab_planner.handout.render import HandoutContent


def plan_language(plan: Plan, asked: str | None) -> str:
    """The handout's language: the one asked for, else the patient's.

    Raises:
        RehabError: an unknown language code.
    """
    return check_language(asked or plan.patient.language or DEFAULT_LANGUAGE)


def content_in(content: HandoutContent, plan: Plan, language: str) -> tuple[HandoutContent, Plan]:
    """English content and plan -> the same in a language (unchanged for English).

    Only the plan's exercises are translated (the rest of the library is not printed).

    Raises:
        DataFileError: a translation file is broken, or a translated text breaks a rule.
    """
    if language == content.language:
        return content, plan
    lookup = language_lookup(language)
    text = translate_model(content.text, lookup, "handout-text.yaml")
    week = translate_model(content.week, lookup, "handout-week.yaml")
    assert isinstance(text, HandoutText) and isinstance(week, WeekText)
    known = template_texts(load_templates(catalogue=content.catalogue), lookup)
    translated = replace(
        content,
        library=translate_library(content.library, lookup, only=set(plan.exercise_ids())),
        guidance=translate_guidance(content.guidance, lookup),
        labels=translate_labels(content.labels, lookup),
        catalogue=translate_catalogue(content.catalogue, lookup),
        text=text,
        week=week,
        language=language,
        dosage_words=dosage_words_for(language),
    )
    return translated, translate_plan(plan, known)


def marked_count(texts: list[str]) -> int:
    """How many of the texts are English fallbacks (start with the [EN] mark)."""
    return sum(1 for t in texts if t.startswith(MARK))
