"""Benchmark of the core library: load time and search time per keystroke at 10,000 exercises.

Prints figures; never fails. Run: .venv/bin/python bench/library_bench.py
"""

from __future__ import annotations

import statistics
import time

from rehab_planner.library import Library, Query, load_library
from rehab_planner.library.search import SearchIndex, search
from rehab_planner.model import Exercise

WORDS = ["gentle", "seated", "standing", "slow", "band", "wall", "mini", "long", "side", "deep"]
TYPED = "knee slide"


def generated(n: int, base: Library) -> list[Exercise]:
    """n exercises made from the shipped ones, with varied names."""
    shipped = list(base)
    out = []
    for i in range(n):
        src = shipped[i % len(shipped)]
        out.append(src.model_copy(update={"id": f"{src.id}-{i}",
                                          "name": f"{src.name} {WORDS[i % 10]} {i}"[:80]}))
    return out


def typing(index: SearchIndex, runs: int = 5) -> list[float]:
    """Milliseconds per keystroke typing TYPED letter by letter, then clearing the box."""
    times = []
    for _ in range(runs):
        for i in range(1, len(TYPED) + 1):
            start = time.perf_counter()
            index.search_ids(Query(text=TYPED[:i]))
            times.append((time.perf_counter() - start) * 1000)
        index.search_ids(Query())
    return times


def main() -> None:
    """Print the figures."""
    start = time.perf_counter()
    library = load_library(include_custom=False)
    print(f"load shipped library ({len(library)} exercises): "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")
    exercises = generated(10_000, library)
    start = time.perf_counter()
    index = SearchIndex(exercises)
    print(f"index 10,000 exercises: {(time.perf_counter() - start) * 1000:.1f} ms")
    cold = []
    for _ in range(5):
        fresh = SearchIndex(exercises, remembered=1)
        start = time.perf_counter()
        fresh.search_ids(Query(text="k"))
        cold.append((time.perf_counter() - start) * 1000)
    print(f"first letter 'k' over all 10,000 (nothing to narrow from): "
          f"median {statistics.median(cold):.2f} ms")
    times = typing(index)
    print(f"search per keystroke at 10,000 (narrowing): median {statistics.median(times):.2f} ms, "
          f"max {max(times):.2f} ms (target < 16 ms with the list view)")
    start = time.perf_counter()
    search(exercises, Query(text=TYPED))
    print(f"one-off search() without an index: {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
