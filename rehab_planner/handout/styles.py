"""Every size, colour and space of the handout in one place; large print scales them all."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch

from rehab_planner.handout.fonts import BODY_BOLD_FONT, BODY_FONT

PAGE_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

# Large print: every size grows by a third (body 12 -> 16 pt)...
LARGE_PRINT_SCALE = 4 / 3
# ...but the spaces between paragraphs, cards and sections and inside boxes grow less: the
# lines' own spacing grows with the type already, and wide gaps cost pages, not clarity
LARGE_PRINT_SPACE_SCALE = 1.15
SPACES = frozenset({"para_space", "section_space", "card_space", "box_padding"})
TIGHT_LEADING = 1.15  # the line spacing (type size times this) of a card set tighter to fit
# the space left on a page
CLOSE_LEADING = 1.2  # narrow columns and table cells: short lines read well closer together
MAX_FIGURE_RATIO = 0.42  # an exercise picture takes at most this share of the frame width

# Minimum sizes the tests hold the PDF to.
MIN_BODY_PT = 12.0
MIN_LARGE_BODY_PT = 16.0

TEXT_COLOUR: Color = black
PAPER_COLOUR: Color = white
RULE_COLOUR = Color(0.25, 0.25, 0.25)
FRAME_COLOUR = Color(0.45, 0.45, 0.45)
EMERGENCY_COLOUR = Color(0.72, 0.0, 0.0)  # the 911 box: a dark red, 6:1 on white


@dataclass(frozen=True)
class HandoutStyle:
    """Type sizes (pt), spaces (pt) and line weights of the handout at one scale.

    Sizes that are not page geometry (margins stay fixed) are multiplied by `scale`.
    """

    scale: float = 1.0
    # type
    # 12 pt DejaVu Sans, whose letters are large for their size, reads like most 13-14 pt faces
    body_size: float = 12.0
    small_size: float = 12.0  # footer, log dates, page 1 boxes: never below 12 pt
    h1_size: float = 20.0
    h2_size: float = 16.0
    h3_size: float = 14.0
    leading_ratio: float = 1.3
    # spaces
    para_space: float = 4.0
    section_space: float = 12.0
    card_space: float = 10.0
    box_padding: float = 5.0
    bullet_indent: float = 18.0
    # lines
    box_line: float = 1.2
    warning_line: float = 2.5
    rule_line: float = 0.8
    # pictures and log
    figure_width_ratio: float = 0.30  # of the frame width
    logo_height: float = 0.7 * inch
    qr_size: float = 1.0 * inch
    tick_box: float = 15.0
    log_min_day_width: float = 40.0
    log_days: int = 7  # the dated first week of each phase (a blank week to copy follows)
    # page geometry (not scaled)
    margin_left: float = 0.7 * inch
    margin_right: float = 0.7 * inch
    margin_top: float = 0.6 * inch
    margin_bottom: float = 0.75 * inch
    footer_offset: float = 0.35 * inch

    def scaled(self, factor: float, space_factor: float | None = None) -> HandoutStyle:
        """This style with every type size and picture multiplied by factor, and its SPACES by
        space_factor (by factor when None)."""
        # a day's least width in the log stays (its date grows with the type anyway), and so do
        # its tick boxes: a target for a pen, not text to read (the name column keeps the room)
        fixed = {"scale", "leading_ratio", "figure_width_ratio", "log_min_day_width", "tick_box",
                 "log_days", "margin_left", "margin_right", "margin_top", "margin_bottom",
                 "footer_offset"}
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name not in fixed:
                grow = space_factor if f.name in SPACES and space_factor is not None else factor
                changes[f.name] = getattr(self, f.name) * grow
        # Pictures grow with the type too (a share of the frame, so at most MAX_FIGURE_RATIO).
        changes["figure_width_ratio"] = min(self.figure_width_ratio * factor, MAX_FIGURE_RATIO)
        return dataclasses.replace(self, scale=self.scale * factor, **changes)

    def leading(self, size: float) -> float:
        """Line spacing for a type size."""
        return size * self.leading_ratio

    @cached_property
    def paragraphs(self) -> dict[str, ParagraphStyle]:
        """The named paragraph styles.

        body, bold, bullet, label, h1-h3 at body size; small, cell, cell_bold and the box_* styles
        (text inside the page 1 boxes) at the smallest size.
        """
        def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
            extra.setdefault("spaceAfter", self.para_space)
            extra.setdefault("bulletFontName", BODY_FONT)
            extra.setdefault("bulletFontSize", size)
            return ParagraphStyle(
                name,
                fontName=BODY_BOLD_FONT if bold else BODY_FONT,
                fontSize=size,
                leading=extra.pop("leading", self.leading(size)),
                textColor=TEXT_COLOUR,
                **({"alignment": TA_LEFT} | extra),
            )

        heading_space = {"spaceBefore": self.section_space, "keepWithNext": 1}
        return {
            "body": style("body", self.body_size),
            "bold": style("bold", self.body_size, bold=True),
            "bullet": style("bullet", self.body_size, leftIndent=self.bullet_indent,
                            bulletIndent=2 * self.scale),
            "small": style("small", self.small_size),
            "label": style("label", self.body_size, bold=True, keepWithNext=1),
            "title": style("title", self.h1_size, bold=True, spaceBefore=self.section_space * 1.5),
            "cover_title": style("cover_title", self.h2_size, bold=True),
            "h1": style("h1", self.h1_size, bold=True, **heading_space),
            "h2": style("h2", self.h2_size, bold=True, **heading_space),
            "h3": style("h3", self.h3_size, bold=True, spaceBefore=self.para_space,
                        keepWithNext=1),
            "card_title": style("card_title", self.h3_size, bold=True,
                                spaceBefore=self.card_space, keepWithNext=1),
            "box": style("box", self.small_size, spaceAfter=self.para_space * 0.25),
            "box_bullet": style("box_bullet", self.small_size, leftIndent=self.bullet_indent * 0.8,
                                bulletIndent=2 * self.scale, spaceAfter=0),
            "box_label": style("box_label", self.small_size, bold=True, keepWithNext=1,
                               spaceAfter=self.para_space * 0.5),
            # safety text (precautions, warning signs) is never smaller than the body
            "safety_label": style("safety_label", self.body_size, bold=True, keepWithNext=1,
                                  spaceAfter=self.para_space * 0.5),
            "safety_bullet": style("safety_bullet", self.body_size,
                                   leftIndent=self.bullet_indent, bulletIndent=2 * self.scale,
                                   spaceAfter=0),
            "safety_bold_bullet": style("safety_bold_bullet", self.body_size, bold=True,
                                        leftIndent=self.bullet_indent,
                                        bulletIndent=2 * self.scale, spaceAfter=0),
            "scale_number": style("scale_number", self.body_size, bold=True, spaceAfter=0,
                                  alignment=TA_CENTER),
            "scale_words": style("scale_words", self.small_size, spaceAfter=0,
                                 alignment=TA_CENTER),
            # table cells are short lines: closer lines read well there
            "cell": style("cell", self.small_size, spaceAfter=0,
                          leading=self.small_size * min(self.leading_ratio, CLOSE_LEADING)),
            "cell_bold": style("cell_bold", self.small_size, bold=True, spaceAfter=0,
                               leading=self.small_size * min(self.leading_ratio, CLOSE_LEADING)),
        }


def handout_style(large_print: bool = False) -> HandoutStyle:
    """The regular style, or the same one scaled for large print."""
    base = HandoutStyle()
    return base.scaled(LARGE_PRINT_SCALE, LARGE_PRINT_SPACE_SCALE) if large_print else base


def page_size(name: str) -> tuple[float, float]:
    """The page size by name ('letter' or 'a4').

    Raises:
        KeyError: an unknown name.
    """
    return PAGE_SIZES[name.lower()]
