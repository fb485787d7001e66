"""A visit and the measures taken at it (pydantic), and the checks a visit must pass to be saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import Field, model_validator

from rehab_planner.errors import RehabError
from rehab_planner.i18n.messages import say
from rehab_planner.model.base import Model
from rehab_planner.outcomes.catalogue import Measure
from rehab_planner.outcomes.catalogue import measure as find_measure
from rehab_planner.outcomes.scoring import AnswerError, score


class VisitError(RehabError):
    """A visit that cannot be saved as it is (a date before surgery, a bad answer); nothing was written."""


MAX_ACTIVITY = 80  # characters in one activity's name


def check_activities(measure: Measure, answers: Sequence[int | None], activities: Sequence[str]) -> None:
    """The patient's names for the items (PSFS activities): one per item, for the scored ones only.

    An empty list is allowed (measures saved before names were kept).

    Raises:
        AnswerError: names for a measure that has none, a wrong count, a scored activity without a
            name, a name without a score, or a name that is too long.
    """
    if not activities:
        return
    name = measure.short_name
    if not measure.named_items:
        raise AnswerError(say("visits.no-activities", name=name))
    if len(activities) != len(measure.items):
        raise AnswerError(say("visits.activity-count", name=name, count=len(measure.items),
                              given=len(activities)))
    for number, (answer, activity) in enumerate(zip(answers, activities, strict=False), start=1):
        if len(activity) > MAX_ACTIVITY:
            raise AnswerError(say("visits.activity-too-long", name=name, number=number,
                                  limit=MAX_ACTIVITY))
        if answer is not None and not activity.strip():
            raise AnswerError(say("visits.activity-no-name", name=name, number=number))
        if answer is None and activity.strip():
            raise AnswerError(say("visits.activity-no-score", name=name, number=number,
                                  activity=activity.strip()))


class MeasureResult(Model):
    """One outcome measure taken at a visit: the answers given and the score they make.

    activities: the patient's own names for the items (PSFS), one per item ('' for an item left
    blank); empty for measures whose items are fixed.
    """

    measure_id: str = Field(min_length=1, max_length=20)
    answers: list[int | None] = Field(min_length=1, max_length=40)
    raw: float
    score: float
    activities: list[str] = Field(default_factory=list, max_length=40)

    @model_validator(mode="after")
    def _scores_match(self) -> MeasureResult:
        """A stored score is always the one its answers make (no hand-edited numbers)."""
        try:
            definition = find_measure(self.measure_id)
            expected = score(definition, self.answers)
            check_activities(definition, self.answers, self.activities)
        except KeyError as exc:
            raise ValueError(str(exc.args[0])) from None
        except AnswerError as exc:
            raise ValueError(str(exc)) from None
        if (expected.raw, expected.score) != (self.raw, self.score):
            raise ValueError(say("visits.score-mismatch", id=self.measure_id,
                                 score=f"{self.score:g}", expected=f"{expected.score:g}"))
        return self

    def named(self) -> list[tuple[str, int]]:
        """The named items that were scored: (the patient's words, the score), in order."""
        return [(a, s) for a, s in zip(self.activities, self.answers, strict=False)
                if s is not None and a.strip()]


def record_measure(measure_id: str, answers: Sequence[int | None],
                   activities: Sequence[str] | None = None) -> MeasureResult:
    """Score a completed form into a MeasureResult.

    Args:
        measure_id: the measure.
        answers: one per item (for a measure whose items the patient names, fewer may be given:
            the rest are left blank).
        activities: the patient's names for the items, in the same order (PSFS); required for such
            a measure, refused for the others.

    Raises:
        AnswerError: an unknown measure, answers it does not allow, or names missing or misplaced.
    """
    try:
        definition = find_measure(measure_id)
    except KeyError as exc:
        raise AnswerError(str(exc.args[0])) from None
    names = [a.strip() for a in activities or []]
    given = list(answers)
    if definition.named_items:
        count = len(definition.items)
        if len(names) > count or len(given) > count:
            raise AnswerError(say("visits.at-most-activities", name=definition.short_name,
                                  count=count))
        names += [""] * (count - len(names))
        given += [None] * (count - len(given))
        if not any(names):
            raise AnswerError(say("visits.name-each-activity", name=definition.short_name))
    result = score(definition, given)
    check_activities(definition, given, names)
    return MeasureResult(measure_id=measure_id, answers=given, raw=result.raw, score=result.score,
                         activities=names if definition.named_items else [])


class Visit(Model):
    """One visit to the clinic for a plan.

    Attributes:
        id: the database row id; None until saved.
        plan_id: the plan the visit belongs to.
        date: the day of the visit (not before the surgery).
        therapist: who saw the patient.
        phase_id: the plan's phase the patient was in (None: none of them).
        phase_name: that phase's name as it was at the visit (plans change; the visit does not).
        days_per_week: from the patient's paper log, days the home program was done, 0-7.
        pain_before, pain_after: pain 0-10 before and after the exercises.
        problems: what the patient reported going wrong with the home program.
        criteria_met: the phase's criteria to move on that were met at this visit.
        notes: the therapist's notes.
        plan_revision: the plan's revision in force at the visit (set when saved).
        next_revision: the plan revision this visit led to ("update the plan"), if any.
        measures: the outcome measures taken.
    """

    id: int | None = None
    plan_id: str = Field(min_length=1, max_length=64)
    date: dt.date
    therapist: str = Field(default="", max_length=120)
    phase_id: str | None = Field(default=None, max_length=64)
    phase_name: str = Field(default="", max_length=80)
    days_per_week: int | None = Field(default=None, ge=0, le=7)
    pain_before: int | None = Field(default=None, ge=0, le=10)
    pain_after: int | None = Field(default=None, ge=0, le=10)
    problems: str = Field(default="", max_length=600)
    criteria_met: list[str] = Field(default_factory=list, max_length=30)
    notes: str = Field(default="", max_length=2000)
    plan_revision: int | None = Field(default=None, ge=1)
    next_revision: int | None = Field(default=None, ge=1)
    measures: list[MeasureResult] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _one_of_each(self) -> Visit:
        ids = [m.measure_id for m in self.measures]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(say("visits.measure-twice", id=twice[0]))
        return self

    def measure(self, measure_id: str) -> MeasureResult | None:
        """The result of one measure at this visit, if it was taken."""
        return next((m for m in self.measures if m.measure_id == measure_id), None)


def check_visit(visit: Visit, surgery_date: dt.date, *, today: dt.date | None = None) -> None:
    """The checks a visit must pass before it is saved.

    Raises:
        VisitError: the visit is dated before the surgery, or more than a day in the future.
    """
    if visit.date < surgery_date:
        raise VisitError(say("visits.date-before-surgery", date=visit.date.isoformat(),
                             surgery=surgery_date.isoformat()))
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if visit.date > limit:
        raise VisitError(say("visits.date-in-future", date=visit.date.isoformat()))
