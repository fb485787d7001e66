"""Story builders of the handout's text sections: first page, changes, lifestyle guidance."""

from __future__ import annotations

from xml.sax.saxutils import escape

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

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.guidance import context
from rehab_planner.handout.blocks import Glued
from rehab_planner.handout.contacts import contact_rows
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import (
    balanced_columns,
    boxed,
    contents,
    photo_flowable,
    stack_height,
    table_style,
)
from rehab_planner.handout.phases import minutes_a_day
from rehab_planner.handout.texts import shown_lines
from rehab_planner.handout.warnings import warning_signs_story
from rehab_planner.handout.week import banner_story, pain_scale, summary_box
from rehab_planner.plans.schedule import format_date
from rehab_planner.storage.pictures import resolve_picture

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
    try:
        # a relative name is in the clinic pictures folder, where the photo import puts a logo
        path = resolve_picture(logo, paths.clinic_pictures_dir(), "clinic logo")
        image = photo_flowable(path, ctx.width * 0.3)
    except (OSError, RehabError) as exc:
        ctx.warnings.append(f"The clinic logo could not be used ({exc}); it is left out.")
        return None
    factor = ctx.style.logo_height / image.drawHeight
    image.drawWidth *= factor
    image.drawHeight *= factor
    return image


def _details(ctx: BuildContext, *, printed: bool = True) -> Table:
    """Patient and surgery on the left, people and print date on the right ('Label: value'
    lines); one column of six lines when the two do not fit side by side.

    printed: show the print date (every page's footer shows it too).
    """
    plan, cover = ctx.plan, ctx.text.cover
    left = [
        (cover.patient, plan.patient.name, "the patient's name"),
        (cover.procedure, plan.procedure, "the procedure"),
        (cover.surgery_date, format_date(plan.surgery_date), "the surgery date"),
    ]
    right = contact_rows(plan, ctx.text.contacts, cover.surgeon)
    if plan.therapist:
        right.append((cover.therapist, plan.therapist, "the therapist's name"))
    if printed:
        right.append((cover.printed, format_date(ctx.printed_on), "the print date"))
    body, bold = ctx.style.paragraphs["body"], ctx.style.paragraphs["bold"]

    def natural(rows: list[tuple[str, str, str]]) -> float:
        return max(stringWidth(label + " ", bold.fontName, bold.fontSize)
                   + stringWidth(value, body.fontName, body.fontSize) for label, value, _ in rows)

    def line(row: tuple[str, str, str] | None) -> Flowable:
        if row is None:
            return Spacer(1, 1)
        label, value, where = row
        return ctx.para(value, markup=label, where=where)

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
    return ctx.patient_text.precautions + shown_lines(
        ctx.text.precautions.extra, values
    )


def _precautions(ctx: BuildContext) -> Flowable:
    text = ctx.text.precautions
    lines = precaution_sentences(ctx)
    inner: list[Flowable] = [ctx.para(text.heading, "label")]
    if lines:
        inner = [_headed(ctx, text.heading, text.intro)]
        inner += _bullet_columns(ctx, [
            ctx.para(line, "safety_bullet", where="the precautions", bullet="•") for line in lines
        ])
    else:
        inner.append(ctx.para(text.none, "box"))
    return boxed([inner], ctx.width, ctx.style, line=ctx.style.box_line * 1.5)


def _headed(ctx: BuildContext, heading: str, text: str) -> Paragraph:
    """A box's bold heading with a first sentence after it, both at body size (safety text)."""
    ctx.glyphs.check(heading + text, "the precautions")
    return Paragraph(f'<b>{escape(heading)}</b>&nbsp;&nbsp; {escape(text)}',
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


def _first_page(ctx: BuildContext, compact: int) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1's blocks and the main message, more compact as `compact` grows: 0 as designed;
    1 the main message after the warning signs; 2 also no print date in the details (the
    footer has it); 3 also less space between the boxes."""
    cover = ctx.text.cover
    space = ctx.style.para_space * (0.75 if compact < 3 else 0.25)
    story: list[Flowable] = [*_branding(ctx)]
    # this week's handout: the banner is the title ('Week 5 of 26: Protect your back')
    banner = [] if ctx.whole_program else banner_story(ctx)
    story += [*(banner or [ctx.para(cover.heading, "cover_title")]),
              _details(ctx, printed=compact < 2), Spacer(1, space * 2)]
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
    story += warning_signs_story(ctx)
    return story, main


FIRST_PAGE_LAYOUTS = 4


def cover_story(ctx: BuildContext, changes: list[str] | None = None) -> list[Flowable]:
    """Page 1: branding, who and what, the main message, precautions, warning signs; then
    the summary box, the changes since the last visit, how to do the exercises and the pain
    scale.

    Page 1 must hold the patient, the precautions and both tiers of warning signs: when they
    do not fit as designed, the main message moves under the warning signs, then the print date
    leaves the details (the footer shows it), then the boxes close up.
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
    topics = ctx.patient_text.topics
    if not topics:
        return []
    heading = ctx.para(ctx.text.guidance.heading, "h1")
    if ctx.style.scale > 1:
        return [heading, *[f for topic in topics for f in (
            ctx.para(topic.title, "h2", where=f"the topic '{topic.id}'"),
            *ctx.bullets(topic.bullets, f"the topic '{topic.id}'"))]]
    flat: list[Flowable] = []
    for topic in topics:  # a title kept with its first bullet (the columns ignore keepWithNext)
        bullets = ctx.bullets(topic.bullets, f"the topic '{topic.id}'")
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
