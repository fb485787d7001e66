"""Story builder of a phase: dates, goals, exercise cards by kind, criteria to move on."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from functools import partial

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from rehab_planner.errors import RehabError
from rehab_planner.handout.card_cache import CARDS, CardRecord, RecordingGlyphs
from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.figure_key import figure_key
from rehab_planner.handout.flowables import (
    ExerciseCard,
    FigureFrame,
    LeadBlock,
    boxed,
    contents,
    figures_backend,
    own_font,
    photo_flowable,
    qr_code,
    two_columns,
)
from rehab_planner.handout.minutes import daily_minutes
from rehab_planner.handout.styles import MAX_FIGURE_RATIO, TIGHT_LEADING
from rehab_planner.handout.texts import filled
from rehab_planner.handout.week import (
    gap_notes,
    here_mark,
    next_goals_heading,
    without_prescribed_notes,
)
from rehab_planner.i18n.current import current_language
from rehab_planner.model import Phase
from rehab_planner.model.vocab import CATEGORY_ORDER
from rehab_planner.order_text import stance_notes
from rehab_planner.plans.schedule import format_date, format_phase_dates, format_weeks
from rehab_planner.range_text import card_lines


def phase_heading(ctx: BuildContext, phase: Phase) -> str:
    """'Weeks 0 to 6: 2 Nov to 14 Dec 2026'."""
    return filled(ctx.text.phase.dates, weeks=format_weeks(phase),
                  dates=format_phase_dates(ctx.plan, phase))


# A lying body is long and low: its drawing, cut to the body and what it lies on, takes this
# share of the frame (the usual column printed the body about a third of an inch thick); large
# print draws it larger, up to MAX_LYING_RATIO.
LYING_PICTURE_RATIO = 0.66
MAX_LYING_RATIO = 0.85
MIN_TEXT_RATIO = 0.3  # a column of text beside a picture takes at least this share of the frame


def drawn_wide(ctx: BuildContext, item: Item) -> bool:
    """Whether the card draws the exercise lying down, cropped and wide (no photo of its own)."""
    from rehab_planner.figures.crop import hugs

    figure = item.exercise.figure
    return figure is not None and hugs(figure) and ctx.photo_path(item.exercise) is None


def picture_ratio_for(ctx: BuildContext, item: Item) -> float:
    """The picture column's share of the frame: for a body lying down, wide enough that its
    cropped picture is as tall as a standing figure's (at most LYING_PICTURE_RATIO, larger in
    large print), so a flat body prints large and a leg raised high does not fill the page."""
    usual = ctx.style.figure_width_ratio
    backend = figures_backend()
    if not drawn_wide(ctx, item) or backend is None:
        return usual
    key = (item.exercise.figure.model_dump_json() if item.exercise.figure else "",
           item.dosage.side)
    aspect = _ASPECTS.get(key)
    if aspect is None:  # drawn once per figure and side, not at every render
        if len(_ASPECTS) > 2000:  # figures edited many times over: start again
            _ASPECTS.clear()
        unit = backend.figure_drawing(item.exercise, 100.0, side=item.dosage.side, crop=True)
        aspect = _ASPECTS[key] = unit.height / unit.width
    return lying_ratio(usual, ctx.style.scale, aspect)


_ASPECTS: dict[tuple[str, str | None], float] = {}  # a cropped lying picture's height / width


def lying_ratio(usual: float, scale: float, aspect: float) -> float:
    """A cropped lying picture's share of the frame: as tall as the usual box (usual: its
    share), at most LYING_PICTURE_RATIO times the print's scale. aspect: height over width."""
    from rehab_planner.figures.layout import BOX_H, BOX_W

    as_tall = usual * BOX_H / BOX_W / aspect  # the width whose height is the usual box's
    return max(usual, min(LYING_PICTURE_RATIO * scale, MAX_LYING_RATIO, as_tall))


