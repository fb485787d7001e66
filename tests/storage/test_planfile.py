"""Plan files: JSON with schema_version, atomic, clear errors for broken or newer files."""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.errors import DataFileError, NewerVersionError, PlanFileError
from rehab_planner.i18n.dosage import describe
from rehab_planner.model import SCHEMA_VERSION, Plan
from rehab_planner.storage import atomic
from rehab_planner.storage.planfile import (
    load_plan,
    plan_from_json,
    plan_json_schema,
    plan_to_json,
    save_plan,
)


def _plan() -> Plan:
    return Plan.model_validate({
        "patient": {"name": "Ольга Иванова", "record_number": "MRN-7"},
        "procedure": "Lumbar fusion", "surgery_date": "2026-11-02", "therapist": "Sam Lee",
        "phases": [{"name": "Protection", "weeks_from": 0, "weeks_to": 6, "goals": ["Walk daily."],
                    "prescriptions": [{"exercise_id": "ankle-pumps", "note": "Before you get up.",
                                       "dosage": {"reps": 20, "times_a_day": 6}}]}],
    })


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    plan = _plan()
    saved = save_plan(plan, tmp_path / "plan.json")
    loaded = load_plan(tmp_path / "plan.json")
    assert loaded == saved
    assert loaded.patient.name == "Ольга Иванова"
    assert loaded.phases[0].prescriptions[0].dosage.reps == 20
    raw = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION


def test_file_is_private(tmp_path: Path) -> None:
    save_plan(_plan(), tmp_path / "plan.json")
    mode = stat.S_IMODE(os.stat(tmp_path / "plan.json").st_mode)
    assert mode == 0o600


def test_newer_version_refused_clearly(tmp_path: Path) -> None:
    raw = json.loads(plan_to_json(_plan()))
    raw["schema_version"] = 99
    (tmp_path / "new.json").write_text(json.dumps(raw))
    with pytest.raises(NewerVersionError, match="newer version of Rehab Planner"):
        load_plan(tmp_path / "new.json")


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "JSON is broken at line 1"),
    ("[1, 2]", "expected a JSON object"),
    ('{"patient": {}}', "schema_version is missing"),
])
def test_broken_files_refused_clearly(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(PlanFileError, match=message):
        load_plan(tmp_path / "bad.json")


def test_wrong_field_named(tmp_path: Path) -> None:
    raw = json.loads(plan_to_json(_plan()))
    raw["phases"][0]["weeks_to"] = -3
    (tmp_path / "bad.json").write_text(json.dumps(raw))
    with pytest.raises(DataFileError) as err:
        load_plan(tmp_path / "bad.json")
    assert "bad.json: plan: phases[0].weeks_to:" in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such plan file"):
        load_plan(tmp_path / "nope.json")


def test_failed_save_keeps_the_last_good_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    changed = _plan().model_copy(update={"therapist": "Someone else"})
    with pytest.raises(PlanFileError, match="No space left on device"):
        save_plan(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_schema_describes_the_plan() -> None:
    schema = plan_json_schema()
    assert "phases" in schema["properties"]
    assert "schema_version" in schema["required"] or "schema_version" in schema["properties"]


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=12), children, max_size=5)),
    max_leaves=20,
))
def test_any_json_loads_or_fails_cleanly(value: object) -> None:
    text = json.dumps(value)
    try:
        plan_from_json(text)
    except PlanFileError:
        pass
    except DataFileError as exc:
        assert str(exc)


@given(st.text(max_size=200))
def test_any_text_loads_or_fails_cleanly(text: str) -> None:
    with contextlib.suppress(PlanFileError, DataFileError):
        plan_from_json(text)


def test_partial_override_keeps_the_defaults_after_a_round_trip(tmp_path: Path) -> None:
    from rehab_planner.model import Dosage

    default = Dosage(sets=2, reps=10, times_a_day=1, days_a_week=4, side="each")
    plan = _plan()
    plan.phases[0].prescriptions[0].dosage = Dosage(sets=3, reps=12)
    save_plan(plan, tmp_path / "p.json")
    loaded = load_plan(tmp_path / "p.json").phases[0].prescriptions[0].dosage
    assert describe(default.merged(loaded)) == (
        "3 sets of 12 reps · each side · once a day · 4 days a week"
    )
    raw = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert raw["phases"][0]["prescriptions"][0]["dosage"] == {"sets": 3, "reps": 12}


def test_unwritable_folder_names_the_target_not_a_temp_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "plan.json"
    with pytest.raises(PlanFileError) as err:
        save_plan(_plan(), missing)
    assert str(missing) in str(err.value)
    assert ".tmp" not in str(err.value)
