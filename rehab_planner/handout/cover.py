"""Page 1 of the handout: branding, the patient's details, the precautions and both tiers of
warning signs; then the summary, the changes, how to do the exercises and the pain scale."""

from __future__ import annotations

import copy
import dataclasses
import io
from xml.sax.saxutils import escape

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.guidance import context, dated_weeks
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.details import compact_details, details_block, title_with_date
from rehab_planner.handout.figure_key import figure_key
from rehab_planner.handout.flowables import (
    boxed,
    contents,
    photo_flowable,
    stack_height,
    table_style,
)
from rehab_planner.handout.milestones import milestones_story
from rehab_planner.handout.sections import changes_story
from rehab_planner.handout.texts import shown_lines
from rehab_planner.handout.warnings import in_columns, warning_signs_story
from rehab_planner.handout.week import banner_story, pain_scale, summary_box
from rehab_planner.safety.catalogue import PLACEHOLDER
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


def precaution_sentences(ctx: BuildContext) -> list[str]:
    """The plan's precautions, its stages' range limits (see limit_rules) and its sitting, brace
    and driving rules, each as a sentence.

    This week's handout leaves out the rules that ended before the day it is about (a rule
    "until 12 Nov" printed on 20 Dec); the whole program prints every rule with its dates.
    """
    values = context(ctx.plan, ctx.catalogue)
    orders = ctx.patient_text.precautions
    limits = ctx.patient_text.limit_rules
    extra = ctx.text.precautions.extra
    day = ctx.reads_from()
    if day is not None:
        weeks = (day - ctx.plan.surgery_date).days / 7
        orders = [rule for rule in orders if rule.weeks_to is None or rule.weeks_to > weeks]
        limits = [rule for rule in limits if rule.weeks_to is None or rule.weeks_to > weeks]
        ended = {k for k, v in dated_weeks(ctx.plan).items() if v <= weeks}
        extra = [line for line in extra
                 if not ended & {line.ends, *PLACEHOLDER.findall(line.text)}]
    return [rule.text for rule in [*orders, *limits]] + shown_lines(extra, values)


def _ended_rules(ctx: BuildContext) -> bool:
    """Whether this week's handout left out every rule because all of them have ended."""
    return bool(ctx.plan.precautions) and ctx.reads_from() is not None


def _precautions(ctx: BuildContext, *, intro: bool = True) -> Flowable:
    text = ctx.text.precautions
    lines = precaution_sentences(ctx)
    inner: list[Flowable] = [ctx.para(text.heading, "label")]
    if lines and intro:
        inner = [_headed(ctx, text.heading, text.intro)]
    if lines:
        inner += in_columns(ctx, [
            ctx.para(line, "safety_bullet", where="the precautions", bullet="•") for line in lines
        ], ctx.width - 2 * ctx.style.box_padding)
    else:
        inner.append(ctx.para(text.ended if _ended_rules(ctx) else text.none, "box"))
    return boxed([inner], ctx.width, ctx.style, line=ctx.style.box_line * 1.5)


def _headed(ctx: BuildContext, heading: str, text: str) -> Paragraph:
    """A box's bold heading with a first sentence after it, both at body size (safety text)."""
    ctx.glyphs.check(heading + text, "the precautions")
    return Paragraph(f'<b>{escape(heading)}</b>&nbsp;&nbsp; {escape(text)}',
                     ctx.style.paragraphs["body"])


