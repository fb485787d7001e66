"""The handout's page layout: one frame per page, a footer with name, date and page X of Y."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LayoutError, PageTemplate

from rehab_planner.errors import RenderError
from rehab_planner.handout.fonts import BODY_FONT
from rehab_planner.handout.styles import RULE_COLOUR, TEXT_COLOUR, HandoutStyle


@dataclass(frozen=True)
class PageDecor:
    """What every page shows besides the story: footer text and the 'Page X of Y' pattern."""

    footer: str  # e.g. 'José Núñez · Printed 3 Nov 2026'
    page_pattern: str  # e.g. 'Page {page} of {pages}'
    style: HandoutStyle


class NumberedCanvas(Canvas):
    """A canvas that holds every page until the end, so each can print 'Page X of Y'."""

    decor: PageDecor | None = None  # set on a subclass per render (see numbered_canvas)
    pages_hint = 0  # a partial (preview) render: the page count of the last whole render

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the page's state instead of writing it now."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Write every page with its footer, now that the page count is known."""
        total = max(len(self._pages), self.pages_hint)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        decor = self.decor
        if decor is None:
            return
        style = decor.style
        width, _ = self._pagesize
        left = style.margin_left
        right = width - style.margin_right
        y = style.footer_offset
        self.saveState()
        self.setStrokeColor(RULE_COLOUR)
        self.setLineWidth(style.rule_line)
        self.line(left, y + style.small_size * 1.3, right, y + style.small_size * 1.3)
        self.setFillColor(TEXT_COLOUR)
        self.setFont(BODY_FONT, style.small_size)
        page_text = decor.page_pattern.replace("{page}", str(self._pageNumber)).replace(
            "{pages}", str(total)
        )
        page_width = self.stringWidth(page_text, BODY_FONT, style.small_size)
        footer = _fit(self, decor.footer, right - left - page_width - style.small_size * 2,
                      style.small_size)
        self.drawString(left, y, footer)
        self.drawRightString(right, y, page_text)
        self.restoreState()


FOOTER_SEPARATOR = " · "


def _fit(canvas: Canvas, text: str, width: float, size: float) -> str:
    """The text, as much of it as fits width: parts joined by ' · ' (the phone to call, the
    patient's name, the print date) are left out whole from the last while more than two are
    left; only then is the text shortened with an ellipsis (never a date cut in half)."""
    def fits(candidate: str) -> bool:
        return canvas.stringWidth(candidate, BODY_FONT, size) <= width

    parts = text.split(FOOTER_SEPARATOR)
    while len(parts) > 2 and not fits(FOOTER_SEPARATOR.join(parts)):
        parts.pop()
    text = FOOTER_SEPARATOR.join(parts)
    if fits(text):
        return text
    while text and not fits(text + "…"):
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas(decor: PageDecor, pages_hint: int = 0) -> type[NumberedCanvas]:
    """A canvas class bound to this render's footer (no shared state between renders)."""
    return type("HandoutCanvas", (NumberedCanvas,), {"decor": decor, "pages_hint": pages_hint})


# Section names a SectionMark records (a stage adds ':' and its phase id).
COVER, STAGE, GUIDANCE, LOG, LOG_COPY = "cover", "stage", "guidance", "log", "log-copy"


class SectionMark(Flowable):
    """An invisible mark where a section starts, so the layout knows each page's sections."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No size."""
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw."""


class Deferred(Flowable):
    """A section made only when the layout reaches it: a partial (preview) render that stops
    before it never makes it. Sections are made in story order, as an eager story is."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """No size (the document replaces it with its section before laying it out)."""
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw."""


@dataclass(frozen=True)
class PageFill:
    """How much of a page's frame the story fills, and the sections on the page."""

    page: int  # 1-based
    fill: float  # 0..1 of the frame height, from the top to the end of the last block
    sections: tuple[str, ...]  # the sections with content on this page, in order
    ends_section: bool  # the last page of a section (the next page starts another, or none)


PORTRAIT = "portrait"
LANDSCAPE = "landscape"  # the page template of a large-print exercise log
MAX_PAGES = 150  # far beyond a real handout (about 10 to 40 pages); bounds a hostile plan


class _TooManyPages(Exception):
    """Raised inside reportlab's build (which decorates messages); turned into a RenderError."""


class _EnoughPages(Exception):
    """Raised once a partial (preview) render has laid out the pages it was asked for."""


