"""Plan -> PDF handout: the one function the CLI and the desktop app call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable

from rehab_planner.errors import RenderError
from rehab_planner.guidance import Guidance, load_guidance
from rehab_planner.handout.card_cache import CARDS
from rehab_planner.handout.contacts import footer_call
from rehab_planner.handout.context import BuildContext
from rehab_planner.handout.cover import cover_story
from rehab_planner.handout.document import (
    COVER,
    GUIDANCE,
    STAGE,
    Deferred,
    PageDecor,
    PageFill,
    SectionMark,
    build_pdf,
)
from rehab_planner.handout.fonts import register_fonts
from rehab_planner.handout.language import (
    bilingual,
    content_in,
    marked_progress,
    plan_language,
)
from rehab_planner.handout.log import log_story
from rehab_planner.handout.phases import phase_story
from rehab_planner.handout.progress_section import progress_story
from rehab_planner.handout.sections import guidance_story
from rehab_planner.handout.styles import PAGE_SIZES, handout_style, page_size
from rehab_planner.handout.texts import HandoutText, filled, load_handout_text
from rehab_planner.handout.weektext import WeekText, load_week_text
from rehab_planner.i18n import DEFAULT_LANGUAGE, MARK, using_language
from rehab_planner.i18n.dosage import DosageWords
from rehab_planner.labels import Labels
from rehab_planner.labels import labels as load_labels
from rehab_planner.library import Library, load_library
from rehab_planner.model import Phase, Plan, Precaution
from rehab_planner.outcomes.progress_words import PatientProgress
from rehab_planner.plans.conditions import in_effect
from rehab_planner.plans.schedule import format_date
from rehab_planner.plans.stage import StageChoice, chosen_stage, stage_on
from rehab_planner.safety.catalogue import PLACEHOLDER, load_catalogue
from rehab_planner.safety.check import check_plan
from rehab_planner.safety.refusal import blocking_findings, refusal
from rehab_planner.storage.atomic import write_atomic


@dataclass(frozen=True)
class HandoutOptions:
    """How to print: large print, page size, print date, exercise log, changes since last visit."""

    large_print: bool = False
    page_size: str = "letter"  # 'letter' or 'a4'
    printed_on: dt.date | None = None  # None: today
    include_log: bool = True
    changes: list[str] | None = None  # 'What changed since your last visit' lines, if any
    accept_findings: bool = False  # print despite open conflicts and bad precaution settings
    progress: PatientProgress | None = None  # 'Your progress' (off unless the therapist chooses it)
    stage: int | None = None  # print this stage (1-based); None: the stage of the print date
    whole_program: bool = False  # every stage, the one of the print date marked
    language: str | None = None  # 'en', 'es'; None: the patient's language (plan.patient.language)
    bilingual: bool = False  # headings and exercise names also in English, for the clinician
    # preview only: stop after this page; 'Page X of Y' then uses max(pages_hint, pages made)
    stop_after_page: int | None = None
    pages_hint: int = 0


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
    language: str = DEFAULT_LANGUAGE  # the language of the texts above
    dosage_words: DosageWords | None = None  # None: the English words of Dosage.describe


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
        HandoutRefused: open conflicts or bad precaution settings (unless
            options.accept_findings), or a sentence with an unfilled value or a negative number.
        RehabError: options.stage names a stage the plan does not have.
        UnknownExerciseError: the plan names exercises the library does not have.
        DataFileError: a shipped data file is broken.
    """
    options = options or HandoutOptions()
    plan = in_effect(plan)  # orders and exercises the plan's conditions switch off are not printed
    language = plan_language(plan, options.language)
    if options.page_size.lower() not in PAGE_SIZES:
        raise RenderError(
            f"Unknown page size '{options.page_size}'; choose from: {', '.join(PAGE_SIZES)}"
        )
    register_fonts()
    content = content or load_content(library)
    if not options.accept_findings:
        blocking = blocking_findings(check_plan(plan, content.library, content.catalogue))
        if blocking:
            raise refusal(blocking)
    english = content
    content, plan = content_in(content, plan, language)
    if (options.bilingual or plan.settings.bilingual_headings) \
            and content.language != english.language:
        content = bilingual(content, english)
    with using_language(language):
        return _render(plan, options, content, changes)


