"""Benchmark the patient database: search, open and save with 10,000 patients and plans.

    .venv/bin/python bench/database_bench.py                 # SQLite in a temp folder
    .venv/bin/python bench/database_bench.py --pg URL        # and PostgreSQL
                                                             # (or $REHAB_TEST_PG_URL)

Targets (issue 7): search under 50 ms, open under 20 ms, save under 30 ms. Prints figures; never
fails a build. The PostgreSQL database given is emptied first: use a throwaway one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rehab_planner.model import Dosage, Patient, Phase, Plan, Prescription
from rehab_planner.storage import db_engine
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.db_schema import patients, plans, revisions, search_key

TARGETS_MS = {"search": 50.0, "open": 20.0, "save": 30.0}
FIRST = ["Ann", "Bob", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "José", "Kim",
         "Lena", "Marta", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Vik"]
LAST = ["Lee", "Smith", "Müller", "Okafor", "Nguyen", "García", "Kowalski", "Rossi", "Hansen",
        "Dubois", "Novak", "Silva", "Tanaka", "Cohen", "Byrne", "Ahmed", "Jensen", "Moreau"]
EXERCISES = ["ankle-pumps", "heel-slide", "quad-set", "bridge", "clamshell", "mini-squat",
             "straight-leg-raise", "calf-raise", "walking-program", "step-up", "hamstring-curl"]


def make_plan(rng: random.Random, number: int) -> Plan:
    """A realistic plan: three phases of about eight exercises each."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{number}"
    phases = []
    for index, (start, end) in enumerate(((0, 6), (6, 12), (12, None))):
        prescriptions = [
            Prescription(exercise_id=ex, dosage=Dosage(sets=rng.randint(1, 3), reps=10),
                         note="Go slowly and stop if it hurts.")
            for ex in rng.sample(EXERCISES, 8)
        ]
        phases.append(Phase(name=f"Phase {index + 1}", weeks_from=start, weeks_to=end,
                            goals=["Walk without a limp", "Bend the knee to 110 degrees"],
                            prescriptions=prescriptions))
    return Plan(
        patient=Patient(name=name, record_number=f"MRN-{number:06d}",
                        date_of_birth=dt.date(1940 + number % 60, 1 + number % 12, 1)),
        procedure=rng.choice(["Total knee replacement", "ACL reconstruction", "Lumbar fusion"]),
        surgery_date=dt.date(2026, 1, 1) + dt.timedelta(days=number % 365),
        therapist="PT Kim",
        phases=phases,
    )


def populate(url: str, count: int) -> list[str]:
    """Fill the database with count patients and plans (one revision each) in one transaction."""
    rng = random.Random(7)
    engine = db_engine.make_engine(db_engine.resolve_url(url))
    ids: list[str] = []
    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with engine.connect() as conn:
        conn.execution_options(**{db_engine.WRITE: True})
        with conn.begin():
            for start in range(0, count, 1000):
                patient_rows, plan_rows, revision_rows = [], [], []
                for number in range(start, min(count, start + 1000)):
                    plan = make_plan(rng, number)
                    when = base + dt.timedelta(minutes=number)
                    key = search_key(plan.patient.name, plan.patient.record_number)
                    patient_rows.append({"id": number + 1, "name": plan.patient.name,
                                         "record_number": plan.patient.record_number,
                                         "date_of_birth": plan.patient.date_of_birth,
                                         "search_key": key})
                    plan_rows.append({"id": plan.id, "patient_id": number + 1,
                                      "procedure": plan.procedure,
                                      "surgery_date": plan.surgery_date, "therapist": "PT Kim",
                                      "latest_revision": 1, "created": when, "updated": when,
                                      "updated_by": "PT Kim", "search_key": key})
                    revision_rows.append({"plan_id": plan.id, "number": 1, "saved_by": "PT Kim",
                                          "saved_at": when, "plan_json": plan.model_dump_json()})
                    ids.append(plan.id)
                conn.execute(insert(patients), patient_rows)
                conn.execute(insert(plans), plan_rows)
                conn.execute(insert(revisions), revision_rows)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT setval('patients_id_seq', :n)"), {"n": count})
            conn.commit()
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
        else:
            conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return ids


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds, after one warm-up run."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def bench(url: str, count: int, runs: int) -> list[tuple[str, str, float, float]]:
    """Create, populate and measure one database; returns (what, detail, median, p95) rows."""
    rows: list[tuple[str, str, float, float]] = []
    start = time.perf_counter()
    PatientDatabase.open(url).close()
    rows.append(("open database", "new: create + migrate", (time.perf_counter() - start) * 1000, 0))
    start = time.perf_counter()
    ids = populate(url, count)
    print(f"  populated {count:,} patients and plans in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    rng = random.Random(3)
    start = time.perf_counter()
    db = PatientDatabase.open(url)
    rows.append(("open database", "existing", (time.perf_counter() - start) * 1000, 0))
    for label, query in (("recent (empty search)", ""), ("surname 'müll'", "müll"),
                         ("full name", "elena okafor"), ("record number", "MRN-004321"),
                         ("no match (full scan)", "zzzz")):
        found = len(db.search(query, limit=50))
        median, p95 = timed(lambda q=query: db.search(q, limit=50), runs)  # type: ignore[misc]
        rows.append(("search", f"{label}: {found} shown", median, p95))
    rows.append(("open plan", "load_plan (parse + validate)",
                 *timed(lambda: db.load_plan(rng.choice(ids)), runs)))
    loaded = {pid: db.load_plan(pid) for pid in rng.sample(ids, runs + 1)}
    queue = list(loaded.items())

    def save_one() -> None:
        _, (plan, revision) = queue.pop()
        edited = plan.model_copy(update={"main_message": "Walk every day."})
        db.save_plan(edited, by="PT Bo", expected_revision=revision)

    rows.append(("save plan", "new revision, one transaction", *timed(save_one, runs)))
    rows.append(("history", "2 revisions with changes",
                 *timed(lambda: db.history(next(iter(loaded))), min(runs, 20))))
    db.close()
    return rows


def report(name: str, rows: list[tuple[str, str, float, float]]) -> None:
    """Print a table of figures with the target for each kind."""
    print(f"\n{name}")
    print(f"  {'what':<14} {'detail':<36} {'median ms':>9} {'p95 ms':>8}  target")
    for what, detail, median, p95 in rows:
        kind = what.split()[0]
        target = TARGETS_MS.get(kind if kind != "open" or "plan" in what else "")
        verdict = ""
        if target is not None:
            verdict = f"< {target:g} ms " + ("ok" if p95 < target else "MISSED")
        p95_text = f"{p95:8.2f}" if p95 else " " * 8
        print(f"  {what:<14} {detail:<36} {median:9.2f} {p95_text}  {verdict}")


def main() -> int:
    """Run the benchmark on SQLite and, when a URL is known, PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get("REHAB_TEST_PG_URL"), metavar="URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        report(f"SQLite (WAL, synchronous=FULL), {args.plans:,} plans", bench(url, args.plans,
                                                                            args.runs))
        size = (Path(folder) / "bench.sqlite3").stat().st_size / 1e6
        print(f"  file size {size:.1f} MB")
    if args.pg:
        engine = db_engine.make_engine(db_engine.resolve_url(args.pg))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        report(f"PostgreSQL, {args.plans:,} plans", bench(args.pg, args.plans, args.runs))
    else:
        print("\nPostgreSQL skipped: give --pg URL or set REHAB_TEST_PG_URL", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
