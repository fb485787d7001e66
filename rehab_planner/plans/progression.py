"""Carry a stage's exercises into the next one with a progression, as one edit.

Protocols say "continue stage 2 exercises, progress to 3 sets of 15, add a band": this copies the
previous stage's exercises that the stage does not hold yet, each with last stage's whole dose
(library default and the therapist's changes) grown by the progression.
"""

from __future__ import annotations

from rehab_planner.errors import RehabError
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Plan, Prescription
from rehab_planner.model.dosage import RANGES
from rehab_planner.model.plan import new_id
from rehab_planner.model.progression import Progression
from rehab_planner.plans.edits import Change, ChangeKind


def _grown(value: int | None, step: int, field: str) -> int | None:
    if value is None or not step:
        return value
    limit = Dosage.model_fields[field].metadata
    highest = min((m.le for m in limit if getattr(m, "le", None) is not None), default=value + step)
    return min(value + step, int(highest))


def progressed(dosage: Dosage, step: Progression) -> Dosage:
    """A dose grown by a progression; fields the dose does not count stay empty (never invented).

    Each grown value stops at the field's own limit (e.g. 100 reps), so the result is always valid.
    """
    data = dosage.model_dump(exclude_unset=False)
    target = data.pop("build_up_to")
    data["build_up_to"] = None
    if target:  # last stage built up to this: the new stage starts there
        for field, value in target.items():
            if value is not None:
                data[field] = value
                if field in RANGES:
                    data[RANGES[field]] = None
    for field in ("sets", "reps", "hold_seconds", "minutes"):
        data[field] = _grown(data[field], getattr(step, field), field)
        if field in RANGES:  # a range moves up as a whole: 10 to 15 reps, +5: 15 to 20
            data[RANGES[field]] = _grown(data[RANGES[field]], getattr(step, field), field)
    if step.sets and dosage.sets is None and dosage.reps is not None:
        data["sets"] = min(1 + step.sets, 10)  # "add a set" to 10 reps: 2 sets of 10
    if step.load:
        data["load"] = step.load
    return Dosage.model_validate(data)


def carry_forward(plan: Plan, library: Library, phase_id: str, step: Progression
                  ) -> tuple[Plan, Change]:
    """Copy the previous stage's exercises into a stage, each dose grown by `step`.

    Exercises the stage already holds are left as they are; the copies keep their notes and go
    after the stage's own exercises, in the previous stage's order.

    Raises:
        RehabError: no such stage, it is the first one, or there is nothing new to carry.
    """
    index = next((n for n, p in enumerate(plan.phases) if p.id == phase_id), None)
    if index is None:
        raise RehabError(f"No phase with id '{phase_id}' in this plan")
    if index == 0:
        raise RehabError(f"'{plan.phases[0].name}' is the first stage: there is nothing to carry forward")
    new = plan.model_copy(deep=True)
    source, target = new.phases[index - 1], new.phases[index]
    have = {rx.exercise_id for rx in target.prescriptions}
    carried: list[Prescription] = []
    for rx in source.prescriptions:
        if rx.exercise_id in have:
            continue
        exercise = library.find(rx.exercise_id)
        base = exercise.dosage.merged(rx.dosage) if exercise is not None else rx.dosage
        dosage = progressed(base, step) if base is not None else None
        carried.append(Prescription(id=new_id(), exercise_id=rx.exercise_id, dosage=dosage,
                                    note=rx.note))
    if not carried:
        raise RehabError(f"Every exercise of '{source.name}' is in '{target.name}' already")
    target.prescriptions.extend(carried)
    return new, Change(ChangeKind.PRESCRIPTIONS, target.id, carried[-1].id, source.id)
