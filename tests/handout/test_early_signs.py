"""Warning signs of the first weeks after surgery (a cut that still leaks after 5 days, no bowel
movement in 4 days, a spinal fluid leak) left the week's handout when their weeks were over: at
week 15 they read as if the surgery were days ago (handout review, stop 46)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from rehab_planner.guidance import GuidanceLine, warning_signs_for
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout
from rehab_planner.safety.check import shipped_catalogue, shipped_guidance
from tests.handout.pdfread import page_texts
from tests.templates.lines import SURGERY, review_plan

BOWEL = "No bowel movement in 4 days."
SPINAL_FLUID = "Clear fluid leaks from your cut, or a headache that is worse when you sit up."
DRAINING = "Pus or bad-smelling fluid comes from your cut, or it still leaks after 5 days."
CUT = "Your cut is red, hot or swollen, or it opens."
FALL = "You fall."


def _signs(template_id: str, weeks: float | None) -> list[str]:
    signs = warning_signs_for(review_plan(template_id), shipped_guidance(), shipped_catalogue(),
                              weeks)
    return [*signs.call_911, *signs.call_surgeon]


@pytest.mark.parametrize(("weeks", "shown", "gone"), [
    (1, [BOWEL, SPINAL_FLUID, DRAINING, CUT, FALL], []),
    (7, [DRAINING, CUT, FALL], [BOWEL, SPINAL_FLUID]),
    (15, [CUT, FALL], [BOWEL, SPINAL_FLUID, DRAINING]),
    (None, [BOWEL, SPINAL_FLUID, DRAINING, CUT, FALL], []),  # the whole program keeps every sign
])
def test_early_signs_end_with_their_weeks(weeks: float | None, shown: list[str],
                                          gone: list[str]) -> None:
    signs = _signs("lumbar-fusion", weeks)
    assert all(sign in signs for sign in shown)
    assert not any(sign in signs for sign in gone)


def test_neck_swelling_is_an_emergency_only_at_first() -> None:
    swelling = "Neck swelling that grows fast."
    assert swelling in _signs("cervical-fusion", 2)
    assert swelling not in _signs("cervical-fusion", 7)
    assert "It is suddenly hard to breathe, swallow or talk." in _signs("cervical-fusion", 15)


def test_a_sign_of_no_weeks_is_refused() -> None:
    with pytest.raises(ValidationError, match="until_week"):
        GuidanceLine(text="You keep throwing up.", until_week=0)


def _page_1(content: HandoutContent, weeks: int, language: str) -> str:
    options = HandoutOptions(printed_on=SURGERY + dt.timedelta(weeks=weeks, days=3),
                             language=language)  # type: ignore[arg-type]
    pdf = render_handout(review_plan("lumbar-fusion"), options, content=content).pdf
    return " ".join(page_texts(pdf)[0].split())


@pytest.mark.parametrize(("language", "bowel", "call"), [
    ("en", BOWEL, "You fall."), ("es", "No ha podido evacuar", "Se cae.")])
def test_the_week_15_handout_leaves_them_out(content: HandoutContent, language: str, bowel: str,
                                             call: str) -> None:
    assert bowel in _page_1(content, 1, language)
    late = _page_1(content, 15, language)
    assert bowel not in late and call in late
