"""Story builders of the handout's text sections: changes, lifestyle guidance (page 1: cover.py)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether
from reportlab.platypus.flowables import BalancedColumns

from rehab_planner.guidance import ALWAYS_PRINTED, GuidanceTopic
from rehab_planner.handout.blocks import Glued
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import stack_height
from rehab_planner.handout.styles import CLOSE_LEADING


def changes_story(ctx: BuildContext, changes: list[str] | None) -> list[Flowable]:
    """'What changed since your last visit', when the caller lists the changes."""
    if not changes:
        return []
    return [KeepTogether([ctx.para(ctx.text.changes.heading, "h2"),
                          *ctx.bullets(changes, "the changes since the last visit")])]


def this_stage_topics(ctx: BuildContext, topics: list[GuidanceTopic]) -> list[GuidanceTopic]:
    """This week's handout: the topics of this stage's weeks, each thing said once (no line
    another printed part says: page 1, a card, another topic)."""
    assert ctx.stage is not None
    phase = ctx.stage.phase
    topics = [topic for topic in topics
              if topic.weeks is None or topic.weeks.overlap(phase.weeks_from, phase.weeks_to)]
    exercises = {item.exercise.id for item in ctx.items(phase)}
    printed = {ALWAYS_PRINTED, *(order.id for order in ctx.plan.precautions), *exercises,
               *(topic.id for topic in topics)}
    day = ctx.reads_from()
    weeks = 0.0 if day is None else (day - ctx.plan.surgery_date).days / 7
    return [t for t in (topic.without_repeats(printed).in_force(weeks) for topic in topics)
            if t.bullets]


def guidance_story(ctx: BuildContext) -> list[Flowable]:
    """Lifestyle topics of the plan with its values filled in, flowing so the pages fill.

    Regular print sets them in two balanced columns under the section heading (which starts a
    page when a title and two bullets would not fit under it); large print at full width. A
    topic's title always stays with its first bullet.
    """
    topics = ctx.patient_text.topics
    if not ctx.whole_program and ctx.stage is not None:
        topics = this_stage_topics(ctx, topics)
    if not topics:
        return []
    heading = ctx.para(ctx.text.guidance.heading, "h1")
    if ctx.style.scale > 1:
        return [heading, *[f for topic in topics for f in (
            ctx.para(topic.title, "h2", where=f"the topic '{topic.id}'"),
            *ctx.bullets(topic.bullets, f"the topic '{topic.id}'"))]]
    flat: list[Flowable] = []
    # narrow columns read well with closer lines and half the space between bullets
    base = ctx.style.paragraphs["bullet"]
    tight = ParagraphStyle("column_bullet", parent=base, spaceAfter=ctx.style.para_space * 0.5,
                           leading=base.fontSize * min(ctx.style.leading_ratio, CLOSE_LEADING))
    for topic in topics:  # a title kept with its first bullet (the columns ignore keepWithNext)
        bullets = ctx.bullets(topic.bullets, f"the topic '{topic.id}'")
        for bullet in bullets:
            bullet.style = tight
        title = ctx.para(topic.title, "h3", where=f"the topic '{topic.id}'")
        together = Glued([title, *bullets[:1]])  # the title stays with its first bullet
        flat += [together, *bullets[1:]]
    heading.keepWithNext = 0  # kept with the columns, it would move with all of them
    first = stack_height(flat[:2], ctx.width / 2)  # a title and two bullets
    return [CondPageBreak(stack_height([heading], ctx.width) + first + ctx.style.h1_size),
            heading,
            BalancedColumns(flat, nCols=2, innerPadding=ctx.style.box_padding * 3,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                            needed=first, endSlack=0.3)]
