"""The activities a patient named on the PSFS, followed from visit to visit (first and latest score)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.text import fold
from rehab_planner.visits.model import Visit


@dataclass(frozen=True)
class ActivityTrack:
    """One named activity: its first and latest score (0-10) and how many visits scored it."""

    measure_id: str
    name: str  # as the patient last named it
    first_date: dt.date
    first_score: int
    date: dt.date
    score: int
    times: int

    @property
    def change(self) -> int:
        """The latest score minus the first."""
        return self.score - self.first_score

    def describe(self) -> str:
        """One line, e.g. 'Climbing stairs: 3 on 2026-10-08, 7 on 2026-11-05 (+4)'."""
        if self.times == 1:
            return f"{self.name}: {self.score} on {self.date.isoformat()}"
        return (f"{self.name}: {self.first_score} on {self.first_date.isoformat()}, {self.score} on "
                f"{self.date.isoformat()} ({self.change:+d})")


def activity_tracks(visits: Sequence[Visit]) -> list[ActivityTrack]:
    """Every activity named on a measure with named items, in the order first named.

    The same activity is matched across visits by its name, ignoring case, accents and spacing.
    """
    named = {mid for mid, m in shipped_measures().items() if m.named_items}
    tracks: dict[tuple[str, str], ActivityTrack] = {}
    for visit in sorted(visits, key=lambda v: (v.date, v.id or 0)):
        for result in visit.measures:
            if result.measure_id not in named:
                continue
            for name, score in result.named():
                key = (result.measure_id, " ".join(fold(name).split()))
                before = tracks.get(key)
                if before is None:
                    tracks[key] = ActivityTrack(result.measure_id, name.strip(), visit.date, score,
                                                visit.date, score, 1)
                else:
                    tracks[key] = ActivityTrack(result.measure_id, name.strip(), before.first_date,
                                                before.first_score, visit.date, score, before.times + 1)
    return list(tracks.values())
