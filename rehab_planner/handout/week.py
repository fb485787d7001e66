"""Story builders of the 'this week' parts: banner, stage note, summary box, pain scale, questions."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from rehab_planner.handout.blocks import GapNotes, WriteInLines
from rehab_planner.handout.context import BuildContext, Item
from rehab_planner.handout.flowables import (
    Cell,
    ExerciseCard,
    boxed,
    stack_height,
    table_style,
)
from rehab_planner.handout.milestones import coming_up
from rehab_planner.handout.minutes import daily_minutes
from rehab_planner.handout.styles import RULE_COLOUR, TEXT_COLOUR
from rehab_planner.handout.texts import filled
from rehab_planner.handout.weektext import WeekText
from rehab_planner.model import Phase
from rehab_planner.plans.schedule import format_date, format_phase_dates, phase_dates
from rehab_planner.plans.stage import Where

END_WIDTH = 1.6  # the pain scale's 0 and 10 columns, in middle columns


def week_text(ctx: BuildContext) -> WeekText:
    """The loaded 'this week' texts (loaded here when the caller built the context without)."""
    if ctx.week is None:
        from rehab_planner.handout.weektext import load_week_text

        ctx.week = load_week_text()
    return ctx.week


def banner_text(ctx: BuildContext) -> str:
    """'Week 5 of 26: Protect your back' (or 'Your first stage: ...' before surgery); '' when
    the plan has no stages."""
    stage = ctx.stage
    if stage is None:
        return ""
    text = week_text(ctx).stage
    values = {"week": stage.week, "stage": stage.phase.name}
    if stage.week == 0:
        return filled(text.banner_before_surgery, **values)
    total = stage.total_weeks
    if total is None or stage.week > total:
        return filled(text.banner_open, **values)
    return filled(text.banner, weeks=f"{total:g}", **values)


def stage_note(ctx: BuildContext) -> str:
    """Why this stage, when the print date is not in it ('' when it is)."""
    stage = ctx.stage
    if stage is None:
        return ""
    text, plan = week_text(ctx).stage, ctx.plan
    if stage.where is Where.BEFORE_SURGERY:
        return filled(text.before_surgery, date=format_date(plan.surgery_date))
    if stage.where is Where.AFTER_LAST:
        _, end = phase_dates(plan, stage.phase)
        return filled(text.after_last, date=format_date(end)) if end else ""
    if stage.where is Where.BETWEEN and stage.next_phase is not None:
        start, _ = phase_dates(plan, stage.next_phase)
        return filled(text.between, date=format_date(start))
    if stage.where is Where.MOVED:
        return text.moved
    if stage.where is Where.HELD:
        return text.held
    if stage.where is Where.CHOSEN:
        return filled(text.chosen, dates=format_phase_dates(plan, stage.phase))
    return ""


def banner_story(ctx: BuildContext) -> list[Flowable]:
    """The banner under the page 1 title, and the stage note when there is one."""
    banner = banner_text(ctx)
    if not banner:
        return []
    story: list[Flowable] = [ctx.para(banner, "cover_title", where="the stage banner")]
    note = stage_note(ctx)
    if note:
        story.append(ctx.para(note, "bold", where="the stage note"))
    return story


def summary_box(ctx: BuildContext, items: list[Item], *, rules: bool = True) -> list[Flowable]:
    """'This week:' and a few short lines about the stage, in a box ([] with no stage).

    The line about minutes a day gives a number only when it can be known (see DailyMinutes).
    rules: page 1 prints a rule in force, so the box sends the patient to it (not once every
    rule has ended: page 1 then says so).
    """
    stage = ctx.stage
    if stage is None or not items:
        return []
    text = week_text(ctx).summary
    daily = daily_minutes(items)
    values = {"number": stage.number, "count": stage.count, "exercises": len(items),
              "minutes": daily.minutes, "dates": format_phase_dates(ctx.plan, stage.phase),
              "stage": stage.phase.name}
    full, partly, none = ((text.one_exercise, text.one_exercise, text.one_exercise_no_minutes)
                          if len(items) == 1 else (None, text.minutes_partly, text.no_minutes))
    ended = stage.where is Where.AFTER_LAST  # no stage's dates under "This week" once all ended
    if ended:
        _, end = phase_dates(ctx.plan, stage.phase)
        values["date"] = format_date(end) if end else ""

    def chosen(line: str) -> str:
        if "{minutes}" in line:
            return daily.sentence(full or line, partly, none)
        return text.ended if ended and "{dates}" in line else line

    lines = [filled(chosen(line), **values) for line in text.lines] + ([text.rules] if rules else [])
    later = [(item.number, start) for item in items
             if (start := ctx.start_day(item)) is not None and start > ctx.printed_on]
    at = next((n + 1 for n, line in enumerate(text.lines) if "{minutes}" in line), len(lines))
    lines[at:at] = [filled(text.starts_later, number=number, date=format_date(start))
                    for number, start in later]
    inner = [ctx.para(text.heading, "label", where="the summary box"),
             *[ctx.para(line, "box_bullet", where="the summary box", bullet="•")
               for line in lines], *coming_up(ctx)]
    return [KeepTogether([boxed([inner], ctx.width, ctx.style)])]


def here_mark(ctx: BuildContext, phase: Phase) -> list[Flowable]:
    """In the whole program, 'You are here now: week 5.' on the stage of the print date."""
    stage = ctx.stage
    if not ctx.whole_program or stage is None or stage.phase.id != phase.id or stage.week == 0:
        return []
    text = filled(week_text(ctx).stage.you_are_here, week=stage.week)
    return [boxed([[ctx.para(text, "bold", where="the stage mark")]], ctx.width, ctx.style,
                  line=ctx.style.warning_line)]


def next_goals_heading(ctx: BuildContext, phase: Phase) -> str:
    """'Your goals before the next stage, Build a steady core:' for the stage of this handout
    when a stage follows it; '' otherwise (the criteria keep their usual heading)."""
    stage = ctx.stage
    if ctx.whole_program or stage is None or stage.phase.id != phase.id:
        return ""
    if stage.next_phase is None:
        return ""
    return filled(week_text(ctx).stage.next_goals, next=stage.next_phase.name)


def without_prescribed_notes(ctx: BuildContext, notes: list[str]) -> list[str]:
    """Safety notes without those a prescription answers ('Ask your therapist first')."""
    drop = set(week_text(ctx).not_when_prescribed)
    return [note for note in notes if note not in drop]


def pain_scale(ctx: BuildContext) -> list[Flowable]:
    """The 0 to 10 pain scale: numbers in boxes, words under them, and what to do."""
    text, style = week_text(ctx).pain_scale, ctx.style
    where = "the pain scale"
    # the end columns are wider, so their words ('No pain', 'The worst') wrap between words
    column = ctx.width / (9 + 2 * END_WIDTH)
    numbers: list[Cell] = [ctx.para(str(n), "scale_number", where=where) for n in range(11)]
    words: list[Cell | str] = [""] * 11
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, 0), style.box_line, TEXT_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), style.box_padding * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), style.box_padding * 0.6),
    ]
    for anchor in text.anchors:
        words[anchor.low] = [ctx.para(anchor.words, "scale_words", where=where)]
        if anchor.high > anchor.low:
            commands.append(("SPAN", (anchor.low, 1), (anchor.high, 1)))
        commands.append(("LINEBELOW", (anchor.low, 1), (anchor.high, 1), style.rule_line,
                         RULE_COLOUR))
    widths = [column * END_WIDTH, *[column] * 9, column * END_WIDTH]
    scale = Table([numbers, words], colWidths=widths)
    scale.setStyle(table_style(commands, style))
    # the scale and what to do with the number are read together: one page
    return [KeepTogether([ctx.para(text.heading, "h2", where=where),
                          ctx.para(text.intro, where=where), scale,
                          Spacer(1, style.para_space),
                          ctx.para(text.what_to_do_heading, "label", where=where),
                          *ctx.bullets(text.what_to_do, where)])]


def questions(ctx: BuildContext) -> list[Flowable]:
    """'Questions for my next visit' with lines to write on (as many as fit, at least 3)."""
    text = week_text(ctx).questions
    where = "the questions"
    head = [ctx.para(text.heading, "h2", where=where), ctx.para(text.intro, where=where)]
    return [WriteInLines(head, text.lines, min(3, text.lines), ctx.style)]


def gap_notes(ctx: BuildContext, block: ExerciseCard | list[Flowable]) -> Flowable:
    """'My notes' lines in the gap a card (or a block kept together) would leave at the foot of
    a page when it moves on (else nothing)."""
    head = [ctx.para(week_text(ctx).notes, "label", where="the notes lines")]
    if isinstance(block, ExerciseCard):
        return GapNotes(head, lambda room: block.min_height(room), ctx.style)
    needed = stack_height(block, ctx.width) + (block[0].getSpaceBefore() if block else 0.0)
    return GapNotes(head, needed, ctx.style)