class HandoutDocument(BaseDocTemplate):
    """Portrait pages with one frame inside the margins; landscape pages on request
    (NextPageTemplate(LANDSCAPE)) with the same margins."""

    def __init__(self, buffer: BytesIO, pagesize: tuple[float, float], style: HandoutStyle,
                 *, title: str, author: str, subject: str) -> None:
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=style.margin_left,
            rightMargin=style.margin_right,
            topMargin=style.margin_top,
            bottomMargin=style.margin_bottom,
            title=title,
            author=author,
            subject=subject,
            creator="Rehab Planner",
            # the page preamble selects a font: ours, so no unembedded Helvetica is listed
            initialFontName=BODY_FONT,
            initialFontSize=style.body_size,
            initialLeading=style.leading(style.body_size),
            lang="en",
        )
        def frame(paper: tuple[float, float], name: str) -> Frame:
            return Frame(self.leftMargin, self.bottomMargin,
                         paper[0] - self.leftMargin - self.rightMargin,
                         paper[1] - self.topMargin - self.bottomMargin, id=name,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        wide = (pagesize[1], pagesize[0])
        self.addPageTemplates([
            PageTemplate(id=PORTRAIT, frames=[frame(pagesize, "body")], pagesize=pagesize),
            PageTemplate(id=LANDSCAPE, frames=[frame(wide, "wide")], pagesize=wide),
        ])
        self.page_count = 0
        self._section = ""
        self._page_sections: list[str] = []
        self._starts_with_mark = False
        self.pages: list[tuple[float, list[str], bool]] = []  # fill, sections, starts a section
        self.stop_after: int | None = None  # a partial render ends after this page

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """As reportlab does, once the deferred sections in front are made (a section may be
        empty: nothing is then left to lay out)."""
        self.filterFlowables(flowables)
        if flowables:
            super().handle_flowable(flowables)

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """Make a deferred section once the layout reaches it, or once a block kept with the
        next one (keepWithNext) looks at it."""
        i = 0
        while i < len(flowables):
            flowable = flowables[i]
            if isinstance(flowable, Deferred):
                flowables[i:i + 1] = flowable.make()
                continue
            keep = getattr(flowable, "getKeepWithNext", None)
            if not (keep() if keep is not None else getattr(flowable, "keepWithNext", 0)):
                break
            i += 1

    def handle_pageEnd(self) -> None:
        """End the page as usual; a partial render then stops (the page is already kept)."""
        super().handle_pageEnd()
        if self.stop_after is not None and self.page_count >= self.stop_after:
            raise _EnoughPages

    def afterFlowable(self, flowable: Flowable) -> None:
        """Note the section a mark starts; a mark at the top of a page starts the page."""
        if isinstance(flowable, SectionMark):
            if getattr(self.frame, "_atTop", False) and not self._starts_with_mark:
                self._starts_with_mark = True
                self._page_sections = []  # nothing of the section before is on this page
            self._section = flowable.name
            self._page_sections.append(flowable.name)

    def afterPage(self) -> None:
        """Count pages as they are laid out, record how full each one is; stop past MAX_PAGES."""
        self.page_count += 1
        if self.page_count > MAX_PAGES:
            raise _TooManyPages
        frame = self.frame
        used = (frame._y2 - frame._y) / frame._height if frame._height else 0.0
        self.pages.append((max(0.0, min(1.0, used)), self._page_sections, self._starts_with_mark))
        self._page_sections = [self._section] if self._section else []
        self._starts_with_mark = False

    def page_fill(self) -> list[PageFill]:
        """Every page's fill and sections; a page ends a section when the next one starts one."""
        out = []
        for n, (fill, sections, _) in enumerate(self.pages):
            last = n == len(self.pages) - 1
            ends = last or self.pages[n + 1][2] or len(set(sections)) > 1
            out.append(PageFill(n + 1, fill, tuple(dict.fromkeys(sections)), ends))
        return out


def build_pdf(story: list[Flowable], pagesize: tuple[float, float], style: HandoutStyle,
              decor: PageDecor, *, title: str, author: str, subject: str,
              stop_after: int | None = None, pages_hint: int = 0
              ) -> tuple[bytes, int, list[PageFill]]:
    """Lay out the story and return the PDF bytes, the page count and each page's fill.

    `stop_after` (preview): stop after that page; its footers count `pages_hint` pages when more.
    """
    buffer = BytesIO()
    doc = HandoutDocument(buffer, pagesize, style, title=title, author=author, subject=subject)
    doc.stop_after = stop_after
    try:
        doc.build(story, canvasmaker=numbered_canvas(decor, pages_hint))
    except _EnoughPages:
        doc.canv.save()  # the pages laid out so far, with their footers
    except _TooManyPages:
        raise RenderError(
            f"The handout would be longer than {MAX_PAGES} pages; it is not printed. "
            "Split the program or shorten its phases and notes."
        ) from None
    except LayoutError as exc:
        raise RenderError(
            "The handout could not be laid out: a block is too large for one page "
            f"({str(exc).splitlines()[0][:200]}). Shorten the longest note or list."
        ) from None
    return buffer.getvalue(), doc.page_count, doc.page_fill()
