"""The patient texts in another language: guidance, labels, precautions, exercises and the plan.

Each English data model is dumped, its texts replaced from resources/i18n/<language>/ (see
overlay), and validated again with the same model, so a translation obeys the English rules
(placeholders, lengths). A text with no translation stays English, marked "[EN] ", and the
TextLookup records it; `check` and the handout report what fell back.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.i18n.dosage import DOSAGE_FILE, DosageWords, load_dosage_words
from rehab_planner.i18n.files import read_language_files, translation_file
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language
from rehab_planner.i18n.lookup import MARK, TextLookup
from rehab_planner.i18n.overlay import text_paths, translated
from rehab_planner.i18n.sources import EXERCISE_TEXT, template_english
from rehab_planner.labels import Labels
from rehab_planner.library import Library
from rehab_planner.library.entries import Exercises, copy_of
from rehab_planner.model import Exercise

if TYPE_CHECKING:  # loaded where used: a Spanish start needs only the library's part
    from rehab_planner.guidance import Guidance
    from rehab_planner.model import Plan, Precaution
    from rehab_planner.model.template import Template

M = TypeVar("M", bound=BaseModel)
log = logging.getLogger(__name__)

#: The translation files, by the English data file they translate.
GUIDANCE_FILES = ("warning-signs.yaml", "topics.yaml", "labels.yaml", "handout-text.yaml",
                  "handout-week.yaml")
PRECAUTIONS_FILE = "precautions.yaml"
ORDERS_FILE = "orders.yaml"
FIGURE_WORDS_FILE = "figure-words.yaml"
EXERCISES_FILE = "exercises.yaml"
TEMPLATES_FILE = "templates.yaml"
MILESTONES_FILE = "milestones.yaml"


def language_lookup(language: str) -> TextLookup:
    """A fresh lookup holding every translated text of a language, keyed '<file>: <path>'.

    The files are read once per run of the app (a changed translation shows after a restart).

    Raises:
        DataFileError: a translation file is broken.
    """
    texts, hashes = _language_texts(check_language(language))
    return TextLookup(language, texts, hashes=hashes)


@cache
def _language_texts(language: str) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """'<file>: <path>' -> text, and '<file>: <entry path>' -> english_hash, of a language."""
    names = (*GUIDANCE_FILES, PRECAUTIONS_FILE, ORDERS_FILE, FIGURE_WORDS_FILE, EXERCISES_FILE,
             TEMPLATES_FILE, MILESTONES_FILE)
    texts, hashes = read_language_files({name: translation_file(language, name) for name in names})
    return MappingProxyType(texts), MappingProxyType(hashes)


def _validated(model: type[M], data: Any, path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        from rehab_planner.datafile import section_problems

        raise DataFileError(path, section_problems(err)) from None


def translate_model(model: M, lookup: TextLookup, name: str, prefix: str = "") -> M:
    """A model with its texts in the lookup's language (file `name`, paths under `prefix`).

    Raises:
        DataFileError: a translated text breaks a rule of the model (names the translation file).
    """
    data = translated(model.model_dump(mode="json"), lookup, f"{name}: {prefix}")
    return _validated(type(model), data, translation_file(lookup.language, name))


def translate_guidance(guidance: Guidance, lookup: TextLookup) -> Guidance:
    """The warning signs and daily-life topics in the lookup's language."""
    from rehab_planner.guidance import Guidance, TopicData, WarningSignsData

    signs = translate_model(guidance.warning_signs, lookup, "warning-signs.yaml")
    topics = {tid: translate_model(topic, lookup, "topics.yaml", f"topics.{tid}.")
              for tid, topic in guidance.topics.items()}
    assert isinstance(signs, WarningSignsData)
    return Guidance(topics={k: TopicData.model_validate(v) for k, v in topics.items()},
                    warning_signs=signs)


def translate_labels(labels: Labels, lookup: TextLookup) -> Labels:
    """The category headings, sides and vocabulary names in the lookup's language."""
    return translate_model(labels, lookup, "labels.yaml")


def translate_catalogue(catalogue: Mapping[str, Precaution], lookup: TextLookup
                        ) -> dict[str, Precaution]:
    """The precautions with their patient sentences, and the words of their choice values
    (crutches, knee immobilizer), in the lookup's language (names stay)."""
    from rehab_planner.model import Precaution

    path = translation_file(lookup.language, PRECAUTIONS_FILE)
    out = {}
    for pid, precaution in catalogue.items():
        key = f"{PRECAUTIONS_FILE}: precautions.{pid}"
        data = precaution.model_dump(mode="json")
        if precaution.patient_text:
            data["patient_text"] = lookup.text(f"{key}.patient_text", precaution.patient_text)
        for n, sentence in enumerate(data["sentences"]):
            sentence["text"] = lookup.text(f"{key}.sentences[{n}]", sentence["text"])
        choices = {c for p in precaution.parameters for c in p.choices or []}
        data["choice_words"] = {c: lookup.texts[f"{key}.choice_words.{c}"] for c in choices
                                if lookup.texts.get(f"{key}.choice_words.{c}")}
        out[pid] = _validated(Precaution, data, path)
    return out


