"""What a score means: its change since the first visit and whether that passes the measure's MCID."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rehab_planner.outcomes.catalogue import Better, Meaning, Measure, shipped_measures
from rehab_planner.outcomes.scoring import format_score
from rehab_planner.visits.model import Visit


class Verdict(enum.StrEnum):
    """A score judged against the MCID."""

    BASELINE = "baseline"  # the first score: nothing to compare with yet
    IMPROVED = "improved"  # better by at least the MCID
    WORSE = "worse"  # worse by at least the MCID
    NOT_YET = "below MCID"  # a change smaller than the MCID
    NO_MCID = "no MCID"  # the measure has no MCID stored


@dataclass(frozen=True)
class ScoreMeaning:
    """One score at one visit, with its change since the first and the MCID verdict."""

    measure: Measure
    date: dt.date
    score: float
    first_date: dt.date
    first_score: float
    verdict: Verdict

    @property
    def change(self) -> float | None:
        """Score minus the first score (None for a rating of change such as GROC)."""
        if self.measure.meaning is Meaning.RATING:
            return None
        return round(self.score - self.first_score, self.measure.decimals)

    @property
    def passes_mcid(self) -> bool:
        """True when the score shows an improvement of at least the MCID."""
        return self.verdict is Verdict.IMPROVED

    def describe(self) -> str:
        """One line for the therapist, e.g. 'LEFS 52 (+12 since 15 Oct 2026; passes the MCID of 9)'."""
        m = self.measure
        head = f"{m.short_name} {format_score(m, self.score)}"
        mcid = m.mcid
        unchecked = "" if mcid is None or mcid.checked else ", unchecked"
        if self.verdict is Verdict.BASELINE:
            return f"{head} (first score)"
        if self.change is not None:
            sign = "+" if self.change > 0 else ""
            since = f"{sign}{format_score(m, self.change)} since {self.first_date.isoformat()}"
        else:
            since = "rating of change"
        if self.verdict is Verdict.NO_MCID:
            return f"{head} ({since}; no MCID stored)"
        verdicts = {
            Verdict.IMPROVED: "passes the MCID",
            Verdict.WORSE: "worse by at least the MCID",
            Verdict.NOT_YET: "below the MCID",
        }
        assert mcid is not None
        return f"{head} ({since}; {verdicts[self.verdict]} of {mcid.value:g}{unchecked})"


def judge(measure: Measure, first: float, score: float, *, is_first: bool) -> Verdict:
    """The verdict for a score, given the first score of the same measure."""
    mcid = measure.mcid
    if measure.meaning is Meaning.RATING:
        gain = score
    elif is_first:
        return Verdict.BASELINE
    else:
        gain = score - first if measure.better is Better.HIGHER else first - score
    if mcid is None:
        return Verdict.NO_MCID
    # Scores are stored rounded to the measure's decimals; compare at that precision.
    gain = round(gain, measure.decimals)
    if gain >= mcid.value:
        return Verdict.IMPROVED
    if gain <= -mcid.value:
        return Verdict.WORSE
    return Verdict.NOT_YET


def history(
    visits: Sequence[Visit], measure_id: str, measures: Mapping[str, Measure] | None = None
) -> list[ScoreMeaning]:
    """Every score of one measure, oldest first, each judged against the first."""
    measure = (measures or shipped_measures())[measure_id]
    taken = [(v.date, r.score) for v in sorted(visits, key=lambda v: (v.date, v.id or 0))
             for r in v.measures if r.measure_id == measure_id]
    if not taken:
        return []
    first_date, first = taken[0]
    return [
        ScoreMeaning(measure, day, value, first_date, first,
                     judge(measure, first, value, is_first=index == 0))
        for index, (day, value) in enumerate(taken)
    ]


def latest_meanings(
    visits: Sequence[Visit], measures: Mapping[str, Measure] | None = None
) -> list[ScoreMeaning]:
    """The latest score of every measure taken, in catalogue order, with its meaning."""
    known = measures or shipped_measures()
    taken = {r.measure_id for v in visits for r in v.measures}
    out = []
    for measure_id in known:
        if measure_id in taken:
            out.append(history(visits, measure_id, known)[-1])
    return out
