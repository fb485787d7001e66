"""A realistic patient for outcome tests, the benchmark and screenshots: a knee replacement plan
with weekly visits where function rises, pain falls and the plan is revised once."""

from __future__ import annotations

import datetime as dt

from rehab_planner.model import Dosage, Patient, Plan
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.templates.loader import instantiate, load_templates
from rehab_planner.visits import Visit, record_measure


def tka_plan(surgery: dt.date, name: str = "Ann Lee", record: str = "MRN-1") -> Plan:
    """A total knee replacement plan from the shipped template."""
    template = load_templates()["total-knee-replacement"]
    return instantiate(template, Patient(name=name, record_number=record,
                                         date_of_birth=dt.date(1958, 4, 12)),
                       surgery, therapist="PT Kim Ortiz")


def weekly_visits(plan: Plan, count: int, *, first_day: int = 5) -> list[Visit]:
    """`count` visits a week apart from `first_day` after surgery, improving steadily."""
    visits = []
    for n in range(count):
        day = plan.surgery_date + dt.timedelta(days=first_day + 7 * n)
        step = min(n, 10)
        lefs = [min(4, 1 + (step + i) // 6) for i in range(20)]
        koos = [max(0, 3 - (step + i) // 4) for i in range(7)]
        phase = next((p for p in plan.phases if p.weeks_from * 7 <= (day - plan.surgery_date).days
                      < (p.weeks_to or 999) * 7), None)
        criteria = phase.criteria[:1] if phase and n % 3 == 2 else []
        measures = [record_measure("nprs", [max(1, 7 - step // 2)]),
                    record_measure("lefs", lefs), record_measure("koos_jr", koos)]
        if n % 4 == 3:
            measures.append(record_measure("groc", [min(7, 2 + n // 2)]))
        if n % 2 == 0:  # the patient's own activities, scored every other visit
            measures.append(record_measure("psfs", [min(10, 2 + step), min(10, 1 + step // 2)],
                                           ["Climbing the stairs at home", "Kneeling in the garden"]))
        visits.append(Visit(
            plan_id=plan.id, date=day, therapist=plan.therapist,
            phase_id=phase.id if phase else None, phase_name=phase.name if phase else "",
            days_per_week=min(7, 3 + (n % 5)), pain_before=max(1, 6 - step // 2),
            pain_after=max(0, 5 - step // 2), criteria_met=criteria,
            problems="Sore after the stairs exercise" if n == 1 else "",
            notes=f"Visit {n + 1}.", measures=measures,
        ))
    return visits


def demo_patient(db: PatientDatabase, visits: int = 8, *, today: dt.date | None = None) -> str:
    """Save a plan with `visits` weekly visits ending just before today; revise it at visit 3."""
    day = today or dt.date.today()
    surgery = day - dt.timedelta(days=5 + 7 * (visits - 1) + 2)
    plan = tka_plan(surgery)
    db.save_plan(plan, by="PT Kim Ortiz", expected_revision=None)
    for index, visit in enumerate(weekly_visits(plan, visits)):
        visit_id = db.save_visit(visit, by="PT Kim Ortiz")
        if index == 2:
            current, number = db.load_plan(plan.id)
            revised = current.model_copy(deep=True)
            rx = revised.phases[0].prescriptions[0]
            rx.dosage = Dosage(sets=3, reps=15)
            new = db.save_plan(revised, by="PT Kim Ortiz", expected_revision=number)
            db.link_next_revision(visit_id, new)
    return plan.id
