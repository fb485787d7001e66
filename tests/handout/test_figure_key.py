"""The picture key (issue 13): printed once, after the first drawn exercise, words at body size."""

from __future__ import annotations

import pytest

from rehab_planner.figures.words import figure_words
from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.model import Plan
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import font_sizes, page_texts


@pytest.fixture(scope="module")
def letter(content: HandoutContent) -> tuple[Plan, HandoutResult]:
    plan = make_plan()
    return plan, render_handout(plan, HandoutOptions(printed_on=PRINTED), content=content)


def test_the_key_is_printed_once_with_how_to_do_the_exercises(
    letter: tuple[Plan, HandoutResult], content: HandoutContent,
) -> None:
    _, result = letter
    words = figure_words()
    text = " ".join(page_texts(result.pdf))
    assert text.count(words.key_title) == 1
    for line in (words.key_start, words.key_end, words.key_arrow, words.key_stretch,
                 words.key_squeeze, words.key_hold, words.key_panels):
        assert text.count(line) == 1, line
    # before how to do the exercises (both read before the first card)
    key, how_to = text.index(words.key_title), text.index(content.text.cover.how_to_heading)
    assert key < how_to < text.index("Exercise 1: ")


def test_picture_words_and_numbers_print_at_body_size(letter: tuple[Plan, HandoutResult]) -> None:
    _, result = letter
    text = " ".join(page_texts(result.pdf))
    # The log roll of the lumbar plan is drawn in numbered panels; holds say "hold".
    assert " hold " in f" {text} " or "squeeze" in text
    assert min(font_sizes(result.pdf)) >= 12.0


def test_large_print_key_words_are_large(content: HandoutContent) -> None:
    result = render_handout(make_plan(), HandoutOptions(printed_on=PRINTED, large_print=True),
                            content=content)
    assert " ".join(page_texts(result.pdf)).count(figure_words().key_title) == 1
    assert min(font_sizes(result.pdf)) >= 16.0


def test_the_key_says_what_a_close_up_box_is_only_when_a_picture_has_one(
        content: HandoutContent) -> None:
    import datetime as dt

    from rehab_planner.figures.key import has_close_up
    from rehab_planner.figures.render import spec_for
    from rehab_planner.model import Patient
    from rehab_planner.templates.loader import instantiate, load_templates

    words = figure_words()
    for template, expected in (("rotator-cuff-repair", True), ("lumbar-fusion", False)):
        plan = instantiate(load_templates()[template], Patient(name="Ann Lee"),
                           dt.date(2026, 11, 2))
        shown = {p.exercise_id for p in plan.phases[0].prescriptions}
        boxed = any(has_close_up(spec_for(content.library.get(i))) for i in shown)
        assert boxed is expected, template
        result = render_handout(plan, HandoutOptions(printed_on=dt.date(2026, 12, 3)),
                                content=content)
        text = " ".join(page_texts(result.pdf))
        assert (words.key_close_up in text) is expected, template


def test_the_key_says_what_glide_means_only_when_a_nerve_glide_is_drawn(
        content: HandoutContent) -> None:
    # The lumbar plan has no nerve glide: its key says nothing of "glide". With the sitting leg
    # nerve glide added to the first phase, its picture says "glide" and the key says what that
    # means, once, in English and in Spanish.
    from rehab_planner.model import Prescription

    plain = render_handout(make_plan(), HandoutOptions(printed_on=PRINTED), content=content)
    assert figure_words().key_glide not in " ".join(page_texts(plain.pdf))
    plan = make_plan()
    plan.phases[0].prescriptions.append(Prescription(exercise_id="sciatic-nerve-slider"))
    for language in ("en", "es"):
        result = render_handout(plan, HandoutOptions(printed_on=PRINTED, language=language),
                                content=content)
        text = " ".join(page_texts(result.pdf))
        words = figure_words() if language == "en" else _spanish_words()
        assert text.count(words.key_glide) == 1, language
        assert f" {words.glide} " in f" {text} ", language


def _spanish_words():  # type: ignore[no-untyped-def]
    from rehab_planner.i18n.current import using_language

    with using_language("es"):
        return figure_words()
