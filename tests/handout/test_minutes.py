"""The handout's minutes a day: a number only for exercises whose time can be known."""

from __future__ import annotations

from rehab_planner.handout.context import Item
from rehab_planner.handout.minutes import daily_minutes
from rehab_planner.library import Library
from rehab_planner.model import Dosage, Prescription


def _item(library: Library, exercise_id: str, dosage: Dosage) -> Item:
    exercise = library.get(exercise_id)
    return Item(1, Prescription(exercise_id=exercise_id, dosage=dosage), exercise,
                exercise.dosage.merged(dosage))


def test_some_none_or_every_exercise_timed(library: Library) -> None:  # type: ignore[no-untyped-def]
    timed = _item(library, "ankle-pumps", Dosage(reps=20, times_a_day=6))
    free = _item(library, "ankle-pumps", Dosage(as_needed=True))
    far = _item(library, "walking-program", Dosage(as_tolerated="far", clear=["minutes"]))
    every, some, none = daily_minutes([timed]), daily_minutes([timed, free, far]), \
        daily_minutes([free])
    assert (every.untimed, some.untimed, none.untimed) == (0, 1, 1)  # walks are timed (at 0)
    assert every.minutes == some.minutes == 10 and none.minutes is None
    texts = ("full {minutes}", "partly {minutes}", "none")
    assert every.sentence(*texts) == "full {minutes}"
    assert some.sentence(*texts) == "partly {minutes}"
    assert none.sentence(*texts) == "none"
