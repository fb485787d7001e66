"""The lumbar-fusion handout read back from the PDF: content, dates, fonts, sizes, pages."""

from __future__ import annotations

import re

import pytest

from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.styles import MIN_BODY_PT, MIN_LARGE_BODY_PT
from rehab_planner.i18n.dosage import describe
from rehab_planner.model import Plan
from rehab_planner.plans.schedule import format_phase_dates, format_weeks
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import all_text, font_sizes, fonts, page_drawing, page_texts, reader


def _render(content: HandoutContent, plan: Plan, **options: object) -> HandoutResult:
    """The whole program (every stage, as complete as before this week's handout)."""
    options.setdefault("whole_program", True)
    return render_handout(plan, HandoutOptions(printed_on=PRINTED, **options),  # type: ignore[arg-type]
                          content=content)


@pytest.fixture(scope="module")
def letter(content: HandoutContent) -> tuple[Plan, HandoutResult]:
    plan = make_plan()
    return plan, _render(content, plan)


@pytest.fixture(scope="module")
def large_letter(content: HandoutContent) -> tuple[Plan, HandoutResult]:
    plan = make_plan()
    return plan, _render(content, plan, large_print=True)


@pytest.fixture(scope="module")
def a4(content: HandoutContent) -> tuple[Plan, HandoutResult]:
    plan = make_plan()
    return plan, _render(content, plan, page_size="a4")


@pytest.fixture(scope="module")
def large_a4(content: HandoutContent) -> tuple[Plan, HandoutResult]:
    plan = make_plan()
    return plan, _render(content, plan, large_print=True, page_size="a4")


def _items(content: HandoutContent, plan: Plan) -> list[tuple[str, str]]:
    """(exercise name, dosage in words) of every prescription."""
    out = []
    for phase in plan.phases:
        for rx in phase.prescriptions:
            exercise = content.library.get(rx.exercise_id)
            out.append((exercise.name, describe(exercise.dosage.merged(rx.dosage))))
    return out


@pytest.mark.parametrize("which", ["letter", "large_a4"])
def test_every_exercise_is_there_with_its_dosage(
    which: str, request: pytest.FixtureRequest, content: HandoutContent
) -> None:
    plan, result = request.getfixturevalue(which)
    text = all_text(result.pdf)
    items = _items(content, plan)
    assert len(items) >= 20
    for name, dosage in items:
        assert name in text
        assert f"How much: {dosage}" in text, dosage


def _numbered_items(content: HandoutContent, plan: Plan) -> list[tuple[int, str, str, str]]:
    """(number, exercise name, dosage in words, last line) of every card, numbered as printed.

    The last line is the last step of a full card (the first time an exercise is shown) and
    the dosage again on a short card (which has no steps)."""
    ctx = BuildContext(plan=plan, library=content.library, style=None,  # type: ignore[arg-type]
                       text=content.text, labels=content.labels, guidance=content.guidance,
                       catalogue=content.catalogue, width=0, page_height=0, printed_on=PRINTED)
    out, seen = [], set()
    for phase in plan.phases:
        for item in ctx.items(phase):
            dosage = describe(item.dosage)
            full = item.exercise.id not in seen and item.exercise.steps
            seen.add(item.exercise.id)
            last = item.exercise.steps[-1] if full else dosage
            out.append((item.number, item.exercise.name, dosage, last))
    return out


def _items_of(content: HandoutContent, plan: Plan, phase_id: str) -> list[Item]:
    ctx = BuildContext(plan=plan, library=content.library, style=None,  # type: ignore[arg-type]
                       text=content.text, labels=content.labels, guidance=content.guidance,
                       catalogue=content.catalogue, width=0, page_height=0, printed_on=PRINTED)
    phase = next(p for p in plan.phases if p.id == phase_id)
    return ctx.items(phase)


