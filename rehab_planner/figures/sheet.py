"""Contact sheet: every exercise's figure with its name on A4 pages, for review."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from rehab_planner.figures.photo import photo_path
from rehab_planner.figures.render import render_exercise
from rehab_planner.figures.reportlab_backend import frame, picture_drawing
from rehab_planner.model import Exercise

COLUMNS = 4
ROWS = 6
FIGURE_WIDTH = 4 * cm  # the handout's smallest figure size
NAME_FONT = ("Helvetica-Bold", 7.5)
ID_FONT = ("Helvetica", 6)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def contact_sheet(
    exercises: Sequence[Exercise], title: str = "Rehab Planner figures", use_photos: bool = False
) -> bytes:
    """A PDF with every exercise's figure at 4 cm wide, its name and id below.

    Args:
        exercises: the exercises, in the order to show them.
        title: printed at the top of each page.
        use_photos: show photos where exercises have them (default: always the drawing).
    """
    out = io.BytesIO()
    page_w, page_h = A4
    margin = 1.2 * cm
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    cell_w = (page_w - 2 * margin) / COLUMNS
    cell_h = (page_h - 2 * margin - 0.8 * cm) / ROWS
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(exercises) // per_page))
    for page in range(pages):
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(margin, page_h - margin, f"{title} ({len(exercises)} exercises)")
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(page_w - margin, page_h - margin, f"page {page + 1} of {pages}")
        chunk = exercises[page * per_page : (page + 1) * per_page]
        for index, exercise in enumerate(chunk):
            col, row = index % COLUMNS, index // COLUMNS
            x = margin + col * cell_w
            y = page_h - margin - 0.8 * cm - (row + 1) * cell_h
            photo = photo_path(exercise) if use_photos else None
            drawing = picture_drawing(render_exercise(exercise, photo=photo), FIGURE_WIDTH)
            drawing.add(frame(drawing.width, drawing.height))
            fx = x + (cell_w - FIGURE_WIDTH) / 2
            fy = y + cell_h - drawing.height - 4
            renderPDF.draw(drawing, canvas, fx, fy)
            canvas.setFont(*NAME_FONT)
            canvas.drawCentredString(
                x + cell_w / 2, fy - 10, _fit(exercise.name, *NAME_FONT, cell_w - 6)
            )
            canvas.setFont(*ID_FONT)
            canvas.setFillGray(0.35)
            canvas.drawCentredString(
                x + cell_w / 2, fy - 18, _fit(exercise.id, *ID_FONT, cell_w - 6)
            )
            canvas.setFillGray(0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
