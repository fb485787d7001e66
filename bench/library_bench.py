"""Benchmark of the core library: load time and search time per keystroke at 10,000 exercises.

Prints figures; never fails. Run: .venv/bin/python bench/library_bench.py
"""

from __future__ import annotations

import statistics
import time

from rehab_planner.library import Library, Query, load_library
from rehab_planner.library.search import haystack, search

WORDS = ["gentle", "seated", "standing", "slow", "band", "wall", "mini", "long", "side", "deep"]


def generated(n: int, base: Library) -> list:  # type: ignore[type-arg]
    """n exercises made from the shipped ones, with varied names."""
    shipped = list(base)
    out = []
    for i in range(n):
        src = shipped[i % len(shipped)]
        out.append(src.model_copy(update={"id": f"{src.id}-{i}",
                                          "name": f"{src.name} {WORDS[i % 10]} {i}"[:80]}))
    return out


def main() -> None:
    """Print the figures."""
    start = time.perf_counter()
    library = load_library(include_custom=False)
    print(f"load shipped library ({len(library)} exercises): "
          f"{(time.perf_counter() - start) * 1000:.1f} ms")
    exercises = generated(10_000, library)
    start = time.perf_counter()
    index = {e.id: haystack(e) for e in exercises}
    print(f"index 10,000 exercises: {(time.perf_counter() - start) * 1000:.1f} ms")
    typed = "knee slide"
    times = []
    for _ in range(5):
        for i in range(1, len(typed) + 1):
            start = time.perf_counter()
            search(exercises, Query(text=typed[:i]), index=index)
            times.append((time.perf_counter() - start) * 1000)
    print(f"search per keystroke at 10,000: median {statistics.median(times):.2f} ms, "
          f"max {max(times):.2f} ms (target < 16 ms with the list view)")


if __name__ == "__main__":
    main()
