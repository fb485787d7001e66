"""Clearing a default (issue 19, item 3, in part): a prescription may leave out a field of the
exercise's default dosage, and the handout then prints no such dose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.i18n.dosage import amount_words
from rehab_planner.library import load_library
from rehab_planner.model import Dosage
from rehab_planner.storage.planfile import load_plan, save_plan

HOLD = re.compile(r"\bhold \d+ seconds?")


def test_a_cleared_field_is_left_out_and_the_rest_kept() -> None:
    default = Dosage(reps=10, hold_seconds=5, times_a_day=2)
    merged = default.merged(Dosage(clear=["hold_seconds"], times_a_day=3))
    assert (merged.reps, merged.hold_seconds, merged.times_a_day) == (10, None, 3)
    assert "hold" not in amount_words(merged) and merged.clear == []
    assert default.merged(Dosage()).hold_seconds == 5  # an empty override clears nothing


def test_setting_and_clearing_one_field_is_refused_by_name() -> None:
    with pytest.raises(ValidationError, match="'hold_seconds' is both set and cleared"):
        Dosage(hold_seconds=5, clear=["hold_seconds"])
    with pytest.raises(ValidationError):
        Dosage.model_validate({"clear": ["side"]})  # only fields that can be empty


def test_the_handout_prints_no_hold_once_it_is_cleared(tmp_path: Path) -> None:
    made = tmp_path / "plan.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "--surgeon-phone", "555-0100", "-o",
                 str(made)]) == 0
    library = load_library()

    def holds(path: Path) -> int:
        pdf = path.with_suffix(".pdf")
        assert main(["render", str(path), "-o", str(pdf), "--whole-program", "--no-log",
                     "--accept-findings"]) == 0
        return len(HOLD.findall(" ".join(p.extract_text() for p in PdfReader(pdf).pages)))

    assert holds(made) > 0
    plan = load_plan(made)
    for phase in plan.phases:
        for rx in phase.prescriptions:
            own = rx.dosage or Dosage()
            if library.get(rx.exercise_id).dosage.merged(own).hold_seconds is not None:
                rx.dosage = own.model_copy(update={"hold_seconds": None,
                                                   "clear": ["hold_seconds"]})
    cleared = tmp_path / "cleared.json"
    save_plan(plan, cleared)
    assert load_plan(cleared).phases == plan.phases
    assert holds(cleared) == 0
