"""Every Qt model passes Qt's model tester, and each one shows the plan it is a view of."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from rehab_planner.gui import commands
from rehab_planner.gui.document import PlanDocument
from rehab_planner.gui.models.findings_model import FindingsModel
from rehab_planner.gui.models.library_model import LibraryModel
from rehab_planner.gui.models.phase_model import PhaseModel
from rehab_planner.gui.models.plan_model import PrescriptionModel
from rehab_planner.gui.models.precautions_model import PrecautionsModel
from rehab_planner.library import Query
from rehab_planner.model import Category, Patient, PrecautionSetting
from rehab_planner.templates.loader import instantiate


def make_document(small_library, lumbar_template) -> PlanDocument:
    plan = instantiate(lumbar_template, Patient(name="Ann"), dt.date(2026, 11, 2))
    return PlanDocument(plan, small_library)


def test_library_model_filters_through_the_core_search(qtmodeltester, small_library) -> None:
    model = LibraryModel(small_library)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    model.set_query(Query(text="knee"))
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0] == "Knee to chest" and "Heel slide" not in names[:1]
    model.set_query(Query(categories=frozenset([Category.STRENGTHENING])))
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"Bridge",
                                                                          "Abdominal bracing"}
    qtmodeltester.check(model)


def test_phase_and_prescription_models(qtmodeltester, small_library, lumbar_template) -> None:
    doc = make_document(small_library, lumbar_template)
    phases = PhaseModel(doc)
    qtmodeltester.check(phases)
    assert phases.rowCount() == 2
    assert phases.index(0, PhaseModel.DATES).data() == "2 Nov to 14 Dec 2026"
    rx = PrescriptionModel(doc)
    rx.set_phase(doc.plan.phases[0].id)
    qtmodeltester.check(rx)
    groups = [rx.index(r, 0).data() for r in range(rx.rowCount())]
    assert groups == ["Range of motion (1)", "Aerobic (1)"]
    walking = rx.index(0, PrescriptionModel.DOSAGE, rx.index(1, 0))
    assert "10 minutes" in walking.data() and "3 times a day" in walking.data()
    # Editing in place goes through the undo stack and the view sees the new plan.
    assert phases.setData(phases.index(1, PhaseModel.NAME), "Build up")
    assert doc.plan.phases[1].name == "Build up" and doc.undo_stack.count() == 1
    assert not phases.setData(phases.index(1, PhaseModel.END), 3.0)  # before its start: refused
    note = rx.index(0, PrescriptionModel.NOTE, rx.index(0, 0))
    assert rx.setData(note, "Point your toes")
    assert doc.plan.phases[0].prescriptions[0].note == "Point your toes"
    commands.add_exercise(doc, doc.plan.phases[0].id, "bridge")
    assert [rx.index(r, 0).data() for r in range(rx.rowCount())][1] == "Strengthening (1)"
    qtmodeltester.check(rx)
    doc.undo_stack.undo()
    assert rx.rowCount() == 2



def test_the_exercise_groups_follow_a_new_library_and_a_new_plan(small_library,
                                                                 lumbar_template) -> None:
    """The rows are grouped once per plan and library (not on every call): a library where the
    walk is a strengthening exercise, or another plan, regroups them."""
    doc = make_document(small_library, lumbar_template)
    rx = PrescriptionModel(doc)
    rx.set_phase(doc.plan.phases[0].id)
    assert [rx.index(r, 0).data() for r in range(rx.rowCount())] == ["Range of motion (1)",
                                                                       "Aerobic (1)"]
    walking = small_library.find("walking")
    doc.set_library(small_library.with_exercise(
        walking.model_copy(update={"category": Category.STRENGTHENING})))
    assert [rx.index(r, 0).data() for r in range(rx.rowCount())] == ["Range of motion (1)",
                                                                       "Strengthening (1)"]
    other = instantiate(lumbar_template, Patient(name="Bo"), dt.date(2026, 11, 2))
    other.phases[0].prescriptions = other.phases[0].prescriptions[:1]
    doc.set_plan(other)
    rx.set_phase(other.phases[0].id)
    assert [rx.index(r, 0).data() for r in range(rx.rowCount())] == ["Range of motion (1)"]
    assert rx.all_prescriptions() == other.phases[0].prescriptions

def test_findings_and_precautions_models(qtmodeltester, services, small_library,
                                         lumbar_template) -> None:
    doc = make_document(small_library, lumbar_template)
    findings = FindingsModel(services.check)
    findings.update(doc.plan)
    qtmodeltester.check(findings)
    precautions = PrecautionsModel(doc, services.catalogue)
    qtmodeltester.check(precautions)
    assert precautions.rowCount() == 1
    commands.set_precaution(doc, PrecautionSetting(id="no-overhead-reach", weeks_to=6))
    assert precautions.rowCount() == 2
    assert precautions.setData(precautions.index(1, PrecautionsModel.END), 8.0)
    assert doc.plan.precaution("no-overhead-reach").weeks_to == 8
    assert precautions.data(precautions.index(0, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
    qtmodeltester.check(precautions)
