"""Hostile inputs through the real command line: one line, exit 2, never a traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.handout import HandoutOptions, render_handout
from rehab_planner.handout.document import MAX_PAGES
from rehab_planner.model import Plan
from rehab_planner.model.plan import MAX_PHASES, MAX_PRESCRIPTIONS
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.planfile import load_plan, plan_to_json
from rehab_planner.storage.safe_read import PLAN_LIMITS
from rehab_planner.terminal import shown
from tests.storage.test_database import BACKENDS, backend_url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "unexpected problem" not in err
    assert err.splitlines()[-1].startswith("rehab-planner: error: ")


def new_plan(tmp_path: Path, name: str = "Ann Lee") -> Path:
    target = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", name,
                 "--surgery-date", "2026-11-02", "-o", str(target)]) == 0
    return target


def raw_plan(tmp_path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(new_plan(tmp_path).read_text())
    return data


@pytest.mark.parametrize("command", ["show", "check", "render"])
def test_dev_zero_and_a_fifo_as_plan(command: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import os

    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        args = [command, path] + (["-o", str(tmp_path / "h.pdf")] if command == "render" else [])
        code, _, err = run(capsys, *args)
        one_line_error(code, err)
        assert "not a regular file" in err


@pytest.mark.parametrize("text", [
    '{"schema_version": 1, "id": ' + "[" * 5000 + "]" * 5000 + "}",
    '{"schema_version": 1, "id": ' + "7" * 5000 + "}",
    '{"schema_version": 1, "id": 1e400}',
])
def test_deep_json_and_huge_numbers(text: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.json"
    path.write_text(text)
    for command in ("show", "check"):
        code, _, err = run(capsys, command, str(path))
        one_line_error(code, err)


def test_deep_json_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"schema_version": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = subprocess.run([sys.executable, "-m", "rehab_planner", "check", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_plan_beyond_the_size_cap_is_refused(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = raw_plan(tmp_path)
    data["main_message"] = " " * (PLAN_LIMITS.max_bytes + 1)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data))
    code, _, err = run(capsys, "show", str(path))
    one_line_error(code, err)
    assert "too large" in err


def test_limits_on_lists_and_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = raw_plan(tmp_path)
    phase = data["phases"][0]  # type: ignore[index]
    too_many = dict(data, phases=[dict(phase, id=f"p{i}", prescriptions=[])
                                  for i in range(MAX_PHASES + 1)])
    rx = phase["prescriptions"][0]
    crowded = dict(data, phases=[dict(phase, prescriptions=[
        dict(rx, id=f"rx{i}") for i in range(MAX_PRESCRIPTIONS + 1)])])
    for bad in (too_many, crowded, dict(data, id=""), dict(data, id="x" * 81),
                dict(data, id="ab\x1b[2Jcd"), dict(data, id="ab\u202ecd")):
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad))
        code, _, err = run(capsys, "check", str(path))
        one_line_error(code, err)
        assert "\x1b" not in err and "\u202e" not in err


@pytest.mark.parametrize("backend", BACKENDS)
def test_plan_ids_are_checked_the_same_on_every_database(
        backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = backend_url(backend, tmp_path)
    plan_file = new_plan(tmp_path)
    assert main(["--db", url, "db", "import", str(plan_file)]) == 0
    capsys.readouterr()
    for bad in ("", "x" * 2000, "abc\x00def", "abc\x1b[31mdef", "abc\u202edef"):
        for args in (["export", bad, "-o", str(tmp_path / "out.json")], ["history", bad],
                     ["archive", bad], ["restore", bad]):
            code, _, err = run(capsys, "--db", url, "db", *args)
            one_line_error(code, err)
            assert "is not a plan id" in err
            assert "\x1b" not in err and "\x00" not in err and "\u202e" not in err


def test_show_and_db_list_escape_terminal_controls(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = raw_plan(tmp_path)
    data["procedure"] = "Fusion\x1b[2J\x1b]0;owned\x07 \u202eevil"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "\\x1b[2J" in out and "\\u202e" in out
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["--db", url, "db", "import", str(path)]) == 0
    code, out, _ = run(capsys, "--db", url, "db", "list")
    assert code == 0 and "\\x1b]0;owned\\x07" in out and "\x1b" not in out


def test_shown_keeps_ordinary_text() -> None:
    assert shown("José Núñez — 山田 — محمد") == "José Núñez — 山田 — محمد"
    assert shown("a\tb\x00c\u200bd\u2028") == "a\\x09b\\x00c\\u200bd\\u2028"


def test_db_list_survives_a_damaged_time(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["--db", url, "db", "import", str(new_plan(tmp_path))]) == 0
    with sqlite3.connect(tmp_path / "db.sqlite3") as conn:
        conn.execute("UPDATE plans SET updated = 'garbage', archived_at = NULL")
        conn.execute("UPDATE revisions SET saved_at = '2026-13-45 99:99'")
        conn.execute("UPDATE plans SET surgery_date = 'garbage'")
        conn.execute("UPDATE patients SET date_of_birth = '1990-99-99'")
    capsys.readouterr()
    code, out, err = run(capsys, "--db", url, "db", "list")
    assert code == 0, err
    assert "1970-01-01" in out and "Ann Lee" in out
    code, out, err = run(capsys, "--db", url, "db", "list", "--json")
    assert code == 0 and json.loads(out)[0]["patient"] == "Ann Lee"
    plan_id = json.loads(out)[0]["plan_id"]
    code, out, err = run(capsys, "--db", url, "db", "history", plan_id)
    assert code == 0 and "Revision 1" in out


def test_a_database_path_that_is_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "sqlite:////dev/zero", "db", "list")
    one_line_error(code, err)


def test_backup_checks_free_space_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["--db", url, "db", "import", str(new_plan(tmp_path))]) == 0
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage._replace(free=4096))
    code, _, err = run(capsys, "--db", url, "db", "backup", "-o", str(out_dir / "b.sqlite3"))
    one_line_error(code, err)
    assert "not enough free space" in err
    assert list(out_dir.iterdir()) == []


def test_backup_under_a_file_size_limit_leaves_nothing(tmp_path: Path) -> None:
    """A real process with RLIMIT_FSIZE below the database's size: one line, no partial file."""
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    with PatientDatabase.open(url) as db:
        plan = load_plan(new_plan(tmp_path))
        for i in range(40):  # about half a megabyte of revisions
            db.save_plan(plan.model_copy(update={"main_message": f"Version {i}. " * 30}),
                         by="Kim", expected_revision=db.latest_revision(plan.id))
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))\n"
        "from rehab_planner.cli import main\n"
        f"sys.exit(main(['--db', {url!r}, 'db', 'backup', '-o', {str(out_dir / 'b.sqlite3')!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "backup could not be written" in result.stderr
    assert list(out_dir.iterdir()) == []  # no partial copy, no journal


def test_render_stops_at_the_page_cap(tmp_path: Path) -> None:
    from rehab_planner.errors import RenderError

    plan = load_plan(new_plan(tmp_path))
    first = plan.phases[0]
    rx = first.prescriptions[0]
    long_note = "Keep your back straight and breathe out as you push. " * 10
    phases = [first.model_copy(update={
        "id": f"p{i}", "name": f"Part {i}", "weeks_from": i, "weeks_to": i + 1,
        "prescriptions": [rx.model_copy(update={"id": f"r{i}-{j}", "note": long_note})
                          for j in range(MAX_PRESCRIPTIONS)]}) for i in range(4)]
    big = Plan.model_validate(json.loads(plan_to_json(plan.model_copy(update={"phases": phases}))))
    with pytest.raises(RenderError, match=f"longer than {MAX_PAGES} pages"):
        render_handout(big, HandoutOptions(accept_findings=True, whole_program=True))
