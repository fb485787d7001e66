"""Accepting findings: the therapist's reason, who and when, kept in the plan; pure functions."""

from __future__ import annotations

from collections.abc import Iterable

from rehab_planner.errors import RehabError
from rehab_planner.i18n.messages import say
from rehab_planner.model import Acknowledgement, Plan
from rehab_planner.model.plan import now
from rehab_planner.safety.findings import Finding, Severity, acknowledgement_key


def accept(plan: Plan, finding: Finding, reason: str, by: str) -> Plan:
    """A new plan in which this finding is accepted and stops warning.

    An earlier acknowledgement of the same finding is replaced.

    Args:
        plan: the plan the finding came from (it is not changed).
        finding: the finding to accept.
        reason: why, in the therapist's words, e.g. "surgeon cleared on 12 Dec".
        by: who accepts it.

    Raises:
        RehabError: the reason is shorter than 3 characters or longer than 400.
    """
    reason = " ".join(reason.split())
    if not 3 <= len(reason) <= 400:
        raise RehabError(say("findings.accept.reason-length"))
    ack = Acknowledgement(
        code=finding.code.value,
        phase_id=finding.phase_id,
        exercise_id=finding.exercise_id,
        subject=finding.subject,
        reason=reason,
        by=by.strip()[:120],
        at=now(),
    )
    kept = [a for a in plan.acknowledgements if acknowledgement_key(a) != finding.key]
    return plan.model_copy(update={"acknowledgements": [*kept, ack]})


def unaccept(plan: Plan, finding: Finding) -> Plan:
    """A new plan in which this finding warns again (its acknowledgement removed)."""
    kept = [a for a in plan.acknowledgements if acknowledgement_key(a) != finding.key]
    if len(kept) == len(plan.acknowledgements):
        return plan
    return plan.model_copy(update={"acknowledgements": kept})


def acknowledgement_for(plan: Plan, finding: Finding) -> Acknowledgement | None:
    """The acknowledgement that accepts this finding, if any."""
    return next(
        (a for a in plan.acknowledgements if acknowledgement_key(a) == finding.key), None
    )


def needs_confirmation(findings: Iterable[Finding]) -> bool:
    """True when any conflict is not accepted: printing a handout should ask first."""
    return any(f.severity == Severity.CONFLICT and f.accepted is None for f in findings)


def stale_acknowledgements(plan: Plan, findings: Iterable[Finding]) -> list[Acknowledgement]:
    """Acknowledgements that match no finding any more (the exercise or precaution changed).

    Args:
        plan: the plan.
        findings: its findings, checked with include_accepted=True.
    """
    live = {f.key for f in findings}
    return [a for a in plan.acknowledgements if acknowledgement_key(a) not in live]
