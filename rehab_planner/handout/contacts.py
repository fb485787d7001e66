"""The phone number in every page footer (page 1 names it in the warning signs' headings)."""

from __future__ import annotations

from rehab_planner.contacts import main_phone
from rehab_planner.handout.texts import ContactsText, filled
from rehab_planner.model import Plan


def footer_call(plan: Plan, text: ContactsText) -> str:
    """The footer's first words: 'Call 555-0142', or a blank to write the number in."""
    phone = main_phone(plan)
    return text.footer_write_in if phone is None else filled(text.footer, phone=phone)
