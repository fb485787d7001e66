"""Check a plan: run every safety rule and mark the findings the therapist accepted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from functools import lru_cache

from rehab_planner.guidance import Guidance, load_guidance
from rehab_planner.i18n.names import exercise_name
from rehab_planner.library import Library
from rehab_planner.model import Acknowledgement, Dosage, Plan, Precaution, PrecautionSetting
from rehab_planner.patient_text import text_for_patient
from rehab_planner.plans.conditions import in_effect, shipped_conditions
from rehab_planner.procedure_words import ProcedureWords, load_procedure_words
from rehab_planner.safety import consistency, content_rules, course_rules, range_rules, rules
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.findings import Finding, acknowledgement_key
from rehab_planner.safety.index import library_index


@lru_cache(maxsize=1)
def shipped_catalogue() -> Mapping[str, Precaution]:
    """The shipped precaution catalogue, read once per process.

    Raises:
        DataFileError: the catalogue file is broken.
    """
    return load_catalogue()


def check_plan(
    plan: Plan,
    library: Library,
    catalogue: Mapping[str, Precaution] | None = None,
    *,
    include_accepted: bool = False,
    topic_ids: Collection[str] | None = None,
    guidance: Guidance | None = None,
    conditions: Collection[str] | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    """Check a plan against its precautions, sane dosages, time and readability limits.

    Fast enough to run on every edit: the per-exercise facts are computed once per library and
    nothing is read from disk (pass a catalogue, or the shipped one is read on the first call only).

    Args:
        plan: the plan to check.
        library: the exercise library its prescriptions name.
        catalogue: precautions by id; the shipped catalogue when None.
        include_accepted: also return findings the therapist accepted (their `accepted` is set).
        topic_ids: the guidance topics that exist; the shipped ones when None.
        guidance: topics and warning signs the handout prints; the shipped ones when None.
        conditions: the condition ids that exist; the shipped ones when None. Orders and
            prescriptions switched off by the plan's conditions are not checked.
        today: the day progress is checked on (a stage that ends on its criteria, past its
            weeks with criteria unmet); today when None.

    Returns:
        Plan-wide findings first, then each phase's in plan order, prescriptions in order.

    Raises:
        DataFileError: catalogue is None and the shipped catalogue file is broken.
    """
    if catalogue is None:
        catalogue = shipped_catalogue()
    index = library_index(library)
    findings: list[Finding] = list(rules.condition_findings(
        plan, shipped_conditions() if conditions is None else conditions))
    plan = in_effect(plan)
    findings.extend(rules.precaution_setting_findings(plan, catalogue))
    findings.extend(rules.phase_sequence_findings(plan))
    findings.extend(rules.main_message_finding(plan))
    findings.extend(rules.guidance_findings(
        plan, shipped_topic_ids() if topic_ids is None else topic_ids))
    findings.extend(content_rules.contact_findings(plan))
    findings.extend(course_rules.milestone_findings(plan))
    findings.extend(course_rules.milestone_order_findings(plan, catalogue))
    findings.extend(course_rules.milestone_reading_level(plan))
    findings.extend(course_rules.progress_findings(plan, today or dt.date.today()))

    chosen: list[tuple[PrecautionSetting, Precaution]] = [
        (s, catalogue[s.id]) for s in plan.precautions if s.id in catalogue
    ]
    pictured: set[str] = set()
    no_picture: list[Finding] = []
    doses: dict[str, Dosage] = {}
    for phase in plan.phases:
        pf = rules.phase_facts(phase, chosen)
        minutes, untimed = 0.0, 0
        for rx in phase.prescriptions:
            facts = index.get(rx.exercise_id)
            if facts is None:
                findings.append(rules.unknown_exercise(pf, rx, library.closest_id(rx.exercise_id)))
                continue
            dosage = doses[rx.id] = _dosage(facts.exercise.dosage, rx.dosage)
            daily = rules.daily_minutes(facts, dosage)
            minutes += daily or 0.0
            untimed += daily is None
            conflicts = list(rules.precaution_conflicts(pf, rx, facts, index))
            findings.extend(conflicts)
            if not conflicts:  # an order it breaks already says it (hip rules: past 90°)
                findings.extend(range_rules.range_limit_findings(plan, phase, rx, facts.exercise,
                                                                 index))
            findings.extend(rules.dosage_findings(pf, rx, facts, dosage))
            findings.extend(rules.note_reading_level(pf, rx, exercise_name(facts.exercise)))
            findings.extend(rules.start_week_finding(pf, rx, exercise_name(facts.exercise)))
            if not facts.has_picture and rx.exercise_id not in pictured:
                pictured.add(rx.exercise_id)
                no_picture.append(rules.no_figure_finding(facts, rx))
        findings.extend(rules.time_budget(phase, minutes, plan.settings, untimed))
        findings.extend(rules.too_many_exercises(phase, plan.settings))
    findings.extend(no_picture)
    findings.extend(range_rules.limits_twice(plan))
    findings.extend(_text_findings(plan, library, guidance or shipped_guidance(), catalogue,
                                   doses))
    return apply_acknowledgements(findings, plan.acknowledgements, include_accepted)


def _text_findings(plan: Plan, library: Library, guidance: Guidance,
                   catalogue: Mapping[str, Precaution], doses: Mapping[str, Dosage]
                   ) -> list[Finding]:
    """What the handout would tell the patient: another surgery's words, contradictions."""
    index = library_index(library)
    words = shipped_procedure_words()
    plan = content_rules.printable(plan, guidance, catalogue)
    text = text_for_patient(plan, library, guidance, catalogue)
    return [
        *content_rules.other_procedure_findings(plan, library, text, words),
        *content_rules.text_contradictions(plan, library, text, words),
        *consistency.rule_vs_exercise(plan, index, guidance, catalogue),
        *consistency.dose_below_goal(plan, index, doses),
        *consistency.precaution_end_mismatch(plan, catalogue),
        *consistency.lift_rules_disagree(plan, catalogue),
        *consistency.lift_rule_gap(plan, catalogue),
        *consistency.stage_words_vs_orders(plan, catalogue),
        *consistency.hold_vs_caution(plan, index, text, doses),
        *consistency.often_vs_count(plan, index, text, doses),
    ]


