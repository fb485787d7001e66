"""Benchmark: how long check_plan takes on the lumbar-fusion plan and on a 100-exercise plan.

Run: .venv/bin/python bench/safety_bench.py
The GUI re-checks the plan on every edit, so the warm figure should stay well under 5 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable

from rehab_planner.library import Library, load_library
from rehab_planner.model import Patient, Phase, Plan, PrecautionSetting, Prescription
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.index import build_index
from rehab_planner.templates.loader import instantiate, load_templates


def timed(fn: Callable[[], object], repeat: int = 200) -> tuple[float, float]:
    """Median and best time of fn, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def big_plan(base: Plan, library: Library, count: int = 100) -> Plan:
    """The base plan with its exercises replaced by `count` library exercises over 4 phases."""
    ids = [e.id for e in library][:count]
    while len(ids) < count:
        ids += ids[: count - len(ids)]
    quarter = count // 4
    phases = [
        Phase(name=f"Phase {i + 1}", weeks_from=i * 6, weeks_to=(i + 1) * 6 if i < 3 else None,
              prescriptions=[Prescription(exercise_id=x, note="Go slow. Stop if it hurts.")
                             for x in ids[i * quarter:(i + 1) * quarter]])
        for i in range(4)
    ]
    return base.model_copy(update={"phases": phases})


def staged_plan(base: Plan) -> Plan:
    """The base plan with 24 orders: lift limits in 2-week stages, no bending by days, and weight
    bearing switched by a condition (as a surgeon's staged orders are entered)."""
    orders = [PrecautionSetting(id="lift-limit", weeks_from=w, weeks_to=w + 2,
                                params={"lift_limit_lb": min(w, 20)}) for w in range(0, 24, 2)]
    orders += [PrecautionSetting(id="no-bending", weeks_from=d / 7, weeks_to=(d + 7) / 7,
                                 unit="days") for d in range(0, 56, 7)]
    orders += [
        PrecautionSetting(id="wb-toe-touch", weeks_to=4, only_if=["graft-hamstring"]),
        PrecautionSetting(id="wb-partial", weeks_from=4, weeks_to=8, only_if=["graft-hamstring"]),
        PrecautionSetting(id="wb-as-tolerated", weeks_to=8, unless=["graft-hamstring"]),
        PrecautionSetting(id="no-twisting", weeks_to=12, wording="No twisting x 12/52"),
    ]
    return base.model_copy(update={"precautions": orders, "conditions": ["graft-hamstring"]})


def main() -> None:
    """Print the figures."""
    library = load_library(include_custom=False)
    catalogue = load_catalogue()
    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Bench"),
                       dt.date(2026, 3, 2))
    large = big_plan(plan, library)

    start = time.perf_counter()
    build_index(library)
    print(f"library index ({len(library)} exercises): "
          f"{(time.perf_counter() - start) * 1000:.2f} ms (once per library)")
    start = time.perf_counter()
    findings = check_plan(plan, library, catalogue)
    cold = (time.perf_counter() - start) * 1000
    print(f"first check, lumbar-fusion (cold caches): {cold:.2f} ms")

    rx_count = sum(len(p.prescriptions) for p in plan.phases)
    med, best = timed(lambda: check_plan(plan, library, catalogue))
    print(f"check lumbar-fusion plan ({rx_count} prescriptions, {len(findings)} findings): "
          f"median {med:.3f} ms, best {best:.3f} ms")
    big_findings = check_plan(large, library, catalogue)
    med, best = timed(lambda: check_plan(large, library, catalogue))
    print(f"check 100-exercise plan ({len(big_findings)} findings): "
          f"median {med:.3f} ms, best {best:.3f} ms")
    staged = staged_plan(large)
    staged_findings = check_plan(staged, library, catalogue)
    med, best = timed(lambda: check_plan(staged, library, catalogue))
    print(f"check 100-exercise plan with {len(staged.precautions)} staged and conditional orders "
          f"({len(staged_findings)} findings): median {med:.3f} ms, best {best:.3f} ms")


if __name__ == "__main__":
    main()
