"""The settings dialog edits the clinic's after-hours line that handouts print."""

from __future__ import annotations

from rehab_planner.gui.dialogs.preferences_dialog import PreferencesDialog
from rehab_planner.model import Clinic
from rehab_planner.storage.preferences import Preferences


def test_after_hours_phone_round_trips(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Preferences(clinic=Clinic(name="Riverside PT",
                                                         after_hours_phone="555-0188")))
    qtbot.addWidget(dialog)
    assert dialog.after_hours.text() == "555-0188"
    dialog.after_hours.clear()
    qtbot.keyClicks(dialog.after_hours, " 555-0177 ")
    clinic = dialog.preferences().clinic
    assert clinic.after_hours_phone == "555-0177" and clinic.name == "Riverside PT"
