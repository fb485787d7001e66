"""A newcomer's command line: global options anywhere, --version, an empty library, no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rehab_planner import paths
from rehab_planner.cli import hoist_global_options, main


def test_global_options_are_accepted_after_the_command(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    plan = tmp_path / "plan.json"
    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee",
                 "--surgery-date", "2026-11-02", "-o", str(plan)]) == 0
    assert main(["db", "import", str(plan), "--db", url]) == 0
    capsys.readouterr()
    assert main(["db", "list", f"--db={url}", "--json"]) == 0
    assert "Ann Lee" in capsys.readouterr().out
    assert main(["db", "list", "--json"]) == 0
    assert "Ann Lee" not in capsys.readouterr().out


def test_hoisting_keeps_everything_else_in_order() -> None:
    assert hoist_global_options(["db", "list", "--search", "x", "--db", "URL", "-v"]) == [
        "--db", "URL", "-v", "db", "list", "--search", "x"]
    assert hoist_global_options(["show", "--", "--db"]) == ["show", "--", "--db"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("rehab-planner 0.")


@pytest.mark.parametrize("folder_state", ["empty", "missing"])
def test_an_empty_or_missing_library_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 folder_state: str) -> None:
    folder = tmp_path / "exercises"
    if folder_state == "empty":
        folder.mkdir()
    monkeypatch.setenv("REHAB_EXERCISES_DIR", str(folder))
    assert main(["library", "list"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "exercise library is missing or empty" in err[0]


def test_shipped_data_is_found_through_the_package() -> None:
    assert (paths.exercises_dir() / "figures").is_dir()
    assert (paths.resources_dir() / "precautions.yaml").is_file()
    assert (paths.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert paths.icon("rehab-planner").is_file()


def _no_display_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}


def test_bare_command_with_no_display_prints_help_instead_of_hanging() -> None:
    done = subprocess.run([sys.executable, "-m", "rehab_planner"], env=_no_display_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "COMMAND" in done.stdout and "app" in done.stdout


def test_the_app_with_no_display_says_so_in_one_line() -> None:
    done = subprocess.run([sys.executable, "-m", "rehab_planner", "app"], env=_no_display_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "rehab-planner: error: no display found: run on a desktop, or set QT_QPA_PLATFORM=offscreen "
        "for a headless check"]


def test_the_app_starts_offscreen_quietly() -> None:
    done = subprocess.run([sys.executable, "-m", "rehab_planner", "app", "--smoke-test"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stdout
    assert "INFO" not in done.stderr and "alembic" not in done.stderr
