"""Plan format 4 (milestones, criteria-gated phases, criteria met, clinician items): a format-3
file opens unchanged and the new fields survive a save (a newer file is refused: format 7's
tests, for every format's sample).

data/plan-format-3-lumbar.json was saved by the previous version (plan format 3).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from rehab_planner.model import SCHEMA_VERSION
from rehab_planner.model.course import ClinicianItem, CriterionMet, Milestone
from rehab_planner.storage.planfile import load_plan, plan_to_json, save_plan

DATA = Path(__file__).parent / "data"


def test_a_format_3_file_opens_unchanged(tmp_path: Path) -> None:
    path = shutil.copy(DATA / "plan-format-3-lumbar.json", tmp_path / "old.json")
    before = json.loads(Path(path).read_text("utf-8"))
    assert before["schema_version"] == 3
    plan = load_plan(path)
    assert plan.schema_version == SCHEMA_VERSION >= 5
    after = json.loads(plan_to_json(plan))
    assert all(phase.pop("ends_by") == "week" for phase in after["phases"])
    assert all(phase.pop("range_limits") == [] for phase in after["phases"])  # format 5
    assert after["settings"].pop("print_progress") is False  # format 4's one new setting
    for key, value in before.items():
        if key != "schema_version":
            assert after[key] == value, key
    assert after["milestones"] == [] and after["criteria_met"] == []
    assert after["clinician_items"] == [] and after["current_phase_id"] is None
    assert json.loads(Path(path).read_text("utf-8")) == before  # untouched on disk


def test_the_new_fields_survive_a_save(tmp_path: Path) -> None:
    plan = load_plan(DATA / "plan-format-3-lumbar.json")
    first = plan.phases[0]
    plan.phases[0] = first.model_copy(update={"ends_by": "later"})
    plan.milestones = [Milestone(kind="stop-sling", weeks=6, wording="D/C sling at 6/52"),
                       Milestone(kind="jogging", criterion="You can hop with no pain.")]
    plan.criteria_met = [CriterionMet(phase_id=first.id, criterion=first.criteria[0],
                                      on=dt.date(2026, 12, 1), by="Sam Lee, PT")]
    plan.current_phase_id = plan.phases[1].id
    plan.clinician_items = [ClinicianItem(kind="scar-mobilisation", text="Scar massage 5 min",
                                          phase_id=plan.phases[1].id)]
    save_plan(plan, tmp_path / "new.json")
    again = load_plan(tmp_path / "new.json")
    assert again.model_dump(exclude={"updated"}) == plan.model_dump(exclude={"updated"})
    assert json.loads((tmp_path / "new.json").read_text("utf-8"))["schema_version"] == SCHEMA_VERSION



@pytest.mark.parametrize("bad", [{"weeks": None, "criterion": "", "kind": "drive"},
                                 {"weeks": 6, "kind": None, "text": " "},
                                 {"weeks": 1.1, "unit": "days", "kind": "drive"}])
def test_a_milestone_needs_a_time_or_criterion_and_words(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="milestone"):
        Milestone.model_validate(bad)