def _picture(ctx: BuildContext, item: Item, width: float, *, video: bool = True
             ) -> list[Flowable]:
    """The photo, the generated drawing, or a neat frame with the name, then the QR code.

    width: the picture column's width (the picture takes 94% of it).
    video: add the QR code of the exercise's video, when it has one.
    """
    width *= PICTURE_SHARE
    exercise = item.exercise
    picture: Flowable | None = None
    photo = ctx.photo_path(exercise)
    if photo is not None:
        try:
            picture = photo_flowable(photo, width)
        except (OSError, RehabError) as exc:
            ctx.warnings.append(
                f"The photo of '{exercise.name}' could not be used ({exc}); a drawing is used."
            )
    backend = figures_backend() if picture is None else None
    if backend is not None and hasattr(backend, "figure_drawing"):
        try:
            picture = backend.figure_drawing(exercise, width, side=item.dosage.side,
                                             crop=drawn_wide(ctx, item))
        except Exception as exc:  # a broken figure must not stop the handout; it is reported
            ctx.warnings.append(f"The figure of '{exercise.name}' could not be drawn ({exc}).")
            picture = None
    if isinstance(picture, Drawing):
        own_font(picture, ctx.style)
    if picture is None:
        name = ctx.para(exercise.name, "label", where=f"the exercise '{exercise.id}'")
        picture = FigureFrame(exercise.name, width, ctx.style, name)
    column: list[Flowable] = [picture]
    if video and exercise.video_url:
        code = own_font(qr_code(exercise.video_url, ctx.style.qr_size), ctx.style)
        column += [Spacer(1, ctx.style.para_space), code,
                   ctx.para(ctx.text.exercise.video)]
    return column


def _dosage_box(ctx: BuildContext, item: Item, width: float) -> Flowable:
    """'How much: ...' in a box width points wide."""
    return boxed([[ctx.para(ctx.dosage_text(item.dosage), markup=ctx.text.exercise.dosage,
                            where=f"the exercise '{item.exercise.id}'")]],
                 width, ctx.style, line=ctx.style.box_line * 1.5)


def _safety(ctx: BuildContext, item: Item) -> list[Flowable]:
    """'Be careful:' and the exercise's safety notes, after a small space (none: nothing)."""
    exercise = item.exercise
    notes = without_prescribed_notes(ctx, ctx.card_notes(exercise.id, item.phase))
    if not notes:
        return []
    where = f"the exercise '{exercise.id}'"
    space = Spacer(1, ctx.style.para_space)
    if len(notes) == 1:  # one caution: on the line of its label ('Be careful: ...')
        return [space, ctx.para(notes[0], markup=ctx.text.exercise.safety, where=where)]
    return [space, ctx.para(ctx.text.exercise.safety, "label"), *ctx.bullets(notes, where)]


def _card_lines(ctx: BuildContext, item: Item) -> list[str]:
    """When to start (an exercise that starts after its stage, printed before that day), which
    leg to stand on (when the plan says; in every card), how far to move (the phase's range
    limits)."""
    rx = item.prescription
    lines: list[str] = []
    start = ctx.start_day(item)
    if start is not None and start > ctx.printed_on:
        lines.append(filled(ctx.text.exercise.starts, date=format_date(start)))
    lines += stance_notes(rx)
    if item.phase is not None:
        lines += card_lines(ctx.plan, item.phase, rx, item.exercise)
    return lines


def _remarks(ctx: BuildContext, item: Item, extra: str = "") -> list[Flowable]:
    """When to start, which leg to stand on, how far to move (see _card_lines), the
    therapist's note on this exercise, then an extra line, each after a small space."""
    exercise, labels = item.exercise, ctx.text.exercise
    space = ctx.style.para_space
    out: list[Flowable] = []
    for line in _card_lines(ctx, item):
        out += [Spacer(1, space), ctx.para(line, where=f"the exercise '{exercise.id}'")]
    if item.prescription.note.strip():
        out += [Spacer(1, space), ctx.para(item.prescription.note.strip(), markup=labels.note,
                                           where=f"the note on '{exercise.id}'")]
    if extra:
        out += [Spacer(1, space), ctx.para(extra, where=f"the exercise '{exercise.id}'")]
    return out


def _heading(ctx: BuildContext, item: Item) -> Flowable:
    """'Exercise 1: Ankle pumps' (the number restarts in each phase, as in the log)."""
    return ctx.para(item.exercise.name, "card_title", where=f"the exercise '{item.exercise.id}'",
                    markup=filled(ctx.text.exercise.number, number=item.number))


