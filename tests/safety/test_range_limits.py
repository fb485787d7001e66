"""Range limits in the check: an exercise a phase's limit rules out is a conflict; one that can
stop short of it is held back (its card says where), not ruled out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Movement, Patient, Plan, Prescription
from rehab_planner.model.range_limit import Joint, Motion, RangeLimit
from rehab_planner.plans.ranges import exercise_reaches, limits_on
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.findings import Code, Severity
from rehab_planner.storage.planfile import save_plan
from rehab_planner.templates.loader import instantiate, load_templates

TEMPLATES = load_templates()


def _plan(template_id: str = "rotator-cuff-repair", conditions: list[str] | None = None) -> Plan:
    return instantiate(TEMPLATES[template_id], Patient(name="Test Patient"),
                       dt.date(2026, 3, 2), conditions=conditions or [])


def _range(findings: list) -> list:  # type: ignore[type-arg]
    return [f for f in findings if f.code is Code.RANGE_LIMIT]


def test_an_exercise_past_a_limit_it_cannot_stop_short_of_is_a_conflict(library: Library) -> None:
    plan = _plan()
    assert [r.key for r in plan.phases[0].range_limits] == ["shoulder flexion",
                                                           "shoulder external rotation"]
    third = plan.phases[2]  # weeks 6-12: no order against active motion, limits 120° and 30°
    rx = Prescription(exercise_id="prone-y-t-raise")  # the arms go up in a Y: 135°
    third.prescriptions.append(rx)
    found = _range(check_plan(plan, library, include_accepted=False))
    assert [f.subject for f in found] == ["shoulder flexion", "shoulder external rotation"]
    finding = found[0]
    assert finding.severity is Severity.CONFLICT and finding.prescription_id == rx.id
    assert finding.phase_id == third.id and finding.subject == "shoulder flexion"
    name = library.get("prone-y-t-raise").name
    assert finding.message == (
        f"'{name}' takes the shoulder to 135° of flexion (the library), but 'Use your arm "
        "again' allows shoulder flexion to 120°; not with cuff-large-tear.")
    for alt in finding.alternatives:
        assert not any(h.exceeded for h in limits_on(third.range_limits, library.get(alt)))
    # a Spanish interface says the same in Spanish (the stage's name is the plan's own)
    from rehab_planner.i18n.messages import speaking
    from rehab_planner.i18n.names import exercise_name

    with speaking("es"):
        spanish = _range(check_plan(plan, library, include_accepted=False))[0]
        name_es = exercise_name(library.get("prone-y-t-raise"))
    assert spanish.message == (
        f"'{name_es}' lleva el hombro a 135° de flexión (según la biblioteca), pero 'Use your "
        "arm again' permite flexión de hombro hasta 120°; no con cuff-large-tear.")
    assert spanish.subject == finding.subject  # the same finding, so an acceptance holds


def test_a_range_of_motion_exercise_is_held_back_not_ruled_out(library: Library) -> None:
    plan = _plan()
    helped = plan.phases[1]
    assert "cane-forward-raise" in {rx.exercise_id for rx in helped.prescriptions}
    reach = exercise_reaches(library.get("cane-forward-raise"))["shoulder flexion"]
    assert reach.degrees == 180 and reach.stops_short and reach.passive
    assert _range(check_plan(plan, library)) == []
    [held] = limits_on(helped.range_limits, library.get("cane-forward-raise"))
    assert held.shown and not held.exceeded
    # a limit of 0 allows none of the motion: stopping short is not doing it
    helped.range_limits = [RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=0)]
    flagged = {f.exercise_id for f in _range(check_plan(plan, library))}
    assert {"cane-forward-raise", "table-slide"} <= flagged


def test_an_active_limit_does_not_hold_a_passive_exercise(library: Library) -> None:
    plan = _plan()
    helped = plan.phases[1]
    helped.range_limits = [RangeLimit(joint=Joint.SHOULDER, motion=Motion.EXTERNAL_ROTATION,
                                      degrees=0, mode="active")]
    assert _range(check_plan(plan, library)) == []  # the cane turns it: passive
    helped.range_limits = [helped.range_limits[0].model_copy(update={"mode": "passive"})]
    assert {f.exercise_id for f in _range(check_plan(plan, library))} == {"cane-outward-turn"}


def test_a_limit_for_one_side_holds_no_exercise_done_on_the_other(library: Library) -> None:
    plan = _plan()
    phase = plan.phases[2]
    phase.range_limits = [RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=90,
                                     side="left")]
    rx = Prescription(exercise_id="prone-y-t-raise", dosage=Dosage(side="right"))
    phase.prescriptions.append(rx)
    assert _range(check_plan(plan, library)) == []
    phase.prescriptions[-1] = rx.model_copy(update={"dosage": Dosage(side="left")})
    assert len(_range(check_plan(plan, library))) == 1


def test_the_movement_tags_say_what_the_figure_cannot(library: Library) -> None:
    plan = _plan("total-hip-replacement")
    phase = plan.phases[0]
    assert "hip internal rotation" in {r.key for r in phase.range_limits}
    turn_in = library.get("clamshell").model_copy(update={"reaches": {}, "movements": [
        Movement.HIP_INTERNAL_ROTATION]})
    [held] = [h for h in limits_on(phase.range_limits, turn_in)
              if h.limit.key == "hip internal rotation"]
    assert held.reach.at_least and held.reach.source == "movements" and held.exceeded


def test_the_conditions_switch_a_template_limit(library: Library) -> None:
    posterior = _plan("total-hip-replacement")
    anterior = _plan("total-hip-replacement", ["hip-anterior-approach"])
    for plan in (posterior, anterior):
        plan.phases[0].prescriptions.append(Prescription(exercise_id="seated-march"))
    # hip flexion past 90: the posterior order already says it (one conflict, not two)
    codes = [f.code for f in check_plan(posterior, library) if f.exercise_id == "seated-march"
             and f.severity is Severity.CONFLICT]
    assert codes == [Code.PRECAUTION_CONFLICT]
    assert not [f for f in check_plan(anterior, library) if f.exercise_id == "seated-march"
                and f.severity is Severity.CONFLICT]


def test_check_json_reports_the_finding(tmp_path: Path, library: Library,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan()
    plan.phases[2].prescriptions.append(Prescription(exercise_id="prone-y-t-raise"))
    path = tmp_path / "plan.json"
    save_plan(plan, path)
    capsys.readouterr()
    assert main(["check", str(path), "--json"]) == 1
    found = [f for f in json.loads(capsys.readouterr().out) if f["code"] == "range-limit"]
    assert [(f["severity"], f["exercise_id"], f["subject"]) for f in found] == [
        ("conflict", "prone-y-t-raise", "shoulder flexion"),
        ("conflict", "prone-y-t-raise", "shoulder external rotation")]
    assert main(["check", str(path)]) == 1
    assert "allows shoulder flexion to 120°" in capsys.readouterr().out


def test_every_shipped_rotation_exercise_says_how_far_it_turns(library: Library) -> None:
    """The figure cannot show a turn: an exercise tagged with one says its degrees itself."""
    turns = {"shoulder_external_rotation": "shoulder external rotation",
             "hip_external_rotation": "hip external rotation",
             "hip_internal_rotation": "hip internal rotation"}
    missing = [(e.id, key) for e in library.exercises.values() for tag, key in turns.items()
               if tag in e.movements and key not in e.reaches]
    assert missing == []


def test_a_figure_seen_from_behind_says_how_far_it_takes_the_joint(library: Library) -> None:
    # Seen from behind the pose's angles mean what they mean from the front (only the drawing
    # turns round): the towel stretch behind the back reports its figure's shoulder abduction,
    # as a front view would (until stop 31 a back view reported nothing from its figure).
    exercise = library.get("towel-behind-back")
    assert exercise.figure is not None and exercise.figure.view.value == "back"
    reach = exercise_reaches(exercise)["shoulder abduction"]
    assert reach.source == "figure" and reach.degrees > 0
