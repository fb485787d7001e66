"""Story builder of a phase: dates, goals, exercise cards by kind, criteria to move on."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.flowables import (
    ExerciseCard,
    FigureFrame,
    boxed,
    figures_backend,
    own_font,
    photo_flowable,
    qr_code,
)
from rehab_planner.handout.texts import filled
from rehab_planner.model import Phase
from rehab_planner.model.vocab import CATEGORY_ORDER
from rehab_planner.plans.schedule import format_phase_dates, format_weeks


def minutes_a_day(items: list[Item]) -> int:
    """Estimated minutes a day of a phase's exercises, rounded to 5 (at least 5)."""
    total = sum(item.dosage.minutes_a_day() for item in items)
    return max(5, round(total / 5.0) * 5)


def phase_heading(ctx: BuildContext, phase: Phase) -> str:
    """'Weeks 0 to 6: 2 Nov to 14 Dec 2026'."""
    return filled(ctx.text.phase.dates, weeks=format_weeks(phase),
                  dates=format_phase_dates(ctx.plan, phase))


def _picture(ctx: BuildContext, item: Item) -> list[Flowable]:
    """The photo, the generated drawing, or a neat frame with the name, then the QR code."""
    width = ctx.width * ctx.style.figure_width_ratio * 0.94
    exercise = item.exercise
    picture: Flowable | None = None
    photo = ctx.photo_path(exercise)
    if photo is not None:
        try:
            picture = photo_flowable(photo, width)
        except OSError as exc:
            ctx.warnings.append(
                f"The photo of '{exercise.name}' ({photo}) could not be read ({exc}); "
                "a drawing is used."
            )
    backend = figures_backend() if picture is None else None
    if backend is not None and hasattr(backend, "figure_drawing"):
        try:
            picture = backend.figure_drawing(exercise, width, side=item.dosage.side)
        except Exception as exc:  # a broken figure must not stop the handout; it is reported
            ctx.warnings.append(f"The figure of '{exercise.name}' could not be drawn ({exc}).")
            picture = None
    if isinstance(picture, Drawing):
        own_font(picture, ctx.style)
    if picture is None:
        name = ctx.para(exercise.name, "label", where=f"the exercise '{exercise.id}'")
        picture = FigureFrame(exercise.name, width, ctx.style, name)
    column: list[Flowable] = [picture]
    if exercise.video_url:
        code = own_font(qr_code(exercise.video_url, ctx.style.qr_size), ctx.style)
        column += [Spacer(1, ctx.style.para_space), code,
                   ctx.para(ctx.text.exercise.video)]
    return column


def exercise_card(ctx: BuildContext, item: Item) -> ExerciseCard:
    """One exercise: numbered name, picture, numbered steps, dosage box, safety and note."""
    exercise, labels = item.exercise, ctx.text.exercise
    where = f"the exercise '{exercise.id}'"
    heading = ctx.para(f"{item.number}. {exercise.name}", "h3", where=where)
    steps = [ctx.para(step, "bullet", where=where, bullet=f"{n}.")
             for n, step in enumerate(exercise.steps, start=1)]
    dosage = boxed([[ctx.para(item.dosage.describe(), markup=labels.dosage, where=where)]],
                   ctx.width, ctx.style, line=ctx.style.box_line * 1.5)
    below: list[Flowable] = [dosage]
    if exercise.safety_notes:
        below.append(Spacer(1, ctx.style.para_space))
        below.append(ctx.para(labels.safety, "label"))
        below += ctx.bullets(exercise.safety_notes, where)
    if item.prescription.note.strip():
        below.append(Spacer(1, ctx.style.para_space))
        below.append(ctx.para(item.prescription.note.strip(), markup=labels.note,
                              where=f"the note on '{exercise.id}'"))
    return ExerciseCard(None, heading, _picture(ctx, item), steps, below, ctx.width,
                        ctx.page_height, ctx.style)


def _label_list(ctx: BuildContext, heading: str, lines: list[str], where: str) -> list[Flowable]:
    if not lines:
        return []
    return [ctx.para(heading, "h2"), *ctx.bullets(lines, where)]


def phase_story(ctx: BuildContext, phase: Phase, *, first: bool = False) -> list[Flowable]:
    """A phase on a new page: title, dates, minutes a day, goals, exercises by kind, criteria.

    The first phase may follow page 1's last section when at least half a page is left.
    """
    text = ctx.text.phase
    items = ctx.items(phase)
    title = ctx.para(phase.name, "title", where="the phase name")
    dates = ctx.para(phase_heading(ctx, phase), "h3")
    page_break = CondPageBreak(ctx.page_height / 2) if first else PageBreak()
    story: list[Flowable] = [page_break, title, dates]
    if items:
        story.append(ctx.para(filled(text.minutes, minutes=minutes_a_day(items))))
    story += _label_list(ctx, text.goals, phase.goals, f"the goals of '{phase.name}'")
    if not items:
        story.append(ctx.para(text.no_exercises))
    for category in CATEGORY_ORDER:
        group = [item for item in items if item.exercise.category == category]
        if not group:
            continue
        heading = ctx.para(ctx.labels.categories[category], "h2")
        cards = [exercise_card(ctx, item) for item in group]
        cards[0] = ExerciseCard(heading, *cards[0].parts)
        for card, item in zip(cards, group, strict=True):
            if card.too_tall:
                ctx.warnings.append(
                    f"The card of '{item.exercise.name}' is longer than one page at this "
                    "print size, so it continues on the next page."
                )
        story += cards
    story += _label_list(ctx, text.criteria, phase.criteria, f"the criteria of '{phase.name}'")
    return story

