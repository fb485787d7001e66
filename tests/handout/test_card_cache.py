"""Cards kept between renders (handout.card_cache): never stale, never from the wrong options.

Every check reads the real PDF back; a render from an empty cache is the reference.
"""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.platypus import Spacer

from rehab_planner.handout import HandoutContent, HandoutOptions, HandoutResult, render_handout
from rehab_planner.handout.card_cache import CARDS, CardCache, CardRecord, fresh
from rehab_planner.i18n.dosage import describe
from rehab_planner.model import Dosage, Plan
from rehab_planner.plans.edits import set_dosage, set_note
from rehab_planner.safety.refusal import HandoutRefused
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import all_text, page_texts


def _render(content: HandoutContent, plan: Plan, **options: object) -> HandoutResult:
    return render_handout(plan, HandoutOptions(printed_on=PRINTED, **options),  # type: ignore[arg-type]
                          content=content)


def _uncached(content: HandoutContent, plan: Plan, **options: object) -> HandoutResult:
    CARDS.clear()
    return _render(content, plan, **options)


def _current_rx(content: HandoutContent, plan: Plan) -> tuple[str, str]:
    """(prescription id, exercise name) of a card this week's handout prints."""
    result = _render(content, plan)
    assert result.stage is not None
    phase = next(p for p in plan.phases if p.id == result.stage.phase.id)
    rx = phase.prescriptions[0]
    return rx.id, content.library.get(rx.exercise_id).name


def test_two_renders_of_a_plan_print_the_same(content: HandoutContent) -> None:
    plan = make_plan()
    first = _uncached(content, plan, whole_program=True)
    hits = CARDS.hits
    second = _render(content, plan, whole_program=True)
    assert CARDS.hits > hits  # the second render took its cards from the cache
    assert page_texts(second.pdf) == page_texts(first.pdf)
    assert second.warnings == first.warnings
    assert second.pages == first.pages


def test_an_edited_dosage_is_printed_after_a_cached_render(content: HandoutContent) -> None:
    plan = make_plan()
    rx_id, _ = _current_rx(content, plan)
    rx = next(r for p in plan.phases for r in p.prescriptions if r.id == rx_id)
    default = content.library.get(rx.exercise_id).dosage
    before, after = Dosage(sets=2, reps=7), Dosage(sets=3, reps=9)
    old_plan, _ = set_dosage(plan, rx_id, before)
    old = _render(content, old_plan)
    assert describe(default.merged(before)) in all_text(old.pdf)
    new_plan, _ = set_dosage(old_plan, rx_id, after)
    new = _render(content, new_plan)
    text = all_text(new.pdf)
    assert describe(default.merged(after)) in text
    assert describe(default.merged(before)) not in text
    assert page_texts(new.pdf) == page_texts(_uncached(content, new_plan).pdf)


def test_an_edited_note_is_printed_after_a_cached_render(content: HandoutContent) -> None:
    plan = make_plan()
    rx_id, _ = _current_rx(content, plan)
    first, _ = set_note(plan, rx_id, "Keep the band under your left foot.")
    assert "Keep the band under your left foot." in all_text(_render(content, first).pdf)
    second, _ = set_note(first, rx_id, "Rest a minute between the sets.")
    text = all_text(_render(content, second).pdf)
    assert "Rest a minute between the sets." in text
    assert "Keep the band under your left foot." not in text


def test_an_edited_exercise_text_is_printed_after_a_cached_render(content: HandoutContent
                                                                   ) -> None:
    plan = make_plan()
    rx_id, _ = _current_rx(content, plan)  # its card is cached
    rx = next(r for p in plan.phases for r in p.prescriptions if r.id == rx_id)
    exercise = content.library.get(rx.exercise_id)
    edited = exercise.model_copy(update={"steps": ["Breathe in slowly and count to five.",
                                                   *exercise.steps[1:]]})
    library = content.library.with_exercise(edited)
    changed = dataclasses.replace(content, library=library)
    cached = _render(changed, plan)
    assert "Breathe in slowly and count to five." in all_text(cached.pdf)
    assert page_texts(cached.pdf) == page_texts(_uncached(changed, plan).pdf)
    # and back: the shipped exercise's card again, not the edited one
    assert "Breathe in slowly and count to five." not in all_text(_render(content, plan).pdf)


@pytest.mark.parametrize("options", [{"large_print": True}, {"language": "es"},
                                     {"page_size": "a4"},
                                     {"large_print": True, "language": "es"}])
