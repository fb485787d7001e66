"""The recovery timeline on the handout: the next few steps on this week's handout (a few lines
under the summary), every step in the whole program."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehab_planner.handout.context import BuildContext
from rehab_planner.milestone_text import milestone_texts
from rehab_planner.plans.timeline import TimelineEntry, timeline, timeline_lines, upcoming


def _entries(ctx: BuildContext) -> list[TimelineEntry]:
    return timeline(ctx.plan, ctx.catalogue)


def _lines(ctx: BuildContext, entries: list[TimelineEntry], style: str) -> list[Flowable]:
    return [ctx.para(line, style, where="the recovery timeline", bullet="•")
            for line in timeline_lines(ctx.plan, entries)]


def coming_up_story(ctx: BuildContext) -> list[Flowable]:
    """This week's handout: the next few steps from the print date, kept together in a few
    lines ([] in the whole program, or when nothing is coming)."""
    if ctx.whole_program:
        return []
    entries = upcoming(ctx.plan, _entries(ctx), ctx.printed_on)
    if not entries:
        return []
    texts = milestone_texts()
    return [Spacer(1, ctx.style.para_space),
            KeepTogether([ctx.para(texts.coming_heading, "label", where="the recovery timeline"),
                          *_lines(ctx, entries, "bullet")])]


def timeline_story(ctx: BuildContext) -> list[Flowable]:
    """The whole program: every step of the timeline under its heading ([] on this week's
    handout, or when the plan has none)."""
    if not ctx.whole_program:
        return []
    entries = _entries(ctx)
    if not entries:
        return []
    texts = milestone_texts()
    head = [ctx.para(texts.heading, "h2", where="the recovery timeline"),
            ctx.para(texts.intro, "body", where="the recovery timeline")]
    lines = _lines(ctx, entries, "bullet")
    return [KeepTogether([*head, *lines[:2]]), *lines[2:]]


def milestones_story(ctx: BuildContext) -> list[Flowable]:
    """The timeline as the handout's kind wants it (the hook page 1's story calls)."""
    return timeline_story(ctx) if ctx.whole_program else coming_up_story(ctx)
