"""Story builders of the handout's text sections: first page, changes, lifestyle guidance."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import BalancedColumns

from rehab_planner.guidance import context, precaution_lines, topics_for, warning_signs_for
from rehab_planner.handout.blocks import Glued
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import (
    Cell,
    balanced_columns,
    boxed,
    contents,
    photo_flowable,
    stack_height,
    table_style,
)
from rehab_planner.handout.fonts import BODY_BOLD_FONT
from rehab_planner.handout.phases import minutes_a_day
from rehab_planner.handout.styles import RULE_COLOUR, TEXT_COLOUR
from rehab_planner.handout.texts import shown_lines
from rehab_planner.handout.week import banner_story, pain_scale, summary_box
from rehab_planner.plans.schedule import format_date

NBSP = "\u00a0"  # keeps a phone number on one line


def _branding(ctx: BuildContext) -> list[Flowable]:
    """Clinic logo, name, address and phone across the top of page 1."""
    clinic = ctx.plan.clinic
    lines: list[Flowable] = []
    contact = [" ".join(line.split()) for line in clinic.address.splitlines() if line.strip()]
    if clinic.phone.strip():
        contact.append(clinic.phone.strip())
    if clinic.name.strip() or contact:  # one line: the name in bold, then address and phone
        ctx.glyphs.check(clinic.name, "the clinic name")
        ctx.glyphs.check(" ".join(contact), "the clinic address and phone")
        text = escape(" · ".join(c.replace(" ", NBSP) if c == clinic.phone.strip() else c
                                 for c in contact))
        name = f"<b>{escape(clinic.name.strip())}</b>&nbsp;&nbsp; " if clinic.name.strip() else ""
        lines.append(Paragraph(f'{name}<font size="{ctx.style.small_size}">{text}</font>',
                               ctx.style.paragraphs["body"]))
    logo = _logo(ctx, clinic.logo)
    if not lines and logo is None:
        return []
    if logo is None:
        return lines
    logo_width = logo.drawWidth + ctx.style.box_padding * 2
    table = Table([[logo, lines]], colWidths=[logo_width, ctx.width - logo_width])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)], ctx.style))
    return [table, Spacer(1, ctx.style.para_space)]


def _logo(ctx: BuildContext, logo: str | None) -> Image | None:
    if not logo:
        return None
    path = Path(logo).expanduser()
    try:
        image = photo_flowable(path, ctx.width * 0.3)
    except OSError as exc:
        ctx.warnings.append(f"The clinic logo {path} could not be read ({exc}); it is left out.")
        return None
    factor = ctx.style.logo_height / image.drawHeight
    image.drawWidth *= factor
    image.drawHeight *= factor
    return image


def _details(ctx: BuildContext, *, printed: bool = True, small: bool = False) -> Table:
    """Patient and surgery on the left, people and print date on the right ('Label: value'
    lines); one column of six lines when the two do not fit side by side.

    printed: show the print date (every page's footer shows it too).
    small: set at the smallest size (12 pt), to make room on page 1.
    """
    plan, cover = ctx.plan, ctx.text.cover
    left = [
        (cover.patient, plan.patient.name, "the patient's name"),
        (cover.procedure, plan.procedure, "the procedure"),
        (cover.surgery_date, format_date(plan.surgery_date), "the surgery date"),
    ]
    right = []
    if plan.surgeon.name:
        right.append((cover.surgeon, plan.surgeon.name, "the surgeon's name"))
    if plan.therapist:
        right.append((cover.therapist, plan.therapist, "the therapist's name"))
    if printed:
        right.append((cover.printed, format_date(ctx.printed_on), "the print date"))
    size = "small" if small else "body"
    body = ctx.style.paragraphs[size]
    bold = ParagraphStyle("details_bold", parent=body, fontName=BODY_BOLD_FONT)

    def natural(rows: list[tuple[str, str, str]]) -> float:
        return max(stringWidth(label + " ", bold.fontName, bold.fontSize)
                   + stringWidth(value, body.fontName, body.fontSize) for label, value, _ in rows)

    def line(row: tuple[str, str, str] | None) -> Flowable:
        if row is None:
            return Spacer(1, 1)
        label, value, where = row
        return ctx.para(value, size, markup=label, where=where)

    def table(data: list[list[Flowable]], widths: list[float]) -> Table:
        out = Table(data, colWidths=widths)
        out.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], ctx.style))
        return out

    gap = ctx.style.body_size
    if not right:
        return table([[line(row)] for row in left], [ctx.width])
    left_width, right_width = natural(left) + gap, natural(right) + 1
    total = left_width + right_width
    one_column = table([[line(row)] for row in left + right], [ctx.width])
    if total > ctx.width * 1.3:  # six lines would be shorter than two wrapped columns
        return one_column
    spare = ctx.width - total
    if spare >= 0:
        splits = [left_width + spare / 2]
    else:  # shared in proportion, or the right column whole (it is often short)
        splits = [ctx.width * left_width / total, ctx.width - right_width]
    count = max(len(left), len(right))
    # each layout gets its own paragraphs: a table re-wraps its cells
    layouts = [table([[line(left[i] if i < len(left) else None),
                       line(right[i] if i < len(right) else None)] for i in range(count)],
                     [first, ctx.width - first]) for first in splits if first > ctx.width * 0.4]
    layouts.append(one_column)
    return min(layouts, key=lambda t: stack_height([t], ctx.width))


def precaution_sentences(ctx: BuildContext) -> list[str]:
    """The plan's precautions and its sitting, brace and driving rules, each as a sentence."""
    values = context(ctx.plan, ctx.catalogue)
    return precaution_lines(ctx.plan, ctx.catalogue) + shown_lines(
        ctx.text.precautions.extra, values
    )


def _precautions(ctx: BuildContext) -> Flowable:
    text = ctx.text.precautions
    lines = precaution_sentences(ctx)
    inner: list[Flowable] = [ctx.para(text.heading, "label")]
    if lines:
        inner = [_headed(ctx, text.heading, text.intro)]
        inner += _bullet_columns(ctx, [
            ctx.para(line, "box_bullet", where="the precautions", bullet="•") for line in lines
        ])
    else:
        inner.append(ctx.para(text.none, "box"))
    return boxed([inner], ctx.width, ctx.style, line=ctx.style.box_line * 1.5)


def _headed(ctx: BuildContext, heading: str, text: str) -> Paragraph:
    """A box's bold heading at body size with a first sentence after it at box size."""
    ctx.glyphs.check(heading + text, "the precautions")
    return Paragraph(f'<b>{escape(heading)}</b>&nbsp;&nbsp; '
                     f'<font size="{ctx.style.small_size}">{escape(text)}</font>',
                     ctx.style.paragraphs["body"])


def _bullet_columns(ctx: BuildContext, bullets: list[Flowable]) -> list[Flowable]:
    """Bullets inside a box: in two columns when that saves a line (regular print)."""
    inner = ctx.width - 2 * ctx.style.box_padding
    if ctx.style.scale > 1 or len(bullets) < 2:
        return bullets
    columns = balanced_columns(bullets, inner, ctx.style)
    if stack_height([columns], inner) < stack_height(bullets, inner) - ctx.style.body_size:
        return [columns]
    return bullets


def _tiers(ctx: BuildContext) -> list[tuple[Flowable, list[Flowable]]]:
    """The warning signs' tiers (call 911; call your surgeon today): a label and bullets each."""
    signs = warning_signs_for(ctx.plan, ctx.guidance, ctx.catalogue)
    tiers = []
    for heading, items in ((signs.call_911_heading, signs.call_911),
                           (signs.call_surgeon_heading, signs.call_surgeon)):
        if items:
            tiers.append((ctx.para(heading, "box_label", where="the warning signs"),
                          [ctx.para(item, "box_bullet", where="the warning signs", bullet="•")
                           for item in items]))
    return tiers


def _warning_table(ctx: BuildContext, rows: list[list[Cell | str]],
                   widths: list[float], commands: list[tuple[object, ...]]) -> Table:
    """A heavy box of rows (the first is the title, across every column)."""
    style, pad = ctx.style, ctx.style.box_padding
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), style.warning_line, TEXT_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.6),
        *commands,
    ], style))
    return table