def test_other_options_are_not_served_from_the_cache_of_the_first(
        content: HandoutContent, options: dict[str, object]) -> None:
    plan = make_plan()
    reference = page_texts(_uncached(content, plan, **options).pdf)
    CARDS.clear()
    _render(content, plan)  # regular print, English, Letter: its cards are cached
    assert page_texts(_render(content, plan, **options).pdf) == reference
    # and switching back gives the first handout again
    assert page_texts(_render(content, plan).pdf) == page_texts(_uncached(content, plan).pdf)


def test_a_cached_card_still_reports_its_missing_characters(content: HandoutContent) -> None:
    plan = make_plan()
    rx_id, _ = _current_rx(content, plan)
    noted, _ = set_note(plan, rx_id, "Hold it gently, Mr 李.")
    first = _uncached(content, noted)
    second = _render(content, noted)
    assert any("U+674E" in w and "note" in w for w in first.warnings)
    assert second.warnings == first.warnings


def test_the_cache_is_bounded() -> None:
    cache = CardCache(limit=3)
    cache.give_back([(n, CardRecord(Spacer(1, 1))) for n in range(5)])
    assert len(cache) == 3
    assert cache.take(0) is None and cache.take(1) is None
    taken = cache.take(4)
    assert taken is not None and len(cache) == 2  # taken out until given back
    assert cache.take(4) is None  # no other render gets it meanwhile


def test_a_taken_card_loses_what_the_last_layout_left_on_it() -> None:
    card = Spacer(1, 1)
    card._postponed = 1  # a card moved to the next page once is not 'too large' the next time
    cache = CardCache()
    cache.give_back([("k", CardRecord(card))])
    record = cache.take("k")
    assert record is not None and not hasattr(record.card, "_postponed")
    fresh(card)  # nothing left to remove: no error


@pytest.mark.parametrize("options", [{}, {"whole_program": True},
                                     {"whole_program": True, "large_print": True},
                                     {"language": "es"}])
def test_a_partial_render_prints_the_first_pages_of_the_whole(
        content: HandoutContent, options: dict[str, object]) -> None:
    """A preview's first pages (sections made only when reached) are the whole handout's."""
    plan = make_plan()
    whole = _uncached(content, plan, **options)
    for stop in (1, whole.pages // 2, whole.pages - 1):
        part = _render(content, plan, stop_after_page=stop, pages_hint=whole.pages, **options)
        assert part.pages == stop
        assert page_texts(part.pdf) == page_texts(whole.pdf)[:stop]
    assert page_texts(_render(content, plan, **options).pdf) == page_texts(whole.pdf)


def test_a_refused_sentence_in_a_later_section_stops_a_partial_render_past_it(
        content: HandoutContent) -> None:
    plan = make_plan()
    rx_id, _ = _current_rx(content, plan)
    bad, _ = set_note(plan, rx_id, "Hold it for {seconds} seconds.")
    with pytest.raises(HandoutRefused):
        _render(content, bad, stop_after_page=50, pages_hint=50)
    with pytest.raises(HandoutRefused):
        _render(content, bad)


def test_a_partial_render_ending_in_empty_sections(content: HandoutContent) -> None:
    """No daily-life topics and no log: the last sections are empty."""
    plan = make_plan()
    whole = _uncached(content, plan, include_log=False)
    part = _render(content, plan, include_log=False, stop_after_page=whole.pages + 5,
                   pages_hint=whole.pages)
    assert page_texts(part.pdf) == page_texts(whole.pdf)


def test_a_story_ending_in_an_empty_deferred_section_is_laid_out() -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle

    from rehab_planner.handout.document import Deferred, PageDecor, build_pdf
    from rehab_planner.handout.flowables import Para
    from rehab_planner.handout.fonts import BODY_FONT, register_fonts
    from rehab_planner.handout.styles import handout_style

    register_fonts()
    style = handout_style(False)
    body = ParagraphStyle("b", fontName=BODY_FONT, fontSize=12)
    made: list[str] = []

    def later() -> list:
        made.append("later")
        return [Para("Made when reached.", body)]

    story = [Para("First.", body), Deferred(later), Deferred(list), Deferred(list)]
    decor = PageDecor(footer="f", page_pattern="Page {page} of {pages}", style=style)
    pdf, pages, _ = build_pdf(story, letter, style, decor, title="t", author="a", subject="s")
    assert pages == 1 and made == ["later"]
    assert "Made when reached." in all_text(pdf)