def _first_page(ctx: BuildContext, compact: int, *, main_early: bool = False,
                summary_early: bool = False) -> tuple[list[Flowable], list[Flowable]]:
    """Page 1's blocks and the main message, more compact as `compact` grows (see below).

    main_early: the main message under the precautions whatever the layout.
    summary_early: with it, this week's summary box.
    """
    cover = ctx.text.cover
    style = ctx.style
    if compact >= CLOSE_BOXES:  # less space between and inside the boxes
        style = dataclasses.replace(style, para_space=style.para_space * 0.5)
    if compact >= TIGHT_LINES:  # the same type sizes on closer lines
        leading = LEADINGS[min(compact - TIGHT_LINES, len(LEADINGS) - 1)]
        style = dataclasses.replace(style, leading_ratio=leading)
    last = compact >= LAST_RESORT
    if last:
        style = dataclasses.replace(style, box_padding=style.box_padding * 0.6)
    if style is not ctx.style:
        ctx = copy.copy(ctx)
        ctx.style = style
    space = ctx.style.para_space * 0.75
    story: list[Flowable] = [*_branding(ctx)]
    # this week's handout: the banner is the title ('Week 5 of 26: Protect your back')
    banner = [] if ctx.whole_program else banner_story(ctx)
    title = banner or [ctx.para(cover.heading, "cover_title")]
    if compact < COMPACT_DETAILS:
        details = details_block(ctx)
    else:  # the last resort puts the print date beside the title when it fits there
        dated = title_with_date(ctx, title[0]) if last else None
        title = title if dated is None else [dated, *title[1:]]
        details = compact_details(ctx, "small" if last else "body", printed=dated is None)
    story += [*title, details, Spacer(1, space * 2)]
    main: list[Flowable] = []
    message = ctx.plan.message_for(ctx.stage.phase if ctx.stage is not None else None)
    if message:
        main = [boxed([[ctx.para(message, markup=cover.main_message_heading,
                                 where="the main message")]], ctx.width, ctx.style),
                Spacer(1, space * 2)]
    if compact < MAIN_MESSAGE_AFTER_PRECAUTIONS:
        story += main
        main = []
    # each box stays whole unless it is taller than a page; in the last resort the precautions
    # may go on over the page, between two rules (large print: pages 1 and 2 hold them all)
    # the most compact layouts leave out the box's first sentence: every rule shows its date
    precautions = _precautions(ctx, intro=compact < NO_PRECAUTIONS_INTRO)
    story += [precautions if last else KeepTogether([precautions]), Spacer(1, space * 2)]
    if MAIN_MESSAGE_AFTER_PRECAUTIONS <= compact < MAIN_MESSAGE_AFTER or main_early:
        story += [*main, *(summary_story(ctx) if summary_early else [])]
        main = []
    story += warning_signs_story(ctx, splittable=compact == SPLIT_911)
    return story, main


# Page 1's layouts, from as designed (0) to the most compact; each step keeps the ones before.
# The main message stays on page 1 while the details and the space between the boxes can give
# way (it went to page 2 first, and 8 of 90 review handouts lost it from page 1: stop 46).
MAIN_MESSAGE_AFTER_PRECAUTIONS = 1  # the main message under the precautions (large print:
# the foot of page 1 when the warning signs start page 2)
COMPACT_DETAILS = 2  # the details two to a line
CLOSE_BOXES = 3  # half the space between the boxes and between their lines
MAIN_MESSAGE_AFTER = 4  # the main message under the warning signs (page 2)
TIGHT_LINES = 5  # lines closer, level by level (not 1.4 times the type size; the same sizes)
LEADINGS = (1.25, 1.2, 1.15, 1.15, 1.1)
LAST_RESORT = TIGHT_LINES + 3  # narrower box margins, the details (never the safety text) at
# 12 pt, the print date beside the title when it fits there, the precautions may go on over
# the page (large print); then, one level on, lines 1.1 apart
SPLIT_911 = TIGHT_LINES + len(LEADINGS)  # large print only: the 911 box may go on over page 2
NO_PRECAUTIONS_INTRO = SPLIT_911 - 1  # the most compact for Letter: the precautions without
# "Each rule shows the dates it holds" (each rule still starts with its date)


