"""A template's main message prints on page 1 at every stage: a device it names (crutches, a
sling, a boot or brace) must not read as an order after that order has ended."""

from __future__ import annotations

import pytest

from rehab_planner.plans.timeline import order_family
from rehab_planner.templates.loader import load_templates

DEVICES = {"crutch": "weight_bearing", "sling": "sling", "boot": "brace", "brace": "brace"}


@pytest.mark.parametrize("template_id", sorted(load_templates()))
def test_a_device_in_the_main_message_is_worn_until_the_surgeon_says(template_id: str) -> None:
    # "Rest your shoulder in the sling" printed at week 20 of a rotator cuff program, long
    # after the sling; the message now says to wear it until the surgeon says you may stop.
    template = load_templates()[template_id]
    message = template.main_message.lower()
    last_week = max((p.weeks_to or p.weeks_from) for p in template.phases)
    for word, family in DEVICES.items():
        orders = [o for o in template.precautions if order_family(o.id) == family]
        ends = [o.weeks_to for o in orders]
        if word not in message or not orders or None in ends:
            continue
        if max(e for e in ends if e is not None) < last_week:  # a later stage without it
            assert "until" in message, (template_id, word)
