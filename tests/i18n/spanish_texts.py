"""Every Spanish text the project ships, translated over the English models, in readable blocks."""

from __future__ import annotations

from rehab_planner import paths
from rehab_planner.guidance import load_guidance
from rehab_planner.handout.texts import HandoutText, load_handout_text
from rehab_planner.handout.weektext import WeekText, load_week_text
from rehab_planner.i18n.content import (
    language_lookup,
    translate_catalogue,
    translate_exercise,
    translate_guidance,
    translate_model,
)
from rehab_planner.i18n.dosage import DOSAGE_FILE, load_dosage_words
from rehab_planner.i18n.lookup import TextLookup
from rehab_planner.library import load_library
from rehab_planner.milestone_text import MILESTONES_FILE, MilestoneTexts, shipped_milestone_texts
from rehab_planner.model import Dosage, Exercise
from rehab_planner.model.range_limit import Joint
from rehab_planner.model.vocab import Category, Position, Region
from rehab_planner.outcomes.progress_words import WORDS_FILE, load_progress_words
from rehab_planner.range_text import range_words_in
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import load_templates


def untranslated_exercise() -> Exercise:
    """A therapist's own exercise with no Spanish anywhere (every shipped exercise has Spanish)."""
    return Exercise.model_validate({
        "id": "towel-squeeze", "name": "Towel squeeze", "region": Region.KNEE,
        "category": Category.STRENGTHENING, "position": Position.SITTING,
        "steps": ["Sit in a chair.", "Squeeze a rolled towel between your knees."],
        "dosage": Dosage(reps=10), "custom": True})


def translated_exercises(lookup: TextLookup) -> list[Exercise]:
    """The shipped exercises that have a Spanish entry, in Spanish."""
    prefix = "exercises.yaml: exercises."
    ids = {k.removeprefix(prefix).split(".")[0] for k in lookup.texts if k.startswith(prefix)}
    library = load_library(include_custom=False)
    return [translate_exercise(library.get(i), lookup) for i in sorted(ids)]


def spanish_blocks() -> dict[str, str]:
    """Name -> a block of Spanish text as the patient reads it together (a card, a topic)."""
    lookup = language_lookup("es")
    out: dict[str, str] = {}
    for ex in translated_exercises(lookup):
        out[f"exercise {ex.id}: steps"] = "\n".join(ex.steps)
        notes = [*ex.safety_notes, *(n.text for n in ex.surgery_notes)]
        if notes:
            out[f"exercise {ex.id}: notes"] = "\n".join(notes)
    guidance = translate_guidance(load_guidance(), lookup)
    for topic in guidance.topics.values():
        out[f"topic {topic.id}"] = "\n".join(b.text for b in topic.bullets)
    signs = guidance.warning_signs
    for tier in ("call_911", "call_surgeon"):
        out[f"warning signs {tier}"] = "\n".join(line.text for line in getattr(signs, tier))
        for i, line in enumerate(getattr(signs.headings, tier)):
            out[f"warning signs headings.{tier}[{i}]"] = line.text
    for precaution in translate_catalogue(load_catalogue(), lookup).values():
        out[f"precaution {precaution.id}"] = precaution.patient_text
    text = translate_model(load_handout_text(), lookup, "handout-text.yaml")
    week = translate_model(load_week_text(), lookup, "handout-week.yaml")
    assert isinstance(text, HandoutText) and isinstance(week, WeekText)
    out.update({f"handout-text {k}": v for k, v in text.patient_texts().items()})
    week_texts = week.patient_texts()
    # The banner and the notes of a stage are printed together; labels alone score nothing.
    stage = [v for k, v in week_texts.items() if k.startswith("stage.")]
    out["handout-week stage banner and notes"] = "\n".join(stage)
    out.update({f"handout-week {k}": v for k, v in week_texts.items() if not k.startswith("stage.")})
    for key, value in lookup.texts.items():
        if key.startswith("templates.yaml: ") and key.endswith("main_message"):
            out[key] = value
    prefix = "templates.yaml: templates."
    for tid in {k.removeprefix(prefix).split(".")[0] for k in lookup.texts if k.startswith(prefix)}:
        template = load_templates()[tid]
        for i, _ in enumerate(template.phases):
            for part in ("goals", "criteria"):
                lines = [v for k, v in lookup.texts.items()
                         if k.startswith(f"templates.yaml: templates.{tid}.phases[{i}].{part}[")]
                out[f"template {tid}: phases[{i}].{part}"] = "\n".join(lines)
    dosage = load_dosage_words(paths.i18n_dir("es") / DOSAGE_FILE)
    out.update({f"dosage {k}": v for k, v in dosage.patient_texts().items()})
    milestones = translate_model(shipped_milestone_texts(), lookup, MILESTONES_FILE, "texts.")
    assert isinstance(milestones, MilestoneTexts)
    out.update({f"milestones {k}": v for k, v in milestones.patient_texts().items()})
    for key, value in lookup.texts.items():
        if key.startswith("templates.yaml: ") and ".milestones[" in key:
            out[key] = value
    ranges = range_words_in("es")
    for key, motion in ranges.motions.items():  # one card line at a time, limb words filled in
        lines = [motion.none, motion.up_to, *motion.at.values()]
        out[f"range-limits {key}"] = "\n".join(
            line.replace("{limb}", ranges.limbs[Joint(key.split(" ")[0])].any)
            .replace("{degrees}", "30") for line in lines)
    words = load_progress_words(paths.i18n_dir("es") / WORDS_FILE)
    out["progress-words pain"] = "\n".join(words.pain.model_dump().values())
    out["progress-words function"] = "\n".join(words.function.model_dump().values())
    out["progress-words intro and caption"] = f"{words.intro}\n{words.plot_caption}"
    return {k: v for k, v in out.items() if v.strip()}
