"""Install figures: wheel build and install time, the bundle's size and its start-to-window time
beside the source checkout's, measured in the same run.

Run: .venv/bin/python bench/install_bench.py   (build the bundle first with scripts/build-bundle.sh
to include it). Prints figures; never fails a build.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "rehab-planner" / "rehab-planner"


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def start_to_window(cmd: list[str], cwd: Path, env: dict[str, str], runs: int = 5) -> float:
    return statistics.median(timed([*cmd, "app", "--smoke-test"], cwd, env) for _ in range(runs))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REHAB_PLANNER_DATA": str(base / "data")}
        build = timed([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "dist"),
                       str(ROOT)], base, env)
        wheel = next((base / "dist").glob("*.whl"))
        print(f"wheel build: {build:.1f} s, {wheel.stat().st_size / 1e6:.1f} MB")
        venv.create(base / "venv", with_pip=True)
        install = timed([str(base / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                        base, env)
        print(f"wheel install into a fresh venv (pip cache warm): {install:.1f} s, "
              f"venv {folder_size(base / 'venv') / 1e6:.0f} MB")
        source = start_to_window([sys.executable, "-m", "rehab_planner"], base, env)
        installed = start_to_window([str(base / "venv" / "bin" / "rehab-planner")], base, env)
        print(f"start to window, median of 5: source {source:.2f} s, installed wheel {installed:.2f} s")
        script = statistics.median(timed([str(ROOT / "scripts" / "run-app.sh"), "--smoke-test"], base, env)
                                   for _ in range(5))
        print(f"scripts/run-app.sh when set up (stamp current): {script:.2f} s "
              f"({script - source:+.2f} s beside the source start)")
        if BUNDLE.exists():
            bundle = start_to_window([str(BUNDLE)], base, env)
            print(f"bundle: {folder_size(BUNDLE.parent) / 1e6:.0f} MB, start to window {bundle:.2f} s "
                  f"({bundle / source:.2f}x the source start)")
        else:
            print("bundle: not built (scripts/build-bundle.sh)")


if __name__ == "__main__":
    main()