@pytest.mark.parametrize("which", ["letter", "large_letter", "large_a4"])
def test_no_exercise_card_splits_across_pages(which: str, request: pytest.FixtureRequest,
                                              content: HandoutContent) -> None:
    plan, result = request.getfixturevalue(which)
    pages = page_texts(result.pdf)
    items = _numbered_items(content, plan)
    assert len(items) >= 20
    for number, name, dosage, last in items:
        title = re.compile(rf"Exercise {number}: {re.escape(name)}")
        # the log repeats the name without a dosage; the card has title, dosage and its
        # last step on one page
        on_one_page = [n for n, text in enumerate(pages, start=1)
                       if title.search(text) and f"How much: {dosage}" in text
                       and last in text]
        assert on_one_page, f"card Exercise {number}: {name} is split across pages"
    assert not [w for w in result.warnings if "longer than one page" in w]


def test_an_exercise_seen_in_an_earlier_phase_gets_a_short_card(
    letter: tuple[Plan, HandoutResult], content: HandoutContent,
) -> None:
    plan, result = letter
    text = all_text(result.pdf)
    first = plan.phases[0]
    repeated = [rx.exercise_id for phase in plan.phases[1:] for rx in phase.prescriptions
                if rx.exercise_id in {r.exercise_id for r in first.prescriptions}]
    assert repeated, "the lumbar-fusion template repeats an exercise in a later phase"
    same = content.text.exercise.same_steps.replace("{phase}", first.name)
    assert text.count(same) >= 1
    steps = content.library.get(repeated[0]).steps
    numbered = " ".join(f"{n}. {step}" for n, step in enumerate(steps, start=1))
    assert text.count(numbered) == 1  # the steps are printed once, on the full card


def test_phase_dates_are_computed_from_the_surgery_date(letter: tuple[Plan, HandoutResult]) -> None:
    plan, result = letter
    text = all_text(result.pdf)
    assert "Weeks 0 to 6: 2 Nov to 14 Dec 2026" in text
    for phase in plan.phases:
        assert f"{format_weeks(phase)}: {format_phase_dates(plan, phase)}" in text
        assert phase.name in text


@pytest.mark.parametrize("which", ["letter", "a4"])
def test_first_page_holds_branding_people_precautions_and_both_warning_tiers(
    which: str, request: pytest.FixtureRequest, content: HandoutContent,
) -> None:
    plan, result = request.getfixturevalue(which)
    pages = page_texts(result.pdf)
    first = pages[0]
    for expected in ("Riverside Physical Therapy", "12 Mill Road", "(217) 555-0142",
                     "José Núñez", "Lumbar spinal fusion", "2 Nov 2026", "Zoë Łukasiewicz, PT",
                     "Dr Ольга Иванова, (217) 555-0199", "3 Nov 2026", "Your precautions",
                     "lift more than 10 pounds (4.5 kg)",
                     "Do not sit for more than 30 minutes", "Warning signs",
                     "Call 911 or go to the emergency room now"):
        assert expected in first, expected
    from rehab_planner.guidance import warning_signs_for

    signs = warning_signs_for(plan, content.guidance, content.catalogue)
    for sign in [*signs.call_911, signs.call_surgeon_heading, "101°F (38.3°C)",
                 *signs.call_surgeon]:
        assert sign in first, sign
    # to make room, the main message may move under the warning signs: still first on page 2
    second = pages[1]
    if plan.main_message not in first:
        assert second.index(plan.main_message) < second.index(content.text.cover.how_to_heading)
        assert "The most important thing" in second


def test_large_print_keeps_each_first_page_box_whole(
    large_letter: tuple[Plan, HandoutResult], content: HandoutContent,
) -> None:
    plan, result = large_letter
    pages = page_texts(result.pdf)
    from rehab_planner.guidance import warning_signs_for

    signs = warning_signs_for(plan, content.guidance, content.catalogue)
    for box in (signs.call_911, signs.call_surgeon):  # each tier's box on one page
        assert [n for n, text in enumerate(pages) if all(line in text for line in box)]
    assert [n for n, text in enumerate(pages)
            if "Your precautions" in text and "Do not drive before 14 Dec 2026" in text]


