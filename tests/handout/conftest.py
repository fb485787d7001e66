"""Handout test fixtures: the shipped content loaded once, and a lumbar-fusion plan."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.handout import HandoutContent, load_content
from rehab_planner.model import Clinic, Patient, Plan, Surgeon
from rehab_planner.templates.loader import instantiate, load_templates

SURGERY = dt.date(2026, 11, 2)
PRINTED = dt.date(2026, 11, 3)


@pytest.fixture(scope="session")
def content() -> HandoutContent:
    """Library, guidance, labels, catalogue and handout text (shipped files, loaded once)."""
    return load_content(None)


def make_plan(name: str = "José Núñez") -> Plan:
    """A lumbar-fusion plan from the shipped template, with clinic and surgeon contacts."""
    template = load_templates()["lumbar-fusion"]
    plan = instantiate(
        template, Patient(name=name), SURGERY, therapist="Zoë Łukasiewicz, PT",
        clinic=Clinic(name="Riverside Physical Therapy", address="12 Mill Road\nSpringfield",
                      phone="(217) 555-0142"),
    )
    plan.surgeon = Surgeon(name="Dr Ольга Иванова", phone="(217) 555-0199")
    return plan


@pytest.fixture
def plan() -> Plan:
    """A fresh lumbar-fusion plan for José Núñez, surgery 2 Nov 2026."""
    return make_plan()
