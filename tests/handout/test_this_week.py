"""This week's handout (the default): the stage of the print date, its banner, goals and log."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from rehab_planner.cli import main
from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.flowables import WriteOnLine
from rehab_planner.handout.styles import CLOSE_LEADING, handout_style
from rehab_planner.model import Plan
from rehab_planner.storage.planfile import save_plan
from tests.handout.conftest import make_plan
from tests.handout.pdfread import all_text, page_texts

WEEK5 = dt.date(2026, 12, 3)  # a Thursday, day 31 after surgery on 2 Nov 2026
GRID = re.compile(r"Exercise (Mon|Tue|Wed|Thu|Fri|Sat|Sun) ")


def _render(content: HandoutContent, plan: Plan | None = None, **options: object
            ) -> HandoutResult:
    options.setdefault("printed_on", WEEK5)
    return render_handout(plan or make_plan(), HandoutOptions(**options),  # type: ignore[arg-type]
                          content=content)


@pytest.fixture(scope="module")
def week5(content: HandoutContent) -> HandoutResult:
    return _render(content)


@pytest.fixture(scope="module")
def week5_large(content: HandoutContent) -> HandoutResult:
    return _render(content, large_print=True)


def _log(result: HandoutResult) -> list[str]:
    pages = page_texts(result.pdf)
    return pages[next(n for n, text in enumerate(pages) if "Your exercise log" in text):]


def test_the_default_is_the_stage_of_the_print_date(week5: HandoutResult,
                                                    content: HandoutContent) -> None:
    plan = make_plan()
    first = page_texts(week5.pdf)[0]
    assert first.startswith("Riverside Physical Therapy")
    assert "Week 5 of 26: Protect your back" in first
    text = all_text(week5.pdf)
    assert "Build a steady core" in text  # named as the next stage, nothing more
    for later in plan.phases[1:]:
        assert f"{later.name} Weeks" not in text
    for name in ("Bridge", "Bird dog", "Dead bug"):
        assert f": {name} " not in text, name
    assert week5.stage is not None and week5.stage.number == 1
    # the criteria to move on are this stage's goals, named after the next stage
    heading = content.week.stage.next_goals.replace("{next}", "Build a steady core")
    assert heading in text
    assert plan.phases[0].criteria[-1] in text
    assert content.text.phase.criteria not in text
    # the summary box says which stage and how much
    assert "This week: • Stage 1 of 3: 2 Nov to 14 Dec 2026." in text
    assert "Do your 8 exercises." in text


def test_no_ask_your_therapist_first_on_prescribed_exercises(content: HandoutContent) -> None:
    notes = content.week.not_when_prescribed
    assert notes
    library_notes = {n for e in content.library for n in e.safety_notes}
    assert set(notes) <= library_notes  # the list names notes the library really has
    whole = all_text(_render(content, whole_program=True).pdf)
    later = all_text(_render(content, printed_on=dt.date(2027, 2, 1)).pdf)
    assert "Bird dog" in whole and "Bird dog" in later  # its library note says to ask first
    for note in notes:
        assert note not in whole and note not in later


def test_whole_program_marks_where_the_patient_is(content: HandoutContent) -> None:
    plan = make_plan()
    result = _render(content, plan, whole_program=True)
    pages = page_texts(result.pdf)
    mark = "You are here now: week 5."
    assert sum(text.count(mark) for text in pages) == 1
    at = next(text for text in pages if mark in text)
    assert "Protect your back Weeks 0 to 6" in at
    text = " ".join(pages)
    for phase in plan.phases:  # every stage, with its usual criteria heading
        assert f"{phase.name} Weeks" in text
    assert text.count(content.text.phase.criteria) == len(plan.phases)
    assert "Your home exercise program" in pages[0]


def test_a_chosen_stage_and_the_cli_options(content: HandoutContent, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    chosen = all_text(_render(content, stage=2).pdf)
    assert "Week 5 of 26: Build a steady core" in chosen
    assert "Your therapist picked this stage for you. It is planned for 14 Dec 2026 to " \
           "25 Jan 2027." in chosen
    assert "Exercise 3: Bridge" in chosen
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(), plan_file)
    out = tmp_path / "handout.pdf"
    assert main(["render", str(plan_file), "-o", str(out), "--print-date", "2026-12-03",
                 "--stage", "3"]) == 0
    assert "Stage 3 of 3: Return to your activities" in capsys.readouterr().err
    assert "Week 5 of 26: Return to your activities" in page_texts(out.read_bytes())[0]
    assert main(["render", str(plan_file), "-o", str(out), "--print-date", "2026-12-03",
                 "--whole-program"]) == 0
    assert "You are here now: week 5." in all_text(out.read_bytes())
    assert main(["render", str(plan_file), "-o", str(out), "--stage", "4"]) == 2
    assert "no stage 4" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # one or the other
        main(["render", str(plan_file), "-o", str(out), "--stage", "1", "--whole-program"])


def test_before_surgery_and_after_the_last_stage_say_so(content: HandoutContent) -> None:
    before = page_texts(_render(content, printed_on=dt.date(2026, 10, 20)).pdf)[0]
    assert "Your first stage: Protect your back" in before
    assert "Your surgery is on 2 Nov 2026. Start these exercises after your surgery." in before
    after = page_texts(_render(content, printed_on=dt.date(2027, 6, 1)).pdf)[0]
    assert "Week 31: Return to your activities" in after
    assert "Your last stage ended on 3 May 2027." in after


def test_the_log_starts_on_the_print_date(week5: HandoutResult, content: HandoutContent) -> None:
    log = " ".join(_log(week5))
    for day in ("Thu 3 Dec", "Sun 6 Dec", "Wed 9 Dec"):
        assert day in log, day
    for day in ("Wed 2 Dec", "Thu 10 Dec", "Mon 14 Dec"):
        assert day not in log, day
    # a stage that ends in three days gets three dated days
    short = " ".join(_log(_render(content, printed_on=dt.date(2026, 12, 11))))
    assert "Fri 11 Dec" in short and "Sun 13 Dec" in short and "Mon 14 Dec" not in short


@pytest.mark.parametrize("which", ["week5", "week5_large"])
def test_log_grids_never_split_and_the_blank_week_has_a_page_of_its_own(
        which: str, request: pytest.FixtureRequest, content: HandoutContent) -> None:
    result: HandoutResult = request.getfixturevalue(which)
    text = content.text.log
    pages = _log(result)
    for page in pages:  # each grid on a page has its day header and its last (pain) row there
        assert len(GRID.findall(page)) == page.count("Pain (0 to 10)"), page[:80]
    heading = "Protect your back: blank week to copy"
    copy_at = next(n for n, page in enumerate(pages) if page.startswith(heading))
    copy = pages[copy_at:]
    for page in copy:  # only the blank week from here on, on one page or (large print) two
        assert page.startswith(heading), page[:80]
        assert not re.search(r"\d+ (Nov|Dec)", page.split("·")[0]), page[:80]
    assert " ".join(pages).count("Copy this page") == 1
    if len(copy) == 1:
        assert text.copy_note in copy[0]
    else:  # the note says to copy both pages; the second is headed as the rest of the week
        assert len(copy) == 2 and which == "week5_large"
        assert content.week.copy_two_pages in copy[0]
        assert copy[1].startswith(f"{heading} (continued)")
    week = " ".join(copy)
    days = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    header = re.search(rf"Exercise {days}((?: {days})*) 1\. ", week)
    assert header and len(header[0].split()) - 2 == 7, week[:200]  # a week of days, no dates
    # ... with a drawn line each to write the date on, as wide as the day's column
    line = WriteOnLine(16, handout_style(True))
    assert line.wrap(40, 100) == (40, pytest.approx(16 * CLOSE_LEADING))


def test_large_print_repeats_the_steps(week5_large: HandoutResult, content: HandoutContent
                                       ) -> None:
    whole = _render(content, whole_program=True, large_print=True)
    text = all_text(whole.pdf)
    same = content.text.exercise.same_steps.split("{phase}")[0].strip()
    assert same not in text
    steps = content.library.get("abdominal-brace").steps
    numbered = " ".join(f"{n}. {step}" for n, step in enumerate(steps, start=1))
    assert text.count(numbered) == 2  # in both stages that prescribe it


def test_the_pain_scale_and_the_questions(week5: HandoutResult, content: HandoutContent) -> None:
    pages = page_texts(week5.pdf)
    scale = content.week.pain_scale
    page = next(text for text in pages if scale.heading in text)
    assert " ".join(str(n) for n in range(11)) in page
    for anchor in scale.anchors:
        assert anchor.words in page
    for line in scale.what_to_do:
        assert line in page
    # regular print: after daily life and the log's grid, once
    text = all_text(week5.pdf)
    heading = content.week.questions.heading
    assert text.count(heading) == 1
    assert text.index(content.text.guidance.heading) < text.index(heading)
    assert text.index("Your exercise log") < text.index(heading)


@pytest.mark.parametrize("which", ["week5", "week5_large"])
def test_the_questions_go_under_the_log_or_under_the_blank_week(
        which: str, request: pytest.FixtureRequest, content: HandoutContent) -> None:
    pages = page_texts(request.getfixturevalue(which).pdf)
    heading = content.week.questions.heading
    at = next(n for n, page in enumerate(pages) if heading in page)
    _questions_placed_well(pages, at, heading)


def _questions_placed_well(pages: list[str], at: int, heading: str) -> None:
    # never on a page of their own: at the foot of the page before the log when the log starts
    # the next page, under a dated grid, under the blank week to copy, or (a grid too tall to
    # share a page with the log's heading) under that heading
    before = pages[at].split(heading)[0]
    log = next(n for n, page in enumerate(pages) if "Your exercise log" in page)
    if at < log:
        assert at == log - 1 and pages[log].lstrip().startswith("Your exercise log")
        assert "•" in before  # under daily life's last lines
        return
    assert "Pain (0 to 10)" in before or "Your exercise log" in before
    if "Copy this page" in pages[at]:
        assert at == len(pages) - 1  # the last page: the copy of a week has room to write too
    else:
        assert "Your exercise log" in " ".join(pages[at - 1:at + 1])


@pytest.mark.parametrize(("template", "large"), [("rotator-cuff-repair", True),
                                               ("total-hip-replacement", True)])
def test_the_questions_take_the_foot_of_daily_life_when_the_log_starts_a_page(
        template: str, large: bool, content: HandoutContent) -> None:
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    plan = instantiate(load_templates()[template], Patient(name="Ann Lee"),
                       dt.date(2026, 11, 2))
    pages = page_texts(_render(content, plan, large_print=large).pdf)
    heading = content.week.questions.heading
    at = next(n for n, page in enumerate(pages) if heading in page)
    assert content.text.guidance.heading in " ".join(pages[:at + 1])
    assert "Your exercise log" not in pages[at]  # the page before the log's own
    _questions_placed_well(pages, at, heading)
    assert " ".join(pages).count(heading) == 1


def test_the_log_follows_daily_life_on_its_page_when_it_fits(week5: HandoutResult,
                                                             content: HandoutContent) -> None:
    pages = page_texts(week5.pdf)
    at = next(n for n, page in enumerate(pages) if "Your exercise log" in page)
    assert "•" in pages[at].split("Your exercise log")[0]  # the end of daily life above it
    log = pages[at].split("Your exercise log")[1]
    assert "Pain (0 to 10)" in log  # the whole grid on the page of its heading


def test_this_weeks_handout_is_eight_letter_pages_whatever_the_day(
        content: HandoutContent) -> None:
    # issue 12's target: the lumbar-fusion handout of a patient in week 5 (days 28 to 34), its
    # log included, on 8 Letter pages; the whole program was 26 and this week's first 13
    plan = make_plan()
    for day in range(28, 35):
        printed = plan.surgery_date + dt.timedelta(days=day)
        result = _render(content, plan, printed_on=printed)
        assert result.pages <= 8, printed


def test_large_print_is_fourteen_pages_whatever_the_day(content: HandoutContent) -> None:
    # issue 12's large-print target: the same week-5 handout (days 28 to 34) on 14 pages at
    # 16 pt; it was 44 for the whole program, 24 for this week's first and 16 before the cards
    # set their steps beside the picture and the questions took the foot of daily life's page
    plan = make_plan()
    for day in range(28, 35):
        printed = plan.surgery_date + dt.timedelta(days=day)
        result = _render(content, plan, printed_on=printed, large_print=True)
        assert result.pages <= 14, printed


FILL = 0.85  # a page of exercise cards is at least this full, but for a stage's last page


def _stage_pages_under(result: HandoutResult, fill: float) -> list[tuple[int, float]]:
    return [(page.page, round(page.fill, 2)) for page in result.page_fill
            if any(s.startswith("stage") for s in page.sections)
            and not page.ends_section and page.fill < fill]


@pytest.mark.parametrize("which", ["week5", "week5_large"])
def test_pages_of_exercise_cards_are_full(which: str, request: pytest.FixtureRequest) -> None:
    result: HandoutResult = request.getfixturevalue(which)
    fills = result.page_fill
    assert len(fills) == result.pages
    stage_pages = [p for p in fills if any(s.startswith("stage") for s in p.sections)]
    assert len(stage_pages) >= 4
    assert not _stage_pages_under(result, FILL)
    assert fills[-1].ends_section


@pytest.mark.parametrize("template", ["total-knee-replacement", "rotator-cuff-repair"])
def test_other_templates_fill_their_pages_too(template: str, content: HandoutContent) -> None:
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    plan = instantiate(load_templates()[template], Patient(name="Ann Lee"),
                       dt.date(2026, 11, 2))
    for large in (False, True):
        result = _render(content, plan, large_print=large)
        assert not _stage_pages_under(result, FILL), (template, large)
        whole = _render(content, plan, large_print=large, whole_program=True)
        assert not _stage_pages_under(whole, FILL), (template, large, "whole")


def test_fill_is_measured_from_the_layout(content: HandoutContent) -> None:
    plan = make_plan()
    plan.phases[0].prescriptions = plan.phases[0].prescriptions[:1]
    result = _render(content, plan, include_log=False)
    fills = result.page_fill
    # one short card: the stage's page is far from full, and it ends its section
    stage = [p for p in fills if any(s.startswith("stage") for s in p.sections)]
    assert stage and stage[-1].ends_section
    assert [p.page for p in fills] == list(range(1, result.pages + 1))
    assert all(0 <= p.fill <= 1 for p in fills)
    assert fills[0].sections == ("cover",) and fills[0].fill > 0.5


def test_no_daily_life_title_ends_a_page(week5: HandoutResult, content: HandoutContent) -> None:
    from rehab_planner.guidance import topics_for

    plan = make_plan()
    titles = [t.title for t in topics_for(plan, content.guidance, content.catalogue)]
    pages = page_texts(week5.pdf)
    for text in pages:
        body = text.split(" José Núñez · Printed")[0]
        assert not any(body.endswith(title) for title in titles), body[-60:]
    text = " ".join(pages)
    for title in titles:  # each title is followed by its first bullet
        assert re.search(re.escape(title) + r" • ", text), title


@pytest.mark.parametrize("template", ["acl-reconstruction", "cervical-fusion",
                                      "lumbar-microdiscectomy", "rotator-cuff-repair",
                                      "total-hip-replacement", "total-knee-replacement"])
def test_page_one_holds_the_patient_precautions_and_both_warning_tiers(
        template: str, content: HandoutContent) -> None:
    from rehab_planner.guidance import warning_signs_for
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    plan = instantiate(load_templates()[template], Patient(name="Ann Lee"),
                       dt.date(2026, 11, 2), therapist="Kim Lee, PT")
    signs = warning_signs_for(plan, content.guidance, content.catalogue)
    assert signs.call_911 and signs.call_surgeon
    for large, pages in ((False, 1), (True, 2)):
        result = _render(content, plan, large_print=large)
        first = " ".join(page_texts(result.pdf)[:pages])
        expected = ["Ann Lee", plan.procedure, "2 Nov 2026", "Week 5 of",
                    content.text.precautions.heading, content.text.warning_signs.heading,
                    *signs.call_911, *signs.call_surgeon]
        for text in expected:
            assert text in first, (template, large, text)
        if plan.main_message:  # it may move under the warning signs, never off the handout
            assert plan.main_message in all_text(result.pdf)


def test_long_names_get_the_room_narrow_days_leave(content: HandoutContent) -> None:
    # bilingual Spanish names in large print: the dates stacked (the shorter grid), so each
    # week's grid is whole on its page; no page of the log is left blank
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    plan = instantiate(load_templates()["acl-reconstruction"], Patient(name="Ann Lee"),
                       dt.date(2026, 11, 2))
    result = render_handout(plan, HandoutOptions(printed_on=WEEK5, large_print=True,
                                                 language="es", bilingual=True))
    pages = page_texts(result.pdf)
    log = next(n for n, page in enumerate(pages) if "Su registro de ejercicios" in page)
    assert not any("(sigue)" in page for page in pages[log:])
    assert all(fill.fill > 0.3 for fill in result.page_fill[log:])
