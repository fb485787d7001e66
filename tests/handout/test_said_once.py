"""This week's handout says each thing once and prints the daily-life topics of this stage's
weeks; the whole program keeps every line. Also the layout helpers that keep it short: cards
set tighter only where that alone fits, the questions never alone at the top of a page."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from rehab_planner.guidance import ALWAYS_PRINTED, GuidanceTopic, TopicWeeks, load_guidance
from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.placement import IfRoom, Otherwise, Placement
from rehab_planner.library import load_library
from rehab_planner.safety.catalogue import load_catalogue
from tests.handout.conftest import make_plan
from tests.handout.pdfread import all_text

WEEK5 = dt.date(2026, 12, 3)  # day 31 after surgery on 2 Nov 2026: stage 1 (weeks 0 to 6)
WEEK9 = dt.date(2027, 1, 4)  # day 63: stage 2 (weeks 6 to 12)


def _render(content: HandoutContent, **options: object) -> HandoutResult:
    return render_handout(make_plan(), HandoutOptions(**options),  # type: ignore[arg-type]
                          content=content)


@pytest.fixture(scope="module")
def week5(content: HandoutContent) -> str:
    return all_text(_render(content, printed_on=WEEK5).pdf)


@pytest.fixture(scope="module")
def whole(content: HandoutContent) -> str:
    return all_text(_render(content, printed_on=WEEK5, whole_program=True).pdf)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("line", [
    "Roll onto your side like a log, with your body in one piece.",  # the log roll card
    "Do not sleep on your stomach.",  # page 1 has the order
    "Start with short walks a few times a day.",  # the walking card says it
    "Do not swim or use a pool until your cut has healed",  # the cut topic says it
])
def test_a_line_said_elsewhere_prints_once_this_week_and_stays_in_the_whole_program(
        line: str, week5: str, whole: str) -> None:
    assert line not in _flat(week5)
    assert line in _flat(whole)


def test_lines_said_nowhere_else_stay(week5: str) -> None:
    for line in ("Use a grabber to pick things up from the floor.",
                 "Never drive while you take strong pain medicine (opioids).",
                 "Smoking also makes it more likely your bones will not join."):
        assert line in _flat(week5), line


def test_a_topic_prints_only_in_a_stage_of_its_weeks(content: HandoutContent, whole: str
                                                     ) -> None:
    wound = load_guidance().topics["wound"]
    assert wound.weeks is not None and wound.weeks.end == 6
    later = all_text(_render(content, printed_on=WEEK9).pdf)
    assert wound.title not in later  # stage 2 starts at week 6: the cut has healed
    assert wound.title in whole
    # with the cut topic gone, the walking topic's pool line is the only one and prints
    assert "Do not swim or use a pool until your cut has healed" in _flat(later)


def test_topic_weeks_overlap() -> None:
    weeks = TopicWeeks(start=0, end=6)
    assert weeks.overlap(0, 6) and weeks.overlap(4, None)
    assert not weeks.overlap(6, 12)
    assert TopicWeeks(start=6).overlap(0, 12) and not TopicWeeks(start=6).overlap(0, 6)
    with pytest.raises(ValueError, match="must be after"):
        TopicWeeks(start=6, end=6)


def test_without_repeats_keeps_the_order_and_drops_only_what_is_printed() -> None:
    topic = GuidanceTopic(id="t", title="T", bullets=["a", "b", "c"],
                          repeats=[[], ["log-roll"], [ALWAYS_PRINTED]])
    assert topic.without_repeats({"log-roll"}).bullets == ["a", "c"]
    assert topic.without_repeats({"log-roll", ALWAYS_PRINTED}).bullets == ["a"]
    assert topic.without_repeats(set()).bullets == ["a", "b", "c"]


def test_every_repeats_place_is_known() -> None:
    guidance = load_guidance()
    known = {ALWAYS_PRINTED, *load_catalogue(), *load_library().exercises, *guidance.topics}
    for topic in guidance.topics.values():
        for n, line in enumerate(topic.bullets):
            for place in line.repeats:
                assert place in known, f"{topic.id}.bullets[{n}]: {place}"


def test_a_line_that_repeats_the_always_printed_parts_says_their_words(
        content: HandoutContent) -> None:
    # 'always' means page 1 or how to do the exercises says the same: the sitting limit
    guidance = load_guidance()
    sitting = [line for line in guidance.topics["sitting"].bullets
               if ALWAYS_PRINTED in line.repeats]
    assert any("{sitting_limit_minutes}" in line.text for line in sitting)
    assert any("{sitting_limit_minutes}" in line.text for line in content.text.precautions.extra)


def test_the_questions_print_at_the_foot_of_a_page_or_in_their_other_place() -> None:
    """IfRoom draws at the foot of the page it follows when there is room, else never (not on
    the next page either); Otherwise draws the block then."""
    from io import BytesIO

    from reportlab.lib.styles import getSampleStyleSheet

    body = getSampleStyleSheet()["BodyText"]
    drawn: list[str] = []

    class Marked(Paragraph):
        def draw(self) -> None:
            drawn.append(self.text)
            super().draw()

    for room, place in ((100, "first"), (750, "second")):  # A4: a frame of 758 points
        placement, drawn[:] = Placement(), []
        doc = SimpleDocTemplate(BytesIO(), topMargin=36, bottomMargin=36)
        doc.build([Spacer(1, room), IfRoom(Marked("first", body), placement),
                   Paragraph("next", body), Otherwise(Marked("second", body), placement)])
        assert drawn == [place]  # once: at the foot of page 1, else in the other place
        assert placement.placed is (place == "first")


def test_a_card_is_set_tighter_only_where_only_that_fits(content: HandoutContent) -> None:
    from rehab_planner.handout import flowables

    used: list[bool] = []
    original = flowables.ExerciseCard.split

    def split(self: flowables.ExerciseCard, aW: float, aH: float) -> list[object]:
        out = original(self, aW, aH)
        if self.smaller is not None:
            used.append(bool(out) and out[-1] is self.smaller._content[-1])
        return out

    flowables.ExerciseCard.split = split  # type: ignore[method-assign]
    try:
        _render(content, printed_on=WEEK5)
    finally:
        flowables.ExerciseCard.split = original  # type: ignore[method-assign]
    assert any(used)  # some card fitted the foot of a page only set tighter
    assert not all(used)  # others moved on to the next page whole, as designed
