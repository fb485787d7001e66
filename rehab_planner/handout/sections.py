"""Story builders of the handout's text sections: changes, lifestyle guidance (page 1: cover.py)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether
from reportlab.platypus.flowables import BalancedColumns

from rehab_planner.handout.blocks import Glued
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import stack_height


def changes_story(ctx: BuildContext, changes: list[str] | None) -> list[Flowable]:
    """'What changed since your last visit', when the caller lists the changes."""
    if not changes:
        return []
    return [KeepTogether([ctx.para(ctx.text.changes.heading, "h2"),
                          *ctx.bullets(changes, "the changes since the last visit")])]


def guidance_story(ctx: BuildContext) -> list[Flowable]:
    """Lifestyle topics of the plan with its values filled in, flowing so the pages fill.

    Regular print sets them in two balanced columns under the section heading (which starts a
    page when a title and two bullets would not fit under it); large print at full width. A
    topic's title always stays with its first bullet.
    """
    topics = ctx.patient_text.topics
    if not topics:
        return []
    heading = ctx.para(ctx.text.guidance.heading, "h1")
    if ctx.style.scale > 1:
        return [heading, *[f for topic in topics for f in (
            ctx.para(topic.title, "h2", where=f"the topic '{topic.id}'"),
            *ctx.bullets(topic.bullets, f"the topic '{topic.id}'"))]]
    flat: list[Flowable] = []
    # in narrow columns the bullets sit a little closer (half the space between them)
    tight = ParagraphStyle("column_bullet", parent=ctx.style.paragraphs["bullet"],
                           spaceAfter=ctx.style.para_space * 0.5)
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
