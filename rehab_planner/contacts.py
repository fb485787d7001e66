"""Who the patient calls: the surgeon's and the clinic's phones, in the order a patient tries them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehab_planner.model import Plan


class Role(StrEnum):
    """Whose phone a contact is; the handout's label for each lives in handout-text.yaml."""

    SURGEON = "surgeon"
    CLINIC = "clinic"
    AFTER_HOURS = "after_hours"


@dataclass(frozen=True)
class Contact:
    """One phone number to print, with whose it is."""

    role: Role
    name: str
    phone: str


def _clean(text: str) -> str:
    return " ".join(text.split())


def plan_contacts(plan: Plan) -> list[Contact]:
    """The plan's phone numbers: surgeon, clinic, then the after-hours line; blanks left out."""
    rows = [
        (Role.SURGEON, plan.surgeon.name, plan.surgeon.phone),
        (Role.CLINIC, plan.clinic.name, plan.clinic.phone),
        (Role.AFTER_HOURS, "", plan.clinic.after_hours_phone),
    ]
    return [Contact(role, _clean(name), _clean(phone)) for role, name, phone in rows
            if _clean(phone)]


def main_phone(plan: Plan) -> str | None:
    """The number to call first: the surgeon's, else the clinic's; None when the plan has neither."""
    for contact in plan_contacts(plan):
        if contact.role in (Role.SURGEON, Role.CLINIC):
            return contact.phone
    return None
