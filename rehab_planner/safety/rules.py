"""The safety rules: each one a small function from plan facts to findings."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rehab_planner.i18n.messages import say
from rehab_planner.i18n.names import exercise_name
from rehab_planner.model import (
    Category,
    Dosage,
    Equipment,
    Movement,
    Phase,
    Plan,
    PlanSettings,
    Precaution,
    PrecautionSetting,
    Prescription,
)
from rehab_planner.plans.conditions import named_conditions
from rehab_planner.readability import THERAPIST_NOTE_GRADE_LIMIT, grade
from rehab_planner.safety.catalogue import (
    clashing_orders,
    lift_under,
    number_param,
    setting_problems,
)
from rehab_planner.safety.findings import Code, Finding, OrderRef, Severity, order_ref
from rehab_planner.safety.index import ExerciseFacts, LibraryIndex
from rehab_planner.safety.wording import conflict_message, number, phase_weeks

MAX_HOLD_SECONDS = 60
MAX_SETS = 5
MAX_STRENGTH_TIMES_A_DAY = 4
MAX_ALTERNATIVES = 4
# Walking and biking are daily activity, and posture held for minutes (sitting with a back roll)
# is a habit kept during the day: neither adds time spent on the home program.
NOT_IN_TIME_BUDGET = frozenset({Category.AEROBIC})
HABITS_IN_MINUTES = frozenset({Category.POSTURE_BODY_MECHANICS})
WEIGHT_BEARING_GROUP = "weight bearing"
LEG_LOADING = frozenset({Movement.WEIGHT_BEARING, Movement.SINGLE_LEG_STANCE})
# Swimming and pool work wait until the cut has healed: about 2 to 6 weeks or more
# (clinical-facts.md, "Swimming only after the incision has healed"). A safer alternative is never
# a pool exercise in a phase that starts before the later end.
POOL_NOT_BEFORE_WEEK = 6
_REGRESSION_DEPTH = 3
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class ActivePrecaution:
    """A plan's precaution that holds during a phase, with its catalogue entry."""

    setting: PrecautionSetting
    precaution: Precaution
    forbids: frozenset[Movement]
    lift_limit_lb: float | None
    lift_under: bool = False  # the patient stays under the limit (not "up to" it)


@dataclass(frozen=True, slots=True)
class PhaseFacts:
    """A phase with the precautions active during it and the exercises it holds."""

    phase: Phase
    active: tuple[ActivePrecaution, ...]
    forbidden: frozenset[Movement]
    exercise_ids: frozenset[str]


def lift_limit(precaution: Precaution, setting: PrecautionSetting) -> float | None:
    """The lift limit in pounds a precaution carries (the plan's value over the default), if any."""
    return number_param(precaution, setting, "lift_limit_lb")


def forbidden_in(phase: Phase, setting: PrecautionSetting, precaution: Precaution,
                 at: float | None = None) -> frozenset[Movement]:
    """What an order forbids during a phase: its movements, and those of its limits whose value
    is below the line when the phase (or the order, if later) starts, e.g. partial weight bearing
    at 20%, then 25% more each week.

    at: the week an exercise starts, when later than the phase (its limits are read then)."""
    out = set(precaution.forbids)
    start = max(phase.weeks_from if at is None else at, setting.weeks_from)
    for limit in precaution.forbids_below:
        value = number_param(precaution, setting, limit.param)
        step = 0.0 if limit.weekly_step is None else \
            number_param(precaution, setting, limit.weekly_step) or 0.0
        if value is not None and value + step * int(start - setting.weeks_from) < limit.below:
            out.update(limit.forbids)
    return frozenset(out)


