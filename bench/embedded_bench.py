"""Benchmark of plans that carry their custom exercises: plan file size, save (embed) and open
(use the carried copies) time, with 1, 10 and 30 custom exercises each with a 1600-pixel photo.

Prints figures; never fails. Run: .venv/bin/python bench/embedded_bench.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Print the figures (in a throwaway data folder)."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["REHAB_PLANNER_DATA"] = str(Path(home) / "here")
        _run(Path(home))


def _run(home: Path) -> None:
    from PIL import Image

    from rehab_planner import paths
    from rehab_planner.library import load_library
    from rehab_planner.library.custom import save_custom_exercise
    from rehab_planner.library.embedded import embed_custom_exercises, library_for_plan
    from rehab_planner.model import Exercise, Patient, Prescription
    from rehab_planner.storage.planfile import load_plan, save_plan
    from rehab_planner.templates import instantiate, load_templates

    template = load_templates()["total-knee-replacement"]
    rng = random.Random(1)
    for count in (1, 10, 30):
        for i in range(count):
            eid = f"custom-bench-{count}-{i}"
            save_custom_exercise(Exercise.model_validate({
                "id": eid, "name": f"Bench exercise {i}", "region": "knee",
                "category": "strengthening", "position": "sitting",
                "steps": ["Sit up tall.", "Straighten your knee."], "custom": True,
                "dosage": {"reps": 10, "times_a_day": 2},
                "photo": f"{eid}.jpg"}))
            noise = bytes(rng.getrandbits(8) for _ in range(160 * 120 * 3))
            Image.frombytes("RGB", (160, 120), noise).resize((1600, 1200)).save(
                paths.custom_exercises_dir() / f"{eid}.jpg", quality=90)
        library = load_library()
        plan = instantiate(template, Patient(name="Bench"), dt.date(2026, 3, 2))
        for i in range(count):
            plan.phases[i % len(plan.phases)].prescriptions.append(
                Prescription(exercise_id=f"custom-bench-{count}-{i}"))
        target = home / f"plan-{count}.json"
        saves, opens = [], []
        for _ in range(3):
            start = time.perf_counter()
            embedded = embed_custom_exercises(plan, library)
            save_plan(embedded.plan, target)
            saves.append(time.perf_counter() - start)
        carried = sum(e.photo is not None for e in embedded.plan.custom_exercises)
        os.environ["REHAB_PLANNER_DATA"] = str(home / f"elsewhere-{count}")
        bare = load_library()
        for _ in range(3):
            start = time.perf_counter()
            library_for_plan(bare, load_plan(target))
            opens.append(time.perf_counter() - start)
        os.environ["REHAB_PLANNER_DATA"] = str(home / "here")
        print(f"{count:>2} custom exercises: plan file {target.stat().st_size / 1024:,.0f} KB, "
              f"{carried} photos carried; save {statistics.median(saves) * 1000:.0f} ms, "
              f"open elsewhere {statistics.median(opens) * 1000:.0f} ms (median of 3)")


if __name__ == "__main__":
    main()
