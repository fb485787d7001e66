"""Checks of the course of recovery: milestones of unknown kinds, milestones that allow what an
order then in effect forbids, and stages that end on their criteria still unmet after their
planned weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from rehab_planner.i18n.current import using_language
from rehab_planner.i18n.messages import interface_language, say
from rehab_planner.milestone_text import milestone_kinds
from rehab_planner.model import Plan, Precaution
from rehab_planner.model.vocab import Movement
from rehab_planner.plans.criteria import unmet_after_week
from rehab_planner.plans.schedule import format_date, phase_dates
from rehab_planner.safety.findings import Code, Finding, Severity, order_ref
from rehab_planner.safety.rules import THERAPIST_NOTE_GRADE_LIMIT, grade_words, note_grade


def milestone_findings(plan: Plan) -> Iterator[Finding]:
    """A milestone whose kind does not exist (its own text prints, else nothing does)."""
    kinds = milestone_kinds()
    for milestone in plan.milestones:
        if milestone.kind is not None and milestone.kind not in kinds:
            fate = "own-text" if milestone.text.strip() else "not-printed"
            yield Finding(
                Severity.WARNING, Code.UNKNOWN_MILESTONE,
                say(f"findings.unknown-milestone.{fate}", kind=milestone.kind,
                    known=", ".join(kinds)), subject=milestone.id)


#: What a milestone's step lets the patient do, by kind: an order in effect that week which forbids
#: one of these contradicts the step (swimming strokes reach over the head). None: everything, so
#: every order in effect contradicts it but one that only allows (lifting as tolerated).
STEP_NEEDS: dict[str, frozenset[Movement] | None] = {
    "swim": frozenset({Movement.OVERHEAD_REACH}),
    "jogging": frozenset({Movement.HIGH_IMPACT}),
    "sports": frozenset({Movement.HIGH_IMPACT}),
    "contact-sports": frozenset({Movement.HIGH_IMPACT, Movement.PIVOTING}),
    "all-activities": None,
}
ONLY_ALLOWS = frozenset({"lifting-as-tolerated"})


def milestone_order_findings(plan: Plan, catalogue: Mapping[str, Precaution]
                             ) -> Iterator[Finding]:
    """A milestone that lets the patient do what an order in effect that week forbids: "you may
    swim" at week 6 while no reaching overhead holds to week 12. Pass the plan as it is followed
    (plans.conditions.in_effect)."""
    for milestone in plan.milestones:  # named by kind and week: the plan's own list has them all
        if milestone.weeks is None or milestone.kind not in STEP_NEEDS:
            continue
        needs = STEP_NEEDS[milestone.kind]
        for order in plan.precautions:
            precaution = catalogue.get(order.id)
            if precaution is None or order.id in ONLY_ALLOWS:
                continue
            ends = order.weeks_to if order.weeks_to is not None else float("inf")
            if not order.weeks_from <= milestone.weeks < ends:
                continue
            if needs is not None and not needs & set(precaution.forbids):
                continue
            held = "open" if order.weeks_to is None else "until"
            yield Finding(
                Severity.WARNING, Code.MILESTONE_VS_ORDER,
                say(f"findings.milestone-vs-order.{held}", kind=milestone.kind,
                    week=f"{milestone.weeks:g}", order=precaution.name,
                    until=f"{order.weeks_to or 0:g}"),
                subject=f"milestone:{milestone.id}:{order.key}", precaution=order_ref(order))


def milestone_reading_level(plan: Plan) -> Iterator[Finding]:
    """The therapist's own words on a milestone (its text or criterion) read above the limit of
    a note to the patient."""
    for n, milestone in enumerate(plan.milestones, start=1):
        for part, text in (("words", milestone.text), ("criterion", milestone.criterion)):
            level = note_grade(text)
            if level > THERAPIST_NOTE_GRADE_LIMIT:
                yield Finding(
                    Severity.INFO, Code.NOTE_READING_LEVEL,
                    say(f"findings.note-reading-level.milestone-{part}", number=n,
                        grade=grade_words(level), limit=f"{THERAPIST_NOTE_GRADE_LIMIT:g}"),
                    subject=f"milestone:{milestone.id}:{part}")


def progress_findings(plan: Plan, today: dt.date) -> Iterator[Finding]:
    """A stage that ends on its criteria, past its planned weeks with criteria unmet."""
    for phase, unmet in unmet_after_week(plan, today):
        _, end = phase_dates(plan, phase)
        numbers = ", ".join(str(s.number) for s in unmet)
        with using_language(interface_language()):  # the date in the therapist's words
            date = format_date(end) if end else "-"
        yield Finding(
            Severity.INFO, Code.CRITERIA_UNMET,
            say("findings.criteria-unmet", phase=phase.name, date=date, unmet=len(unmet),
                total=len(phase.criteria), numbers=numbers),
            phase_id=phase.id, phase_name=phase.name)
