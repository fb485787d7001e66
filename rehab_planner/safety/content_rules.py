"""Rules about what the handout tells the patient: a phone to call, text for this surgery only."""

from __future__ import annotations

from collections.abc import Iterator

from rehab_planner.contacts import main_phone
from rehab_planner.model import Plan
from rehab_planner.safety.findings import Code, Finding, Severity


def contact_findings(plan: Plan) -> Iterator[Finding]:
    """The handout has no phone number for the patient to call."""
    if main_phone(plan) is None:
        yield Finding(
            Severity.WARNING, Code.NO_PHONE,
            "The handout has no phone number to call: set the surgeon's phone on the plan or "
            "the clinic phone in the settings. Until then it prints a blank 'Phone:' line.",
            subject="phone",
        )