def phase_facts(
    phase: Phase, precautions: list[tuple[PrecautionSetting, Precaution]]
) -> PhaseFacts:
    """Which of the plan's precautions hold during a phase, and what they forbid together."""
    active = tuple(
        ActivePrecaution(setting, precaution, forbidden_in(phase, setting, precaution),
                         lift_limit(precaution, setting), lift_under(precaution, setting))
        for setting, precaution in precautions
        if (precaution.forbids or precaution.forbids_below)
        and setting.active_during(phase.weeks_from, phase.weeks_to)
    )
    forbidden = frozenset().union(*(a.forbids for a in active)) if active else frozenset()
    return PhaseFacts(
        phase=phase,
        active=active,
        forbidden=forbidden,
        exercise_ids=frozenset(rx.exercise_id for rx in phase.prescriptions),
    )


# --- plan-wide rules ---------------------------------------------------------------------------


def precaution_setting_findings(
    plan: Plan, catalogue: Mapping[str, Precaution]
) -> Iterator[Finding]:
    """A precaution the catalogue does not know, a parameter out of its range, or two orders that
    cannot both hold in the weeks they share (front and back approach hip precautions; the same
    precaution ordered twice for the same weeks). Orders that follow one another are fine."""
    for setting in plan.precautions:
        if setting.id not in catalogue:
            yield Finding(
                Severity.WARNING, Code.UNKNOWN_PRECAUTION,
                say("findings.unknown-precaution", id=setting.id),
                subject=setting.id, precaution=order_ref(setting),
            )
            continue
        for problem in setting_problems(setting, catalogue):
            yield Finding(Severity.WARNING, Code.PRECAUTION_SETTING,
                          say("findings.precaution-setting", problem=problem),
                          subject=setting.id, precaution=order_ref(setting))
    for i, j in clashing_orders(plan.precautions, catalogue):
        first, second = plan.precautions[i], plan.precautions[j]
        shared = phase_weeks(max(first.weeks_from, second.weeks_from),
                             _earliest(first.weeks_to, second.weeks_to))
        if first.id == second.id:
            message = say("findings.precaution-setting.twice", name=catalogue[first.id].name,
                          weeks=shared)
            subject = first.id
        else:
            message = say("findings.precaution-setting.clash", first=catalogue[first.id].name,
                          second=catalogue[second.id].name, weeks=shared)
            subject = "+".join(sorted((first.id, second.id)))
        yield Finding(Severity.WARNING, Code.PRECAUTION_SETTING, message,
                      subject=subject, precaution=order_ref(first), other=order_ref(second))


def _earliest(a: float | None, b: float | None) -> float | None:
    ends = [w for w in (a, b) if w is not None]
    return min(ends) if ends else None


def condition_findings(plan: Plan, known: Collection[str]) -> Iterator[Finding]:
    """Conditions the plan holds or its orders and exercises name that do not exist."""
    for cid in named_conditions(plan):
        if cid not in known:
            yield Finding(
                Severity.WARNING, Code.UNKNOWN_CONDITION,
                say("findings.unknown-condition", id=cid, known=", ".join(sorted(known))),
                subject=cid,
            )


def phase_sequence_findings(plan: Plan) -> Iterator[Finding]:
    """Gaps between phases (weeks with no exercises) and phases that overlap."""
    ordered = sorted(plan.phases, key=lambda p: p.weeks_from)
    if not ordered:
        return
    furthest = ordered[0]
    for phase in ordered[1:]:
        end = furthest.weeks_to
        if end is None or end > phase.weeks_from + _EPSILON:
            ends = [w for w in (end, phase.weeks_to) if w is not None]
            until = min(ends) if ends else None
            yield Finding(
                Severity.WARNING, Code.PHASE_OVERLAP,
                say("findings.phase-overlap", first=furthest.name,
                    first_weeks=phase_weeks(furthest.weeks_from, end), second=phase.name,
                    second_weeks=phase_weeks(phase.weeks_from, phase.weeks_to),
                    weeks=phase_weeks(phase.weeks_from, until)),
                phase_id=phase.id, phase_name=phase.name, subject=furthest.id,
            )
        elif end < phase.weeks_from - _EPSILON:
            yield Finding(
                Severity.WARNING, Code.PHASE_GAP,
                say("findings.phase-gap", start=number(end), end=number(phase.weeks_from),
                    first=furthest.name, second=phase.name),
                phase_id=phase.id, phase_name=phase.name, subject=furthest.id,
            )
        if end is not None and (phase.weeks_to is None or phase.weeks_to > end):
            furthest = phase


