"""Benchmark the handout render: the lumbar-fusion handout and a 100-exercise plan.

Run: .venv/bin/python bench/handout_bench.py [--runs N]
Prints figures; never fails. Target: lumbar-fusion handout in under 1 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehab_planner.handout import HandoutContent, HandoutOptions, load_content, render_handout
from rehab_planner.handout.card_cache import CARDS
from rehab_planner.model import Clinic, Patient, Phase, Plan, Prescription, Surgeon
from rehab_planner.templates.loader import instantiate, load_templates

SURGERY = dt.date(2026, 11, 2)


def lumbar_plan() -> Plan:
    """The lumbar-fusion template for one patient, with clinic and surgeon contacts."""
    plan = instantiate(load_templates()["lumbar-fusion"], Patient(name="Zoë Łukasiewicz"),
                       SURGERY, therapist="José Núñez, PT",
                       clinic=Clinic(name="Riverside PT", address="12 Mill Road",
                                     phone="(217) 555-0142"))
    plan.surgeon = Surgeon(name="Dr Ольга Иванова", phone="(217) 555-0199")
    return plan


def big_plan(content: HandoutContent, count: int = 100) -> Plan:
    """A plan of `count` library exercises in four phases (ids repeat if the library is small)."""
    ids = [e.id for e in content.library]
    chosen = [ids[i % len(ids)] for i in range(count)]
    quarter = -(-count // 4)
    phases = [
        Phase(name=f"Stage {n + 1}", weeks_from=n * 4, weeks_to=(n + 1) * 4,
              goals=["Move a bit more each day."], criteria=["Your pain is under control."],
              prescriptions=[Prescription(exercise_id=i)
                             for i in chosen[n * quarter:(n + 1) * quarter]])
        for n in range(4)
    ]
    base = lumbar_plan()
    return base.model_copy(update={"phases": phases})


def timed(plan: Plan, options: HandoutOptions, content: HandoutContent, runs: int
          ) -> tuple[float, float, int]:
    """Median and best seconds over runs, and the page count."""
    times, pages = [], 0
    for _ in range(runs):
        CARDS.clear()  # a first render of this plan, as a print or export is (no kept cards)
        start = time.perf_counter()
        result = render_handout(plan, options, content=content)
        times.append(time.perf_counter() - start)
        pages = result.pages
    return statistics.median(times), min(times), pages


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"CPUs: {os.cpu_count()}  Python {sys.version.split()[0]}  runs: {args.runs}")

    start = time.perf_counter()
    content = load_content()
    plan = lumbar_plan()
    render_handout(plan, HandoutOptions(), content=content)
    print(f"first render incl. loading data and fonts: {time.perf_counter() - start:.3f} s")

    week5 = SURGERY + dt.timedelta(days=31)  # this week's handout: the stage of week 5
    whole = {"whole_program": True, "printed_on": week5}
    cases = [
        ("lumbar fusion wk 5, letter", plan, HandoutOptions(printed_on=week5)),
        ("lumbar fusion wk 5, large", plan, HandoutOptions(large_print=True, printed_on=week5)),
        ("lumbar fusion wk 5, A4", plan, HandoutOptions(page_size="a4", printed_on=week5)),
        ("whole program, letter", plan, HandoutOptions(**whole)),  # type: ignore[arg-type]
        ("whole program, large", plan, HandoutOptions(large_print=True, **whole)),  # type: ignore[arg-type]
        # a random choice of 100 exercises breaks precautions: printed as accepted
        ("100 exercises, letter", big_plan(content),
         HandoutOptions(accept_findings=True, **whole)),  # type: ignore[arg-type]
        ("100 exercises, large print", big_plan(content),
         HandoutOptions(large_print=True, accept_findings=True, **whole)),  # type: ignore[arg-type]
    ]
    for label, case_plan, options in cases:
        median, best, pages = timed(case_plan, options, content, args.runs)
        print(f"{label:<28} {median:6.3f} s median  {best:6.3f} s best  {pages:4d} pages  "
              f"{pages / median:6.1f} pages/s")
    print("\npage fill (share of the frame used; * = the last page of a section):")
    for label, case_plan, options in cases[:5]:
        fills = render_handout(case_plan, options, content=content).page_fill
        cards = [p.fill for p in fills
                 if any(s.startswith("stage") for s in p.sections) and not p.ends_section]
        under = sum(1 for p in fills if p.fill < 0.85 and not p.ends_section)
        print(f"{label:<28} pages under 85% (not last of a section): {under:2d} of {len(fills):2d}"
              f"  card pages min {min(cards, default=1):.2f}  "
              + " ".join(f"{p.fill:.2f}{'*' if p.ends_section else ''}" for p in fills))
    templates(content, week5)


def templates(content: HandoutContent, printed: dt.date) -> None:
    """Every shipped template: pages, and the page of the last warning sign (page 1 goal)."""
    from rehab_planner.patient_text import text_for_patient
    from tests.handout.pdfread import flat, page_texts

    print("\ntemplates (week 5): pages, and the page of the last 'call your surgeon' sign")
    for template_id, template in sorted(load_templates().items()):
        plan = instantiate(template, Patient(name="José Núñez"), SURGERY, therapist="Kim Lee, PT")
        plan.surgeon = Surgeon(name="Dr Ana Ruiz", phone="(217) 555-0199")
        last = flat(text_for_patient(plan, content.library, content.guidance,
                                     content.catalogue).warning_signs.call_surgeon[-1])
        cells = []
        for label, options in (("week", {}), ("whole", {"whole_program": True})):
            for size, large in (("", False), (" large", True)):
                result = render_handout(plan, HandoutOptions(printed_on=printed, large_print=large,
                                                             **options),  # type: ignore[arg-type]
                                        content=content)
                page = next(n for n, text in enumerate(page_texts(result.pdf), 1) if last in text)
                cells.append(f"{label}{size} {result.pages:2d} p (signs p{page})")
        print(f"{template_id:<24} " + "  ".join(cells))


if __name__ == "__main__":
    main()
