"""Templates carry range limits (rotator cuff, total hip, from clinical-facts.md) and clinician
items; a plan started from one gets both; a wrong entry is named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rehab_planner.errors import DataFileError
from rehab_planner.model import Patient
from rehab_planner.plans.ranges import phase_limits
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.templates.from_plan import template_from_plan
from rehab_planner.templates.loader import instantiate, load_template, load_templates

TEMPLATES = load_templates()
SURGERY = dt.date(2026, 3, 2)


def _limits(plan, index: int) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    return [(r.key, r.degrees, r.mode) for r in phase_limits(plan, plan.phases[index])]


def test_the_rotator_cuff_template_limits_passive_range_then_opens_it() -> None:
    plan = instantiate(TEMPLATES["rotator-cuff-repair"], Patient(name="Ann"), SURGERY)
    protect = [("shoulder flexion", 90, "passive"), ("shoulder external rotation", 20, "passive")]
    assert _limits(plan, 0) == protect and _limits(plan, 1) == protect
    assert _limits(plan, 2) == [("shoulder flexion", 120, "both"),
                                ("shoulder external rotation", 30, "both")]
    assert _limits(plan, 3) == []


@pytest.mark.parametrize(("conditions", "first", "second"), [
    ([], {"hip flexion": 90, "hip adduction": 0, "hip internal rotation": 0}, {}),
    (["hip-precautions-12-weeks"], {"hip flexion": 90, "hip adduction": 0,
                                    "hip internal rotation": 0},
     {"hip flexion": 90, "hip adduction": 0, "hip internal rotation": 0}),
    (["hip-anterior-approach"], {"hip extension": 20}, {}),
    (["hip-lateral-approach"], {"hip flexion": 90, "hip adduction": 0, "hip internal rotation": 0,
                                "hip abduction": 0}, {}),
    (["hip-no-precautions"], {}, {}),
])
def test_the_hip_template_limits_follow_the_approach(conditions: list[str], first: dict[str, int],
                                                     second: dict[str, int]) -> None:
    plan = instantiate(TEMPLATES["total-hip-replacement"], Patient(name="Ann"), SURGERY,
                       conditions=conditions)
    assert {key: degrees for key, degrees, _ in _limits(plan, 0)} == first
    assert {key: degrees for key, degrees, _ in _limits(plan, 1)} == second


TEMPLATE = """\
schema_version: 1
id: my-cuff
name: My cuff
procedure: Rotator cuff repair
phases:
  - name: Protect
    weeks_from: 0
    weeks_to: 4
    range_limits:
      - {joint: shoulder, motion: flexion, degrees: 90, mode: passive, only_if: [big-tear]}
  - name: Move
    weeks_from: 4
clinician_items:
  - {kind: scar-mobilisation, text: 5 minutes each visit, phase: 2}
  - {kind: cryotherapy-compression, text: After each visit}
"""


def test_clinician_items_of_a_template_go_into_a_new_plan(tmp_path: Path) -> None:
    path = tmp_path / "my-cuff.yaml"
    path.write_text(TEMPLATE.replace(", only_if: [big-tear]", ""), "utf-8")
    template = load_template(path, load_catalogue())
    plan = instantiate(template, Patient(name="Ann"), SURGERY)
    [scar, cold] = plan.clinician_items
    assert scar.kind == "scar-mobilisation" and scar.phase_id == plan.phases[1].id
    assert cold.phase_id is None and cold.text == "After each visit"
    again = template_from_plan(plan, "clinic-my-cuff", "My cuff again")
    assert [(i.kind, i.phase) for i in again.clinician_items] == [
        ("scar-mobilisation", 2), ("cryotherapy-compression", None)]
    assert again.phases[0].range_limits == template.phases[0].range_limits


@pytest.mark.parametrize(("change", "field", "words"), [
    ((", only_if: [big-tear]", ", only_if: [big-tear]"), "phases[0].range_limits[0].only_if",
     "not one of the template's conditions"),
    (("degrees: 90", "degrees: 190"), "phases[0].range_limits[0]", "use 0 to 180"),
    (("phase: 2}", "phase: 3}"), "", "clinician item 1 is for phase 3"),
])
def test_a_wrong_template_entry_is_named(tmp_path: Path, change: tuple[str, str], field: str,
                                         words: str) -> None:
    path = tmp_path / "my-cuff.yaml"
    path.write_text(TEMPLATE.replace(*change), "utf-8")
    with pytest.raises(DataFileError) as info:
        load_template(path, load_catalogue())
    message = str(info.value)
    assert "my-cuff.yaml" in message and words in message and field in message