def main_message_finding(plan: Plan) -> Iterator[Finding]:
    """A one message for page 1 (the plan's, else each stage's) is above the reading level for
    therapist text."""
    stages = [] if plan.main_message.strip() else [p for p in plan.phases if p.main_message.strip()]
    for phase in [None, *stages]:
        level = note_grade(plan.message_for(phase))
        if level > THERAPIST_NOTE_GRADE_LIMIT:
            yield Finding(
                Severity.INFO, Code.NOTE_READING_LEVEL,
                say("findings.note-reading-level.main-message", grade=grade_words(level),
                    limit=f"{THERAPIST_NOTE_GRADE_LIMIT:g}"),
                subject="main-message",
                phase_id=None if phase is None else phase.id,
                phase_name="" if phase is None else phase.name,
            )


def guidance_findings(plan: Plan, topic_ids: Collection[str]) -> Iterator[Finding]:
    """Guidance topics the handout cannot print."""
    for topic in plan.guidance:
        if topic not in topic_ids:
            yield Finding(
                Severity.WARNING, Code.UNKNOWN_GUIDANCE,
                say("findings.unknown-guidance-topic", id=topic,
                    known=", ".join(sorted(topic_ids))),
                subject=topic,
            )


def no_figure_finding(facts: ExerciseFacts, rx: Prescription) -> Finding:
    """An exercise with neither a figure nor a photo (once per plan, not per phase)."""
    return Finding(
        Severity.INFO, Code.NO_FIGURE,
        say("findings.no-figure", exercise=exercise_name(facts.exercise)),
        exercise_id=facts.exercise.id, prescription_id=rx.id,
    )


# --- phase rules -------------------------------------------------------------------------------


def too_many_exercises(phase: Phase, settings: PlanSettings) -> Iterator[Finding]:
    """More exercises in a phase than the plan's setting allows."""
    count = len(phase.prescriptions)
    if count > settings.max_exercises_per_phase:
        yield Finding(
            Severity.WARNING, Code.TOO_MANY_EXERCISES,
            say("findings.too-many-exercises", phase=phase.name, count=count,
                limit=settings.max_exercises_per_phase),
            phase_id=phase.id, phase_name=phase.name,
        )


def time_budget(phase: Phase, minutes: float, settings: PlanSettings,
                untimed: int = 0) -> Iterator[Finding]:
    """The phase's exercises take more minutes a day than the plan's setting.

    Args:
        minutes: the minutes a day of the exercises whose time is known.
        untimed: how many exercises have no known time (as needed, as tolerated, a distance or
            an effort only); they are left out of the count, and the message says so.
    """
    if minutes > settings.max_minutes_a_day + _EPSILON:
        left_out = say("findings.time-budget.left-out")
        if untimed:
            left_out = say("findings.time-budget.left-out-untimed."
                           + ("one" if untimed == 1 else "other"), count=untimed)
        yield Finding(
            Severity.WARNING, Code.TIME_BUDGET,
            say("findings.time-budget", phase=phase.name, minutes=f"{minutes:.0f}",
                limit=settings.max_minutes_a_day, left_out=left_out),
            phase_id=phase.id, phase_name=phase.name,
        )


def daily_minutes(facts: ExerciseFacts, dosage: Dosage) -> float | None:
    """Minutes a day an exercise adds to the time budget (aerobic work and habits add none;
    None: not known)."""
    return exercise_minutes(facts.exercise.category, dosage)


def exercise_minutes(category: Category, dosage: Dosage) -> float | None:
    """Minutes a day of exercise time: walks and other aerobic work, and posture habits held for
    minutes, are not exercise sessions (the time budget and the handout both count this way).

    None when the time cannot be known: as needed, as tolerated, or only a distance or an effort.
    Ranges and build-up targets count at their top (the most the phase asks).
    """
    if category in NOT_IN_TIME_BUDGET or (
        category in HABITS_IN_MINUTES and dosage.minutes is not None
    ):
        return 0.0
    return dosage.minutes_a_day()


