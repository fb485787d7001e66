"""The command line loads only what the command being run needs (issue: every command took 1 s)."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehab_planner.cli import COMMANDS, command_name

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6")


def test_the_command_table_matches_what_the_modules_register() -> None:
    registered: dict[str, tuple[str, str | None]] = {}
    for module_name in sorted({module for module, _ in COMMANDS.values()}):
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"rehab_planner.cli.{module_name}").register(sub)
        helps = {action.dest: action.help for action in sub._choices_actions}
        for name in sub.choices:
            registered[name] = (module_name, helps.get(name))
    assert registered == {name: (module, summary) for name, (module, summary) in COMMANDS.items()}


def test_the_command_name_is_found_after_global_options() -> None:
    assert command_name(["--db", "sqlite:///x", "-v", "show", "plan.json"]) == "show"
    assert command_name(["--version"]) is None


def _modules_loaded_by(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    code = ("import sys, json\n"
            "from rehab_planner.cli import main\n"
            "try:\n"
            f"    code = main({args!r})\n"
            "except SystemExit as stop:\n"
            "    code = stop.code\n"
            f"print(json.dumps([code, sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))]))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          check=True)
    code_, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return code_, loaded


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["templates"], ["show", "plan.json"],
                                  ["library", "list", "--region", "knee"]])
def test_light_commands_load_no_database_pdf_or_qt_code(args: list[str], tmp_path: Path) -> None:
    from rehab_planner.cli import main

    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee", "--surgery-date",
                 "2026-11-02", "-o", str(tmp_path / "plan.json")]) == 0
    code, loaded = _modules_loaded_by(args, tmp_path)
    assert code in (0, None)
    assert loaded == []


def test_check_loads_no_pdf_or_qt_code(tmp_path: Path) -> None:
    from rehab_planner.cli import main

    assert main(["new", "--template", "lumbar-fusion", "--patient", "Ann Lee", "--surgery-date",
                 "2026-11-02", "-o", str(tmp_path / "plan.json")]) == 0
    code, loaded = _modules_loaded_by(["check", "plan.json"], tmp_path)
    assert code in (0, 1)
    assert not {"reportlab", "PySide6", "sqlalchemy"} & set(loaded)
