"""Plan -> PDF handout: the one function the CLI and the desktop app call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable

from rehab_planner.errors import RenderError
from rehab_planner.guidance import Guidance, load_guidance
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.document import (
    COVER,
    GUIDANCE,
    STAGE,
    PageDecor,
    PageFill,
    SectionMark,
    build_pdf,
)
from rehab_planner.handout.fonts import register_fonts
from rehab_planner.handout.log import log_story
from rehab_planner.handout.phases import NEW_PAGE_BELOW, phase_story
from rehab_planner.handout.sections import cover_story, guidance_story
from rehab_planner.handout.styles import PAGE_SIZES, handout_style, page_size
from rehab_planner.handout.texts import HandoutText, filled, load_handout_text
from rehab_planner.handout.weektext import WeekText, load_week_text
from rehab_planner.labels import Labels
from rehab_planner.labels import labels as load_labels
from rehab_planner.library import Library, load_library
from rehab_planner.model import Plan, Precaution
from rehab_planner.plans.schedule import format_date
from rehab_planner.plans.stage import StageChoice, chosen_stage, stage_on
from rehab_planner.safety.catalogue import load_catalogue
from rehab_planner.storage.atomic import write_atomic


@dataclass(frozen=True)
class HandoutOptions:
    """How to print: large print, page size, print date, exercise log, changes since last visit."""

    large_print: bool = False
    page_size: str = "letter"  # 'letter' or 'a4'
    printed_on: dt.date | None = None  # None: today
    include_log: bool = True
    changes: list[str] | None = None  # 'What changed since your last visit' lines, if any
    stage: int | None = None  # print this stage (1-based); None: the stage of the print date
    whole_program: bool = False  # every stage, the one of the print date marked


@dataclass(frozen=True)
class HandoutResult:
    """The PDF, what the therapist should know about it, and its page count."""

    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    stage: StageChoice | None = None  # the stage the handout is about (None: no stages)
    page_fill: list[PageFill] = field(default_factory=list)  # how full each page is


@dataclass(frozen=True)
class HandoutContent:
    """The loaded data a handout is made from (load once, render many times)."""

    library: Library
    guidance: Guidance
    labels: Labels
    catalogue: Mapping[str, Precaution]
    text: HandoutText
    week: WeekText = field(default_factory=load_week_text)


def load_content(library: Library | None = None) -> HandoutContent:
    """Load the library (unless given), guidance, labels, precaution catalogue and handout text.

    Raises:
        DataFileError, DataFilesError: a shipped data file is broken.
    """
    return HandoutContent(
        library=library if library is not None else load_library(),
        guidance=load_guidance(),
        labels=load_labels(),
        catalogue=load_catalogue(),
        text=load_handout_text(),
        week=load_week_text(),
    )


def render_handout(
    plan: Plan,
    options: HandoutOptions | None = None,
    *,
    library: Library | None = None,
    content: HandoutContent | None = None,
    changes: list[str] | None = None,
) -> HandoutResult:
    """Render a plan's patient handout as PDF bytes.

    Args:
        plan: the patient's plan.
        options: page size, large print, print date, stage (this week's by default), log;
            defaults when None.
        library: the exercise library (loaded from the shipped files when None).
        content: all loaded data at once (overrides library); saves loading on repeated renders.
        changes: 'what changed since your last visit' lines (overrides options.changes).

    Returns:
        The PDF, warnings (e.g. characters no shipped font has, unreadable photos) and pages.

    Raises:
        RenderError: unknown page size, or the fonts cannot be loaded.
        RehabError: options.stage names a stage the plan does not have.
        UnknownExerciseError: the plan names exercises the library does not have.
        DataFileError: a shipped data file is broken.
    """
    options = options or HandoutOptions()
    if options.page_size.lower() not in PAGE_SIZES:
        raise RenderError(
            f"Unknown page size '{options.page_size}'; choose from: {', '.join(PAGE_SIZES)}"
        )
    register_fonts()
    content = content or load_content(library)
    style = handout_style(options.large_print)
    size = page_size(options.page_size)
    printed_on = options.printed_on or dt.date.today()
    if options.stage is not None:
        stage: StageChoice | None = chosen_stage(plan, options.stage, printed_on)
    else:
        stage = stage_on(plan, printed_on)
    ctx = BuildContext(
        plan=plan, library=content.library, style=style, text=content.text,
        labels=content.labels, guidance=content.guidance, catalogue=content.catalogue,
        width=size[0] - style.margin_left - style.margin_right,
        page_height=size[1] - style.margin_top - style.margin_bottom,
        printed_on=printed_on, week=content.week, stage=stage,
        whole_program=options.whole_program or stage is None,
    )
    story = build_story(ctx, changes if changes is not None else options.changes,
                        include_log=options.include_log)
    doc_text = content.text.document
    values = {"patient_name": plan.patient.name, "procedure": plan.procedure,
              "date": format_date(ctx.printed_on)}
    decor = PageDecor(footer=filled(doc_text.footer, **values), page_pattern=doc_text.page,
                      style=style)
    pdf, pages, fill = build_pdf(
        story, size, style, decor,
        title=filled(doc_text.title, **values),
        author=plan.clinic.name or plan.therapist,
        subject=filled(doc_text.subject, **values),
    )
    return HandoutResult(pdf=pdf, warnings=ctx.warnings + ctx.glyphs.warnings(), pages=pages,
                         stage=stage, page_fill=fill)


def build_story(ctx: BuildContext, changes: list[str] | None, *,
                include_log: bool = True) -> list[Flowable]:
    """Every section in order: page 1, changes, the stage (or every stage), daily life, the log.

    Each section starts with a SectionMark, so the layout records which section a page holds.
    """
    story: list[Flowable] = [SectionMark(COVER), *cover_story(ctx, changes)]
    for phase in ctx.phases_shown():
        story += [SectionMark(f"{STAGE}:{phase.id}"), *phase_story(ctx, phase)]
    guidance = guidance_story(ctx)
    if guidance:
        story += [CondPageBreak(ctx.page_height * NEW_PAGE_BELOW), SectionMark(GUIDANCE),
                  *guidance]
    if include_log:
        story += log_story(ctx)
    return story


def write_handout(plan: Plan, path: Path | str, options: HandoutOptions | None = None, *,
                  library: Library | None = None, content: HandoutContent | None = None,
                  changes: list[str] | None = None) -> HandoutResult:
    """Render the handout and write it atomically (the old file survives any failure).

    Raises:
        RenderError: the file cannot be written, or see render_handout.
    """
    result = render_handout(plan, options, library=library, content=content, changes=changes)
    try:
        write_atomic(path, result.pdf, mode=0o600)
    except OSError as exc:
        raise RenderError(
            f"{path}: could not write the handout ({exc.strerror or exc}); "
            "any previous copy is unchanged"
        ) from None
    return result