# --- prescription rules ------------------------------------------------------------------------


def _rx_finding(
    severity: Severity,
    code: Code,
    message: str,
    pf: PhaseFacts,
    rx: Prescription,
    *,
    subject: str | None = None,
    alternatives: tuple[str, ...] = (),
    precaution: OrderRef | None = None,
) -> Finding:
    """A finding about one prescription in one phase."""
    return Finding(
        severity, code, message,
        phase_id=pf.phase.id, phase_name=pf.phase.name, exercise_id=rx.exercise_id,
        prescription_id=rx.id, subject=subject, alternatives=alternatives, precaution=precaution,
    )


def unknown_exercise(pf: PhaseFacts, rx: Prescription, closest: str | None = None) -> Finding:
    """A prescription whose exercise the library does not have; it cannot be checked."""
    key = "findings.unknown-exercise" + (".closest" if closest else "")
    return _rx_finding(
        Severity.WARNING, Code.UNKNOWN_EXERCISE,
        say(key, id=rx.exercise_id, phase=pf.phase.name, closest=closest or ""),
        pf, rx,
    )


def precaution_conflicts(
    pf: PhaseFacts, rx: Prescription, facts: ExerciseFacts, index: LibraryIndex
) -> Iterator[Finding]:
    """The exercise makes a movement an active precaution forbids: one finding per precaution.

    An exercise that starts after its stage does is checked against the orders in force from
    its start (an order lifted before then does not hold for it)."""
    if not facts.movements & pf.forbidden:
        return
    alternatives: tuple[str, ...] | None = None
    phase = pf.phase
    later = rx.later_start(phase)
    for active in pf.active:
        hit = facts.movements & active.forbids
        if rx.exercise_id in active.precaution.allows:
            continue
        if later is not None:
            if not active.setting.active_during(later, phase.weeks_to):
                continue
            hit = facts.movements & forbidden_in(phase, active.setting, active.precaution, later)
        if rx.stance_leg == "other" and active.precaution.group == WEIGHT_BEARING_GROUP:
            # Standing on the leg that had no surgery loads nothing the order protects.
            hit = hit - LEG_LOADING
        if not hit:
            continue
        if alternatives is None:
            alternatives = safer_alternatives(facts, pf, index)
        ordered = [m for m in facts.exercise.movements if m in hit]
        yield _rx_finding(
            Severity.CONFLICT, Code.PRECAUTION_CONFLICT,
            conflict_message(exercise_name(facts.exercise), ordered, active.setting.weeks_from,
                             active.setting.weeks_to, active.lift_limit_lb, active.lift_under,
                             in_days=active.setting.unit == "days"),
            pf, rx, subject=active.setting.id, alternatives=alternatives,
            precaution=order_ref(active.setting),
        )


def safer_alternatives(
    facts: ExerciseFacts, pf: PhaseFacts, index: LibraryIndex
) -> tuple[str, ...]:
    """Exercises to use instead: regressions first, then the same region and kind, then the same
    region of another kind (when every exercise of that kind is forbidden, as spine stretches are
    after a fusion).

    None of them makes a movement any precaution active in the phase forbids, and none is
    already in the phase.
    """
    chosen: list[str] = []
    seen = {facts.exercise.id}

    def consider(exercise_id: str) -> bool:
        if exercise_id in seen:
            return False
        seen.add(exercise_id)
        other = index.get(exercise_id)
        if other is None or other.movements & pf.forbidden or exercise_id in pf.exercise_ids:
            return False
        if (Equipment.POOL in other.exercise.equipment
                and pf.phase.weeks_from < POOL_NOT_BEFORE_WEEK):
            return False
        chosen.append(exercise_id)
        return len(chosen) >= MAX_ALTERNATIVES

    frontier = list(facts.regressions)
    for _ in range(_REGRESSION_DEPTH):
        following: list[str] = []
        for exercise_id in frontier:
            if exercise_id in seen:
                continue
            if consider(exercise_id):
                return tuple(chosen)
            other = index.get(exercise_id)
            if other is not None:
                following.extend(other.regressions)
        frontier = following
    for exercise_id in (*index.same_kind(facts.exercise), *index.same_region(facts.exercise)):
        if consider(exercise_id):
            break
    return tuple(chosen)


