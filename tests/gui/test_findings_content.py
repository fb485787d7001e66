"""The findings panel lists the handout-content findings (issue 12) like any other."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from rehab_planner.gui.widgets.findings_panel import FindingsPanel
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Patient, Plan
from rehab_planner.safety.check import check_plan
from rehab_planner.templates.loader import instantiate, load_templates


def test_panel_shows_no_phone_and_walking_below_the_goal(qtbot: QtBot, library: Library) -> None:
    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Ann Lee"),
                       dt.date(2026, 9, 7))
    walk = next(rx for rx in plan.phases[1].prescriptions if rx.exercise_id == "walking-program")
    walk.dosage = Dosage(minutes=20, times_a_day=1)

    def check(p: Plan) -> list[object]:
        return list(check_plan(p, library))

    panel = FindingsPanel(check)
    qtbot.addWidget(panel)
    panel.show()
    panel.update(plan)
    model = panel.model
    messages = [str(model.data(model.index(row, 1))) for row in range(model.rowCount())]
    assert any("no phone number to call" in m for m in messages)
    assert any("Work up to walking 30 to 40 minutes a day" in m for m in messages)
    phases = [str(model.data(model.index(row, 2))) for row in range(model.rowCount())]
    assert "Build a steady core" in phases and "Whole plan" in phases
