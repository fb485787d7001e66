"""The foundation commands: library list/validate, templates, new, show, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.storage.planfile import load_plan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_library_list_json_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "list", "--region", "knee", "--category", "strengthening",
                       "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert {"id", "name", "region", "category", "equipment"} <= set(rows[0])
    assert {r["region"] for r in rows} == {"knee"}
    assert {r["category"] for r in rows} == {"strengthening"}


def test_library_list_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "list", "--search", "log roll", "--json")
    assert code == 0
    assert any("log roll" in r["name"].lower() for r in json.loads(out))


def test_unknown_region_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["library", "list", "--region", "elbowz"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown region 'elbowz'" in err
    assert "Traceback" not in err


def test_validate_shipped_library(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "library", "validate")
    assert code == 0
    assert "valid" in err


def test_validate_broken_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.yaml").write_text(
        "schema_version: 1\nexercises:\n  - {id: a-b, name: AB, region: knee}\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "library", "validate", str(tmp_path))
    assert code == 1
    assert f"{tmp_path / 'x.yaml'}: a-b: category: Field required" in out


def test_templates_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "--json")
    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert {"lumbar-fusion", "cervical-fusion", "total-knee-replacement", "total-hip-replacement",
            "acl-reconstruction", "rotator-cuff-repair", "lumbar-microdiscectomy"} <= set(rows)
    assert rows["lumbar-fusion"]["phase_count"] >= 3
    assert {"name", "procedure"} <= set(rows["lumbar-fusion"])


def test_new_then_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.json"
    code, _, _ = run(capsys, "new", "--template", "lumbar-fusion", "--patient", "José Núñez",
                     "--surgery-date", "2026-11-02", "--therapist", "Sam Lee", "-o", str(target))
    assert code == 0
    plan = load_plan(target)
    assert plan.patient.name == "José Núñez"
    assert plan.template_id == "lumbar-fusion"
    code, out, _ = run(capsys, "show", str(target))
    assert code == 0
    assert "José Núñez" in out
    assert "Weeks 0 to 6: 2 Nov to 14 Dec 2026" in out
    assert "Ankle pumps" in out and "times a day" in out


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.json"
    target.write_text("keep me")
    code, _, err = run(capsys, "new", "--template", "lumbar-fusion", "--patient", "A",
                       "--surgery-date", "2026-11-02", "-o", str(target))
    assert code == 2
    assert "already exists" in err
    assert target.read_text() == "keep me"


def test_new_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "new", "--template", "knee-magic", "--patient", "A",
                       "--surgery-date", "2026-11-02", "-o", str(tmp_path / "p.json"))
    assert code == 2
    assert "unknown template 'knee-magic'" in err and "lumbar-fusion" in err


def test_bad_date_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["new", "--template", "lumbar-fusion", "--patient", "A", "--surgery-date", "2026-13-40",
              "-o", str(tmp_path / "p.json")])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_show_broken_plan_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    code, _, err = run(capsys, "show", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and "JSON is broken" in err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert "phases" in json.loads(out)["properties"]


def test_real_process_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rehab_planner", "show", str(tmp_path / "missing.json")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"rehab-planner: error: {tmp_path / 'missing.json'}: no such plan file"


def test_clinic_templates_in_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    plan_file = tmp_path / "plan.json"
    assert run(capsys, "new", "--template", "lumbar-fusion", "--patient", "Ann Lee",
               "--surgery-date", "2026-11-02", "-o", str(plan_file))[0] == 0
    assert run(capsys, "--db", db, "db", "import", str(plan_file))[0] == 0
    plan_id = load_plan(plan_file).id
    assert run(capsys, "--db", db, "db", "save-template", plan_id, "--name", "Back Dr A")[0] == 0
    code, out, _ = run(capsys, "--db", db, "templates", "--json")
    assert code == 0
    assert {"clinic-back-dr-a", "lumbar-fusion"} <= {r["id"] for r in json.loads(out)}
    new_file = tmp_path / "new.json"
    assert run(capsys, "--db", db, "new", "--template", "clinic-back-dr-a", "--patient", "Bo",
               "--surgery-date", "2026-12-01", "-o", str(new_file))[0] == 0
    assert load_plan(new_file).exercise_ids() == load_plan(plan_file).exercise_ids()


def test_templates_never_create_the_default_database(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import os

    assert run(capsys, "templates")[0] == 0
    assert not any(Path(os.environ["REHAB_PLANNER_DATA"]).glob("*.sqlite3"))


def test_validate_empty_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "library", "validate", str(tmp_path))
    assert code == 1
    assert "no exercise files" in out
