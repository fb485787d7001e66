"""The main message field says what page 1 prints while it is empty: the stage's own message
(templates whose message holds for a few stages only give one per stage, stop 43)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from rehab_planner.gui.document import PlanDocument
from rehab_planner.gui.widgets.patient_details import PatientDetails
from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan
from rehab_planner.templates.loader import instantiate, load_templates

TEMPLATES = load_templates()


def _plan(template_id: str, surgery: dt.date) -> Plan:
    return instantiate(TEMPLATES[template_id], Patient(name="Ana Ruiz"), surgery)


def test_the_field_names_todays_stage_message(qtbot: QtBot, library: Library) -> None:
    today = dt.date.today()
    document = PlanDocument(_plan("ankle-fracture-fixation", today - dt.timedelta(days=3)), library)
    details = PatientDetails(document)
    qtbot.addWidget(details)
    details.show_plan(document.plan)
    assert details.main_message.text() == ""
    assert details.main_message.placeholderText() == "Empty: each stage prints its own message"
    # the whole message, under the field (a hint in it is cut off)
    assert not details.message_now.isHidden() and details.message_now.wordWrap()
    assert details.message_now.text().startswith(
        "Now page 1 prints: Keep your weight off your leg. Rest with your foot up")
    details.main_message.setText("Call me before you drive.")  # typing hides it
    assert details.message_now.isHidden()
    details.main_message.setText("")
    assert not details.message_now.isHidden()
    later = _plan("ankle-fracture-fixation", today - dt.timedelta(weeks=15))
    details.show_plan(later)
    assert details.message_now.text() == (
        "Now page 1 prints: Make your leg strong again, a little at a time.")
    fusion = _plan("lumbar-fusion", today)  # one message for every stage: shown as the text
    details.show_plan(fusion)
    assert details.main_message.text().startswith("Walk every day")
    assert details.main_message.placeholderText() == "The one thing the patient must remember"
    assert details.message_now.isHidden()


def test_the_field_names_the_message_of_the_plans_line(qtbot: QtBot, library: Library) -> None:
    # the accelerated hip line has no hip rules: its stage gives its own words
    plan = instantiate(TEMPLATES["total-hip-replacement"], Patient(name="Ana Ruiz"),
                       dt.date.today(), conditions=["hip-no-precautions"])
    details = PatientDetails(PlanDocument(plan, library))
    qtbot.addWidget(details)
    details.show_plan(plan)
    assert details.message_now.text().endswith(
        "prints: Walk a little more each day while your new hip heals.")


def test_clearing_the_plans_own_message_shows_the_stages(qtbot: QtBot, library: Library) -> None:
    plan = _plan("ankle-fracture-fixation", dt.date.today() - dt.timedelta(days=3))
    plan.main_message = "Call me before you drive."
    document = PlanDocument(plan, library)
    details = PatientDetails(document)
    qtbot.addWidget(details)
    details.show_plan(plan)
    assert details.main_message.text() == "Call me before you drive."
    assert details.message_now.isHidden()
    details.main_message.setText("")  # being cleared: the stage's message will print, not this
    assert not details.message_now.isHidden()
    assert details.message_now.text().startswith(
        "Now page 1 prints: Keep your weight off your leg.")
