"""Large inputs for the benches (issue 17, goal 5): a 10,000-exercise library and a 100-exercise plan.

Core only (no Qt), so the CLI and GUI benches share it.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import yaml

from rehab_planner.library import Library, load_library
from rehab_planner.model import Patient, Plan
from rehab_planner.plans.edits import add_prescription
from rehab_planner.safety.acknowledge import needs_confirmation
from rehab_planner.safety.check import check_plan
from rehab_planner.templates.loader import instantiate, load_templates

LIBRARY_SIZE = 10_000
PLAN_SIZE = 100
FILE_SIZE = 500  # exercises a custom file holds (a data file may not pass 4 MB)
WORDS = ["gentle", "seated", "standing", "slow", "band", "wall", "mini", "long", "side", "deep"]


def generated_library(n: int) -> Library:
    """n exercises made from the shipped ones, with varied names."""
    base = list(load_library(include_custom=False))
    exercises = {}
    for i in range(n):
        src = base[i % len(base)]
        eid = f"{src.id}-{i}"
        name = f"{src.name} {WORDS[i % len(WORDS)]} {i}"[:80]
        exercises[eid] = src.model_copy(update={"id": eid, "name": name, "progressions": [],
                                                "regressions": [], "photo": None})
    return Library(exercises)


def write_large_library(data_folder: Path, n: int = LIBRARY_SIZE) -> None:
    """n custom exercises in the user data folder (files of FILE_SIZE), beside the shipped ones."""
    folder = data_folder / "custom-exercises"
    folder.mkdir(parents=True, exist_ok=True)
    exercises = list(generated_library(n))
    for start in range(0, n, FILE_SIZE):
        entries = [e.model_dump(mode="json", exclude_defaults=True) | {"custom": True}
                   for e in exercises[start:start + FILE_SIZE]]
        text = yaml.safe_dump({"schema_version": 1, "exercises": entries}, sort_keys=False,
                              allow_unicode=True)
        (folder / f"bench-{start // FILE_SIZE:03d}.yaml").write_text(text, encoding="utf-8")


def large_plan(total: int = PLAN_SIZE, template_id: str = "lumbar-fusion") -> Plan:
    """A plan from a template with `total` exercises spread over its phases, none of them in
    conflict with its precautions (so the handout still prints)."""
    library = load_library(include_custom=False)
    template = load_templates()[template_id]
    plan = instantiate(template, Patient(name="Bench Patient"), dt.date(2026, 11, 2))
    have = sum(len(phase.prescriptions) for phase in plan.phases)
    per_phase = math.ceil((total - have) / len(plan.phases))
    for phase in plan.phases:
        added = 0
        for exercise in library:
            if added == per_phase or have == total:
                break
            candidate, _ = add_prescription(plan, phase.id, exercise.id)
            if not needs_confirmation(check_plan(candidate, library)):
                plan, added, have = candidate, added + 1, have + 1
    return plan


def profile_render(plan: Plan, top: int = 20) -> str:
    """cProfile of the plan's handout render (cards already kept, as after an edit), up to the
    middle page and whole: the `top` items by cumulative time, as text (issue 17, goal 3)."""
    import cProfile
    import io
    import pstats

    from rehab_planner.handout import HandoutOptions, load_content, render_handout

    content = load_content()
    printed = dt.date(2026, 11, 20)
    pages = render_handout(plan, HandoutOptions(printed_on=printed), content=content).pages
    out = []
    for title, options in (
            (f"up to page {pages // 2 + 1} of {pages}",
             HandoutOptions(printed_on=printed, stop_after_page=pages // 2 + 1, pages_hint=pages)),
            (f"whole, {pages} pages", HandoutOptions(printed_on=printed))):
        render_handout(plan, options, content=content)  # its cards kept, as after an edit
        profile = cProfile.Profile()
        profile.enable()
        render_handout(plan, options, content=content)
        profile.disable()
        text = io.StringIO()
        pstats.Stats(profile, stream=text).strip_dirs().sort_stats("cumulative").print_stats(top)
        lines = [line for line in text.getvalue().splitlines() if line.strip()]
        count = sum(len(phase.prescriptions) for phase in plan.phases)
        out.append(f"profile of the {count}-exercise plan's handout (this week's stage), {title}:")
        out += [f"  {line}" for line in lines[-(top + 1):]]
    return "\n".join(out)
