"""The real install: build the wheel from the sdist, install it into a fresh virtual environment
outside the checkout, and use it from another folder as a clinic would.

This proves the package carries its data (exercises, figures, resources, fonts) and finds it through
importlib.resources, not beside a source checkout. Building and installing takes a minute or so; set
REHAB_SKIP_INSTALL_TEST=1 to skip it while working on something else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.library import Library
from tests.conftest import REAL_HOME

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(os.environ.get("REHAB_SKIP_INSTALL_TEST")), reason="REHAB_SKIP_INSTALL_TEST"),
]


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 600
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    if REAL_HOME:
        env.setdefault("PIP_CACHE_DIR", str(Path(REAL_HOME) / ".cache" / "pip"))
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built (by `python -m build`) from the sdist of this checkout."""
    dist = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], dist, _clean_env())
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1 and list(dist.glob("*.tar.gz")), list(dist.iterdir())
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, wheel: Path
              ) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """(the installed program, a working folder outside the checkout, the environment to run it in)."""
    base = tmp_path_factory.mktemp("install")
    env = _clean_env()
    wheels = [wheel]
    target = base / "venv"
    venv.create(target, with_pip=True)
    pip = _run([str(target / "bin" / "python"), "-m", "pip", "install", "-q", str(wheels[0])], base, env)
    assert pip.returncode == 0, pip.stderr[-3000:]
    work = base / "elsewhere"
    work.mkdir()
    env["REHAB_PLANNER_DATA"] = str(base / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    yield target / "bin" / "rehab-planner", work, env


def test_the_package_is_not_imported_from_the_checkout(installed: tuple[Path, Path, dict[str, str]]) -> None:
    program, work, env = installed
    python = program.parent / "python"
    out = _run([str(python), "-c", "import rehab_planner, rehab_planner.paths as p; "
                "print(rehab_planner.__file__); print(p.exercises_dir()); print(p.fonts_dir())"], work, env)
    assert out.returncode == 0, out.stderr
    for line in out.stdout.splitlines():
        assert str(ROOT) not in line
        assert "site-packages" in line


def test_every_command_works_from_another_folder(installed: tuple[Path, Path, dict[str, str]],
                                                 library: Library) -> None:
    program, work, env = installed
    rp = str(program)
    listed = _run([rp, "library", "list", "--json"], work, env)
    assert listed.returncode == 0, listed.stderr
    assert {e["id"] for e in json.loads(listed.stdout)} == {e.id for e in library}
    templates = _run([rp, "templates"], work, env)
    assert templates.returncode == 0 and "lumbar-fusion" in templates.stdout, templates.stderr
    new = _run([rp, "new", "--template", "lumbar-fusion", "--patient", "Test Patient",
                "--surgery-date", "2026-11-02", "-o", "plan.json"], work, env)
    assert new.returncode == 0, new.stderr
    check = _run([rp, "check", "plan.json"], work, env)
    assert check.returncode in (0, 1), check.stderr
    assert "Traceback" not in check.stderr
    render = _run([rp, "render", "plan.json", "-o", "handout.pdf"], work, env)
    assert render.returncode == 0, render.stderr
    reader = PdfReader(work / "handout.pdf")
    text = "".join(page.extract_text() for page in reader.pages[:3])
    assert "Test Patient" in text
    fonts = {str(f.get_object().get("/BaseFont")) for p in reader.pages[:1]
             for f in p["/Resources"]["/Font"].values()}
    assert any("DejaVu" in f for f in fonts), fonts
    figure = _run([rp, "figure", "heel-slide", "-o", "heel-slide.svg"], work, env)
    assert figure.returncode == 0, figure.stderr
    assert "<svg" in (work / "heel-slide.svg").read_text()


def test_the_window_starts_and_quits(installed: tuple[Path, Path, dict[str, str]]) -> None:
    program, work, env = installed
    started = _run([str(program), "app", "--smoke-test"], work, env, timeout=120)
    assert started.returncode == 0, started.stderr
    assert "window shown" in started.stdout


def test_version_and_help_need_no_display(installed: tuple[Path, Path, dict[str, str]]) -> None:
    program, work, env = installed
    bare = {k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    version = _run([str(program), "--version"], work, bare)
    assert version.returncode == 0 and version.stdout.startswith("rehab-planner ")
    helped = _run([str(program)], work, bare, timeout=60)
    assert helped.returncode == 0 and "COMMAND" in helped.stdout
    app = _run([str(program), "app"], work, bare, timeout=60)
    assert app.returncode == 2
    assert app.stderr.strip().splitlines() == [
        "rehab-planner: error: no display found: run on a desktop, or set QT_QPA_PLATFORM=offscreen "
        "for a headless check"]


def test_the_data_is_read_from_a_zipped_package(wheel: Path, tmp_path: Path) -> None:
    """A zip-safe install (the wheel itself on sys.path) unpacks its data once into the user's cache."""
    env = {**_clean_env(), "PYTHONPATH": str(wheel), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "REHAB_PLANNER_DATA": str(tmp_path / "data")}
    code = ("import rehab_planner, rehab_planner.paths as p\n"
            "from rehab_planner.library import load_library\n"
            "from rehab_planner.templates.loader import load_templates\n"
            "print(rehab_planner.__file__)\n"
            "print(p.exercises_dir())\n"
            "print(len(load_library(include_custom=False)), len(load_templates()))\n")
    out = _run([sys.executable, "-c", code], tmp_path, env)
    assert out.returncode == 0, out.stderr[-3000:]
    module, folder, counts = out.stdout.strip().splitlines()
    assert module.startswith(str(wheel))
    assert folder.startswith(str(tmp_path / "cache"))
    exercises, templates = map(int, counts.split())
    assert exercises > 100 and templates >= 7
