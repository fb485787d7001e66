"""The handout's shipped Unicode fonts: register them on demand and find characters they lack."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rehab_planner import paths
from rehab_planner.errors import RenderError

BODY_FONT = "RehabSans"
BODY_BOLD_FONT = "RehabSans-Bold"

FONT_FILES = {
    BODY_FONT: "DejaVuSans.ttf",
    BODY_BOLD_FONT: "DejaVuSans-Bold.ttf",
}

# Characters that need no glyph: spaces and line breaks are laid out, not drawn.
_NO_GLYPH_NEEDED = frozenset({"\n", "\r", "\t"})


def font_path(name: str) -> Path:
    """The shipped file of a font name."""
    return paths.fonts_dir() / FONT_FILES[name]


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once; later calls do nothing).

    Raises:
        RenderError: a font file is missing or broken.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in FONT_FILES:
        if name in registered:
            continue
        path = font_path(name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises TTFError or OSError with no common base
            raise RenderError(f"Cannot load the handout font {path}: {exc}") from None
    pdfmetrics.registerFontFamily(
        BODY_FONT, normal=BODY_FONT, bold=BODY_BOLD_FONT, italic=BODY_FONT,
        boldItalic=BODY_BOLD_FONT,
    )


def _covered(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    cached: frozenset[int] | None = getattr(font, "_rehab_coverage", None)
    if cached is None:
        cached = frozenset(font.face.charToGlyph)
        font._rehab_coverage = cached
    return cached


def _drawable(fonts: tuple[str, ...]) -> frozenset[str]:
    """The characters every one of these fonts draws (and those that need no glyph), kept on the
    first font (a font registered again starts afresh)."""
    first = pdfmetrics.getFont(fonts[0])
    kept: dict[tuple[str, ...], frozenset[str]] = first.__dict__.setdefault("_rehab_drawable", {})
    if fonts not in kept:
        common = frozenset.intersection(*(_covered(name) for name in fonts))
        kept[fonts] = frozenset(map(chr, common)) | _NO_GLYPH_NEEDED
    return kept[fonts]


def missing_characters(text: str, fonts: Iterable[str] = (BODY_FONT, BODY_BOLD_FONT)) -> list[str]:
    """Characters of text that a shipped font cannot draw (each once, in order).

    register_fonts() must have been called.
    """
    drawable = _drawable(tuple(fonts))
    if drawable.issuperset(text):  # nearly always: one pass in C
        return []
    return list(dict.fromkeys(char for char in text if char not in drawable))


def describe_character(char: str) -> str:
    """'U+4E2D CJK UNIFIED IDEOGRAPH-4E2D' for a warning message."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"


class GlyphCheck:
    """Collects every character of the printed texts that the shipped fonts lack."""

    def __init__(self) -> None:
        self._found: dict[str, list[str]] = {}

    def check(self, text: str, where: str) -> None:
        """Note the characters of one text no font has, and where the text is printed."""
        for char in missing_characters(text):
            places = self._found.setdefault(char, [])
            if where not in places:
                places.append(where)

    def warnings(self) -> list[str]:
        """One line per missing character, naming where it appears."""
        out = []
        for char, places in self._found.items():
            more = f" and {len(places) - 3} more" if len(places) > 3 else ""
            shown = ", ".join(places[:3]) + more
            out.append(
                f"The handout font has no character '{char}' ({describe_character(char)}), "
                f"used in {shown}; it will print as an empty box. Check the spelling or use "
                "a plain letter."
            )
        return out