def exercise_card(ctx: BuildContext, item: Item, lead: Flowable | None = None, *,
                  picture_ratio: float | None = None, tight: bool = False) -> ExerciseCard:
    """One exercise: 'Exercise 1: name', picture, numbered steps, dosage box, safety and note.

    The card takes the shortest of: steps and dosage beside the picture; steps beside it and
    the dosage under both; or (large print, or a card too tall for a page) the dosage beside
    the picture and the steps under both at full width, where they wrap far less.
    lead: a heading kept on the same page as the card (the kind of exercise).
    picture_ratio: the picture's share of the width (the style's when None). Pictures are never
    shrunk to fit a page: their words stay at least the body's minimum size, and a patient
    sees every exercise at the same size.
    tight: set with closer lines and spaces (the same type and picture sizes); a card offers
    this version where only it fits the space left on a page.
    """
    # one picture for both versions (it does not change with the spacing; drawn once a page)
    picture_ratio = picture_ratio or picture_ratio_for(ctx, item)
    picture = _picture(ctx, item, ctx.width * picture_ratio)
    if tight:
        return _exercise_card(tight_context(ctx), item, lead, picture_ratio, picture)
    card = _exercise_card(ctx, item, lead, picture_ratio, picture)
    card.tighter = lambda: _exercise_card(tight_context(ctx), item, lead, picture_ratio, picture,
                                          card.choice)
    return card


TIGHT_SPACES = 0.5  # a tight card's spaces between paragraphs and around boxes, as a share


def tight_context(ctx: BuildContext) -> BuildContext:
    """The context with closer lines and spaces, the same type sizes; its warnings are its own
    (the regular card reports the same ones)."""
    style = ctx.style
    tight = copy.copy(ctx)
    tight.style = dataclasses.replace(
        style, leading_ratio=min(style.leading_ratio, TIGHT_LEADING),
        para_space=style.para_space * TIGHT_SPACES, card_space=style.card_space * TIGHT_SPACES,
        box_padding=style.box_padding * TIGHT_SPACES)
    tight.warnings = []
    return tight


def _exercise_card(ctx: BuildContext, item: Item, lead: Flowable | None,
                   picture_ratio: float | None, picture: list[Flowable],
                   choice: tuple[bool, int] | None = None) -> ExerciseCard:
    """The card in the shortest layout, or (choice: one column?, which) in that one only."""
    style, width = ctx.style, ctx.width
    where = f"the exercise '{item.exercise.id}'"
    ratio = picture_ratio or style.figure_width_ratio
    fig_width = width * ratio
    widths = (fig_width, width - fig_width)
    text_width = widths[1]
    steps = [ctx.para(step, "bullet", where=where, bullet=f"{n}.")
             for n, step in enumerate(item.exercise.steps, start=1)]
    gap = Spacer(1, style.para_space)
    safety, remarks = _safety(ctx, item), _remarks(ctx, item)
    notes = safety + remarks
    layouts: list[list[Flowable]] = [
        [two_columns(picture, [*steps, gap, _dosage_box(ctx, item, text_width), *notes],
                     widths, style)],
        [two_columns(picture, steps, widths, style), gap, _dosage_box(ctx, item, width), *notes],
    ]
    # the dosage under the picture, where the steps beside it usually leave room
    under_picture = [*picture, gap, _dosage_box(ctx, item, fig_width * PICTURE_SHARE)]
    layouts += [
        [two_columns(under_picture, [*steps, *notes], widths, style)],
        [two_columns(under_picture, steps, widths, style), *notes],
    ]
    head = [*([lead] if lead is not None else []), _heading(ctx, item)]
    # one column: the picture with the dosage (and maybe notes) beside it, then the steps
    stacked = [[two_columns(picture, [_dosage_box(ctx, item, text_width), *beside], widths,
                            style), gap, *steps, *under]
               for beside, under in (([], notes), (remarks, safety), (notes, []))]
    if ratio > MAX_FIGURE_RATIO:  # a wide picture (lying down) may stand alone above the text
        above = [*picture, gap, _dosage_box(ctx, item, width), gap, *steps, *notes]
        stacked.append(above)
        if 1 - ratio < MIN_TEXT_RATIO:  # no column beside it wide enough for words
            layouts, stacked = [above], [above]
    if choice is not None:  # the layout of the card this one sets tighter
        one, index = choice
        card = ExerciseCard(head, [(stacked if one else layouts)[index]], width,
                            ctx.page_height, style)
        card.choice = choice
        return card
    one_column = ExerciseCard(head, stacked, width, ctx.page_height, style)
    one_column.choice = (True, one_column.best)
    # the steps beside the picture when that is clearly shorter (large print too: a column of
    # about 40 letters at 16 pt reads well, and a card's empty room beside its picture is a page
    # more in every handout)
    card = ExerciseCard(head, layouts, width, ctx.page_height, style)
    card.choice = (False, card.best)
    if card.too_tall or one_column.height_needed < card.height_needed * ONE_COLUMN_GAIN:
        card = one_column
    if card.too_tall:
        ctx.warnings.append(
            f"The card of '{item.exercise.name}' is longer than one page at this "
            "print size, so it continues on the next page."
        )
    return card


