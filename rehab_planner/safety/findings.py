"""Finding: one thing the safety checks found in a plan, with severity, reason and alternatives."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from rehab_planner.model import Acknowledgement, PrecautionSetting


class Severity(StrEnum):
    """How serious a finding is, most serious first."""

    CONFLICT = "conflict"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER: dict[Severity, int] = {s: i for i, s in enumerate(Severity)}


class Code(StrEnum):
    """What kind of finding it is; stable strings, used in plan files and in `check --json`."""

    PRECAUTION_CONFLICT = "precaution-conflict"
    UNKNOWN_PRECAUTION = "unknown-precaution"
    PRECAUTION_SETTING = "precaution-setting"
    PHASE_GAP = "phase-gap"
    PHASE_OVERLAP = "phase-overlap"
    DOSAGE_HOLD = "dosage-hold"
    DOSAGE_SETS = "dosage-sets"
    DOSAGE_FREQUENCY = "dosage-frequency"
    TIME_BUDGET = "time-budget"
    TOO_MANY_EXERCISES = "too-many-exercises"
    NOTE_READING_LEVEL = "note-reading-level"
    NO_FIGURE = "no-figure"
    UNKNOWN_EXERCISE = "unknown-exercise"
    UNKNOWN_GUIDANCE = "unknown-guidance-topic"
    NO_PHONE = "no-phone"
    OTHER_PROCEDURE_TEXT = "other-procedure-text"
    RULE_VS_EXERCISE = "rule-vs-exercise"
    DOSE_BELOW_GOAL = "dose-below-goal"
    PRECAUTION_END_MISMATCH = "precaution-end-mismatch"
    HOLD_VS_CAUTION = "hold-vs-caution"
    OFTEN_VS_COUNT = "often-vs-count"
    TEXT_CONTRADICTION = "text-contradiction"
    UNTRANSLATED_TEXT = "untranslated-text"
    STALE_TRANSLATION = "stale-translation"
    UNKNOWN_CONDITION = "unknown-condition"
    EMBEDDED_COPY_DIFFERS = "embedded-copy-differs"
    UNKNOWN_MILESTONE = "unknown-milestone"
    CRITERIA_UNMET = "criteria-unmet"
    RANGE_LIMIT = "range-limit"
    RANGE_LIMIT_TWICE = "range-limit-twice"
    STAGE_WORDS_VS_ORDER = "stage-words-vs-order"
    MILESTONE_VS_ORDER = "milestone-vs-order"
    LIFT_RULES_DISAGREE = "lift-rules-disagree"
    LIFT_RULE_GAP = "lift-rule-gap"
    START_WEEK = "start-week"


@dataclass(frozen=True, slots=True)
class OrderRef:
    """The surgeon's order a finding is about: precaution id, the entry's key, and its weeks."""

    id: str
    key: str
    weeks_from: float
    weeks_to: float | None

    def to_json(self) -> dict[str, Any]:
        """As `check --json` prints it (weeks_to null: until lifted)."""
        return {"id": self.id, "key": self.key, "weeks_from": self.weeks_from,
                "weeks_to": self.weeks_to}


def order_ref(setting: PrecautionSetting) -> OrderRef:
    """The reference to a plan's order that a finding carries."""
    return OrderRef(setting.id, setting.key, setting.weeks_from, setting.weeks_to)


def finding_key(
    code: str, phase_id: str | None, exercise_id: str | None, subject: str | None
) -> str:
    """The key that matches a finding to the acknowledgement that accepted it."""
    return "|".join((code, phase_id or "", exercise_id or "", subject or ""))


def acknowledgement_key(ack: Acknowledgement) -> str:
    """The key of the finding an acknowledgement accepts."""
    return finding_key(ack.code, ack.phase_id, ack.exercise_id, ack.subject)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checks found.

    Attributes:
        severity: conflict (breaks a surgeon's order), warning or info.
        code: the kind of finding (see Code).
        message: plain words for the therapist; names the exercise by its name.
        phase_id: the phase it is in, or None for plan-wide findings.
        phase_name: that phase's name ("" when plan-wide).
        exercise_id: the library exercise it is about, if any.
        prescription_id: the prescription it is about, if any (to select it in an editor).
        subject: what else it is about, e.g. the precaution id of a conflict or the other phase's
            id of a gap; part of the key.
        alternatives: safer exercise ids from the library, best first.
        precaution: the surgeon's order it is about (a conflict's precaution, a setting problem).
        other: the second order, when two orders clash.
        accepted: the therapist's acknowledgement, when the finding was accepted.
    """

    severity: Severity
    code: Code
    message: str
    phase_id: str | None = None
    phase_name: str = ""
    exercise_id: str | None = None
    prescription_id: str | None = None
    subject: str | None = None
    alternatives: tuple[str, ...] = ()
    precaution: OrderRef | None = None
    other: OrderRef | None = None
    accepted: Acknowledgement | None = field(default=None, hash=False)

    @property
    def key(self) -> str:
        """Stable key used to match acknowledgements: code, phase, exercise and subject.

        Two prescriptions of the same exercise in one phase share a key (and an acknowledgement).
        """
        return finding_key(self.code, self.phase_id, self.exercise_id, self.subject)

    @property
    def is_open(self) -> bool:
        """True when the finding still warns (nobody accepted it)."""
        return self.accepted is None

    def with_acknowledgement(self, ack: Acknowledgement | None) -> Finding:
        """A copy marked as accepted by this acknowledgement (or not accepted, for None)."""
        return replace(self, accepted=ack)

    def to_json(self) -> dict[str, Any]:
        """The JSON object `rehab-planner check --json` prints."""
        data: dict[str, Any] = {
            "severity": self.severity.value,
            "code": self.code.value,
            "phase": self.phase_name or None,
            "phase_id": self.phase_id,
            "exercise_id": self.exercise_id,
            "message": self.message,
            "alternatives": list(self.alternatives),
            "subject": self.subject,
            "precaution": self.precaution.to_json() if self.precaution else None,
        }
        if self.other is not None:
            data["other_precaution"] = self.other.to_json()
        if self.accepted is not None:
            data["accepted"] = {
                "reason": self.accepted.reason,
                "by": self.accepted.by,
                "at": self.accepted.at.isoformat(),
            }
        return data


def sort_key(finding: Finding) -> tuple[int, str]:
    """Order for display within a phase: conflicts first, then by code."""
    return (SEVERITY_ORDER[finding.severity], finding.code.value)