def translate_exercise(exercise: Exercise, lookup: TextLookup) -> Exercise:
    """An exercise with its name, steps, notes and load in the lookup's language.

    The exercise's own `translations` (a custom exercise's file) come before the language's
    exercises.yaml. An entry of exercises.yaml written for other English (its english_hash no
    longer matches) is not used: the English prints, marked, and the lookup records it as stale
    (see overlay.translated).
    """
    data = exercise.model_dump(mode="json", include=EXERCISE_TEXT)
    prefix = f"{EXERCISES_FILE}: exercises.{exercise.id}."
    own = exercise.translations.get(lookup.language)
    if own is not None:  # texts in the exercise's own file (a therapist's exercise) come first
        inline = {f"{prefix}{k}": v for k, v in text_paths(own.model_dump(mode="json"))}
        lookup = TextLookup(lookup.language, {**lookup.texts, **inline}, lookup.fallbacks,
                            lookup.hashes, lookup.stale)
    texts = translated(data, lookup, prefix)
    assert isinstance(texts, dict)
    # the figure has no words: the English exercise's (checked already) is kept as it is
    whole = exercise.model_dump(exclude={"figure"})
    whole.update({k: v for k, v in texts.items() if k not in ("dosage", "surgery_notes")})
    # a surgery note keeps what is not text (while_in_force: the order it waits on)
    whole["surgery_notes"] = [{**note, **done} for note, done in zip(
        whole["surgery_notes"], texts.get("surgery_notes", whole["surgery_notes"]), strict=True)]
    if "dosage" in texts:
        whole["dosage"] = {**whole["dosage"], **texts["dosage"]}
    done = _validated(Exercise, whole, translation_file(lookup.language, EXERCISES_FILE))
    return done.model_copy(update={"figure": exercise.figure})


def translate_library(library: Library, lookup: TextLookup,
                      only: set[str] | None = None) -> Library:
    """The library with the exercises' patient texts in the lookup's language.

    Args:
        only: translate only these exercise ids (the plan's); others stay as they are.
    """
    exercises = {eid: translate_exercise(ex, lookup) if only is None or eid in only else ex
                 for eid, ex in library.exercises.items()}
    return Library(exercises, dict(library.sources))


def library_in_language(library: Library, language: str) -> Library:
    """The library as a therapist who reads `language` browses it: names, steps and notes in it.

    What has no translation stays English, marked "[EN] " (the same rule as the handout). The
    exercises keep their ids, so a plan built from them is the same plan. Each exercise is
    translated when it is first used (library.entries.Derived): a list shows the library's
    facets at once and translates the names of the rows it paints; an exercise whose translation
    does not validate stays English (logged).

    Raises:
        DataFileError: a translation file is broken.
        RehabError: an unknown language.
    """
    if check_language(language) == DEFAULT_LANGUAGE:
        return library
    lookup = language_lookup(language)

    def shown(exercise: Exercise) -> Exercise:
        try:
            return translate_exercise(exercise, lookup)
        except RehabError as err:
            log.warning("exercise %s stays English: %s", exercise.id, err)
            return exercise

    source = copy_of(library.exercises)
    exercises = Exercises()
    for exercise_id in source:
        exercises.add_derived(source, exercise_id, shown)
    return Library(exercises, dict(library.sources))


def template_texts(templates: Mapping[str, Template], lookup: TextLookup) -> dict[str, str]:
    """English template text -> its text in the lookup's language (marked when untranslated).

    A plan copies its template's procedure, main message, stage names, goals and criteria, and
    the notes on its exercises (translated per stage by exercise id: phases[i].notes.<id>); this
    is how those copies are recognised and translated.
    """
    out: dict[str, str] = {}
    for tid, template in templates.items():
        english = template_english(template)
        done = translated(english, lookup, f"{TEMPLATES_FILE}: templates.{tid}.")
        _pair(english, done, out)
    return out


def _pair(english: object, done: object, out: dict[str, str]) -> None:
    if isinstance(english, str) and isinstance(done, str):
        # The same English text in two templates: a translation wins over a marked fallback.
        if english not in out or out[english].startswith(MARK):
            out[english] = done
    elif isinstance(english, dict) and isinstance(done, dict):
        for key, value in english.items():
            _pair(value, done.get(key), out)
    elif isinstance(english, list) and isinstance(done, list):
        for a, b in zip(english, done, strict=True):
            _pair(a, b, out)


def translate_plan(plan: Plan, known: Mapping[str, str]) -> Plan:
    """The plan with its template's texts (procedure, main messages, stages) in the language.

    Texts the therapist wrote (not a template's) are printed as written: the therapist writes
    them in the patient's language.

    Args:
        known: English template text -> translated text (see template_texts).
    """
    def one(text: str) -> str:
        return known.get(" ".join(text.split()), known.get(text, text))

    phases = [phase.model_copy(update={
        "name": one(phase.name), "main_message": one(phase.main_message),
        "goals": [one(g) for g in phase.goals],
        "criteria": [one(c) for c in phase.criteria],
        "prescriptions": [rx.model_copy(update={"note": one(rx.note)})
                          for rx in phase.prescriptions],
        "by_condition": [words.model_copy(update={
            "name": None if words.name is None else one(words.name),
            "main_message": None if words.main_message is None else one(words.main_message),
            "goals": [one(g) for g in words.goals],
            "criteria": [one(c) for c in words.criteria]}) for words in phase.by_condition]})
        for phase in plan.phases]
    milestones = [m.model_copy(update={"criterion": one(m.criterion), "text": one(m.text)})
                  for m in plan.milestones]
    return plan.model_copy(update={"procedure": one(plan.procedure),
                                   "main_message": one(plan.main_message), "phases": phases,
                                   "milestones": milestones})


def dosage_words_for(language: str) -> DosageWords | None:
    """The language's dosage words, or None when it has no dosage file (English words are used).

    Raises:
        DataFileError: the file is broken.
    """
    path = translation_file(language, DOSAGE_FILE)
    return load_dosage_words(path) if path.is_file() else None