def test_page_counts_stay_low(letter: tuple[Plan, HandoutResult],
                              large_letter: tuple[Plan, HandoutResult],
                              a4: tuple[Plan, HandoutResult]) -> None:
    # 39 pages on Letter and 64 in large print before the denser cards and log; 25 and 45
    # before a phase heading stopped pushing its first card (and itself) to a new page
    # the whole program: 24 / 24 / 44 before it gained the pain scale, the questions and a page
    # of its own for each blank week, before large print repeated the steps of an exercise
    # shown in an earlier stage, before the safety text grew to the body size, and before the
    # picture key (once) and full-size pictures on repeated exercises (issue 13)
    assert letter[1].pages <= 29
    assert a4[1].pages <= 29
    assert large_letter[1].pages <= 54


@pytest.mark.parametrize("which", ["letter", "large_letter"])
def test_how_to_list_shares_its_page_with_the_pain_scale(
    which: str, request: pytest.FixtureRequest, content: HandoutContent,
) -> None:
    _, result = request.getfixturevalue(which)
    page = next(text for text in page_texts(result.pdf) if content.text.cover.how_to_heading in text)
    scale = content.week.pain_scale
    assert scale.heading in page and scale.what_to_do[-1] in page
    assert " ".join(str(n) for n in range(11)) in page


def test_phase_heading_is_on_the_page_of_its_first_card(letter: tuple[Plan, HandoutResult],
                                                        content: HandoutContent) -> None:
    plan, result = letter
    pages = page_texts(result.pdf)
    first = {phase.id: min(item.number for item in _items_of(content, plan, phase.id))
             for phase in plan.phases}
    for phase in plan.phases:
        at = next(n for n, text in enumerate(pages) if f"{phase.name} {format_weeks(phase)}"
                  in text)
        assert f"Exercise {first[phase.id]}: " in pages[at], phase.name


def test_daily_life_heading_goes_with_a_topic_and_no_topic_ends_alone(
    letter: tuple[Plan, HandoutResult], content: HandoutContent,
) -> None:
    plan, result = letter
    from rehab_planner.guidance import topics_for

    titles = [t.title for t in topics_for(plan, content.guidance, content.catalogue)]
    pages = page_texts(result.pdf)
    start = next(n for n, text in enumerate(pages) if content.text.guidance.heading in text)
    assert titles[0] in pages[start]
    last = next(n for n, text in enumerate(pages) if titles[-1] in text)
    # the last topic shares its page with the topic before it, or with the log after it
    assert titles[-2] in pages[last] or "Your exercise log" in pages[last]


def test_large_print_log_is_portrait_with_the_week_in_one_grid(
        large_letter: tuple[Plan, HandoutResult], letter: tuple[Plan, HandoutResult]) -> None:
    texts = page_texts(large_letter[1].pdf)
    log_start = next(n for n, text in enumerate(texts) if "Your exercise log" in text)
    for result in (large_letter[1], letter[1]):
        assert all(float(p.mediabox.width) < float(p.mediabox.height)
                   for p in reader(result.pdf).pages)
    log = " ".join(texts[log_start:])
    # the first dated week (from the print date) is there, its dates stacked (the day above the
    # month) so the whole week fits one portrait grid
    for day in ("Tue 3 Nov", "Mon 9 Nov"):
        assert day in log, day
    assert "(continued)" not in log
    assert re.search(r"Exercise Tue 3 Nov Wed 4 Nov Thu 5 Nov Fri 6 Nov Sat 7 Nov Sun 8 Nov "
                     r"Mon 9 Nov", log)


def test_every_page_shows_page_x_of_y_name_and_date(letter: tuple[Plan, HandoutResult]) -> None:
    _, result = letter
    pages = page_texts(result.pdf)
    assert result.pages == len(pages) > 10
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "José Núñez · Printed 3 Nov 2026" in text


