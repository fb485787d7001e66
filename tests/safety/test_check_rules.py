"""check_plan on a small test library: each rule finds what it should and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner.library import Library
from rehab_planner.model import PlanSettings, Precaution, PrecautionSetting
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Finding, Severity
from tests.safety.check_helpers import blt, phase, plan, rx, test_library

Catalogue = dict[str, Precaution]


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(tmp_path_factory.mktemp("lib"))


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


def codes(findings: list[Finding]) -> list[str]:
    return [f.code.value for f in findings]


def only(findings: list[Finding], code: Code) -> list[Finding]:
    return [f for f in findings if f.code == code]


# --- precaution conflicts ------------------------------------------------------------------------


def test_conflict_names_exercise_reason_and_alternatives(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("Protect", 0, 6, "knee-to-chest", "ab-brace")], [blt()])
    [conflict] = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert conflict.severity == Severity.CONFLICT
    assert conflict.message == "Knee to chest bends the low back; no bending until week 12."
    assert conflict.exercise_id == "knee-to-chest"
    assert conflict.phase_id == p.phases[0].id and conflict.phase_name == "Protect"
    assert conflict.prescription_id == p.phases[0].prescriptions[0].id
    assert conflict.subject == "spinal-blt"
    # Regressions first (and their regressions), then same region and kind, then same region of
    # another kind; never one that is forbidden (trunk rotation, cat-camel) or already in the
    # phase (ab-brace); at most four.
    assert conflict.alternatives == ("pelvic-tilt", "belly-breathing", "sitting-roll",
                                     "posture-drill")


def test_alternatives_skip_movements_of_other_active_precautions(
    lib: Library, cat: Catalogue
) -> None:
    settings = [PrecautionSetting(id="hip-posterior", weeks_from=0, weeks_to=6)]
    p = plan([phase("Hip", 0, 6, "hip-knee-to-chest")], settings)
    [conflict] = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert "Deep hip bend bends the hip past 90°" in conflict.message
    assert conflict.alternatives[0] == "heel-slide"
    assert "leg-cross" not in conflict.alternatives  # crosses the midline: also forbidden


def test_no_conflict_outside_the_precaution_weeks(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("Early", 0, 6, "pelvic-tilt"), phase("Late", 6, 12, "knee-to-chest")],
             [blt(weeks_to=6)])
    assert not only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)


@pytest.mark.parametrize(
    ("weeks_to", "flagged_phases"),
    [(4, ["Early"]), (6, ["Early"]), (8, ["Early", "Late"]), (None, ["Early", "Late"])],
)
def test_precaution_end_week_changes_the_findings(
    lib: Library, cat: Catalogue, weeks_to: float | None, flagged_phases: list[str]
) -> None:
    p = plan([phase("Early", 0, 6, "knee-to-chest"), phase("Late", 6, 12, "knee-to-chest")],
             [blt(weeks_to=weeks_to)])
    found = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert [f.phase_name for f in found] == flagged_phases


def test_message_says_when_the_precaution_holds(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("Late", 6, 12, "trunk-rotation")], [blt(weeks_from=2, weeks_to=None)])
    [conflict] = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert conflict.message == (
        "Lower trunk rotation twists the low back; no twisting from week 2 until the surgeon "
        "lifts it."
    )


def test_lift_limit_from_the_plan_appears_in_the_reason(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("Early", 0, 6, "safe-lift")], [blt(lift_limit_lb=5)])
    [conflict] = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert "no lifting over 5 lb or load through the spine until week 12" in conflict.message


def test_a_limit_to_stay_under_reads_as_that_weight_or_more(lib: Library, cat: Catalogue) -> None:
    # The surgeon's "nothing of 20 lb or more": the reason names 20 lb, as the order does.
    p = plan([phase("Early", 0, 6, "safe-lift")],
             [blt(lift_limit_lb=20, lift_rule="less than the limit")])
    [conflict] = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert "no lifting 20 lb or more or load through the spine until week 12" in conflict.message


def test_one_conflict_per_precaution(lib: Library, cat: Catalogue) -> None:
    settings = [blt(), PrecautionSetting(id="no-lying-on-stomach", weeks_to=6)]
    lying = rx("cat-camel")
    p = plan([phase("Early", 0, 6, lying)], settings)
    found = only(check_plan(p, lib, cat), Code.PRECAUTION_CONFLICT)
    assert [f.subject for f in found] == ["spinal-blt"]  # cat-camel is not on the stomach
    assert "bends the low back; no bending" in found[0].message


# --- plan-wide rules -----------------------------------------------------------------------------


def test_phase_gap_and_overlap(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6), phase("B", 8, 12), phase("C", 10, None), phase("D", 20, 30)])
    found = check_plan(p, lib, cat)
    gap, *overlaps = [f for f in found if f.code in (Code.PHASE_GAP, Code.PHASE_OVERLAP)]
    assert gap.code == Code.PHASE_GAP and gap.phase_name == "B"
    assert gap.message == "No phase covers weeks 6 to 8, between 'A' and 'B'."
    assert [(f.phase_name, f.subject) for f in overlaps] == [
        ("C", p.phases[1].id), ("D", p.phases[2].id)
    ]
    assert "overlap in weeks 10 to 12" in overlaps[0].message
    assert "'C' (from week 10 on)" in overlaps[1].message


def test_phases_that_follow_on_give_nothing(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("B", 6, 12), phase("A", 0, 6), phase("C", 12, None)])
    assert check_plan(p, lib, cat) == []


def test_unknown_precaution_and_bad_parameter(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6, "pelvic-tilt")],
             [PrecautionSetting(id="made-up"), blt(lift_limit_lb=500)])
    found = check_plan(p, lib, cat)
    assert codes(found) == ["unknown-precaution", "precaution-setting"]
    assert "above the maximum" in found[1].message


def test_precautions_that_exclude_each_other(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6, "heel-slide")],
             [PrecautionSetting(id="hip-posterior"), PrecautionSetting(id="hip-anterior")])
    [both] = check_plan(p, lib, cat)
    assert both.code == Code.PRECAUTION_SETTING and both.subject == "hip-anterior+hip-posterior"
    assert "cannot both apply" in both.message


def test_findings_hash_even_when_accepted(lib: Library, cat: Catalogue) -> None:
    from rehab_planner.safety.acknowledge import accept

    p = plan([phase("A", 0, 6, "knee-to-chest")], [blt()])
    p = accept(p, check_plan(p, lib, cat)[0], "surgeon cleared", by="T")
    [accepted] = check_plan(p, lib, cat, include_accepted=True)
    assert accepted in {accepted}


# --- dosage, time and count ----------------------------------------------------------------------


def test_dosage_bounds(lib: Library, cat: Catalogue) -> None:
    heavy = rx("bridge", sets=6, reps=2, hold_seconds=61, times_a_day=5)
    fine = rx("bridge", sets=5, reps=2, hold_seconds=60, times_a_day=4)
    rom_often = rx("pelvic-tilt", reps=10, times_a_day=8)  # not strength work: fine
    p = plan([phase("A", 0, 6, heavy), phase("B", 6, 12, fine, rom_often)],
             settings=PlanSettings(max_minutes_a_day=240))
    found = check_plan(p, lib, cat)
    assert codes(found) == ["dosage-hold", "dosage-sets", "dosage-frequency"]
    assert all(f.phase_name == "A" and f.prescription_id == heavy.id for f in found)
    assert found[0].message.startswith("Bridge: a hold of 61 seconds")


def test_dosage_override_keeps_the_exercise_defaults(lib: Library, cat: Catalogue) -> None:
    # ab-brace holds 10 s by default; an override of reps only keeps the hold.
    p = plan([phase("A", 0, 6, rx("ab-brace", reps=30, times_a_day=20))])
    [budget] = check_plan(p, lib, cat)
    assert budget.code == Code.TIME_BUDGET
    assert "about 140 minutes a day; the limit is 40" in budget.message


def test_time_budget_follows_the_setting_and_skips_walking_and_habits(
    lib: Library, cat: Catalogue
) -> None:
    long_walk = rx("walking", minutes=60, times_a_day=2)
    sitting = rx("sitting-roll")  # 15 minutes 3 times a day, while sitting anyway
    brace = rx("ab-brace", reps=10, times_a_day=10)  # 10 * 14 s * 10 = about 23 minutes
    drill = rx("posture-drill", reps=10, times_a_day=1)  # 10 * 14 s: about 2 minutes, counted
    p = plan([phase("A", 0, 6, long_walk, sitting, brace, drill)])
    assert check_plan(p, lib, cat) == []
    tight = p.model_copy(update={"settings": PlanSettings(max_minutes_a_day=20)})
    [budget] = check_plan(tight, lib, cat)
    assert budget.code == Code.TIME_BUDGET and budget.phase_name == "A"
    assert budget.message == (
        "'A' takes about 26 minutes a day; the limit is 20 (walking and posture habits not "
        "counted)."
    )


def test_too_many_exercises(lib: Library, cat: Catalogue) -> None:
    ids = ["pelvic-tilt", "belly-breathing", "ab-brace", "heel-slide", "bridge"]
    p = plan([phase("A", 0, 6, *ids)], settings=PlanSettings(max_exercises_per_phase=4))
    [many] = check_plan(p, lib, cat)
    assert many.code == Code.TOO_MANY_EXERCISES
    assert many.message.startswith("'A' has 5 exercises; the limit is 4.")
    roomy = p.model_copy(update={"settings": PlanSettings(max_exercises_per_phase=5)})
    assert check_plan(roomy, lib, cat) == []


# --- texts and pictures --------------------------------------------------------------------------

HARD_NOTE = (
    "Contraindicated movements notwithstanding, proprioceptive neuromuscular facilitation "
    "demonstrates considerable physiological effectiveness postoperatively."
)


def test_note_reading_level(lib: Library, cat: Catalogue) -> None:
    hard = rx("pelvic-tilt", note=HARD_NOTE)
    easy = rx("heel-slide", note="Go slow. Stop if it hurts.")
    p = plan([phase("A", 0, 6, hard, easy)], main_message=HARD_NOTE)
    found = check_plan(p, lib, cat)
    assert codes(found) == ["note-reading-level", "note-reading-level"]
    assert found[0].subject == "main-message" and found[0].phase_id is None
    assert found[1].prescription_id == hard.id
    assert found[1].message.startswith("The note on Pelvic tilt reads at grade")
    assert found[1].severity == Severity.INFO


def test_no_figure_once_per_plan(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6, "no-picture"), phase("B", 6, 12, "no-picture", "heel-slide")])
    [info] = check_plan(p, lib, cat)
    assert (info.code, info.severity, info.exercise_id) == (Code.NO_FIGURE, "info", "no-picture")
    assert info.phase_id is None and info.prescription_id == p.phases[0].prescriptions[0].id
    assert info.message.startswith("Side lying clam has no figure or photo")


def test_unknown_exercise(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6, "not-in-library")], [blt()])
    [unknown] = check_plan(p, lib, cat)
    assert unknown.code == Code.UNKNOWN_EXERCISE and unknown.exercise_id == "not-in-library"


def test_library_change_is_seen(tmp_path: Path, lib: Library, cat: Catalogue) -> None:
    p = plan([phase("A", 0, 6, "pelvic-tilt")], [blt()])
    assert check_plan(p, lib, cat) == []
    bent = lib.get("pelvic-tilt").model_copy(update={"movements": ["lumbar_flexion"]})
    changed = lib.with_exercise(bent)
    assert codes(check_plan(p, changed, cat)) == ["precaution-conflict"]
    assert check_plan(p, lib, cat) == []


def test_default_catalogue_is_the_shipped_one(lib: Library) -> None:
    p = plan([phase("A", 0, 6, "knee-to-chest")], [blt()])
    assert codes(check_plan(p, lib)) == ["precaution-conflict"]


def test_finding_json_shape(lib: Library, cat: Catalogue) -> None:
    p = plan([phase("Protect", 0, 6, "knee-to-chest")], [blt()])
    [conflict] = check_plan(p, lib, cat)
    data = conflict.to_json()
    assert data == {
        "severity": "conflict",
        "code": "precaution-conflict",
        "phase": "Protect",
        "phase_id": p.phases[0].id,
        "exercise_id": "knee-to-chest",
        "message": "Knee to chest bends the low back; no bending until week 12.",
        "alternatives": ["pelvic-tilt", "belly-breathing", "ab-brace", "sitting-roll"],
        "subject": "spinal-blt",
        "precaution": {"id": "spinal-blt", "key": p.precautions[0].key, "weeks_from": 0,
                       "weeks_to": 12},
    }
