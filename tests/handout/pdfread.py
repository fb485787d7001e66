"""Read a handout PDF back: text per page, font sizes, embedded fonts, metadata."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.generic import ContentStream


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def flat(text: str) -> str:
    """Whitespace collapsed, so text that wraps across lines still matches."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page, whitespace collapsed."""
    return [flat(page.extract_text() or "") for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    """The whole document's text, whitespace collapsed."""
    return " ".join(page_texts(pdf))


def font_sizes(pdf: bytes) -> list[float]:
    """The size of every Tf (set font) operation in the page content streams."""
    doc = reader(pdf)
    sizes: list[float] = []
    for page in doc.pages:
        content = ContentStream(page.get_contents(), doc)
        for operands, operator in content.operations:
            if operator == b"Tf":
                sizes.append(float(operands[1]))
    return sizes


def page_drawing(pdf: bytes) -> list[tuple[list[float], list[tuple[float, float]]]]:
    """Per page: the size of every Tf operation, and (width, height) of every rectangle."""
    doc = reader(pdf)
    out = []
    for page in doc.pages:
        sizes: list[float] = []
        rects: list[tuple[float, float]] = []
        for operands, operator in ContentStream(page.get_contents(), doc).operations:
            if operator == b"Tf":
                sizes.append(float(operands[1]))
            elif operator == b"re":
                rects.append((abs(float(operands[2])), abs(float(operands[3]))))
        out.append((sizes, rects))
    return out


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use: base font name -> embedded (has a font file)."""
    out: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out[str(font.get("/BaseFont"))] = embedded
    return out
