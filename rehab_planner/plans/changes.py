"""What changed between two versions of a plan, in plain words a patient can read.

Pure: two Plans in, a list of sentences out. Used by the database history and by the handout's
"What changed since your last visit".
"""

from __future__ import annotations

from collections.abc import Mapping

from rehab_planner.i18n.current import using_language
from rehab_planner.i18n.dosage import (
    DosageWords,
    amount_words,
    english_dosage_words,
    how_often_words,
)
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE
from rehab_planner.i18n.messages import interface_language, say
from rehab_planner.i18n.names import exercise_name as shown_name
from rehab_planner.model import Dosage, Exercise, Phase, Plan, Prescription
from rehab_planner.model.dosage import SEPARATOR
from rehab_planner.model.plan import PlanSettings
from rehab_planner.plans.schedule import format_weeks

# Settings a patient notices (their words: history.yaml, setting.<field>); the rest are the
# therapist's business.
_SETTINGS = ("driving_weeks", "brace_weeks", "no_nsaid_weeks", "return_to_work_weeks",
             "walking_goal_minutes", "sitting_limit_minutes", "sitting_limit_weeks")


def _number(value: float) -> str:
    return f"{value:g}"


def phase_weeks(phase: Phase) -> str:
    """The weeks of a phase as the handout prints them: 'Weeks 0 to 6' or 'Week 12 on'."""
    return format_weeks(phase)


def exercise_name(exercise_id: str, exercises: Mapping[str, Exercise] | None = None,
                  lang: str = DEFAULT_LANGUAGE) -> str:
    """The exercise's name from the library (in `lang`), else its id made readable: 'Heel slide'."""
    if exercises is not None and exercise_id in exercises:
        return shown_name(exercises[exercise_id], lang)
    words = exercise_id.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _words(lang: str) -> DosageWords:
    """The dosage words of a language (English when it has none)."""
    if lang == DEFAULT_LANGUAGE:
        return english_dosage_words()
    from rehab_planner.i18n.content import dosage_words_for  # a heavy module

    return dosage_words_for(lang) or english_dosage_words()