def _tiers_side_by_side(ctx: BuildContext, tiers: list[tuple[Flowable, list[Flowable]]]
                        ) -> Table:
    """Call 911 | call your surgeon, in two columns whose widths balance their heights."""
    pad = ctx.style.box_padding
    columns = [[label, *items] for label, items in tiers]
    inner = ctx.width - 4 * pad

    def height(share: float) -> float:
        return max(stack_height(columns[0], inner * share),
                   stack_height(columns[1], inner * (1 - share)))

    share = min((n / 20 for n in range(6, 15)), key=height)  # 30% .. 70% for the first tier
    widths = [inner * share + 2 * pad, inner * (1 - share) + 2 * pad]
    title = ctx.para(ctx.text.warning_signs.heading, "label")
    cells: list[Cell | str] = [columns[0], columns[1]]
    return _warning_table(ctx, [[title, ""], cells], widths, [
        ("SPAN", (0, 0), (1, 0)),
        ("LINEBEFORE", (1, 1), (1, 1), ctx.style.rule_line, RULE_COLOUR),
    ])


def _tiers_in_rows(ctx: BuildContext, tiers: list[tuple[Flowable, list[Flowable]]]) -> Table:
    """Each tier as a label across the box over its signs in two balanced columns."""
    pad = ctx.style.box_padding
    rows: list[list[Cell | str]] = [
        [ctx.para(ctx.text.warning_signs.heading, "label")]]
    commands: list[tuple[object, ...]] = []
    for n, (label, items) in enumerate(tiers):
        first = len(rows)
        rows += [[label], [_bullet_columns(ctx, items)]]
        commands.append(("BOTTOMPADDING", (0, first + 1), (0, first + 1), pad * 0.6))
        if n:
            commands.append(("LINEABOVE", (0, first), (0, first), ctx.style.rule_line,
                             RULE_COLOUR))
            commands.append(("TOPPADDING", (0, first), (0, first), pad * 0.6))
    return _warning_table(ctx, rows, [ctx.width], commands)


