"""QPainter backend of the figures: exercise pictures for thumbnails and the detail view."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap, QPolygonF

from rehab_planner.figures.photo import photo_path
from rehab_planner.figures.primitives import Circle, Color, Item, Label, Picture, Shape, Stroke
from rehab_planner.figures.render import render_exercise
from rehab_planner.model import Exercise
from rehab_planner.model.vocab import Side
from rehab_planner.storage.pictures import PictureRefused, load_picture


def _qcolor(c: Color) -> QColor:
    return QColor.fromRgbF(c[0], c[1], c[2])


def _pen(color: Color | None, width: float) -> QPen:
    if color is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(_qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_picture(painter: QPainter, rect: QRect | QRectF, picture: Picture) -> None:
    """Paint a Picture centred in rect, keeping its proportions, on a white background."""
    target = QRectF(rect)
    scale = min(target.width() / picture.width, target.height() / picture.height)
    w, h = picture.width * scale, picture.height * scale
    x0 = target.x() + (target.width() - w) / 2
    y0 = target.y() + (target.height() - h) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(x0, y0, w, h), QColor("white"))
    if picture.photo is not None:
        try:
            image = QImage.fromData(load_picture(picture.photo).data)
        except PictureRefused:
            image = QImage()  # a refused photo shows the white box; the handout warns about it
        if not image.isNull():
            scaled = image.size().scaled(int(w), int(h), Qt.AspectRatioMode.KeepAspectRatio)
            px = x0 + (w - scaled.width()) / 2
            py = y0 + (h - scaled.height()) / 2
            painter.drawImage(QRectF(px, py, scaled.width(), scaled.height()), image)
    painter.translate(x0, y0 + h)
    painter.scale(scale, -scale)
    for item in picture.items:
        _paint(painter, item)
    painter.restore()


def _paint(painter: QPainter, item: Item) -> None:
    if isinstance(item, Label):
        # The painter's y points up here: flip back so the word is not upside down.
        painter.save()
        painter.translate(item.at[0], item.at[1])
        painter.scale(1, -1)
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPointSizeF(100)
        painter.setFont(font)
        metrics_scale = item.size / (painter.fontMetrics().capHeight() or 1)
        painter.scale(metrics_scale, metrics_scale)
        painter.setPen(_pen(item.color, 1 / metrics_scale))
        width = painter.fontMetrics().horizontalAdvance(item.text)
        painter.drawText(QPointF(-width / 2, 0), item.text)
        painter.restore()
        return
    if isinstance(item, Stroke):
        painter.setPen(_pen(item.color, item.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(item.points) == 1:
            painter.drawPoint(QPointF(*item.points[0]))
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in item.points]))
    elif isinstance(item, Shape):
        painter.setPen(_pen(item.stroke, item.width))
        painter.setBrush(QBrush(_qcolor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in item.points]))
    elif isinstance(item, Circle):
        painter.setPen(_pen(item.stroke, item.width))
        painter.setBrush(QBrush(_qcolor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(*item.center), item.radius, item.radius)


def paint_figure(
    painter: QPainter, rect: QRect | QRectF, exercise: Exercise, side: Side | str | None = None,
    cue: bool = True,
) -> None:
    """Paint an exercise's picture (its photo if it has one) into rect; cue=False leaves out the
    words under it (a thumbnail too small to read them)."""
    paint_picture(painter, rect, render_exercise(exercise, side, photo=photo_path(exercise), cue=cue))


def figure_image(exercise: Exercise, width: int, side: Side | str | None = None) -> QImage:
    """The exercise's picture as a QImage width pixels wide (height 0.75 of it)."""
    height = max(1, round(width * 0.75))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_figure(painter, QRectF(0, 0, width, height), exercise, side)
    finally:
        painter.end()
    return image


def figure_pixmap(exercise: Exercise, width: int, side: Side | str | None = None) -> QPixmap:
    """The exercise's picture as a QPixmap (needs a QGuiApplication)."""
    return QPixmap.fromImage(figure_image(exercise, width, side))
