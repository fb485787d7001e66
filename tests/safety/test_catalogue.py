"""Tests of the precaution catalogue: loading, errors, patient texts and setting checks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rehab_planner.errors import DataFileError, RehabError
from rehab_planner.model import Movement, PrecautionSetting
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade
from rehab_planner.safety.catalogue import (
    catalogue_path,
    load_catalogue,
    patient_text,
    setting_problems,
    validate_setting,
)

REQUIRED = {
    "spinal-blt",
    "no-overhead-reach",
    "cervical-anterior",
    "cervical-posterior",
    "cervical-rotation",
    "hip-posterior",
    "hip-anterior",
    "hip-lateral",
    "shoulder-sling",
    "shoulder-no-active",
    "shoulder-no-assisted",
    "wb-non",
    "wb-toe-touch",
    "wb-partial",
    "wb-as-tolerated",
    "no-pivoting",
}


def _write(tmp_path: Path, entries: list[dict[str, object]]) -> Path:
    path = tmp_path / "precautions.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "precautions": entries}), "utf-8")
    return path


def _raw_entries() -> list[dict[str, object]]:
    data = yaml.safe_load(catalogue_path().read_text("utf-8"))
    entries: list[dict[str, object]] = data["precautions"]
    return entries


def test_shipped_catalogue_loads_with_the_required_entries() -> None:
    catalogue = load_catalogue()
    assert set(catalogue) >= REQUIRED
    blt = catalogue["spinal-blt"]
    assert {Movement.LUMBAR_FLEXION, Movement.LUMBAR_ROTATION, Movement.LIFTING} <= set(blt.forbids)
    assert blt.default_weeks_to == 12
    param, rule = blt.parameters
    assert (param.name, param.default, param.minimum, param.maximum) == ("lift_limit_lb", 10, 0, 50)
    # "up to 10 lb" unless the order says "less than" its limit (a surgeon's "20 lb or more")
    assert (rule.name, rule.default) == ("lift_rule", "up to the limit")
    assert rule.choices == ["up to the limit", "less than the limit"]


def test_exclusions_are_mutual_between_approaches_and_weight_bearing_levels() -> None:
    catalogue = load_catalogue()
    assert "hip-anterior" in catalogue["hip-posterior"].excludes
    assert "hip-posterior" in catalogue["hip-anterior"].excludes
    assert "cervical-posterior" in catalogue["cervical-anterior"].excludes
    levels = {"wb-non", "wb-toe-touch", "wb-partial", "wb-as-tolerated"}
    for level in levels:
        assert set(catalogue[level].excludes) == levels - {level}


@pytest.mark.parametrize("precaution_id", sorted(REQUIRED))
def test_patient_text_is_plain_and_fully_filled(precaution_id: str) -> None:
    precaution = load_catalogue()[precaution_id]
    text = patient_text(precaution, PrecautionSetting(id=precaution_id))
    assert "{" not in text and "}" not in text and "None" not in text
    assert grade(text) <= PATIENT_GRADE_LIMIT, text


def test_lift_limit_fills_pounds_and_derived_kilograms() -> None:
    blt = load_catalogue()["spinal-blt"]
    assert "10 pounds (4.5 kg)" in patient_text(blt, PrecautionSetting(id="spinal-blt"))
    text = patient_text(blt, PrecautionSetting(id="spinal-blt", params={"lift_limit_lb": 15}))
    assert "15 pounds (6.8 kg)" in text
    text = patient_text(blt, PrecautionSetting(id="spinal-blt", params={"lift_limit_lb": 7.5}))
    assert "7.5 pounds (3.4 kg)" in text


def test_partial_weight_bearing_fills_percent() -> None:
    wb = load_catalogue()["wb-partial"]
    assert "25%" in patient_text(wb, PrecautionSetting(id="wb-partial", params={"percent": 25}))


def test_validate_setting_accepts_good_and_names_bad_values() -> None:
    catalogue = load_catalogue()
    validate_setting(PrecautionSetting(id="spinal-blt", params={"lift_limit_lb": 5}), catalogue)
    with pytest.raises(RehabError, match="above the maximum 50"):
        validate_setting(
            PrecautionSetting(id="spinal-blt", params={"lift_limit_lb": 80}), catalogue
        )
    with pytest.raises(RehabError, match="not a parameter"):
        validate_setting(PrecautionSetting(id="spinal-blt", params={"weight": 5}), catalogue)
    with pytest.raises(RehabError, match="not in the catalogue"):
        validate_setting(PrecautionSetting(id="no-such-thing"), catalogue)
    bad = PrecautionSetting(id="spinal-blt", params={"lift_limit_lb": "heavy"})
    assert setting_problems(bad, catalogue) == [
        "precaution 'spinal-blt': lift_limit_lb must be a number, not 'heavy'"
    ]


def test_unknown_movement_names_file_entry_and_field(tmp_path: Path) -> None:
    entries = _raw_entries()
    entries[0]["forbids"] = ["lumbar_flexion", "somersault"]
    path = _write(tmp_path, entries)
    with pytest.raises(DataFileError) as info:
        load_catalogue(path)
    line = info.value.lines()[0]
    assert line.startswith(f"{path}: {entries[0]['id']}: forbids[1]:")


def test_placeholder_must_be_a_parameter(tmp_path: Path) -> None:
    entry: dict[str, object] = {
        "id": "bad",
        "name": "Bad",
        "patient_text": "Do not lift {weight} pounds.",
    }
    with pytest.raises(DataFileError, match=r"bad: patient_text: placeholder \{weight\}"):
        load_catalogue(_write(tmp_path, [entry]))


def test_default_outside_limits_and_one_sided_exclusion_are_reported(tmp_path: Path) -> None:
    entries: list[dict[str, object]] = [
        {
            "id": "a",
            "name": "A",
            "patient_text": "Lift no more than {lift_limit_lb} pounds.",
            "parameters": [{"name": "lift_limit_lb", "label": "lb", "default": 90, "maximum": 50}],
        },
        {"id": "b", "name": "B", "patient_text": "Rest.", "excludes": ["c"]},
        {"id": "c", "name": "C", "patient_text": "Rest."},
    ]
    with pytest.raises(DataFileError) as info:
        load_catalogue(_write(tmp_path, entries))
    text = str(info.value)
    assert "a: parameters[0].default: lift_limit_lb is 90, above the maximum 50" in text
    entries[0]["parameters"] = []
    entries[0]["patient_text"] = "Rest."
    with pytest.raises(DataFileError, match="b: excludes: 'c' must also exclude 'b'"):
        load_catalogue(_write(tmp_path, entries))


def test_duplicate_ids_bad_yaml_and_wrong_version(tmp_path: Path) -> None:
    entry: dict[str, object] = {"id": "a", "name": "A", "patient_text": "Rest."}
    with pytest.raises(DataFileError, match="a: id: the same id is used twice"):
        load_catalogue(_write(tmp_path, [entry, entry]))
    path = tmp_path / "broken.yaml"
    path.write_text("precautions: [\n", "utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        load_catalogue(path)
    path.write_text("schema_version: 2\nprecautions: []\n", "utf-8")
    with pytest.raises(DataFileError, match="schema_version: version 2 is newer than this app reads"):
        load_catalogue(path)
    with pytest.raises(DataFileError, match="cannot read"):
        load_catalogue(tmp_path / "missing.yaml")