def compact_card(ctx: BuildContext, item: Item, shown_in: str, lead: Flowable | None = None
                 ) -> ExerciseCard:
    """An exercise already shown in an earlier phase: full-size picture, name, this phase's dosage,
    the therapist's note and where to find the steps."""
    style, width = ctx.style, ctx.width
    fig_width = width * picture_ratio_for(ctx, item)  # repeated exercises keep full-size pictures
    widths = (fig_width, width - fig_width)
    same = filled(ctx.text.exercise.same_steps, phase=shown_in)
    right = [_dosage_box(ctx, item, widths[1]), *_remarks(ctx, item, extra=same)]
    head = [*([lead] if lead is not None else []), _heading(ctx, item)]
    layout = [two_columns(_picture(ctx, item, fig_width, video=False), right, widths, style)]
    return ExerciseCard(head, [layout], width, ctx.page_height, style)


def _label_list(ctx: BuildContext, heading: str, lines: list[str], where: str,
                heading_style: str = "h2") -> list[Flowable]:
    if not lines:
        return []
    return [ctx.para(heading, heading_style), *ctx.bullets(lines, where)]


def card_key(ctx: BuildContext, item: Item, lead: Flowable | None, shown_in: str
             ) -> tuple[object, ...] | None:
    """Everything a card prints (see handout.card_cache); None: a card not to keep (a photo)."""
    exercise, rx = item.exercise, item.prescription
    if exercise.photo:
        return None
    lines = _card_lines(ctx, item)
    notes = without_prescribed_notes(ctx, ctx.card_notes(exercise.id, item.phase))
    return (shown_in, getattr(lead, "text", None), ctx.style, ctx.width, ctx.page_height,
            current_language(), ctx.text.exercise.model_dump_json(), exercise.model_dump_json(),
            rx.model_dump_json(), item.dosage.model_dump_json(), ctx.dosage_text(item.dosage),
            item.number, item.phase.id if item.phase is not None else None, tuple(lines),
            tuple(notes))


def cached_card(ctx: BuildContext, item: Item, lead: Flowable | None, shown_in: str,
                make: Callable[[], ExerciseCard]) -> ExerciseCard:
    """The card from the cache when one printing the same is kept, else made (and kept once
    the render ends); either way the render gets the card's warnings and character checks."""
    key = card_key(ctx, item, lead, shown_in)
    record = CARDS.take(key) if key is not None else None
    if record is None:
        inner, marked, warned = ctx.glyphs, ctx.marked_english, len(ctx.warnings)
        recorder = ctx.glyphs = RecordingGlyphs(inner)
        try:
            card = make()
        finally:
            ctx.glyphs = inner
        record = CardRecord(card, recorder.calls, ctx.marked_english - marked,
                            ctx.warnings[warned:])
    else:
        for text, where in record.glyph_checks:
            ctx.glyphs.check(text, where)
        ctx.marked_english += record.marked_english
        ctx.warnings += record.warnings
    if key is not None:
        ctx.cards_taken.append((key, record))
    card = record.card
    assert isinstance(card, ExerciseCard)
    return card


