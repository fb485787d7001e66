"""Scoring a measure: answers in, a score out, or one clear error naming the item and the answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rehab_planner.errors import RehabError
from rehab_planner.i18n.messages import say
from rehab_planner.outcomes.catalogue import Measure, Scoring


class AnswerError(RehabError):
    """An answer a measure does not allow (e.g. a LEFS answer of 7), or too few answers."""


@dataclass(frozen=True)
class Score:
    """A scored measure: the answers as given, the raw sum (or mean) and the final score."""

    measure_id: str
    answers: tuple[int | None, ...]
    raw: float
    score: float


def check_answers(measure: Measure, answers: Sequence[int | None]) -> None:
    """Check the answers against the measure.

    Raises:
        AnswerError: wrong count, an answer out of range, or fewer answered items than needed.
    """
    name = measure.short_name
    if len(answers) != len(measure.items):
        items = "one" if len(measure.items) <= 1 else "other"
        given = "one" if len(answers) == 1 else "other"
        raise AnswerError(say(f"visits.answer-count.{items}-{given}", name=name,
                              items=len(measure.items), answers=len(answers)))
    for number, (item, answer) in enumerate(zip(measure.items, answers, strict=True), start=1):
        if answer is None:
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise AnswerError(say("visits.not-whole-number", name=name, number=number,
                                  label=item.label, answer=answer))
        if not measure.answer_min <= answer <= measure.answer_max:
            raise AnswerError(say("visits.not-an-answer", name=name, number=number,
                                  label=item.label, answer=answer, low=measure.answer_min,
                                  high=measure.answer_max))
    answered = sum(a is not None for a in answers)
    if answered < measure.required:
        key = "needs-every-item" if measure.required == len(measure.items) else "needs-at-least"
        raise AnswerError(say(f"visits.{key}", name=name, required=measure.required,
                              answered=answered, items=len(measure.items)))


def score(measure: Measure, answers: Sequence[int | None]) -> Score:
    """Score one completed form.

    Args:
        measure: the measure.
        answers: one per item in order; None for an item left blank (allowed only when
            the measure says fewer items are enough, e.g. PSFS activities 4 and 5).

    Raises:
        AnswerError: see check_answers.
    """
    check_answers(measure, answers)
    given = [a for a in answers if a is not None]
    if measure.scoring is Scoring.MEAN:
        raw = sum(given) / len(given)
        value = raw
    else:
        raw = float(sum(given))
        if measure.scoring is Scoring.TABLE:
            value = measure.table[int(raw) - measure.answer_min * len(measure.items)]
        else:
            value = raw
    return Score(measure.id, tuple(answers), raw, round(value, measure.decimals))


def parse_answers(text: str) -> list[int | None]:
    """Answers typed as '3,4,2,,1' or '3 4 2 - 1' (blank or '-' for an item left out).

    Raises:
        AnswerError: something that is not a whole number.
    """
    parts = text.replace(";", ",").split(",") if "," in text or ";" in text else text.split()
    out: list[int | None] = []
    for number, part in enumerate(parts, start=1):
        part = part.strip()
        if part in ("", "-"):
            out.append(None)
            continue
        try:
            out.append(int(part))
        except ValueError:
            raise AnswerError(say("visits.typed-not-whole", number=number, part=part)) from None
    return out


def format_score(measure: Measure, value: float) -> str:
    """The score as printed: the measure's decimals, no trailing '.0' for whole-number measures."""
    return f"{value:.{measure.decimals}f}"
