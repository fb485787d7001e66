"""`rehab-planner check PLAN.json [--json] [--accepted]`: output and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.library import Library
from rehab_planner.model import Patient, Phase, Plan, PrecautionSetting, Prescription, Surgeon
from rehab_planner.safety.acknowledge import accept
from rehab_planner.safety.check import check_plan
from rehab_planner.storage.planfile import save_plan


def _plan(*phases: Phase) -> Plan:
    return Plan(
        patient=Patient(name="Test Patient"),
        procedure="Lumbar spinal fusion",
        surgery_date=dt.date(2026, 3, 2),
        surgeon=Surgeon(name="Dr Test", phone="555-0100"),
        precautions=[PrecautionSetting(id="spinal-blt", weeks_from=0, weeks_to=12)],
        phases=list(phases),
    )


def _save(plan: Plan, path: Path) -> Path:
    save_plan(plan, path)
    return path


def _conflict_plan() -> Plan:
    return _plan(Phase(name="Protect your back", weeks_from=0, weeks_to=6,
                       prescriptions=[Prescription(exercise_id="knee-to-chest")]))


def test_no_findings_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _save(_plan(Phase(name="Later", weeks_from=0, weeks_to=6)), tmp_path / "p.json")
    assert main(["check", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert "No findings." in err
    assert main(["check", str(path)]) == 0


def test_conflict_as_json_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _conflict_plan()
    path = _save(plan, tmp_path / "p.json")
    assert main(["check", str(path), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    conflict = next(r for r in rows if r["severity"] == "conflict")
    assert {"severity", "code", "phase", "exercise_id", "message", "alternatives"} <= set(conflict)
    assert conflict["code"] == "precaution-conflict"
    assert conflict["phase"] == "Protect your back"
    assert conflict["exercise_id"] == "knee-to-chest"
    assert "bends the low back; no bending until week 12." in conflict["message"]
    assert conflict["alternatives"] and all(isinstance(a, str) for a in conflict["alternatives"])
    assert all(r["severity"] in ("conflict", "warning", "info") for r in rows)


def test_human_output_groups_by_phase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(
        Phase(name="Protect your back", weeks_from=0, weeks_to=6,
              prescriptions=[Prescription(exercise_id="knee-to-chest")]),
        Phase(name="Build", weeks_from=8, weeks_to=12),
    )
    plan.precautions.append(PrecautionSetting(id="made-up"))
    path = _save(plan, tmp_path / "p.json")
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines.index("Protect your back (weeks 0 to 6)") < lines.index("Whole plan")
    assert "Build (weeks 8 to 12)" in lines
    assert any(line.startswith("  CONFLICT") and "Knee to chest" in line for line in lines)
    assert any(line.strip().startswith("Safer: ") for line in lines)
    assert "No phase covers weeks 6 to 8" in out
    assert "The precaution 'made-up' is not in the catalogue" in out
    assert "1 conflict" in err and "2 warnings" in err


def test_accepted_findings_stop_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    plan = _conflict_plan()
    for finding in check_plan(plan, library):
        plan = accept(plan, finding, "surgeon cleared on 12 Dec", by="A. Therapist")
    path = _save(plan, tmp_path / "p.json")
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(path), "--accepted"]) == 0
    out = capsys.readouterr().out
    assert "Accepted by A. Therapist on" in out and "surgeon cleared on 12 Dec" in out
    assert main(["check", str(path), "--accepted", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["accepted"]["by"] == "A. Therapist" for r in rows)


def test_broken_plan_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    path.write_text("{not json", "utf-8")
    assert main(["check", str(path)]) == 2
    assert "rehab-planner: error:" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "missing.json")]) == 2


def test_unknown_guidance_topic_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(Phase(name="Later", weeks_from=0, weeks_to=6))
    plan.guidance = ["walking", "no-such-topic"]
    path = _save(plan, tmp_path / "p.json")
    assert main(["check", str(path), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rows] == ["unknown-guidance-topic"]
    assert "no-such-topic" in rows[0]["message"]


def test_render_refuses_unaccepted_conflicts_unless_accepted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _save(_conflict_plan(), tmp_path / "p.json")
    out = tmp_path / "h.pdf"
    assert main(["render", str(path), "-o", str(out), "--page-size", "A4"]) == 2
    err = capsys.readouterr().err
    assert "The handout is not printed: 1 safety finding" in err
    assert "conflict: Knee to chest" in err and "Traceback" not in err
    assert "add --accept-findings to print anyway" in err
    assert not out.exists()
    assert main(["render", str(path), "-o", str(out), "--page-size", "A4",
                 "--accept-findings"]) == 0
    err = capsys.readouterr().err
    assert "accepted with --accept-findings: conflict: Knee to chest" in err
    assert out.read_bytes().startswith(b"%PDF")
