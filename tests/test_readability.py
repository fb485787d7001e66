"""Every patient-facing text the project ships reads at grade 6 or below (Flesch-Kincaid)."""

from __future__ import annotations

import pytest

from rehab_planner.guidance import load_guidance
from rehab_planner.handout.texts import load_handout_text
from rehab_planner.handout.weektext import load_week_text
from rehab_planner.i18n.dosage import english_dosage_words
from rehab_planner.library import load_library
from rehab_planner.milestone_text import load_milestone_texts
from rehab_planner.order_text import load_order_texts
from rehab_planner.range_text import range_words_in
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.loader import load_templates


def _exercise_texts() -> dict[str, str]:
    out = {}
    for exercise in load_library(include_custom=False):
        out[f"exercise {exercise.id}: steps"] = "\n".join(exercise.steps)
        notes = [*exercise.safety_notes, *(n.text for n in exercise.surgery_notes)]
        if notes:
            out[f"exercise {exercise.id}: safety and surgery notes"] = "\n".join(notes)
    return out


def _guidance_texts() -> dict[str, str]:
    guidance = load_guidance()
    out = {f"topic {t.id}": "\n".join(b.text for b in t.bullets) for t in guidance.topics.values()}
    signs = guidance.warning_signs
    for tier in ("call_911", "call_surgeon"):
        out[f"warning signs {tier}"] = "\n".join(line.text for line in getattr(signs, tier))
        for i, line in enumerate(getattr(signs.headings, tier)):  # alternatives: one is shown
            out[f"warning signs headings.{tier}[{i}]"] = line.text
    return out


def _template_texts() -> dict[str, str]:
    out = {}
    for template in load_templates().values():
        if template.main_message:
            out[f"template {template.id}: main_message"] = template.main_message
        for i, phase in enumerate(template.phases):
            out[f"template {template.id}: phases[{i}].goals"] = "\n".join(phase.goals)
            out[f"template {template.id}: phases[{i}].criteria"] = "\n".join(phase.criteria)
            for j, words in enumerate(phase.by_condition):  # a condition's own words
                where = f"template {template.id}: phases[{i}].by_condition[{j}]"
                out[f"{where}.goals"] = "\n".join([words.name or "", *words.goals]).strip()
                out[f"{where}.criteria"] = "\n".join(words.criteria)
        for i, milestone in enumerate(template.milestones):
            out[f"template {template.id}: milestones[{i}]"] = milestone.criterion or milestone.text
    return out


def _other_texts() -> dict[str, str]:
    out = {f"precaution {p.id}": p.patient_text for p in load_catalogue().values()}
    out.update({f"precaution {p.id}: sentences[{i}]": sentence.text
                for p in load_catalogue().values() for i, sentence in enumerate(p.sentences)})
    order_texts = load_order_texts()
    out["orders surgeon_wording"] = order_texts.surgeon_wording
    out.update({f"orders days.{k}": v for k, v in order_texts.days.model_dump().items()})
    out.update({f"orders stance.{k}": v for k, v in order_texts.stance.model_dump().items()})
    out.update({f"handout-text {k}": v for k, v in load_handout_text().patient_texts().items()})
    out.update({f"handout-week {k}": v for k, v in load_week_text().patient_texts().items()})
    out.update({f"dosage {k}": v for k, v in english_dosage_words().patient_texts().items()})
    out.update({f"milestones {k}": v for k, v in load_milestone_texts().patient_texts().items()})
    out.update({f"range-limits {k}": v for k, v in range_words_in("en").patient_texts().items()})
    return out


SOURCES = {
    "exercises": _exercise_texts,
    "guidance": _guidance_texts,
    "templates": _template_texts,
    "precautions and handout labels": _other_texts,
}


@pytest.mark.parametrize("source", list(SOURCES))
def test_patient_texts_are_grade_6_or_below(source: str) -> None:
    texts = SOURCES[source]()
    assert texts, f"no {source} texts found"
    too_hard = {name: round(grade(text), 1) for name, text in texts.items()
                if grade(text) > PATIENT_GRADE_LIMIT}
    assert not too_hard, "Above grade 6: " + "; ".join(
        f"{name} (grade {g})" for name, g in sorted(too_hard.items())
    )


def test_grade_scores_hard_text_higher_than_plain_text() -> None:
    plain = "Lie on your back. Bend your knees. Lift your hips. Hold for 5 seconds."
    hard = ("Maintaining appropriate lumbopelvic stabilization throughout the exercise "
            "facilitates neuromuscular re-education of the deep abdominal musculature.")
    assert grade(plain) <= PATIENT_GRADE_LIMIT < grade(hard)
