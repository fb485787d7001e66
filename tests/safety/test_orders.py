"""Safety checks over orders: staged entries, unbundled rules, and what check --json names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehab_planner.cli import main as cli_main
from rehab_planner.errors import RehabError
from rehab_planner.library import Library, load_library
from rehab_planner.model import Phase, PrecautionSetting, Prescription
from rehab_planner.safety.catalogue import clashing_orders, load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import save_plan
from tests.safety.check_helpers import phase, plan, test_library

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return test_library(tmp_path_factory.mktemp("lib"))


def order(pid: str, start: float, end: float | None, **params: object) -> PrecautionSetting:
    return PrecautionSetting(id=pid, weeks_from=start, weeks_to=end, params=params)  # type: ignore[arg-type]


def test_toe_touch_then_partial_weight_bearing_is_not_a_clash(lib: Library) -> None:
    p = plan([phase("A", 0, 8, "heel-slide")],
             [order("wb-toe-touch", 0, 4), order("wb-partial", 4, 8, percent=50)])
    assert clashing_orders(p.precautions, CATALOGUE) == []
    assert check_plan(p, lib, CATALOGUE) == []


def test_overlapping_exclusive_orders_name_the_shared_weeks(lib: Library) -> None:
    p = plan([phase("A", 0, 8, "heel-slide")],
             [order("wb-toe-touch", 0, 4), order("wb-partial", 3, 8)])
    [clash] = check_plan(p, lib, CATALOGUE)
    assert clash.code == "precaution-setting"
    assert "cannot both apply in weeks 3 to 4" in clash.message
    data = clash.to_json()
    assert data["precaution"]["id"] == "wb-toe-touch" and data["precaution"]["weeks_to"] == 4
    assert data["other_precaution"] == {"id": "wb-partial", "key": p.precautions[1].key,
                                        "weeks_from": 3, "weeks_to": 8}


def test_a_staged_lift_limit_validates_and_the_same_weeks_twice_do_not(lib: Library) -> None:
    staged = plan([phase("A", 0, 12, "heel-slide")],
                  [order("lift-limit", 0, 6, lift_limit_lb=0),
                   order("lift-limit", 6, 12, lift_limit_lb=10)])
    assert check_plan(staged, lib, CATALOGUE) == []
    twice = plan([phase("A", 0, 12, "heel-slide")],
                 [order("lift-limit", 0, 6, lift_limit_lb=0),
                  order("lift-limit", 4, 12, lift_limit_lb=10)])
    [finding] = check_plan(twice, lib, CATALOGUE)
    assert "ordered twice for weeks 4 to 6" in finding.message


def test_no_bending_in_week_one_brings_no_lift_limit_or_twist_rule(lib: Library) -> None:
    p = plan([phase("Week 1", 0, 1, "knee-to-chest", "safe-lift", "trunk-rotation"),
              phase("Later", 1, 6, "knee-to-chest")],
             [order("no-bending", 0, 1)])
    findings = [f for f in check_plan(p, lib, CATALOGUE) if f.code == "precaution-conflict"]
    assert [(f.phase_name, f.exercise_id) for f in findings] == [("Week 1", "knee-to-chest")]
    assert findings[0].precaution is not None
    assert findings[0].precaution.id == "no-bending"


def test_each_spinal_rule_stands_alone() -> None:
    forbids = {pid: set(CATALOGUE[pid].forbids) for pid in ("no-bending", "no-twisting")}
    assert forbids["no-bending"] == {"lumbar_flexion", "lumbar_side_bend"}
    assert forbids["no-twisting"] == {"lumbar_rotation"}
    assert "push" not in CATALOGUE["lift-limit"].sentences[1].text
    assert CATALOGUE["no-overhead-resistance"].patient_text != CATALOGUE["no-overhead-reach"].patient_text


def test_check_json_names_the_precaution_and_its_weeks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = plan([phase("Protect", 0, 6, "knee-to-chest")],
             [order("no-bending", 0, 2), order("no-bending", 2, 6)])
    path = tmp_path / "plan.json"
    save_plan(p, path)
    assert cli_main(["check", str(path), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    conflicts = [f for f in findings if f["code"] == "precaution-conflict"]
    assert [(c["precaution"]["id"], c["precaution"]["key"], c["precaution"]["weeks_from"],
             c["precaution"]["weeks_to"]) for c in conflicts] == [
        ("no-bending", p.precautions[0].key, 0, 2), ("no-bending", p.precautions[1].key, 2, 6)]
    assert all(c["subject"] == "no-bending" for c in conflicts)


# --- safety model fixes (issue 19, item 6) -------------------------------------------------------


def test_walking_is_expected_under_toe_touch_weight_bearing(lib: Library) -> None:
    shipped = load_library()
    p = plan([phase("Protect", 0, 4, "walking-program", "mini-squat")],
             [order("wb-toe-touch", 0, 4, aid="crutches")])
    conflicts = [f.exercise_id for f in check_plan(p, shipped, CATALOGUE)
                 if f.code == "precaution-conflict"]
    assert conflicts == ["mini-squat"]  # a squat still loads the leg; the walk with crutches does not
    none = plan([phase("Protect", 0, 4, "walking-program")], [order("wb-non", 0, 4)])
    assert [f.exercise_id for f in check_plan(none, shipped, CATALOGUE)
            if f.code == "precaution-conflict"] == ["walking-program"]


def test_standing_on_the_other_leg_is_not_a_weight_bearing_conflict() -> None:
    shipped = load_library()
    other = Prescription(exercise_id="one-leg-stand", stance_leg="other")
    operated = Prescription(exercise_id="one-leg-stand", stance_leg="operated")
    unsaid = Prescription(exercise_id="one-leg-stand")
    p = plan([Phase(name="Protect", weeks_from=0, weeks_to=4,
                    prescriptions=[other, operated, unsaid])],
             [order("wb-toe-touch", 0, 4)])
    flagged = [f.prescription_id for f in check_plan(p, shipped, CATALOGUE)
               if f.code == "precaution-conflict"]
    assert flagged == [operated.id, unsaid.id]
    # Other orders still hold on the other leg: no pivoting is not a weight-bearing order.
    assert CATALOGUE["no-pivoting"].group != "weight bearing"


def test_no_pool_alternative_before_the_cut_has_healed() -> None:
    shipped = load_library()
    early = plan([phase("Early", 0, 4, "walking-program")], [order("wb-non", 0, 4)])
    later = plan([phase("Later", 6, 12, "walking-program")], [order("wb-non", 6, 12)])
    [early_conflict] = [f for f in check_plan(early, shipped, CATALOGUE)
                        if f.code == "precaution-conflict"]
    [later_conflict] = [f for f in check_plan(later, shipped, CATALOGUE)
                        if f.code == "precaution-conflict"]
    pool = {e.id for e in shipped if "pool" in e.equipment}
    assert pool and not pool & set(early_conflict.alternatives)
    assert early_conflict.alternatives  # something else is still offered
    assert "swimming" in later_conflict.alternatives  # from week 6 the pool may be offered


def test_a_reading_grade_never_reads_as_the_limit_itself(lib: Library) -> None:
    from rehab_planner.safety.rules import grade_words

    assert grade_words(8.04) == "8.1" and grade_words(8.3) == "8.3" and grade_words(9.0) == "9.0"
    p = plan([phase("A", 0, 6, "pelvic-tilt")],
             main_message="Postoperative rehabilitation necessitates meticulous adherence to "
                          "individualized therapeutic recommendations.")
    [finding] = [f for f in check_plan(p, lib, CATALOGUE) if f.code == "note-reading-level"]
    level = finding.message.split("grade ")[1].split(";")[0]
    assert float(level) > 8


def test_the_separate_spinal_orders_keep_the_back_warning_signs() -> None:
    from rehab_planner.guidance import load_guidance, plan_tags

    p = plan([phase("A", 0, 6, "heel-slide")], [order("no-bending", 0, 6), order("no-twisting", 0, 6)])
    tags = plan_tags(p, load_guidance())
    assert {"spine", "low_back"} <= tags


def test_a_conflict_with_an_order_written_in_days_says_days(lib: Library) -> None:
    p = plan([phase("Week 1", 0, 2, "knee-to-chest")],
             [PrecautionSetting(id="no-bending", weeks_from=3 / 7, weeks_to=10 / 7, unit="days")])
    [conflict] = [f for f in check_plan(p, lib, CATALOGUE) if f.code == "precaution-conflict"]
    assert conflict.message == "Knee to chest bends the low back; no bending from day 3 until day 10."


def test_the_handout_says_which_leg_to_stand_on(tmp_path: Path) -> None:
    import datetime as dt

    from rehab_planner.handout import HandoutOptions, render_handout
    from rehab_planner.plans import edits
    from tests.handout.pdfread import all_text

    stance = Prescription(exercise_id="one-leg-stand")
    p = plan([Phase(name="Protect", weeks_from=0, weeks_to=4, prescriptions=[stance]),
              Phase(name="Later", weeks_from=4, weeks_to=8,
                    prescriptions=[Prescription(exercise_id="one-leg-stand", stance_leg="other")])],
             [order("wb-toe-touch", 0, 8)])
    p, _ = edits.set_stance_leg(p, stance.id, "other")
    assert p.phases[0].prescriptions[0].stance_leg == "other"
    text = all_text(render_handout(p, HandoutOptions(printed_on=dt.date(2026, 11, 3),
                                                     whole_program=True)).pdf)
    sentence = ("Stand on the leg that did not have surgery. Keep the leg that had surgery off "
                "the floor.")
    assert text.count(sentence) == 2  # the full card and the short card of the second phase
    with pytest.raises(RehabError):
        edits.set_stance_leg(p, stance.id, "left")