def first_page_layout(ctx: BuildContext) -> tuple[int, list[Flowable], list[Flowable], bool]:
    """The least compact layout whose page 1 blocks fit one page (large print: two pages), laid
    out to be sure, with its blocks and the main message when it moves under them; the most
    compact when none fits. Last, whether this week's summary box is in the blocks already.

    A quick measure (which never overstates) skips the layouts that cannot fit; each one after
    that is laid out by reportlab until one fits.
    """
    pages = 1 if ctx.style.scale == 1 else 2
    last = SPLIT_911 - 1 if pages == 1 else SPLIT_911
    low, high = 0, last  # the first layout the quick measure lets fit (each step is smaller)
    while low < high:
        middle = (low + high) // 2
        if _pages_estimate(ctx, _first_page(ctx, middle)[0]) <= pages:
            high = middle
        else:
            low = middle + 1
    for compact in range(low, last):
        if pages_taken(ctx, _first_page(ctx, compact)[0]) <= pages:
            break
    else:
        compact = last
    story, main = _first_page(ctx, compact)
    if main and pages == 2:  # large print: under the precautions (with the summary box) still,
        for summary in (True, False):  # when pages 1-2 hold all: no page of their own after
            early, _ = _first_page(ctx, compact, main_early=True, summary_early=summary)
            if pages_taken(ctx, early) <= pages:
                early, _ = _first_page(ctx, compact, main_early=True, summary_early=summary)
                return compact, early, [], summary
    return compact, story, main, False


def summary_story(ctx: BuildContext) -> list[Flowable]:
    """This week's summary box after a space ([] in the whole program)."""
    if ctx.whole_program or ctx.stage is None:
        return []
    items = ctx.items(ctx.stage.phase)
    summary = summary_box(ctx, items, rules=bool(precaution_sentences(ctx)))
    return [Spacer(1, ctx.style.para_space * 1.5), *summary] if summary else []


def _pages_estimate(ctx: BuildContext, story: list[Flowable]) -> int:
    """The pages the blocks need at least: each block kept whole starts a new page when it
    does not fit the space left (reportlab's layout may need more, never fewer)."""
    pages, page = 1, list[Flowable]()
    for block in story:
        parts = contents(block)
        if page and stack_height([*page, *parts], ctx.width) > ctx.page_height:
            pages, page = pages + 1, []
        page += parts
    return pages


def pages_taken(ctx: BuildContext, story: list[Flowable]) -> int:
    """How many pages of the handout's frame the flowables take, laid out by reportlab."""
    doc = BaseDocTemplate(io.BytesIO(), pagesize=(ctx.width, ctx.page_height),
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate(frames=[Frame(0, 0, ctx.width, ctx.page_height,
                                                     leftPadding=0, rightPadding=0,
                                                     topPadding=0, bottomPadding=0)])])
    doc.build(list(story))
    return int(doc.page)


def cover_story(ctx: BuildContext, changes: list[str] | None = None) -> list[Flowable]:
    """Page 1: branding, who and what, the main message, precautions, warning signs; then
    the summary box, the changes since the last visit, how to do the exercises and the pain
    scale.

    Page 1 (large print: pages 1 and 2) must hold the patient, the precautions and both tiers
    of warning signs: when they do not fit as designed, the main message moves under the
    warning signs, then the details close up two to a line, then the boxes, then the lines
    (never the type).
    """
    cover, space = ctx.text.cover, ctx.style.para_space * 0.75
    _, story, main, summary_placed = first_page_layout(ctx)
    if main:
        story += [Spacer(1, space * 2), *main[:1]]
    if not summary_placed:
        story += summary_story(ctx)
    story += changes_story(ctx, changes)
    how_to: list[Flowable] = []
    if cover.how_to:
        how_to = [ctx.para(cover.how_to_heading, "h2"),
                  *ctx.bullets(cover.how_to, "how to do your exercises")]
    # how to do the exercises and the pain scale are read together: on one page when they fit;
    # how to read the pictures comes first (it fills the page of a large-print summary box)
    scale = [f for block in pain_scale(ctx) for f in contents(block)]
    # the whole program's recovery timeline (this week's next steps are in the summary box)
    return [*story, *_picture_key(ctx), KeepTogether([*how_to, *scale]), *milestones_story(ctx)]


def _picture_key(ctx: BuildContext) -> list[Flowable]:
    """How to read the pictures, read with how to do the exercises (once, when a picture of the
    handout is drawn)."""
    for phase in ctx.phases_shown():
        for item in ctx.items(phase):
            key = figure_key(ctx, item)
            if key is not None:  # a gap from the box above (its title sits in a table)
                return [Spacer(1, ctx.style.para_space), key]
    return []


