"""Benchmark the Spanish handout: translating the content, and the render beside English.

Run: .venv/bin/python bench/language_bench.py [--runs N]
Prints figures; never fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.handout_bench import lumbar_plan
from rehab_planner.handout import HandoutOptions, load_content, render_handout
from rehab_planner.handout.language import content_in


def main() -> None:
    """Print the medians."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    content = load_content()
    plan = lumbar_plan()
    translate = []
    for _ in range(args.runs):
        start = time.perf_counter()
        content_in(content, plan, "es")
        translate.append(time.perf_counter() - start)
    print(f"translate the content for one Spanish render: median "
          f"{statistics.median(translate) * 1000:.0f} ms")
    printed = dt.date(2026, 11, 3)
    for language in ("en", "es"):
        options = HandoutOptions(printed_on=printed, whole_program=True, language=language)
        times, pages = [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            result = render_handout(plan, options, content=content)
            times.append(time.perf_counter() - start)
            pages = result.pages
        print(f"lumbar-fusion handout, whole program, {language}: median "
              f"{statistics.median(times):.2f} s, {pages} pages")


if __name__ == "__main__":
    main()
