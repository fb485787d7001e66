"""Range limits: an exercise of a phase that takes a joint past the phase's limit is a conflict;
two limits on one joint motion in one stage print two numbers on page 1."""

from __future__ import annotations

from collections.abc import Iterator

from rehab_planner.i18n.messages import say
from rehab_planner.i18n.names import exercise_name
from rehab_planner.model import Exercise, Phase, Plan, Prescription
from rehab_planner.model.range_limit import RangeLimit
from rehab_planner.plans.ranges import (
    LimitOnExercise,
    limit_words,
    limits_on,
    phase_limits,
    say_joint,
    say_motion,
)
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.safety.index import LibraryIndex

_MAX_ALTERNATIVES = 4


def _reach_words(held: LimitOnExercise) -> str:
    reach = held.reach
    how = say("findings.range-limit.passive") if reach.passive else ""
    joint_the, motion = say_joint(reach.joint, "joint-the"), say_motion(reach.motion)
    if reach.at_least:
        where = say("findings.range-limit.past", degrees=f"{reach.degrees:g}")
        return say("findings.range-limit.reach-at-least", joint_the=joint_the, motion=motion,
                   where=where, how=how)
    source = say("findings.range-limit.source-figure" if reach.source == "figure"
                 else "findings.range-limit.source-library")
    return say("findings.range-limit.reach", joint_the=joint_the, degrees=f"{reach.degrees:g}",
               motion=motion, how=how, source=source)


def range_limit_findings(plan: Plan, phase: Phase, rx: Prescription, exercise: Exercise,
                         index: LibraryIndex) -> Iterator[Finding]:
    """The phase's range limits one prescription cannot be done within."""
    limits = phase_limits(plan, phase)
    if not limits:
        return
    for held in limits_on(limits, exercise, rx):
        if not held.exceeded:
            continue
        yield Finding(
            Severity.CONFLICT, Code.RANGE_LIMIT,
            say("findings.range-limit", name=exercise_name(exercise), reach=_reach_words(held),
                phase=phase.name, limit=limit_words(held.limit)),
            phase_id=phase.id, phase_name=phase.name, exercise_id=exercise.id,
            prescription_id=rx.id, subject=held.limit.key,
            alternatives=_within(exercise, limits, index, {r.exercise_id for r in phase.prescriptions}))


def _overlap(a: RangeLimit, b: RangeLimit) -> bool:
    """Both limits hold the same movements of the same side (a limit on both sides, or on any
    movement, overlaps one on a side, or on passive or active movement)."""
    return (a.key == b.key and (a.mode == b.mode or "both" in (a.mode, b.mode))
            and (a.side == b.side or None in (a.side, b.side)))


def limits_twice(plan: Plan) -> Iterator[Finding]:
    """A stage with two limits on one joint motion for this plan: page 1 printed 'no more than
    120°' and 'no more than 100°' in one rule (a large cuff tear's limit beside the usual one)."""
    for phase in plan.phases:
        limits = phase_limits(plan, phase)
        for i, first in enumerate(limits):
            for second in limits[i + 1:]:
                if _overlap(first, second):
                    yield Finding(
                        Severity.WARNING, Code.RANGE_LIMIT_TWICE,
                        say("findings.range-limit-twice", phase=phase.name,
                            first=limit_words(first), second=limit_words(second)),
                        phase_id=phase.id, phase_name=phase.name, subject=first.key)


def _within(exercise: Exercise, limits: list[RangeLimit], index: LibraryIndex,
            in_phase: set[str]) -> tuple[str, ...]:
    """Easier exercises of the same kind that stay within every limit, best first."""
    out: list[str] = []
    for candidate in (*exercise.regressions, *index.same_kind(exercise)):
        facts = index.get(candidate)
        if facts is None or candidate == exercise.id or candidate in in_phase or candidate in out:
            continue
        if not any(h.exceeded for h in limits_on(limits, facts.exercise)):
            out.append(candidate)
        if len(out) == _MAX_ALTERNATIVES:
            break
    return tuple(out)