def _render(plan: Plan, options: HandoutOptions, content: HandoutContent,
            changes: list[str] | None) -> HandoutResult:
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
        dosage_words=content.dosage_words,
    )
    progress = options.progress
    if progress is not None and progress.language != content.language:
        progress, count = marked_progress(progress)
        ctx.marked_english += count
    # a partial (preview) render makes each section after page 1 only when its pages are reached
    story = build_story(ctx, changes if changes is not None else options.changes,
                        include_log=options.include_log, progress=progress,
                        deferred=options.stop_after_page is not None)
    doc_text = content.text.document
    values = {"patient_name": plan.patient.name, "procedure": plan.procedure,
              "date": format_date(ctx.printed_on)}
    # the footer's date in its short form: '5 de noviembre de 2026' left no room for it
    footer_values = values | {"date": format_date(ctx.printed_on, short=True)}
    footer = (f"{footer_call(plan, content.text.contacts)} · "
              f"{filled(doc_text.footer, **footer_values)}")
    decor = PageDecor(footer=footer, page_pattern=doc_text.page,
                      style=style)
    pdf, pages, fill = build_pdf(
        story, size, style, decor,
        title=_metadata(doc_text.title, values),
        author=plan.clinic.name or plan.therapist,
        subject=_metadata(doc_text.subject, values),
        stop_after=options.stop_after_page, pages_hint=options.pages_hint,
    )
    CARDS.give_back(ctx.cards_taken)  # for the next render (a failed one's are dropped)
    marked = ctx.marked_english
    if marked:
        ctx.warnings.append(f"{marked} text(s) have no {content.language} translation: they are "
                            f"printed in English, marked '{MARK.strip()}' (see `check`).")
    return HandoutResult(pdf=pdf, warnings=ctx.warnings + ctx.glyphs.warnings(), pages=pages,
                         stage=stage, page_fill=fill)


def _metadata(text: str, values: dict[str, str]) -> str:
    """A PDF property (title, subject): never the patient's name, which stays on the pages.

    The file's properties travel with it (mail, search indexes, file lists) where the pages
    are not read; a text that asks for the name gets the app's name instead.
    """
    public = {k: v for k, v in values.items() if k != "patient_name"}
    out = filled(text, **public)
    return "Rehab Planner handout" if PLACEHOLDER.search(out) else out


def build_story(ctx: BuildContext, changes: list[str] | None, *,
                include_log: bool = True, progress: PatientProgress | None = None,
                deferred: bool = False) -> list[Flowable]:
    """Every section in order: page 1, changes, your progress (if chosen), the stage (or every
    stage), daily life, the log.

    Each section starts with a SectionMark, so the layout records which section a page holds.
    deferred: the sections after page 1 are Deferred, made when the layout reaches them (in the
    same order, so the story is the same).
    """
    sections: list[Callable[[], list[Flowable]]] = []
    if progress is not None:
        sections.append(partial(progress_story, ctx, progress))
    for phase in ctx.phases_shown():
        sections.append(partial(_stage_section, ctx, phase))
    sections.append(partial(_guidance_section, ctx))
    if include_log:
        sections.append(partial(log_story, ctx))
    story: list[Flowable] = [SectionMark(COVER), *cover_story(ctx, changes)]
    for section in sections:
        story += [Deferred(section)] if deferred else section()
    return story


def _stage_section(ctx: BuildContext, phase: Phase) -> list[Flowable]:
    return [SectionMark(f"{STAGE}:{phase.id}"), *phase_story(ctx, phase)]


def _guidance_section(ctx: BuildContext) -> list[Flowable]:
    guidance = guidance_story(ctx)
    return [SectionMark(GUIDANCE), *guidance] if guidance else []  # starts a page when needed


def write_handout(plan: Plan, path: Path | str, options: HandoutOptions | None = None, *,
                  library: Library | None = None, content: HandoutContent | None = None,
                  changes: list[str] | None = None) -> HandoutResult:
    """Render the handout and write it atomically (the old file survives any failure).

    Raises:
        RenderError: the file cannot be written, or see render_handout.
    """
    result = render_handout(plan, options, library=library, content=content, changes=changes)
    had_copy = Path(path).is_file()
    try:
        write_atomic(path, result.pdf, mode=0o600)
    except OSError as exc:
        kept = "; the previous copy is unchanged" if had_copy else ""
        raise RenderError(f"{path}: could not write the handout ({exc.strerror or exc}){kept}") from None
    return result
