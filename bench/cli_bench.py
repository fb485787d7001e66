"""Command-line start-up: each command beside its baseline (`python -c pass` plus pydantic's import),
measured in the same run, as a ratio (goal: --help, --version, templates, show <= 3x).

Run: .venv/bin/python bench/cli_bench.py [--scale]   (prints figures; never fails a build)

Every command runs with its bytecode cached (in a temporary folder) as an installed app has it (pip
compiles a package when it installs it), and with the parse cache (storage.parse_cache) filled by
the first run, as after the app's first start; one line shows `library list` with it empty.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_seconds(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    """The median wall-clock time of RUNS runs (their median CPU time goes to CPU[args])."""
    times, cpu = [], []
    for _ in range(RUNS):
        started, used = time.perf_counter(), _children_cpu()
        subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        cpu.append(_children_cpu() - used)
    CPU[" ".join(args)] = statistics.median(cpu)
    return statistics.median(times)


CPU: dict[str, float] = {}  # CPU seconds (user + system) of the last median_seconds of each command


def line(name: str, seconds: float, baseline: float, args: list[str], note: str = "") -> None:
    """One command's figures: wall clock and CPU time, each beside the baseline's."""
    cpu, base_cpu = CPU[" ".join(args)], CPU["-c from pydantic import BaseModel"]
    print(f"{name:14} {seconds * 1000:6.0f} ms  {seconds / baseline:4.1f}x baseline; CPU "
          f"{cpu * 1000:4.0f} ms  {cpu / base_cpu:4.1f}x{'  (' + note + ')' if note else ''}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "REHAB_PLANNER_DATA": str(work / "data"),
               "PYTHONPYCACHEPREFIX": str(work / "pycache"), "XDG_CACHE_HOME": str(work / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "rehab_planner", "new", "--template", "lumbar-fusion",
                        "--patient", "Bench Patient", "--surgery-date", "2026-11-02", "-o", "plan.json"],
                       cwd=work, env=env, capture_output=True, check=True)
        bare = median_seconds(["-c", "pass"], work, env)
        baseline = median_seconds(["-c", "from pydantic import BaseModel"], work, env)
        print(f"baseline: python -c pass {bare * 1000:.0f} ms; with pydantic's import "
              f"{baseline * 1000:.0f} ms, CPU {CPU['-c from pydantic import BaseModel'] * 1000:.0f} ms "
              f"(median of {RUNS})")
        commands = {
            "--help": ["--help"],
            "--version": ["--version"],
            "templates": ["templates"],
            "show": ["show", "plan.json"],
            "library list": ["library", "list"],
            "check": ["check", "plan.json"],
            "render": ["render", "plan.json", "-o", "handout.pdf"],
        }
        for name, args in commands.items():
            seconds = median_seconds(["-m", "rehab_planner", *args], work, env)
            line(name, seconds, baseline, ["-m", "rehab_planner", *args])
        cold, cold_cpu = [], []
        for _run in range(RUNS):
            shutil.rmtree(work / "cache", ignore_errors=True)
            started, used = time.perf_counter(), _children_cpu()
            subprocess.run([sys.executable, "-m", "rehab_planner", "library", "list"], cwd=work,
                           env=env, capture_output=True, check=False)
            cold.append(time.perf_counter() - started)
            cold_cpu.append(_children_cpu() - used)
        CPU["cold library list"] = statistics.median(cold_cpu)
        line("library list", statistics.median(cold), baseline, ["cold", "library", "list"],
             "first run: the parse cache empty")
        subprocess.run([sys.executable, "-m", "rehab_planner", "db", "import", "plan.json"], cwd=work,
                       env=env, capture_output=True, check=True)
        seconds = median_seconds(["-m", "rehab_planner", "templates"], work, env)
        line("templates (db)", seconds, baseline, ["-m", "rehab_planner", "templates"],
             "with a private patient database to read clinic templates from")
        if "--scale" in sys.argv:
            scale(work, env, baseline)


def scale(work: Path, env: dict[str, str], baseline: float) -> None:
    """show with a 100-exercise plan; library list and show with 10,000 custom exercises."""
    from scale import LIBRARY_SIZE, PLAN_SIZE, large_plan, write_large_library

    from rehab_planner.storage.planfile import save_plan

    save_plan(large_plan(), work / "large.json")
    seconds = median_seconds(["-m", "rehab_planner", "show", "large.json"], work, env)
    line("show", seconds, baseline, ["-m", "rehab_planner", "show", "large.json"],
         f"{PLAN_SIZE}-exercise plan")
    # In a data folder of their own, without the patient database made above (opening it costs
    # more than the library), each beside the same command with the shipped library alone.
    small = {**env, "REHAB_PLANNER_DATA": str(work / "small-data")}
    large = {**env, "REHAB_PLANNER_DATA": str(work / "large-data")}
    write_large_library(work / "large-data")
    for folder_env in (small, large):  # fill the parse cache, as a first start does
        subprocess.run([sys.executable, "-m", "rehab_planner", "library", "list"], cwd=work,
                       env=folder_env, capture_output=True, check=False)
    for name, args in (("library list", ["library", "list"]), ("show", ["show", "plan.json"])):
        shipped = median_seconds(["-m", "rehab_planner", *args], work, small)
        seconds = median_seconds(["-m", "rehab_planner", *args], work, large)
        line(name, seconds, baseline, ["-m", "rehab_planner", *args],
             f"{LIBRARY_SIZE:,} custom exercises besides the shipped ones; "
             f"{seconds / shipped:.1f}x the {shipped * 1000:.0f} ms with the shipped ones alone")


if __name__ == "__main__":
    main()
