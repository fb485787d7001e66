"""Benchmark the exercise figures: every library figure to SVG, reportlab drawings and 64-px PNGs.

Run: .venv/bin/python bench/figures_bench.py [--runs N]
Prints the best of N runs for each stage, in total and per figure; never fails.
Rendering (spec to primitives) is timed on its own and inside each backend's time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.units import cm

from rehab_planner.figures.raster import picture_png
from rehab_planner.figures.render import render_exercise
from rehab_planner.figures.reportlab_backend import picture_drawing
from rehab_planner.figures.svg import picture_svg
from rehab_planner.library import load_library
from rehab_planner.model import Exercise


def _best(runs: int, job: Callable[[], object]) -> float:
    """The fastest of `runs` timings of job(), in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Time each stage over the whole library and print totals and per-figure means."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="repeat each stage, keep the best")
    args = parser.parse_args()
    exercises: list[Exercise] = list(load_library(include_custom=False))
    count = len(exercises)
    stages: dict[str, Callable[[], object]] = {
        "render (spec -> primitives)": lambda: [render_exercise(e) for e in exercises],
        "SVG (480 px)": lambda: [picture_svg(render_exercise(e), 480) for e in exercises],
        "reportlab drawing (4 cm)": lambda: [
            picture_drawing(render_exercise(e), 4 * cm) for e in exercises
        ],
        "PNG thumbnail (64 px)": lambda: [picture_png(render_exercise(e), 64) for e in exercises],
    }
    try:  # picture-text constraints and the review sheet (issue 13)
        from rehab_planner.figures.checks import check
        from rehab_planner.figures.sheet import contact_sheet

        stages["constraints (measure all)"] = lambda: [check(e.figure) for e in exercises if e.figure]
        stages["review sheet (PDF)"] = lambda: contact_sheet(exercises)
    except ImportError:  # an older tree without them
        pass
    print(f"{count} figures, best of {args.runs} runs")
    for name, job in stages.items():
        total = _best(args.runs, job)
        print(f"  {name:30s} {total * 1000:8.1f} ms total  {total / count * 1000:6.2f} ms/figure")


if __name__ == "__main__":
    main()