def _dosage_parts(dosage: Dosage | None, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """The parts of a dosage a patient reads, in a fixed order; '' where a part is not set."""
    if dosage is None:
        return ["", "", "", "", ""]
    words = _words(lang)
    return [
        amount_words(dosage, words),
        words.sides.get(dosage.side, ""),
        dosage.load or "",
        words.rest.of(dosage.rest_seconds) if dosage.rest_seconds else "",
        how_often_words(dosage, words),
    ]


def _effective(rx: Prescription, exercises: Mapping[str, Exercise] | None) -> Dosage | None:
    """The dosage the patient does: the library default with the plan's override on top."""
    if exercises is not None and rx.exercise_id in exercises:
        return exercises[rx.exercise_id].dosage.merged(rx.dosage)
    return rx.dosage


def dosage_change(old: Dosage | None, new: Dosage | None, lang: str | None = None) -> str | None:
    """'now 2 sets of 10 (was 10 times)', naming only the parts that changed; None if none did.

    Args:
        lang: the language to write in; the interface language when None.
    """
    lang = lang or interface_language()
    before, after = _dosage_parts(old, lang), _dosage_parts(new, lang)
    changed = [i for i in range(len(before)) if before[i] != after[i]]
    if not changed:
        return None
    usual = say("history.usual-amount", lang=lang)
    now_text = SEPARATOR.join(after[i] for i in changed if after[i]) or usual
    was_text = SEPARATOR.join(before[i] for i in changed if before[i]) or usual
    return say("history.dosage-change", lang=lang, now=now_text, was=was_text)


def _phase_changes(old: Phase, new: Phase, lang: str) -> list[str]:
    out: list[str] = []
    if old.name != new.name:
        out.append(say("history.phase-renamed", lang=lang, old=old.name, new=new.name))
    if old.weeks_from != new.weeks_from:
        out.append(say("history.phase-starts", lang=lang, name=new.name,
                       start=_number(new.weeks_from), was=_number(old.weeks_from)))
    if old.weeks_to != new.weeks_to:
        if new.weeks_to is None:
            out.append(say("history.phase-open-end", lang=lang, name=new.name))
        elif old.weeks_to is None:
            out.append(say("history.phase-ends", lang=lang, name=new.name,
                           end=_number(new.weeks_to)))
        else:
            out.append(say("history.phase-ends-was", lang=lang, name=new.name,
                           end=_number(new.weeks_to), was=_number(old.weeks_to)))
    if old.main_message != new.main_message and new.main_message:
        out.append(say("history.new-main-message", lang=lang, text=new.main_message))
    for kind, before, after in (("goal", old.goals, new.goals),
                                ("criterion", old.criteria, new.criteria)):
        for text in after:
            if text not in before:
                out.append(say(f"history.new-{kind}", lang=lang, name=new.name, text=text))
        for text in before:
            if text not in after:
                out.append(say(f"history.{kind}-off", lang=lang, name=new.name, text=text))
    return out


def _prescription_changes(
    old_plan: Plan, new_plan: Plan, exercises: Mapping[str, Exercise] | None, lang: str
) -> list[str]:
    old_rx = {rx.id: (phase, rx) for phase in old_plan.phases for rx in phase.prescriptions}
    new_rx = {rx.id: (phase, rx) for phase in new_plan.phases for rx in phase.prescriptions}
    out: list[str] = []
    for rx_id, (phase, rx) in new_rx.items():
        name = exercise_name(rx.exercise_id, exercises, lang)
        if rx_id not in old_rx:
            out.append(say("history.added", lang=lang, name=name, weeks=phase_weeks(phase)))
            continue
        old_phase, old = old_rx[rx_id]
        if old.exercise_id != rx.exercise_id:
            old_name = exercise_name(old.exercise_id, exercises, lang)
            out.append(say("history.replaced", lang=lang, old=old_name, name=name,
                           weeks=phase_weeks(phase)))
            continue
        if old_phase.id != phase.id:
            out.append(say("history.moved", lang=lang, name=name, weeks=phase_weeks(phase),
                           was=phase_weeks(old_phase)))
        change = dosage_change(_effective(old, exercises), _effective(rx, exercises), lang)
        if change:
            out.append(say("history.dosage", lang=lang, name=name, change=change))
        if old.note != rx.note:
            out.append(say("history.new-note", lang=lang, name=name, note=rx.note) if rx.note
                       else say("history.note-off", lang=lang, name=name))
        if old.start_week != rx.start_week:
            out.append(say("history.start-off", lang=lang, name=name) if rx.start_week is None
                       else say("history.start-week", lang=lang, name=name,
                                week=f"{rx.start_week:g}"))
    for rx_id, (phase, rx) in old_rx.items():
        if rx_id not in new_rx:
            name = exercise_name(rx.exercise_id, exercises, lang)
            out.append(say("history.removed", lang=lang, name=name, weeks=phase_weeks(phase)))
    return out


def _weeks_text(value: int | None, unit: str, lang: str) -> str:
    if value is None:
        return say("history.surgeon-decides", lang=lang)
    return say(f"history.{unit}", lang=lang, count=value)


def _settings_changes(old: PlanSettings, new: PlanSettings, lang: str) -> list[str]:
    out: list[str] = []
    for field in _SETTINGS:
        before, after = getattr(old, field), getattr(new, field)
        if before == after:
            continue
        unit = "minutes" if field.endswith("minutes") else "weeks"
        out.append(say("history.setting-change", lang=lang,
                       label=say(f"history.setting.{field}", lang=lang),
                       now=_weeks_text(after, unit, lang), was=_weeks_text(before, unit, lang)))
    if old.brace != new.brace:
        out.append(say("history.brace-on" if new.brace else "history.brace-off", lang=lang))
    return out


def plan_changes(
    old: Plan, new: Plan, exercises: Mapping[str, Exercise] | None = None,
    lang: str | None = None,
) -> list[str]:
    """Everything that changed from one version of a plan to the next, one sentence each.

    Args:
        old: the earlier version.
        new: the later version.
        exercises: the library by id, for names and default dosages; without it, names come
            from the ids and only dosages the plan sets itself are compared.
        lang: the language to write in (a handout's, for its "What changed"); the interface
            language when None.

    Returns:
        Plain sentences such as "Added: Heel slide (Weeks 0 to 6)",
        "Bridge: now 2 sets of 10 (was 10 times)", "Phase 'Protection' now ends at week 8
        (was week 6)". Empty when nothing a reader would notice changed.
    """
    lang = lang or interface_language()
    with using_language(lang):  # week ranges in the same language
        return _plan_changes(old, new, exercises, lang)


def _plan_changes(old: Plan, new: Plan, exercises: Mapping[str, Exercise] | None,
                  lang: str) -> list[str]:
    out: list[str] = []
    if old.surgery_date != new.surgery_date:
        out.append(say("history.surgery-date", lang=lang, now=new.surgery_date.isoformat(),
                       was=old.surgery_date.isoformat()))
    if old.procedure != new.procedure:
        out.append(say("history.surgery", lang=lang, now=new.procedure, was=old.procedure))
    old_phases = {p.id: p for p in old.phases}
    new_ids = {p.id for p in new.phases}
    for phase in new.phases:
        if phase.id in old_phases:  # the words each version shows (by_condition)
            out.extend(_phase_changes(old_phases[phase.id].as_followed(old.conditions),
                                      phase.as_followed(new.conditions), lang))
        else:
            out.append(say("history.new-phase", lang=lang, name=phase.name,
                           weeks=phase_weeks(phase)))
    out.extend(say("history.phase-off", lang=lang, name=p.name, weeks=phase_weeks(p))
               for p in old.phases if p.id not in new_ids)
    out.extend(_prescription_changes(old, new, exercises, lang))
    # Orders are matched by key: a staged order holds the same precaution id more than once.
    old_prec = {p.key: p for p in old.precautions}
    new_prec = {p.key: p for p in new.precautions}
    for key, setting in new_prec.items():
        label = exercise_name(setting.id)
        if key not in old_prec:
            out.append(say("history.new-precaution", lang=lang, name=label))
        elif setting != old_prec[key]:
            out.append(say("history.precaution-changed", lang=lang, name=label))
    out.extend(say("history.precaution-lifted", lang=lang, name=exercise_name(p.id))
               for key, p in old_prec.items() if key not in new_prec)
    out.extend(_settings_changes(old.settings, new.settings, lang))
    if old.main_message != new.main_message and new.main_message:
        out.append(say("history.new-main-message", lang=lang, text=new.main_message))
    return out
