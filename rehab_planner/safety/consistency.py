"""Consistency rules: the handout must not say two things that cannot both be true."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rehab_planner.guidance import Guidance, shown_rules
from rehab_planner.i18n.messages import say
from rehab_planner.i18n.names import exercise_name
from rehab_planner.model import (
    Category,
    Dosage,
    Movement,
    Plan,
    Position,
    Precaution,
    PrecautionSetting,
    Prescription,
)
from rehab_planner.model.plan import Phase
from rehab_planner.patient_text import PatientText
from rehab_planner.safety.catalogue import order_values
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.safety.index import LibraryIndex
from rehab_planner.safety.wording import duration, movement_name, number, phase_weeks

_MINUTES = re.compile(r"(\d+)(?:\s*(?:to|-|–)\s*(\d+))?\s*minutes?", re.IGNORECASE)
_DURATION = re.compile(r"(\d+)(?:\s*(?:to|-|–)\s*(\d+))?\s*(seconds?|minutes?)", re.IGNORECASE)
_LIMITING = re.compile(r"more than|at most|up to|no longer|limit|at a time|or less|longer than",
                       re.IGNORECASE)
_NOT_A_LIMIT = re.compile(r"at least|every", re.IGNORECASE)
_OFTEN = re.compile(r"\b(?:do (?:this|it|them|these) often|often (?:each|every|through|during)"
                    r" (?:the )?day|as often as)\b", re.IGNORECASE)
HABIT_SECONDS = 5 * 60  # a caution this long is about a posture kept for minutes, not a hold
_WALK = re.compile(r"\bwalk", re.IGNORECASE)
_DAILY = re.compile(r"\ba day\b|\beach day\b|\bdaily\b", re.IGNORECASE)


def _overlaps(phase: Phase, weeks_from: float, weeks_to: float | None,
              begin: float | None = None) -> bool:
    """Whether the weeks overlap the phase's (from `begin` when later: an exercise that starts
    later than its stage)."""
    end = weeks_to if weeks_to is not None else float("inf")
    phase_end = phase.weeks_to if phase.weeks_to is not None else float("inf")
    return (phase.weeks_from if begin is None else begin) < end and weeks_from < phase_end


def _rx_finding(code: Code, phase: Phase, rx: Prescription, exercise_id: str, message: str,
                subject: str | None = None) -> Finding:
    return Finding(Severity.WARNING, code, message, phase_id=phase.id, phase_name=phase.name,
                   exercise_id=exercise_id, prescription_id=rx.id, subject=subject)


def rule_vs_exercise(plan: Plan, index: LibraryIndex, guidance: Guidance,
                     catalogue: Mapping[str, Precaution]) -> Iterator[Finding]:
    """A daily-life rule (e.g. the lift limit, 'use a grabber') forbids what a prescribed exercise
    practises in the weeks both hold."""
    for text, line, (weeks_from, weeks_to) in shown_rules(plan, guidance, catalogue):
        for phase in plan.phases:
            if not _overlaps(phase, weeks_from, weeks_to):
                continue
            for rx in phase.prescriptions:
                facts = index.get(rx.exercise_id)
                if facts is None or not facts.movements & set(line.forbids):
                    continue
                begin = rx.later_start(phase)
                begin = phase.weeks_from if begin is None else begin
                if not _overlaps(phase, weeks_from, weeks_to, begin):
                    continue  # the patient starts it once the rule has ended
                yield _rx_finding(
                    Code.RULE_VS_EXERCISE, phase, rx, rx.exercise_id,
                    say("findings.rule-vs-exercise", rule=text,
                        exercise=exercise_name(facts.exercise),
                        weeks=phase_weeks(begin, phase.weeks_to)),
                    subject=line.text[:60])


def _walking(phase: Phase, index: LibraryIndex, doses: Mapping[str, Dosage]
             ) -> tuple[float, float] | None:
    """The longest walk at a time and the minutes walked a day a phase prescribes, if any."""
    bouts, daily = [], 0.0
    for rx in phase.prescriptions:
        facts = index.get(rx.exercise_id)
        dosage = doses.get(rx.id)
        if facts is None or dosage is None or facts.exercise.category != Category.AEROBIC:
            continue
        # The most the stage asks (the top of a range, or what to build up to by its end).
        minutes = dosage.top("minutes")
        if not _WALK.search(facts.exercise.name) or minutes is None:
            continue
        bouts.append(minutes)
        daily += minutes * (dosage.times_a_day or 1)
    return (max(bouts), daily) if bouts else None


def dose_below_goal(plan: Plan, index: LibraryIndex,
                    doses: Mapping[str, Dosage]) -> Iterator[Finding]:
    """A stage's walking dose is below the walking its own goals or criteria to move on ask for.

    'N minutes a day' is compared with the minutes walked a day, any other walking time with
    the longest walk at a time; a range ('30 to 40 minutes') counts from its lower end.
    """
    for phase in plan.phases:
        walking = _walking(phase, index, doses)
        if walking is None:
            continue
        bout, daily = walking
        for text in [*phase.goals, *phase.criteria]:
            match = _MINUTES.search(text)
            if not _WALK.search(text) or match is None:
                continue
            goal = float(match.group(1))
            per_day = bool(_DAILY.search(text[match.end():match.end() + 20]))
            dose = daily if per_day else bout
            if dose < goal:
                key = "per-day" if per_day else "at-a-time"
                yield Finding(
                    Severity.WARNING, Code.DOSE_BELOW_GOAL,
                    say(f"findings.dose-below-goal.{key}", phase=phase.name, goal_text=text,
                        dose=number(dose), goal=number(goal)),
                    phase_id=phase.id, phase_name=phase.name, subject=text[:60])


def precaution_end_mismatch(plan: Plan, catalogue: Mapping[str, Precaution]
                            ) -> Iterator[Finding]:
    """Two of the plan's precautions forbid the same movement at the same time, one until a
    date and one until the surgeon lifts it, so the handout gives two ends for one rule. An order
    that allows (weight as tolerated) prints what it allows, not what it forbids: no rule of its
    own to end twice (beside a knee replacement's lasting "Do not run or jump", stop 46)."""
    chosen = [(s, catalogue[s.id]) for s in plan.precautions
              if s.id in catalogue and not catalogue[s.id].permission]
    for i, (first, first_entry) in enumerate(chosen):
        for second, second_entry in chosen[i + 1:]:
            shared = set(first_entry.forbids) & set(second_entry.forbids)
            # two dates are two rules a patient can follow; a date beside "until your surgeon
            # says" for the same movement is one rule with two ends
            if not shared or (first.weeks_to is None) == (second.weeks_to is None):
                continue
            if not first.active_during(second.weeks_from, second.weeks_to):
                continue
            yield _two_orders(Code.PRECAUTION_END_MISMATCH, (first, first_entry),
                              (second, second_entry), f"{first.id}|{second.id}",
                              movement=movement_name(sorted(shared)[0]))


def _two_orders(code: Code, one: tuple[PrecautionSetting, Precaution],
                other: tuple[PrecautionSetting, Precaution], subject: str,
                **values: str) -> Finding:
    """A finding about two orders, each named with its weeks."""
    (first, first_entry), (second, second_entry) = one, other
    return Finding(
        Severity.WARNING, code,
        say(f"findings.{code.value}", first=first_entry.name,
            first_weeks=phase_weeks(first.weeks_from, first.weeks_to), second=second_entry.name,
            second_weeks=phase_weeks(second.weeks_from, second.weeks_to), **values),
        subject=subject)


def _lift_rules(plan: Plan, catalogue: Mapping[str, Precaution]
                ) -> list[tuple[PrecautionSetting, Precaution, float]]:
    """The plan's orders that say how much the patient may lift, with that amount in pounds
    (0: nothing at all; infinity: what feels OK), by start."""
    out = []
    for setting in plan.precautions:
        entry = catalogue.get(setting.id)
        if entry is None:
            continue
        values = order_values(entry, setting)
        limit = values.get("lift_limit_lb")
        if setting.id == "lifting-as-tolerated":
            pounds = float("inf")
        elif isinstance(limit, int | float) and not isinstance(limit, bool):
            pounds = float(limit)
        elif Movement.LIFTING in entry.forbids:  # "do not lift anything" (arm not to be used)
            pounds = 0.0
        else:
            continue
        out.append((setting, entry, pounds))
    return sorted(out, key=lambda item: item[0].weeks_from)


def lift_rules_disagree(plan: Plan, catalogue: Mapping[str, Precaution]) -> Iterator[Finding]:
    """Two orders in force at once let the patient lift different amounts ('do not lift
    anything' beside 'do not lift more than 10 pounds'): page 1 says both."""
    rules = _lift_rules(plan, catalogue)
    for i, (first, first_entry, first_lb) in enumerate(rules):
        for second, second_entry, second_lb in rules[i + 1:]:
            # the same order twice in the same weeks is a finding of its own (precaution setting)
            if first_lb == second_lb or first.id == second.id or not first.active_during(
                    second.weeks_from, second.weeks_to):
                continue
            yield _two_orders(Code.LIFT_RULES_DISAGREE, (first, first_entry),
                              (second, second_entry),
                              f"{first.id}|{second.id}|{number(second.weeks_from)}")


def lift_rule_gap(plan: Plan, catalogue: Mapping[str, Precaution]) -> Iterator[Finding]:
    """A lifting rule ends and the next starts weeks later: in between page 1 says nothing about
    lifting, then a limit again (the reverse shoulder's cup of coffee to week 6, 6 pounds from
    week 12)."""
    covered_to = None
    for setting, entry, _pounds in _lift_rules(plan, catalogue):
        if covered_to is not None and setting.weeks_from > covered_to:
            yield Finding(
                Severity.WARNING, Code.LIFT_RULE_GAP,
                say("findings.lift-rule-gap", start=number(covered_to),
                    end=number(setting.weeks_from), order=entry.name),
                subject=f"{setting.id}|{number(setting.weeks_from)}")
        if setting.weeks_to is None:
            return
        covered_to = max(covered_to or 0.0, setting.weeks_to)


_NEGATED = re.compile(r"\bnot\b|n't\b|\bno\b|\bnever\b", re.IGNORECASE)


def stage_words_vs_orders(plan: Plan, catalogue: Mapping[str, Precaution]) -> Iterator[Finding]:
    """A stage's name or goal says what an order in force for the whole stage forbids ('Walk
    without crutches' under partial weight bearing): the patient reads two rules that clash."""
    for phase in plan.phases:
        lines = [phase.name, *phase.goals]
        for setting in plan.precautions:
            entry = catalogue.get(setting.id)
            if entry is None or not entry.stage_clashes \
                    or not setting.covers(phase.weeks_from, phase.weeks_to):
                continue
            for line in lines:
                phrase = _clash_in(line, entry.stage_clashes)
                if phrase is None:
                    continue
                yield Finding(
                    Severity.WARNING, Code.STAGE_WORDS_VS_ORDER,
                    say("findings.stage-words-vs-order", line=line, phase=phase.name,
                        order=entry.name,
                        weeks=phase_weeks(setting.weeks_from, setting.weeks_to)),
                    phase_id=phase.id, phase_name=phase.name, subject=f"{setting.id}|{phrase}")


def _clash_in(line: str, phrases: list[str]) -> str | None:
    """The first phrase a sentence of the line says (not one it denies: 'Do not ...')."""
    for sentence in re.split(r"(?<=[.!?])\s+", line):
        if _NEGATED.search(sentence):
            continue
        lowered = " ".join(sentence.lower().split())
        for phrase in phrases:
            if phrase.lower() in lowered:
                return phrase
    return None


def _caution_limit_seconds(text: str) -> float | None:
    """The shortest time limit a caution sentence sets, in seconds ('15 to 30 minutes at a time'
    -> 900), or None when it sets none."""
    limits = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not _LIMITING.search(sentence) or _NOT_A_LIMIT.search(sentence):
            continue
        for match in _DURATION.finditer(sentence):
            unit = 60 if match.group(3).lower().startswith("minute") else 1
            limits.append(float(match.group(1)) * unit)
    return min(limits) if limits else None


def _dose_seconds(dosage: Dosage) -> float | None:
    """The longest hold the dose asks for (the top of a range, or the build-up target)."""
    hold, minutes = dosage.top("hold_seconds"), dosage.top("minutes")
    if hold is not None:
        return hold
    if minutes is not None:
        return minutes * 60.0
    return None


def hold_vs_caution(plan: Plan, index: LibraryIndex, text: PatientText,
                    doses: Mapping[str, Dosage]) -> Iterator[Finding]:
    """An exercise's hold (or minutes) is longer than its own caution, or the plan's sitting
    limit for a sitting posture, allows."""
    for phase in plan.phases:
        for rx in phase.prescriptions:
            facts, dosage = index.get(rx.exercise_id), doses.get(rx.id)
            if facts is None or dosage is None:
                continue
            dose = _dose_seconds(dosage)
            if dose is None:
                continue
            cautions = [*text.exercise_notes.get(rx.exercise_id, []), rx.note]
            limits = [(lim, "caution") for c in cautions
                      if (lim := _caution_limit_seconds(c)) is not None]
            exercise = facts.exercise
            sitting_limit = plan.settings.sitting_limit_minutes  # None: no limit was ordered
            sitting_end = plan.settings.sitting_limit_weeks  # None: it never ends
            if sitting_end is not None and phase.weeks_from >= sitting_end:
                sitting_limit = None
            if (sitting_limit is not None and exercise.position == Position.SITTING
                    and exercise.category == Category.POSTURE_BODY_MECHANICS):
                limits.append((sitting_limit * 60.0, "sitting-limit"))
            if not limits:
                continue
            limit, source = min(limits)
            if dose > limit:
                yield _rx_finding(
                    Code.HOLD_VS_CAUTION, phase, rx, rx.exercise_id,
                    say(f"findings.hold-vs-caution.{source}", exercise=exercise_name(exercise),
                        dose=duration(dose), limit=duration(limit)))
            elif (dosage.hold_seconds is not None and limit >= HABIT_SECONDS
                  and source == "caution"
                  and exercise.category == Category.POSTURE_BODY_MECHANICS):
                # a posture kept for minutes at a time, dosed as a hold of seconds
                yield _rx_finding(
                    Code.HOLD_VS_CAUTION, phase, rx, rx.exercise_id,
                    say("findings.hold-vs-caution.habit", exercise=exercise_name(exercise),
                        dose=duration(dose), limit=duration(limit)))


def often_vs_count(plan: Plan, index: LibraryIndex, text: PatientText,
                   doses: Mapping[str, Dosage]) -> Iterator[Finding]:
    """An exercise's text says to do it 'often' while its dosage gives a count a day."""
    for phase in plan.phases:
        for rx in phase.prescriptions:
            facts, dosage = index.get(rx.exercise_id), doses.get(rx.id)
            if facts is None or dosage is None or dosage.times_a_day is None:
                continue
            lines = [*facts.exercise.steps, *text.exercise_notes.get(rx.exercise_id, []),
                     rx.note]
            said = next((line for line in lines if _OFTEN.search(line)), None)
            if said is not None:
                yield _rx_finding(
                    Code.OFTEN_VS_COUNT, phase, rx, rx.exercise_id,
                    say("findings.often-vs-count", exercise=exercise_name(facts.exercise),
                        said=said, times=dosage.times_a_day))