def test_guidance_and_log_are_there(letter: tuple[Plan, HandoutResult]) -> None:
    plan, result = letter
    text = all_text(result.pdf)
    assert "Daily life while you heal" in text
    assert "Do not drive before 14 Dec 2026" in text
    assert "Your exercise log" in text
    assert text.count("Pain (0 to 10)") >= 2 * len(plan.phases)
    log = text[text.index("Your exercise log"):]
    # this stage's log starts on the print date; later stages show their first week
    for day in ("Tue 3 Nov", "Sun 8 Nov", "Mon 9 Nov", "Mon 14 Dec", "Sun 31 Jan"):
        assert day in log, day  # dates on one line
    assert "Mon 2 Nov" not in log  # no days before the print date
    assert "Tue 10 Nov" not in log  # later weeks are on copies of the blank week


def test_fonts_are_embedded_unicode_fonts(letter: tuple[Plan, HandoutResult]) -> None:
    _, result = letter
    used = fonts(result.pdf)
    assert used
    assert all(used.values()), used
    assert all("DejaVu" in name or "RehabSans" in name for name in used), used


@pytest.mark.parametrize(("which", "minimum", "body"),
                         [("letter", MIN_BODY_PT, 12.0),
                          ("large_a4", MIN_LARGE_BODY_PT, 12 * 4 / 3)])
def test_text_sizes_meet_the_minimum(which: str, minimum: float, body: float,
                                     request: pytest.FixtureRequest) -> None:
    _, result = request.getfixturevalue(which)
    sizes = font_sizes(result.pdf)
    assert sizes
    assert min(sizes) >= minimum
    assert max(set(sizes), key=sizes.count) == pytest.approx(body, abs=0.01)  # mostly body text


