"""The handout's content in the patient's language: every loaded text translated, once per render."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

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
from rehab_planner.library import Library
from rehab_planner.model import Plan
from rehab_planner.outcomes.progress_words import PatientProgress
from rehab_planner.templates.loader import load_templates

if TYPE_CHECKING:
    from rehab_planner.handout.render import HandoutContent

M = TypeVar("M", bound=BaseModel)


def plan_language(plan: Plan, asked: str | None) -> str:
    """The handout's language: the one asked for, else the patient's.

    Raises:
        RehabError: an unknown language code.
    """
    return check_language(asked or plan.patient.language or DEFAULT_LANGUAGE)


#: The headings a bilingual handout prints in both languages (dotted paths in the text models).
TEXT_HEADINGS = ("cover.heading", "cover.main_message_heading", "cover.how_to_heading",
                 "precautions.heading", "warning_signs.heading", "changes.heading", "phase.goals",
                 "phase.criteria", "guidance.heading", "log.heading")
WEEK_HEADINGS = ("summary.heading", "pain_scale.heading", "pain_scale.what_to_do_heading",
                 "questions.heading")
BOTH = "{text} / {english}"  # a heading in both languages


def _both(text: str, english: str) -> str:
    if text == english or text.startswith(MARK):
        return text
    return BOTH.format(text=text, english=english)


def _with_english(model: M, english: M, headings: tuple[str, ...]) -> M:
    data = model.model_dump()
    source = english.model_dump()
    for dotted in headings:
        section, name = dotted.split(".")
        data[section][name] = _both(data[section][name], source[section][name])
    return type(model).model_validate(data)


def bilingual(translated: HandoutContent, english: HandoutContent) -> HandoutContent:
    """The translated content with English beside its headings, kinds of exercise, topic titles
    and exercise names, for a clinician who reads only English ('Puente / Bridge').

    Sentences stay in one language: the patient reads them, and they would not fit twice.
    """
    library = Library(
        {eid: ex.model_copy(update={"name": _both(ex.name, english.library.get(eid).name)})
         if eid in english.library else ex for eid, ex in translated.library.exercises.items()},
        dict(translated.library.sources))
    categories = {k: _both(v, english.labels.categories[k])
                  for k, v in translated.labels.categories.items()}
    topics = {tid: t.model_copy(update={"title": _both(t.title, english.guidance.topics[tid].title)})
              for tid, t in translated.guidance.topics.items()}
    guidance = translated.guidance.model_copy(update={"topics": topics})
    return replace(
        translated, library=library, guidance=guidance,
        labels=translated.labels.model_copy(update={"categories": categories}),
        text=_with_english(translated.text, english.text, TEXT_HEADINGS),
        week=_with_english(translated.week, english.week, WEEK_HEADINGS),
    )


def marked_progress(progress: PatientProgress) -> tuple[PatientProgress, int]:
    """'Your progress' marked as English (its words have no translation yet), and how many texts."""
    def mark(text: str) -> str:
        return text if not text.strip() or text.startswith(MARK) else f"{MARK}{text}"

    marked = replace(progress, heading=mark(progress.heading),
                     lines=[mark(line) for line in progress.lines], caption=mark(progress.caption))
    return marked, 2 + len(progress.lines)


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
