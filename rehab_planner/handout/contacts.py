"""The phone numbers on the handout: page 1's details, and the first words of every footer."""

from __future__ import annotations

from rehab_planner.contacts import main_phone
from rehab_planner.handout.texts import ContactsText, filled
from rehab_planner.model import Plan

NBSP = "\u00a0"  # keeps a phone number on one line


def footer_call(plan: Plan, text: ContactsText) -> str:
    """The footer's first words: 'Call 555-0142', or a blank to write the number in."""
    phone = main_phone(plan)
    return text.footer_write_in if phone is None else filled(text.footer, phone=phone)


def contact_rows(plan: Plan, text: ContactsText, surgeon_label: str) -> list[tuple[str, str, str]]:
    """Page 1's (label, value, where) rows for the surgeon with their phone, the after-hours
    line, and a line to write a number in when the plan has none."""
    name, phone = " ".join(plan.surgeon.name.split()), " ".join(plan.surgeon.phone.split())
    rows = []
    if name or phone:
        value = f"{name}, {phone}" if name and phone else name or phone
        rows.append((surgeon_label, value.replace(phone, phone.replace(" ", NBSP)) if phone
                     else value, "the surgeon's name and phone"))
    after_hours = " ".join(plan.clinic.after_hours_phone.split())
    if after_hours:
        rows.append((text.after_hours, after_hours.replace(" ", NBSP), "the after-hours phone"))
    if main_phone(plan) is None:
        rows.append((text.write_in, text.blank, "the phone to write in"))
    return rows
