"""What stops a handout from printing: open conflicts, bad precaution settings, unfilled values.

`check` reports these; `render` (and the app's preview and export) refuse to print them unless
the therapist accepts them (`render --accept-findings`, or accepting each finding in the app).
Whatever is accepted, a patient never reads a negative number or an unfilled {placeholder}:
print_problem() is checked on every sentence the handout prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rehab_planner.errors import RenderError
from rehab_planner.i18n.messages import say
from rehab_planner.safety.catalogue import PLACEHOLDER
from rehab_planner.safety.findings import Code, Finding, Severity

# Findings that mean a value the handout would print is wrong, not just unusual.
BAD_SETTING_CODES = frozenset({Code.PRECAUTION_SETTING, Code.UNKNOWN_PRECAUTION})

# A minus sign right before a digit, not inside a word, number or date ('2026-11-02', '555-0100').
NEGATIVE = re.compile(r"(?<![\w.,/])[-\u2212\u2013]\s?\d")


class HandoutRefused(RenderError):
    """The handout is not printed: findings to fix or accept first, or a sentence unfit to print."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


def blocking_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The open findings that stop a handout: conflicts and bad precaution settings."""
    return [f for f in findings if f.accepted is None
            and (f.severity == Severity.CONFLICT or f.code in BAD_SETTING_CODES)]


def refusal(findings: list[Finding]) -> HandoutRefused:
    """The error naming every blocking finding (first line: what to do)."""
    count = len(findings)
    lines = [say("findings.refusal." + ("one" if count == 1 else "other"), count=count)]
    lines += [say("findings.refusal.line", severity=say(f"findings.severity.{f.severity.value}"),
                  message=f.message) for f in findings]
    return HandoutRefused("\n".join(lines), findings)


def print_problem(text: str) -> str | None:
    """Why a sentence must not reach a patient (an unfilled value or a negative number), or None."""
    match = PLACEHOLDER.search(text)
    if match is not None:
        return say("findings.print-problem.unfilled", value=match.group(0))
    match = NEGATIVE.search(text)
    if match is not None:
        return say("findings.print-problem.negative", value=match.group(0).strip())
    return None