def test_page_sizes(letter: tuple[Plan, HandoutResult],
                    large_a4: tuple[Plan, HandoutResult]) -> None:
    box = reader(letter[1].pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = reader(large_a4[1].pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert large_a4[1].pages > letter[1].pages


def test_metadata(letter: tuple[Plan, HandoutResult]) -> None:
    meta = reader(letter[1].pdf).metadata
    assert meta is not None
    assert meta.title == "Your home exercise program"  # the name stays on the pages only
    assert all("Núñez" not in str(value) for value in meta.values())
    assert meta.author == "Riverside Physical Therapy"
    assert meta.subject == "Lumbar spinal fusion: your home exercises"


def test_no_warnings_for_latin_and_cyrillic_names(letter: tuple[Plan, HandoutResult]) -> None:
    assert letter[1].warnings == []


def test_large_print_scales_one_set_of_constants() -> None:
    from rehab_planner.handout.styles import (
        CLOSE_LEADING,
        LARGE_PRINT_SCALE,
        LARGE_PRINT_SPACE_SCALE,
        MAX_FIGURE_RATIO,
        handout_style,
    )

    regular, large = handout_style(False), handout_style(True)
    assert large.body_size == pytest.approx(regular.body_size * LARGE_PRINT_SCALE)
    # the spaces grow less than the type; the log's tick boxes (a target for a pen) stay
    assert large.section_space == pytest.approx(regular.section_space * LARGE_PRINT_SPACE_SCALE)
    assert regular.section_space < large.section_space < regular.section_space * LARGE_PRINT_SCALE
    assert large.tick_box == regular.tick_box
    assert large.margin_left == regular.margin_left
    # Pictures grow with the type, up to a share of the page width.
    assert regular.figure_width_ratio < large.figure_width_ratio <= MAX_FIGURE_RATIO
    for name, style in large.paragraphs.items():
        assert style.fontSize >= MIN_LARGE_BODY_PT, name
        # body text 1.3 apart; table cells no closer than CLOSE_LEADING
        assert style.leading >= style.fontSize * CLOSE_LEADING - 0.01, name


def _log_pages(result: HandoutResult) -> tuple[int, list[str]]:
    texts = page_texts(result.pdf)
    start = next(n for n, text in enumerate(texts) if "Your exercise log" in text)
    return start, texts[start:]


@pytest.mark.parametrize(("which", "minimum"),
                         [("letter", MIN_BODY_PT), ("large_letter", MIN_LARGE_BODY_PT)])
def test_log_text_and_tick_boxes_are_large_enough(which: str, minimum: float,
                                                  request: pytest.FixtureRequest) -> None:
    _, result = request.getfixturevalue(which)
    start, pages = _log_pages(result)
    drawn = page_drawing(result.pdf)[start:]
    assert len(drawn) == len(pages) >= 3
    for (sizes, rects), text in zip(drawn, pages, strict=True):
        assert sizes and min(sizes) >= minimum
        if "Pain (0 to 10)" not in text:
            continue  # the questions for the next visit
        boxes = [w for w, h in rects if w == h and w < 72]  # the tick boxes are the squares
        assert boxes and min(boxes) >= 0.2 * 72  # at least 0.2 in: room to tick with a pen


def test_log_says_what_to_do_after_the_first_week(letter: tuple[Plan, HandoutResult],
                                                   content: HandoutContent) -> None:
    plan, result = letter
    _, pages = _log_pages(result)
    log = " ".join(pages)
    text = content.text.log
    assert text.more_weeks and text.more_weeks in pages[0]
    assert text.copy_note and log.count(text.copy_note) == len(plan.phases)
    for phase in plan.phases:
        heading = text.copy_heading.replace("{phase}", phase.name)
        # the blank week to copy is whole on one page, under its heading, without dates
        page = next(p for p in pages if heading in p)
        blank = page[page.index(heading):]
        assert "Pain (0 to 10)" in blank
        # its days have a line to write the date on (drawn), no date
        assert re.search(r"Exercise (Mon|Tue|Wed|Thu|Fri|Sat|Sun)( (Mon|Tue|Wed|Thu|Fri|Sat|Sun)){6} ",
                         blank), blank[:200]


@pytest.mark.parametrize("which", ["letter", "large_letter", "large_a4"])
def test_every_log_page_starts_with_a_heading(which: str, request: pytest.FixtureRequest) -> None:
    plan, result = request.getfixturevalue(which)
    _, pages = _log_pages(result)
    names = [phase.name for phase in plan.phases]
    continued = 0
    for text in pages[1:]:
        if text.startswith("Questions for my next visit"):
            continue
        assert any(text.startswith(name) for name in names), text[:80]
        continued += any(text.startswith(f"{name} (continued)") for name in names)
    if which != "large_a4":  # a week's grid fits a Letter page, in large print too
        assert not continued
    for name in names:  # a continued grid repeats its day header
        for text in pages:
            if text.startswith(f"{name} (continued)"):
                rest = text.removeprefix(f"{name} (continued)").lstrip()
                assert re.match(r"Exercise (Mon|Tue|Wed|Thu|Fri|Sat|Sun)", rest), rest[:40]


def test_exercise_numbers_restart_in_each_phase_and_match_the_log(
    letter: tuple[Plan, HandoutResult], content: HandoutContent,
) -> None:
    plan, result = letter
    start, log_pages = _log_pages(result)
    cards = " ".join(page_texts(result.pdf)[:start])
    log = " ".join(log_pages)
    for phase in plan.phases:
        items = _items_of(content, plan, phase.id)
        assert [item.number for item in items] == list(range(1, len(items) + 1))
        for item in items:
            assert f"Exercise {item.number}: {item.exercise.name}" in cards
            assert f"{item.number}. {item.exercise.name}" in log
    # a card title is never '1. Name', which looked like its first step
    assert not re.search(r"(?<![0-9:]) 1\. Ankle pumps", cards)


def test_the_render_help_gives_the_type_sizes_the_styles_use(capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    from rehab_planner.cli import main
    from rehab_planner.handout.styles import handout_style

    with pytest.raises(SystemExit):
        main(["render", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    regular, large = handout_style(False).body_size, handout_style(True).body_size
    assert f"body text {large:g} pt instead of {regular:g} pt" in help_text
