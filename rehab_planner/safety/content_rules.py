"""Rules about what the handout tells the patient: a phone to call, text for this surgery only."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rehab_planner.contacts import main_phone
from rehab_planner.guidance import Guidance
from rehab_planner.i18n.messages import say
from rehab_planner.i18n.names import exercise_name
from rehab_planner.library import Library
from rehab_planner.library.embedded import PlanLibrary, differing_message
from rehab_planner.model import Plan, Precaution
from rehab_planner.patient_text import PatientText, printed_texts
from rehab_planner.procedure_words import ProcedureWords
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.safety.wording import where_words


def contact_findings(plan: Plan) -> Iterator[Finding]:
    """The handout has no phone number for the patient to call."""
    if main_phone(plan) is None:
        yield Finding(
            Severity.WARNING, Code.NO_PHONE,
            say("findings.no-phone"),
            subject="phone",
        )


def printable(plan: Plan, guidance: Guidance, catalogue: Mapping[str, Precaution]) -> Plan:
    """The plan without the precautions and topics the data files lack (they have findings of
    their own), so its patient text can be built."""
    return plan.model_copy(update={
        "precautions": [p for p in plan.precautions if p.id in catalogue],
        "guidance": [t for t in plan.guidance if t in guidance.topics],
    })


def other_procedure_findings(plan: Plan, library: Library, text: PatientText,
                             words: ProcedureWords) -> Iterator[Finding]:
    """Text the handout would print that names or assumes another surgery.

    A plan with no template and no precautions is not checked: nothing says what surgery it is for.
    """
    if not text.tags:
        return
    seen: set[str] = set()
    names = _shown_names(plan, library)
    for where, line in dict.fromkeys(printed_texts(plan, library, text)):
        for phrase in words.foreign(line, text.tags):
            subject = f"{where}: {phrase}"
            if subject in seen:
                continue
            seen.add(subject)
            yield Finding(
                Severity.WARNING, Code.OTHER_PROCEDURE_TEXT,
                say("findings.other-procedure-text", line=_short(line),
                    where=where_words(where, names),
                    phrase=phrase, procedure=plan.procedure),
                subject=subject,
            )


def _shown_names(plan: Plan, library: Library) -> dict[str, str]:
    """The plan's exercises' names: English -> as the interface language shows them."""
    found = (library.find(i) for i in plan.exercise_ids())
    return {e.name: exercise_name(e) for e in found if e is not None}


def _short(line: str, limit: int = 80) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def text_contradictions(plan: Plan, library: Library, text: PatientText,
                        words: ProcedureWords) -> Iterator[Finding]:
    """Two texts of the handout that tell the patient opposite things ('normal curve' vs 'flat')."""
    lines = list(dict.fromkeys(printed_texts(plan, library, text)))
    for pair in words.contradictions:
        one = next(((w, line) for w, line in lines if pair.says_one(line)), None)
        other = next(((w, line) for w, line in lines if pair.says_other(line)), None)
        if one is None or other is None:
            continue
        yield Finding(
            Severity.WARNING, Code.TEXT_CONTRADICTION,
            say("findings.text-contradiction", one=_short(one[1]),
                one_where=where_words(one[0], _shown_names(plan, library)),
                other=_short(other[1]),
                other_where=where_words(other[0], _shown_names(plan, library)), why=pair.why),
            subject=f"{pair.one[0]}|{pair.other[0]}")


def embedded_copy_findings(found: PlanLibrary) -> Iterator[Finding]:
    """A custom exercise the plan carries differs from this computer's copy (the plan's is used)."""
    for exercise_id in found.differing:
        yield Finding(Severity.WARNING, Code.EMBEDDED_COPY_DIFFERS,
                      differing_message(exercise_id, found.library), exercise_id=exercise_id,
                      subject=exercise_id)
