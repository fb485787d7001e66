"""Conditions switch orders and exercises on or off: core, templates, check, handout, CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.errors import DataFileError
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.library import load_library
from rehab_planner.model import Patient, PrecautionSetting, Prescription
from rehab_planner.plans.conditions import exclusive, holds, in_effect, load_conditions
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import load_plan
from rehab_planner.templates.loader import instantiate, load_template, load_templates
from tests.handout.pdfread import all_text
from tests.safety.check_helpers import phase, plan

SURGERY = dt.date(2026, 11, 2)


def test_only_if_and_unless() -> None:
    bike = Prescription(exercise_id="bike-recumbent", unless=["meniscal-repair"])
    wb = PrecautionSetting(id="wb-partial", only_if=["graft-hamstring", "graft-allograft"])
    assert holds(bike, []) and not holds(bike, ["meniscal-repair"])
    assert not holds(wb, []) and holds(wb, ["graft-allograft"])
    wbat = PrecautionSetting(id="wb-as-tolerated", unless=["graft-hamstring", "graft-allograft"])
    assert exclusive(wb, wbat) and exclusive(wbat, wb)
    assert not exclusive(wb, PrecautionSetting(id="wb-as-tolerated", unless=["graft-hamstring"]))


def test_in_effect_drops_what_the_conditions_switch_off_and_keeps_the_plan_whole() -> None:
    bike = Prescription(exercise_id="walking", unless=["meniscal-repair"])
    p = plan([phase("A", 0, 6, bike, "heel-slide")],
             [PrecautionSetting(id="no-pivoting", weeks_to=6, only_if=["meniscal-repair"])],
             conditions=["meniscal-repair"])
    now = in_effect(p)
    assert [rx.exercise_id for rx in now.phases[0].prescriptions] == ["heel-slide"]
    assert [o.id for o in now.precautions] == ["no-pivoting"]
    assert len(p.phases[0].prescriptions) == 2  # the plan keeps both
    without = p.model_copy(update={"conditions": []})
    assert [o.id for o in in_effect(without).precautions] == []
    assert len(in_effect(without).phases[0].prescriptions) == 2


def test_the_acl_template_sets_partial_weight_bearing_for_a_hamstring_graft() -> None:
    template = load_templates()["acl-reconstruction"]
    assert template.conditions == ["graft-patellar-tendon", "graft-hamstring", "graft-quadriceps",
                                   "graft-allograft"]
    default = in_effect(instantiate(template, Patient(name="A"), SURGERY))
    hamstring = in_effect(instantiate(template, Patient(name="A"), SURGERY,
                                      conditions=["graft-hamstring"]))
    assert [(o.id, o.weeks_to) for o in default.precautions if o.id.startswith("wb-")] == [
        ("wb-as-tolerated", 4)]
    # 50% for 6 weeks, then as tolerated while the crutches are weaned (stop 45)
    assert [(o.id, o.weeks_to, o.params) for o in hamstring.precautions
            if o.id.startswith("wb-")] == [("wb-partial", 6, {"percent": 50, "aid": "crutches"}),
                                           ("wb-as-tolerated", 8, {"aid": "crutches"})]


def test_check_and_handout_follow_the_conditions(tmp_path: Path) -> None:
    library = load_library()
    template = load_templates()["acl-reconstruction"]
    hamstring = instantiate(template, Patient(name="Ann"), SURGERY, conditions=["graft-hamstring"])
    # Both weight-bearing orders are in the plan for weeks 0-4, but never at once: no clash.
    assert not [f for f in check_plan(hamstring, library) if f.code == "precaution-setting"]
    text = all_text(render_handout(hamstring, HandoutOptions(printed_on=SURGERY)).pdf)
    assert "Put no more than 50% of your weight on your leg that had surgery." in text
    assert "Use your crutches." in text
    # the standard line's weight as tolerated from the day of surgery is not printed; the
    # graft's own, after the 50% rule, is (from 14 Dec 2026)
    assert "• You may put as much weight on your leg as feels OK." not in text
    assert "From 14 Dec 2026: You may put as much weight on your leg as feels OK." in text
    default = instantiate(template, Patient(name="Ann"), SURGERY)
    text = all_text(render_handout(default, HandoutOptions(printed_on=SURGERY)).pdf)
    assert "You may put as much weight on your leg as feels OK." in text
    assert "Put no more than 50%" not in text


def test_an_unknown_condition_is_a_finding() -> None:
    p = plan([phase("A", 0, 6, "heel-slide")], conditions=["menisus-repair"])
    [finding] = check_plan(p, load_library())
    assert finding.code == "unknown-condition" and finding.subject == "menisus-repair"
    assert "meniscal-repair" in finding.message


def test_a_template_may_name_only_its_own_conditions(tmp_path: Path) -> None:
    source = paths.templates_dir() / "acl-reconstruction.yaml"
    data = yaml.safe_load(source.read_text("utf-8"))
    data["conditions"] = ["graft-hamstring", "graft-unicorn"]
    data.pop("variants", None)  # the graft lines would name the dropped conditions first
    path = tmp_path / "acl-reconstruction.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_template(path, load_catalogue())
    message = str(caught.value)
    assert "conditions[1]" in message and "'graft-unicorn' is not in conditions.yaml" in message
    assert "precautions[0].unless" in message and "'graft-allograft' is not one of" in message


def test_the_conditions_file_names_a_broken_entry(tmp_path: Path) -> None:
    path = tmp_path / "conditions.yaml"
    path.write_text("schema_version: 1\nconditions:\n  - id: Bad Id\n    name: X\n", "utf-8")
    with pytest.raises(DataFileError, match="Bad Id"):
        load_conditions(path)
    assert "meniscal-repair" in load_conditions()


def test_new_with_a_condition_on_the_command_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "acl.json"
    assert main(["new", "--template", "acl-reconstruction", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "--condition", "graft-allograft",
                 "-o", str(path)]) == 0
    plan_ = load_plan(path)
    assert plan_.conditions == ["graft-allograft"]
    assert [o.id for o in in_effect(plan_).precautions if o.id.startswith("wb-")] == [
        "wb-partial", "wb-as-tolerated"]
    assert main(["new", "--template", "acl-reconstruction", "--patient", "Ann", "--surgery-date",
                 "2026-11-02", "--condition", "graft-unicorn", "-o", str(tmp_path / "b.json")]) == 2
    assert not (tmp_path / "b.json").exists()
    err = capsys.readouterr().err
    assert "unknown condition 'graft-unicorn'" in err and "graft-hamstring" in err


def test_set_conditions_is_an_edit() -> None:
    from rehab_planner.errors import RehabError
    from rehab_planner.plans.conditions import set_conditions, switched_off

    p = plan([phase("A", 0, 6, "heel-slide")],
             [PrecautionSetting(id="no-pivoting", weeks_to=6, only_if=["meniscal-repair"])])
    assert switched_off(p, p.precautions[0])
    new, change = set_conditions(p, ["meniscal-repair", "meniscal-repair"])
    assert new.conditions == ["meniscal-repair"] and p.conditions == []
    assert not switched_off(new, new.precautions[0])
    assert change.kind == "conditions"
    with pytest.raises(RehabError, match="Not a condition id"):
        set_conditions(p, ["Meniscus Repair"])
