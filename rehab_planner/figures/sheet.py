"""Review sheet: every exercise's figure with its name, first step and picture-text constraints."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from rehab_planner.figures.checks import check
from rehab_planner.figures.photo import photo_path
from rehab_planner.figures.render import render_exercise
from rehab_planner.figures.reportlab_backend import frame, picture_drawing
from rehab_planner.model import Exercise

COLUMNS = 2
ROWS = 7
FIGURE_WIDTH = 4 * cm  # the handout's smallest figure size
NAME_FONT = ("Helvetica-Bold", 8)
TEXT_FONT = ("Helvetica", 6.5)
ID_FONT = ("Helvetica", 6)
LEADING = 8.0
OK_MARK, NOT_OK_MARK = "ok", "NOT MET"


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def review_lines(exercise: Exercise) -> list[str]:
    """What the sheet prints beside a figure: the first step, then each constraint, measured."""
    lines = [f"1. {exercise.steps[0]}"] if exercise.steps else []
    spec = exercise.figure
    if spec is not None:
        for m in check(spec):
            lines.append(f"{OK_MARK if m.ok else NOT_OK_MARK}: {m.describe()}")
    return lines


def contact_sheet(
    exercises: Sequence[Exercise], title: str = "Rehab Planner figures", use_photos: bool = False
) -> bytes:
    """A review PDF: every exercise's figure at 4 cm wide, with its name, id, the first line of its
    steps and the picture-text constraints its figure data records (each measured: ok or NOT MET).

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
    text_w = cell_w - FIGURE_WIDTH - 0.5 * cm
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
            top = page_h - margin - 0.8 * cm - row * cell_h
            photo = photo_path(exercise) if use_photos else None
            drawing = picture_drawing(render_exercise(exercise, photo=photo), FIGURE_WIDTH)
            drawing.add(frame(drawing.width, drawing.height))
            renderPDF.draw(drawing, canvas, x, top - drawing.height - 4)
            tx, ty = x + FIGURE_WIDTH + 0.25 * cm, top - 4 - NAME_FONT[1]
            canvas.setFont(*NAME_FONT)
            canvas.drawString(tx, ty, _fit(exercise.name, *NAME_FONT, text_w))
            canvas.setFont(*ID_FONT)
            canvas.setFillGray(0.35)
            canvas.drawString(tx, ty - LEADING, _fit(exercise.id, *ID_FONT, text_w))
            canvas.setFillGray(0)
            ty -= 2 * LEADING + 1
            bottom = top - cell_h + 4
            for line in review_lines(exercise):
                for part in simpleSplit(line, TEXT_FONT[0], TEXT_FONT[1], text_w):
                    if ty < bottom:
                        break
                    canvas.setFont(*TEXT_FONT)
                    if part.startswith(NOT_OK_MARK):
                        canvas.setFillColorRGB(0.75, 0, 0)
                    canvas.drawString(tx, ty, part)
                    canvas.setFillGray(0)
                    ty -= LEADING
        canvas.showPage()
    canvas.save()
    return out.getvalue()
