"""Story builders of the handout's text sections: first page, changes, lifestyle guidance."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from rehab_planner.guidance import context, precaution_lines, topics_for, warning_signs_for
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.flowables import boxed, photo_flowable, table_style
from rehab_planner.handout.texts import shown_lines
from rehab_planner.plans.schedule import format_date


def _branding(ctx: BuildContext) -> list[Flowable]:
    """Clinic logo, name, address and phone across the top of page 1."""
    clinic = ctx.plan.clinic
    lines: list[Flowable] = []
    if clinic.name:
        lines.append(ctx.para(clinic.name, "h3", where="the clinic name"))
    contact = [" ".join(line.split()) for line in clinic.address.splitlines() if line.strip()]
    if clinic.phone.strip():
        contact.append(clinic.phone.strip())
    if contact:
        lines.append(ctx.para(" · ".join(contact), "small", where="the clinic address and phone"))
    logo = _logo(ctx, clinic.logo)
    if not lines and logo is None:
        return []
    if logo is None:
        return [*lines, Spacer(1, ctx.style.para_space)]
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


def _details(ctx: BuildContext) -> Table:
    """Patient, surgery, dates and people as a two-column list."""
    plan, cover = ctx.plan, ctx.text.cover
    rows = [
        (cover.patient, plan.patient.name, "the patient's name"),
        (cover.procedure, plan.procedure, "the procedure"),
        (cover.surgery_date, format_date(plan.surgery_date), "the surgery date"),
    ]
    if plan.surgeon.name:
        rows.append((cover.surgeon, plan.surgeon.name, "the surgeon's name"))
    if plan.therapist:
        rows.append((cover.therapist, plan.therapist, "the therapist's name"))
    rows.append((cover.printed, format_date(ctx.printed_on), "the print date"))
    bold = ctx.style.paragraphs["bold"]
    widest = max(stringWidth(label, bold.fontName, bold.fontSize) for label, _, _ in rows)
    label_width = min(widest + ctx.style.body_size, ctx.width * 0.45)
    data = [[ctx.para(label, "bold"), ctx.para(value, where=where)] for label, value, where in rows]
    table = Table(data, colWidths=[label_width, ctx.width - label_width])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 0)], ctx.style))
    return table


def precaution_sentences(ctx: BuildContext) -> list[str]:
    """The plan's precautions and its sitting, brace and driving rules, each as a sentence."""
    values = context(ctx.plan, ctx.catalogue)
    return precaution_lines(ctx.plan, ctx.catalogue) + shown_lines(
        ctx.text.precautions.extra, values
    )


def _precautions(ctx: BuildContext) -> Flowable:
    text = ctx.text.precautions
    lines = precaution_sentences(ctx)
    inner: list[Flowable] = [ctx.para(text.heading, "h3")]
    if lines:
        inner.append(ctx.para(text.intro))
        inner += ctx.bullets(lines, "the precautions")
    else:
        inner.append(ctx.para(text.none))
    return boxed([inner], ctx.width, ctx.style, line=ctx.style.box_line * 1.5)


def _warning_signs(ctx: BuildContext) -> list[Flowable]:
    signs = warning_signs_for(ctx.plan, ctx.guidance, ctx.catalogue)
    tiers: list[list[Flowable]] = []
    for heading, items in ((signs.call_911_heading, signs.call_911),
                           (signs.call_surgeon_heading, signs.call_surgeon)):
        if items:
            tiers.append([ctx.para(heading, "label", where="the warning signs"),
                          *ctx.bullets(items, "the warning signs")])
    heading = ctx.para(ctx.text.warning_signs.heading, "h2")
    box = boxed(tiers, ctx.width, ctx.style, line=ctx.style.warning_line)
    return [heading, box]


def cover_story(ctx: BuildContext, changes: list[str] | None = None) -> list[Flowable]:
    """Page 1: branding, who and what, the main message, changes, precautions, warning signs."""
    cover = ctx.text.cover
    story: list[Flowable] = [*_branding(ctx)]
    story += [ctx.para(cover.heading, "cover_title"), _details(ctx),
              Spacer(1, ctx.style.para_space)]
    if ctx.plan.main_message.strip():
        story.append(Spacer(1, ctx.style.para_space))
        story.append(boxed([[ctx.para(cover.main_message_heading, "label"),
                             ctx.para(ctx.plan.main_message, where="the main message")]],
                           ctx.width, ctx.style))
    # boxes stay whole unless taller than a page (then they split between lines)
    story += [Spacer(1, ctx.style.section_space), KeepTogether([_precautions(ctx)])]
    story.append(KeepTogether(_warning_signs(ctx)))
    story += changes_story(ctx, changes)
    if cover.how_to:
        story.append(KeepTogether([ctx.para(cover.how_to_heading, "h2"),
                                   *ctx.bullets(cover.how_to, "how to do your exercises")]))
    return story


def changes_story(ctx: BuildContext, changes: list[str] | None) -> list[Flowable]:
    """'What changed since your last visit', when the caller lists the changes."""
    if not changes:
        return []
    return [KeepTogether([ctx.para(ctx.text.changes.heading, "h2"),
                          *ctx.bullets(changes, "the changes since the last visit")])]


def guidance_story(ctx: BuildContext) -> list[Flowable]:
    """Lifestyle topics of the plan with its values filled in, one kept-together block each."""
    topics = topics_for(ctx.plan, ctx.guidance, ctx.catalogue)
    if not topics:
        return []
    story: list[Flowable] = [ctx.para(ctx.text.guidance.heading, "h1")]
    for topic in topics:
        story.append(KeepTogether([ctx.para(topic.title, "h2"),
                                   *ctx.bullets(topic.bullets, f"the topic '{topic.id}'")]))
    return story
