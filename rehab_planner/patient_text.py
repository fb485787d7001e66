"""The text for this patient: every sentence the handout prints that depends on the surgery.

The handout asks `text_for_patient` once and prints what it returns; it never filters texts
itself. `check` reads the same answer, so what is printed and what is checked cannot differ.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from rehab_planner.guidance import (
    Guidance,
    GuidanceTopic,
    WarningSigns,
    plan_tags,
    safety_notes_for,
    topics_for,
    warning_signs_for,
)
from rehab_planner.library import Library
from rehab_planner.model import Plan, Precaution
from rehab_planner.precaution_text import DatedRule, limit_rules, page_rules


@dataclass(frozen=True)
class PatientText:
    """What this patient reads, already chosen for their surgery, variant and precautions.

    Attributes:
        tags: the template id, precaution ids, variant and groups the plan belongs to.
        precautions: the orders as page 1 prints them: when (calendar dates), then what (see
            page_rules: a lift limit and a push and pull limit that say the same share a line).
        limit_rules: the stages' range limits as rules beside them (see limit_rules).
        warning_signs: the two tiers with their headings, filled in.
        topics: the daily-life topics with their bullets, filled in.
        exercise_notes: exercise id -> the safety notes to print on its card.
    """

    tags: frozenset[str]
    precautions: list[DatedRule]
    limit_rules: list[DatedRule]
    warning_signs: WarningSigns
    topics: list[GuidanceTopic]
    exercise_notes: dict[str, list[str]]


def text_for_patient(plan: Plan, library: Library, guidance: Guidance,
                     catalogue: Mapping[str, Precaution], weeks: float | None = None) -> PatientText:
    """Choose and fill in every surgery-dependent text of the plan's handout.

    Exercises the library does not have are left out (the handout reports them by itself).
    weeks: the weeks since surgery this week's handout is about: an exercise's surgery note
    tied to a precaution that has ended by then is left out, and so is a warning sign of the
    first weeks (`until_week`) from its week. None (the whole program, `check`): every note the
    plan's precautions call for and every sign.

    Raises:
        RehabError: the plan names a topic or precaution the data files do not have.
    """
    return PatientText(
        tags=frozenset(plan_tags(plan, guidance)),
        precautions=page_rules(plan, catalogue),
        limit_rules=limit_rules(plan, catalogue),
        warning_signs=warning_signs_for(plan, guidance, catalogue, weeks),
        topics=topics_for(plan, guidance, catalogue),
        exercise_notes=exercise_notes(plan, library, guidance, weeks),
    )


def exercise_notes(plan: Plan, library: Library, guidance: Guidance,
                   weeks: float | None = None) -> dict[str, list[str]]:
    """Exercise id -> the surgery notes its card prints: those whose precautions are still in
    force at `weeks` since surgery (None: every one the plan's precautions call for)."""
    in_force = plan_tags(plan, guidance, weeks)
    notes = {}
    for exercise_id in plan.exercise_ids():
        exercise = library.find(exercise_id)
        if exercise is not None:
            notes[exercise_id] = safety_notes_for(exercise, in_force)
    return notes


def printed_texts(plan: Plan, library: Library, text: PatientText) -> Iterator[tuple[str, str]]:
    """Every sentence the handout prints for this patient, with where it comes from.

    Besides the chosen texts: the main message (the plan's, else each stage's), phase goals and
    criteria, exercise steps and the therapist's notes (written for this patient, but still checked).
    """
    if plan.main_message.strip():
        yield "the main message", plan.main_message
    else:  # each stage prints its own
        for phase in plan.phases:
            if phase.main_message.strip():
                yield f"the main message of '{phase.name}'", phase.main_message
    for line in (rule.text for rule in [*text.precautions, *text.limit_rules]):
        yield "the precautions", line
    signs = text.warning_signs
    for line in [signs.call_911_heading, *signs.call_911, signs.call_surgeon_heading,
                 *signs.call_surgeon]:
        yield "the warning signs", line
    for topic in text.topics:
        for line in [topic.title, *topic.bullets]:
            yield f"the daily-life topic '{topic.title}'", line
    for phase in plan.phases:
        for line in [*phase.goals, *phase.criteria]:
            yield f"the goals of '{phase.name}'", line
        for rx in phase.prescriptions:
            exercise = library.find(rx.exercise_id)
            if exercise is None:
                continue
            for line in exercise.steps:
                yield f"the steps of '{exercise.name}'", line
            for line in text.exercise_notes.get(exercise.id, []):
                yield f"the cautions of '{exercise.name}'", line
            if rx.note.strip():
                yield f"your note on '{exercise.name}'", rx.note
