"""Between an edit and its findings the panel still shows the older plan's findings: nothing can be
done with them then, and accepting a finding that the plan as it is now no longer has is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from rehab_planner.gui import commands
from rehab_planner.gui.dialogs.accept_finding import AcceptFindingDialog
from rehab_planner.gui.main_window import MainWindow

from .helpers import wait_findings

SURGERY = dt.date(2026, 11, 2)


def _plan_with_a_conflict(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    """A lumbar fusion plan with knee to chest (a conflict), its finding chosen in the panel."""
    if not window.services.catalogue:
        pytest.skip("the precaution catalogue is not loaded")
    window.files.create_plan("lumbar-fusion", "Ann", "", SURGERY)
    window.editor.add_exercise("knee-to-chest")
    wait_findings(qtbot, window)
    model = window.findings.model
    conflict = next(f for f in model.findings if f.exercise_id == "knee-to-chest"
                    and f.severity == "conflict")
    window.findings.table.setCurrentIndex(model.index(model.findings.index(conflict), 1))
    return conflict


def _knee_to_chest(window: MainWindow) -> str:
    plan = window.document.plan
    assert plan is not None
    return next(rx.id for phase in plan.phases for rx in phase.prescriptions
                if rx.exercise_id == "knee-to-chest")


def test_while_a_check_is_on_its_way_the_old_findings_do_nothing(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    _plan_with_a_conflict(qtbot, window)
    panel = window.findings
    assert panel.accept_button.isEnabled()
    asked: list[object] = []
    jumped: list[object] = []
    panel.accept_requested.connect(asked.append)
    panel.finding_activated.connect(jumped.append)

    commands.remove_exercises(window.document, [_knee_to_chest(window)], "Remove")
    assert panel.model.is_checking()  # the rows are still the older plan's
    assert not panel.accept_button.isEnabled()
    panel.accept_button.click()
    panel.table.clicked.emit(panel.table.currentIndex())
    panel.table.activated.emit(panel.table.currentIndex())
    assert asked == [] and jumped == []

    found = wait_findings(qtbot, window)
    assert not [f for f in found if f.exercise_id == "knee-to-chest"]
    # With the new findings in, a chosen one can be used again.
    if found:
        panel.table.setCurrentIndex(panel.model.index(0, 1))
        panel.table.clicked.emit(panel.table.currentIndex())
        assert jumped == [found[0]]


def test_a_finding_the_plan_no_longer_has_is_refused(qtbot: QtBot, window: MainWindow,
                                                     answers: dict) -> None:
    old = _plan_with_a_conflict(qtbot, window)
    commands.remove_exercises(window.document, [_knee_to_chest(window)], "Remove")
    wait_findings(qtbot, window)
    shown: list[object] = []
    QTimer.singleShot(0, lambda: [shown.append(w) or w.accept()
                                  for w in window.findChildren(AcceptFindingDialog) if w.isVisible()])

    window.accept_finding(old)  # e.g. clicked in the row before the new findings came

    assert shown == []  # refused before asking for a reason
    assert window.document.plan is not None and window.document.plan.acknowledgements == []
    assert [title for title, _text in answers["errors"]()] == ["Could not accept the finding"]
    assert "no longer in the plan" in answers["errors"]()[0][1]


def test_a_plan_changed_while_the_reason_is_typed_is_checked_again(qtbot: QtBot,
                                                                   window: MainWindow,
                                                                   answers: dict) -> None:
    _plan_with_a_conflict(qtbot, window)

    def answer() -> None:
        dialog = next(w for w in window.findChildren(AcceptFindingDialog) if w.isVisible())
        # Meanwhile the plan changes (the finding goes with the exercise).
        commands.remove_exercises(window.document, [_knee_to_chest(window)], "Remove")
        dialog.reason.setPlainText("Cleared by the surgeon on 3 Nov")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.findings.accept_button.click()

    plan = window.document.plan
    assert plan is not None and plan.acknowledgements == []
    assert not [rx for phase in plan.phases for rx in phase.prescriptions
                if rx.exercise_id == "knee-to-chest"]
    assert "no longer in the plan" in answers["errors"]()[0][1]


def test_a_finding_still_there_is_accepted_on_the_plan_as_it_is_now(qtbot: QtBot,
                                                                    window: MainWindow) -> None:
    old = _plan_with_a_conflict(qtbot, window)
    window.editor.add_exercise("bridge")  # another edit: the finding stays
    assert window.findings.model.is_checking()

    def answer() -> None:
        dialog = next(w for w in window.findChildren(AcceptFindingDialog) if w.isVisible())
        dialog.reason.setPlainText("Cleared by the surgeon on 3 Nov")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.accept_finding(old)

    plan = window.document.plan
    assert plan is not None
    assert [a.exercise_id for a in plan.acknowledgements] == ["knee-to-chest"]
    assert "bridge" in plan.exercise_ids()  # the edit made meanwhile is kept
