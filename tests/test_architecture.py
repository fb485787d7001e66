"""The house keeps its shape: the core never loads Qt; only handout and figures load reportlab."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys

import rehab_planner

CORE_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(rehab_planner.__path__, "rehab_planner.")
    if not m.name.startswith("rehab_planner.gui")
    and "migrations" not in m.name
    and not m.name.endswith("__main__")
)
REPORTLAB_ALLOWED = ("rehab_planner.handout", "rehab_planner.figures")


def _loaded_after_import(module: str) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "print('\\n'.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_there_are_core_modules() -> None:
    assert "rehab_planner.model.plan" in CORE_MODULES
    assert "rehab_planner.library.loader" in CORE_MODULES


def test_no_core_module_loads_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'PySide6' in sys.modules:\n"
        "        print(name); break\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{out.stdout.strip()} loads PySide6"


def test_model_loads_neither_qt_nor_reportlab() -> None:
    loaded = _loaded_after_import("rehab_planner.model")
    assert "PySide6" not in loaded
    assert "reportlab" not in loaded


def test_reportlab_only_in_handout_and_figures() -> None:
    offenders = []
    for name in CORE_MODULES:
        if name.startswith(REPORTLAB_ALLOWED):
            continue
        source = pkgutil.get_loader(name)
        path = getattr(source, "path", None)
        if not path:
            continue
        with open(path, encoding="utf-8") as handle:
            source_text = handle.read()
        if "import reportlab" in source_text or "from reportlab" in source_text:
            offenders.append(name)
    assert offenders == []


def test_the_app_starts_without_loading_the_database_libraries() -> None:
    """SQLAlchemy and Alembic load on a worker thread (the one loading the other panels, or the one
    opening the patient database), and QtCharts when the outcomes dialog first opens, so the window
    shows sooner (bench/gui_bench.py)."""
    code = (
        "import sys\n"
        "from rehab_planner.gui.app import create_application\n"
        "app = create_application([])\n"
        "from rehab_planner.gui.main_window import MainWindow\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6.QtCharts') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
