"""The recovery timeline on the handout: the next few steps on this week's handout (in the
summary box), every step in the whole program."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Spacer

from rehab_planner.handout.context import BuildContext
from rehab_planner.milestone_text import milestone_texts
from rehab_planner.plans.schedule import phase_dates
from rehab_planner.plans.timeline import TimelineEntry, timeline, timeline_lines, upcoming


def _entries(ctx: BuildContext) -> list[TimelineEntry]:
    return timeline(ctx.plan, ctx.catalogue)


def _lines(ctx: BuildContext, entries: list[TimelineEntry], style: str) -> list[Flowable]:
    return [ctx.para(line, style, where="the recovery timeline", bullet="•")
            for line in timeline_lines(ctx.plan, entries)]


def coming_up(ctx: BuildContext) -> list[Flowable]:
    """This week's summary box ends with the next few steps from the print date, before the end
    of the next stage ([] in the whole program, or when nothing is coming that soon). A step on
    the day the stage after that begins waits for its handout."""
    if ctx.whole_program:
        return []
    entries = upcoming(ctx.plan, _entries(ctx), ctx.printed_on)
    horizon = _horizon(ctx)
    if horizon is not None:
        entries = [e for e in entries if (e.date(ctx.plan) or dt.date.min) < horizon]
    if not entries:
        return []
    texts = milestone_texts()
    return [Spacer(1, ctx.style.para_space),
            ctx.para(texts.coming_heading, "label", where="the recovery timeline"),
            *_lines(ctx, entries, "box_bullet")]


def _horizon(ctx: BuildContext) -> dt.date | None:
    """The end of the stage after this week's, the day the one after it begins (None: no end
    to look to)."""
    stage = ctx.stage
    if stage is None:
        return None
    following = stage.next_phase or stage.phase
    _, end = phase_dates(ctx.plan, following)
    return end


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
    """The whole program's timeline (the hook page 1's story calls); this week's handout has
    its next steps in the summary box instead (see coming_up)."""
    return timeline_story(ctx)