def dosage_findings(pf: PhaseFacts, rx: Prescription, facts: ExerciseFacts,
                    dosage: Dosage) -> Iterator[Finding]:
    """Holds, sets and daily sessions beyond sane bounds."""
    name = exercise_name(facts.exercise)
    # The top of a range, or the build-up target: the most the phase asks.
    hold, sets = dosage.top("hold_seconds"), dosage.top("sets")
    if hold is not None and hold > MAX_HOLD_SECONDS:
        yield _rx_finding(
            Severity.WARNING, Code.DOSAGE_HOLD,
            say("findings.dosage-hold", exercise=name, hold=f"{hold:g}", limit=MAX_HOLD_SECONDS),
            pf, rx,
        )
    if sets is not None and sets > MAX_SETS:
        yield _rx_finding(
            Severity.WARNING, Code.DOSAGE_SETS,
            say("findings.dosage-sets", exercise=name, sets=f"{sets:g}", limit=MAX_SETS),
            pf, rx,
        )
    if (facts.exercise.category == Category.STRENGTHENING and dosage.times_a_day is not None
            and dosage.times_a_day > MAX_STRENGTH_TIMES_A_DAY):
        yield _rx_finding(
            Severity.WARNING, Code.DOSAGE_FREQUENCY,
            say("findings.dosage-frequency", exercise=name, times=dosage.times_a_day,
                limit=MAX_STRENGTH_TIMES_A_DAY),
            pf, rx,
        )


def start_week_finding(pf: PhaseFacts, rx: Prescription, name: str) -> Iterator[Finding]:
    """An exercise's start week that is not inside its stage: at or before the stage's start (it
    changes nothing), or at or after its end (the patient never starts it there)."""
    phase = pf.phase
    if rx.start_week is None:
        return
    if not rx.starts_later(phase):
        yield _rx_finding(
            Severity.INFO, Code.START_WEEK,
            say("findings.start-week.not-after", exercise=name, phase=phase.name,
                start=number(rx.start_week), stage_start=number(phase.weeks_from)),
            pf, rx)
    elif rx.starts_after_end(phase):
        yield _rx_finding(
            Severity.WARNING, Code.START_WEEK,
            say("findings.start-week.after-end", exercise=name, phase=phase.name,
                start=number(rx.start_week), stage_end=number(phase.weeks_to or 0)),
            pf, rx)


def note_reading_level(pf: PhaseFacts, rx: Prescription, name: str) -> Iterator[Finding]:
    """The therapist's note to the patient reads above grade 8."""
    level = note_grade(rx.note)
    if level > THERAPIST_NOTE_GRADE_LIMIT:
        yield _rx_finding(
            Severity.INFO, Code.NOTE_READING_LEVEL,
            say("findings.note-reading-level.note", exercise=name, grade=grade_words(level),
                limit=f"{THERAPIST_NOTE_GRADE_LIMIT:g}"),
            pf, rx,
        )


def grade_words(level: float) -> str:
    """A reading grade above the limit, rounded up to one decimal so it never reads as the limit
    itself ("grade 8.1; aim for grade 8 or below", not "grade 8; aim for grade 8")."""
    return f"{math.ceil(level * 10 - _EPSILON) / 10:.1f}"


@lru_cache(maxsize=2048)
def note_grade(text: str) -> float:
    """Reading grade of a note (cached: the same notes are scored on every edit)."""
    if not text.strip():
        return 0.0
    return grade(text)
