"""The checker against the shipped library, catalogue and templates."""

from __future__ import annotations

import datetime as dt

import pytest

from rehab_planner.library import Library
from rehab_planner.model import Patient, Plan, PrecautionSetting, Prescription
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Finding, Severity
from rehab_planner.templates.loader import instantiate, load_templates

TEMPLATES = load_templates()
CATALOGUE = load_catalogue()


def from_template(template_id: str) -> Plan:
    return instantiate(TEMPLATES[template_id], Patient(name="Test Patient"), dt.date(2026, 3, 2))


def add(plan: Plan, phase_index: int, exercise_id: str) -> Prescription:
    rx = Prescription(exercise_id=exercise_id)
    plan.phases[phase_index].prescriptions.append(rx)
    return rx


def conflicts(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == Severity.CONFLICT]


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_every_shipped_template_passes_its_own_check(library: Library, template_id: str) -> None:
    findings = check_plan(from_template(template_id), library, CATALOGUE)
    assert conflicts(findings) == []
    assert not [f for f in findings if f.code == Code.UNKNOWN_EXERCISE]


def test_knee_to_chest_after_lumbar_fusion_is_a_conflict(library: Library) -> None:
    plan = from_template("lumbar-fusion")
    assert plan.phases[0].weeks_from == 0 and plan.phases[0].weeks_to == 6
    rx = add(plan, 0, "knee-to-chest")
    [conflict] = conflicts(check_plan(plan, library, CATALOGUE))
    name = library.get("knee-to-chest").name
    assert conflict.exercise_id == "knee-to-chest" and conflict.prescription_id == rx.id
    assert conflict.phase_id == plan.phases[0].id and conflict.subject == "spinal-blt"
    assert conflict.message.startswith(f"{name} bends the low back; no bending")
    assert conflict.message.endswith("until week 12.")
    # Safer alternatives: in the library, none bending, twisting or lifting, the regression first.
    assert 1 <= len(conflict.alternatives) <= 4
    forbidden = set(CATALOGUE["spinal-blt"].forbids) | set(CATALOGUE["no-overhead-reach"].forbids)
    for alt in conflict.alternatives:
        assert not forbidden & set(library.get(alt).movements), alt
    regressions = [r for r in library.get("knee-to-chest").regressions
                   if not forbidden & set(library.get(r).movements)
                   and r not in {p.exercise_id for p in plan.phases[0].prescriptions}]
    assert list(conflict.alternatives[: len(regressions)]) == regressions


def test_deep_hip_flexion_under_posterior_precautions_is_flagged(library: Library) -> None:
    plan = from_template("total-hip-replacement")
    assert plan.precaution("hip-posterior") is not None
    add(plan, 0, "seated-march")
    [conflict] = conflicts(check_plan(plan, library, CATALOGUE))
    assert conflict.subject == "hip-posterior" and conflict.exercise_id == "seated-march"
    assert "bends the hip past 90°" in conflict.message
    assert all("hip_flexion_past_90" not in library.get(a).movements
               for a in conflict.alternatives)

    # The surgeon used the front approach: bending the hip is allowed, turning it out is not
    # (the condition also switches the template's range limits to the front approach's).
    anterior = plan.model_copy(update={"precautions": [
        PrecautionSetting(id="hip-anterior", weeks_from=0, weeks_to=6)
    ], "conditions": ["hip-anterior-approach"]})
    flagged = {f.exercise_id for f in conflicts(check_plan(anterior, library, CATALOGUE))}
    assert "seated-march" not in flagged
    add(anterior, 0, "figure-4-stretch")
    turn_out = [f for f in conflicts(check_plan(anterior, library, CATALOGUE))
                if f.exercise_id == "figure-4-stretch"]
    assert len(turn_out) == 1 and "turns the hip out" in turn_out[0].message


def test_changing_the_precaution_end_week_changes_the_findings(library: Library) -> None:
    plan = from_template("lumbar-fusion")
    assert (plan.phases[1].weeks_from, plan.phases[1].weeks_to) == (6, 12)
    add(plan, 1, "knee-to-chest")
    assert [f.phase_id for f in conflicts(check_plan(plan, library, CATALOGUE))] == [
        plan.phases[1].id
    ]
    blt = plan.precaution("spinal-blt")
    assert blt is not None
    blt.weeks_to = 6
    assert conflicts(check_plan(plan, library, CATALOGUE)) == []
    blt.weeks_to = 26
    add(plan, 2, "knee-to-chest")
    flagged = [f.phase_id for f in conflicts(check_plan(plan, library, CATALOGUE))
               if f.exercise_id == "knee-to-chest"]
    assert flagged == [plan.phases[1].id, plan.phases[2].id]
