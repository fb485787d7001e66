"""`templates import`: a clinic's own protocol file is checked and joins the clinic's templates."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rehab_planner import paths
from rehab_planner.cli import main


def _protocol(tmp_path: Path, **changes: object) -> Path:
    data = yaml.safe_load((paths.templates_dir() / "lumbar-fusion.yaml").read_text(encoding="utf-8"))
    data.update({"id": "dr-a-lumbar-fusion", "name": "Lumbar fusion, Dr A"}, **changes)
    path = tmp_path / "protocol-from-dr-a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_an_imported_protocol_starts_plans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    assert main(["templates", "import", str(_protocol(tmp_path)), "--db", url, "--by", "PT Kim"]) == 0
    assert "Added the clinic template 'Lumbar fusion, Dr A'" in capsys.readouterr().err
    assert main(["templates", "--db", url, "--json"]) == 0
    listed = capsys.readouterr().out
    assert '"id": "dr-a-lumbar-fusion"' in listed and '"clinic_made": true' in listed
    plan = tmp_path / "plan.json"
    assert main(["new", "--db", url, "--template", "dr-a-lumbar-fusion", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "-o", str(plan)]) == 0
    assert plan.is_file()
    assert main(["templates", "import", str(_protocol(tmp_path)), "--db", url]) == 0
    assert "Replaced" in capsys.readouterr().err


def test_a_bad_field_names_file_entry_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    path = _protocol(tmp_path, phases="soon")
    assert main(["templates", "import", str(path), "--db", url]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "dr-a-lumbar-fusion" in err and "phases" in err
    assert "Traceback" not in err


def test_unknown_exercises_and_shipped_ids_are_refused(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    data = yaml.safe_load((paths.templates_dir() / "lumbar-fusion.yaml").read_text(encoding="utf-8"))
    phases = data["phases"]
    phases[0]["prescriptions"][0]["exercise_id"] = "heel-slid"
    assert main(["templates", "import", str(_protocol(tmp_path, phases=phases)), "--db", url]) == 2
    assert "heel-slid" in capsys.readouterr().err
    assert main(["templates", "import", str(_protocol(tmp_path, id="lumbar-fusion")), "--db", url]) == 2
    assert "comes with Rehab Planner" in capsys.readouterr().err
    assert main(["templates", "--db", url, "--json"]) == 0
    assert "dr-a" not in capsys.readouterr().out