PICTURE_SHARE = 0.94  # the share of the picture column a picture takes (the rest: a gap)
ONE_COLUMN_GAIN = 0.9  # a one-column card is chosen when at least this much shorter
NEW_PAGE_BELOW = 0.4  # a phase starts on a new page when less of the page than this is left


def phase_story(ctx: BuildContext, phase: Phase) -> list[Flowable]:
    """A phase: title, dates, minutes a day, goals, exercises by kind, criteria.

    It starts on a new page when less than NEW_PAGE_BELOW of a page is free; its heading and
    goals are kept on the page of its first exercise.
    """
    text = ctx.text.phase
    items = ctx.items(phase)
    title = ctx.para(phase.name, "title", where="the phase name")
    header: list[Flowable] = [title]
    # this week's handout: the summary box on page 2 gives the stage's dates and minutes a day
    summarised = (not ctx.whole_program and ctx.stage is not None
                  and ctx.stage.phase.id == phase.id and bool(items))
    if not summarised:
        header += [ctx.para(phase_heading(ctx, phase), "h3"), *here_mark(ctx, phase)]
        daily = daily_minutes(items)
        minutes = daily.sentence(text.minutes, text.minutes_partly, "") if items else ""
        if minutes:
            header.append(ctx.para(filled(minutes, minutes=daily.minutes)))
    goals = _label_list(ctx, text.goals, phase.goals, f"the goals of '{phase.name}'", "h3")
    next_goals = next_goals_heading(ctx, phase)
    if next_goals:  # the criteria to move on, read as this stage's goals, beside the goals
        criteria = _label_list(ctx, next_goals, phase.criteria,
                               f"the criteria of '{phase.name}'", "h3")
        half = ctx.width / 2
        header += ([two_columns(goals, criteria, (half, half), ctx.style)] if goals and criteria
                   else goals + criteria)
    else:
        header += _label_list(ctx, text.goals, phase.goals, f"the goals of '{phase.name}'")
    if not items:
        header.append(ctx.para(text.no_exercises))
    room = ctx.page_height * NEW_PAGE_BELOW
    story: list[Flowable] = [CondPageBreak(room)]
    for category in CATEGORY_ORDER:
        group = [item for item in items if item.exercise.category == category]
        if not group:
            continue
        lead: Flowable | None = ctx.para(ctx.labels.categories[category], "h2")
        for item in group:
            key = figure_key(ctx, item)  # once, after the first drawn exercise's card
            shown_in = ctx.shown_in.get(item.exercise.id)
            # large print repeats the steps: no sending a low-vision reader back many pages
            if shown_in is None or shown_in[0] == phase.id or ctx.style.scale > 1:
                card = cached_card(ctx, item, lead, "", partial(exercise_card, ctx, item, lead))
                ctx.shown_in.setdefault(item.exercise.id, (phase.id, phase.name))
            else:
                card = cached_card(ctx, item, lead, shown_in[1],
                                   partial(compact_card, ctx, item, shown_in[1], lead))
            if len(story) > 1:  # a gap the card leaves at the foot of a page gets note lines
                story.append(gap_notes(ctx, card))
            story.append(card)
            if key is not None:  # a key that moves on leaves notes lines, as a card does
                story += [gap_notes(ctx, list(getattr(key, "_content", [key]))), key]
            lead = None
    if len(story) > 1:  # the header goes with the first card
        first = story[1]
        filler = gap_notes(ctx, first) if isinstance(first, ExerciseCard) else None
        # a gap the two leave at the foot of a page when they move on gets note lines
        story[1:2] = [gap_notes(ctx, [*header, *contents(first)]),
                      LeadBlock(header, first, filler=filler)]
    else:
        story.append(KeepTogether(header))
    criteria = [] if next_goals else _label_list(ctx, text.criteria, phase.criteria,
                                                  f"the criteria of '{phase.name}'")
    if criteria:
        story += [gap_notes(ctx, criteria), KeepTogether(criteria)]
    return story