@lru_cache(maxsize=1)
def shipped_topic_ids() -> frozenset[str]:
    """The ids of the shipped guidance topics, read once per process."""
    return frozenset(shipped_guidance().topics)


@lru_cache(maxsize=1)
def shipped_guidance() -> Guidance:
    """The shipped guidance (topics, warning signs and their groups), read once per process."""
    return load_guidance()


@lru_cache(maxsize=1)
def shipped_procedure_words() -> ProcedureWords:
    """The shipped words that belong to one surgery, checked against the groups, read once."""
    groups = shipped_guidance().warning_signs.groups
    known = set(groups) | {member for members in groups.values() for member in members}
    return load_procedure_words(known=known)


def _dosage(default: Dosage, override: Dosage | None) -> Dosage:
    """The prescribed dosage: the exercise's default with the fields the override sets on top.

    Dosage.merged without a second validation (both inputs are valid already), because this runs
    for every prescription on every edit.
    """
    return default.merged(override, validate=False)


def apply_acknowledgements(
    findings: list[Finding], acknowledgements: list[Acknowledgement], include_accepted: bool
) -> list[Finding]:
    """Mark accepted findings; drop them unless include_accepted."""
    if not acknowledgements:
        return findings
    by_key = {acknowledgement_key(a): a for a in acknowledgements}
    out: list[Finding] = []
    for finding in findings:
        ack = by_key.get(finding.key)
        if ack is None:
            out.append(finding)
        elif include_accepted:
            out.append(finding.with_acknowledgement(ack))
    return out


def open_conflicts(findings: list[Finding]) -> list[Finding]:
    """The conflicts nobody accepted."""
    return [f for f in findings if f.severity == "conflict" and f.accepted is None]