def _warning_signs(ctx: BuildContext) -> list[Flowable]:
    """The warning signs box, kept whole: the shortest of its two-column layouts.

    Large print sets the tiers one above the other at full width when that fits a page. A
    box taller than a page is set as rows that may split between lines.
    """
    tiers = _tiers(ctx)
    title = ctx.text.warning_signs.heading
    groups: list[list[Flowable]] = [[label, *items] for label, items in tiers]
    if groups:
        groups[0].insert(0, ctx.para(title, "label"))
    stacked = boxed(groups or [[ctx.para(title, "label")]], ctx.width, ctx.style,
                    line=ctx.style.warning_line)
    candidates: list[Flowable] = [stacked] if ctx.style.scale > 1 else []
    if len(tiers) == 2:  # each layout gets its own paragraphs: a table re-wraps its cells
        candidates.append(min((_tiers_side_by_side(ctx, _tiers(ctx)),
                               _tiers_in_rows(ctx, _tiers(ctx))),
                              key=lambda box: stack_height([box], ctx.width)))
    elif ctx.style.scale == 1:
        candidates.append(stacked)
    fits = [box for box in candidates if stack_height([box], ctx.width) <= ctx.page_height]
    return [KeepTogether([fits[0]])] if fits else [stacked]


def contact_lines(ctx: BuildContext) -> list[Flowable]:
    """The place on page 1 for the phone lines (clinic, after hours, surgeon), under the
    patient's details. Nothing yet: the contacts work of issue 12 (item 2) fills it."""
    return []


def _first_page(ctx: BuildContext, compact: int) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1's blocks and the main message, more compact as `compact` grows: 0 as designed;
    1 the main message after the warning signs; 2 also no print date in the details (the
    footer has it); 3 also less space between the boxes; 4 also the details at 12 pt."""
    cover = ctx.text.cover
    space = ctx.style.para_space * (0.75 if compact < 3 else 0.25)
    story: list[Flowable] = [*_branding(ctx)]
    # this week's handout: the banner is the title ('Week 5 of 26: Protect your back')
    banner = [] if ctx.whole_program else banner_story(ctx)
    story += [*(banner or [ctx.para(cover.heading, "cover_title")]),
              _details(ctx, printed=compact < 2, small=compact >= 4), *contact_lines(ctx),
              Spacer(1, space * 2)]
    main: list[Flowable] = []
    if ctx.plan.main_message.strip():
        main = [boxed([[ctx.para(ctx.plan.main_message, markup=cover.main_message_heading,
                                 where="the main message")]], ctx.width, ctx.style),
                Spacer(1, space * 2)]
    if compact < 1:
        story += main
        main = []
    # each box stays whole unless it is taller than a page
    story += [KeepTogether([_precautions(ctx)]), Spacer(1, space * 2)]
    story += _warning_signs(ctx)
    return story, main


FIRST_PAGE_LAYOUTS = 5


def cover_story(ctx: BuildContext, changes: list[str] | None = None) -> list[Flowable]:
    """Page 1: branding, who and what, the main message, precautions, warning signs; then
    the summary box, the changes since the last visit, how to do the exercises and the pain
    scale.

    Page 1 must hold the patient, the precautions and both tiers of warning signs: when they
    do not fit as designed, the main message moves under the warning signs, then the print date
    leaves the details (the footer shows it), then the boxes close up, then the details take
    the smallest type.
    """
    cover, space = ctx.text.cover, ctx.style.para_space * 0.75
    for compact in range(FIRST_PAGE_LAYOUTS):
        story, main = _first_page(ctx, compact)
        height = stack_height([f for block in story for f in contents(block)], ctx.width)
        if height <= ctx.page_height:
            break
    if main:
        story += [Spacer(1, space * 2), *main[:1]]
    if not ctx.whole_program and ctx.stage is not None:
        items = ctx.items(ctx.stage.phase)
        summary = summary_box(ctx, minutes_a_day(items), items)
        if summary:
            story += [Spacer(1, space * 2), *summary]
    story += changes_story(ctx, changes)
    if cover.how_to:
        story.append(KeepTogether([ctx.para(cover.how_to_heading, "h2"),
                                   *ctx.bullets(cover.how_to, "how to do your exercises")]))
    return [*story, *pain_scale(ctx)]


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
    topics = topics_for(ctx.plan, ctx.guidance, ctx.catalogue)
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
