"""Small pictures of exercises for lists: the figure drawing when available, else initials."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from rehab_planner.model import Exercise

log = logging.getLogger(__name__)

# Gentle colours per kind, so lists scan by kind at a glance.
KIND_COLOURS = {
    "range_of_motion": "#4f86c6",
    "strengthening": "#d9823b",
    "posture_body_mechanics": "#7a6fb3",
    "balance": "#3f9f86",
    "aerobic": "#c75b7a",
    "functional": "#6b8e23",
}

_cache: dict[tuple[str, int, float, int], QPixmap] = {}
_badged: dict[tuple[int, str], QPixmap] = {}
_painter_module: Any = None
_painter_checked = False


def _figure_painter() -> Any:
    """gui.figure_painter when it exists (written by the figures work), else None."""
    global _painter_module, _painter_checked
    if not _painter_checked:
        _painter_checked = True
        try:
            _painter_module = importlib.import_module("rehab_planner.gui.figure_painter")
        except ImportError:
            _painter_module = None
    return _painter_module


def initials(name: str) -> str:
    """'Heel slide' -> 'HS'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def _paint_placeholder(painter: QPainter, rect: QRectF, exercise: Exercise) -> None:
    colour = QColor(KIND_COLOURS.get(str(exercise.category), "#6c7a89"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour.lighter(175))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
    painter.setPen(colour.darker(130))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.36)))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(exercise.name))


CUE_MIN_SIZE = 100  # logical pixels: a smaller picture leaves out the words under it (unreadable)


def paint_thumbnail(painter: QPainter, rect: QRectF, exercise: Exercise) -> None:
    """Draw an exercise's picture into rect: the figure if it can be drawn, else its initials.
    A picture under CUE_MIN_SIZE wide leaves out its cue (the words under it, too small)."""
    module = _figure_painter()
    if module is not None and exercise.figure is not None:
        try:
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white"))
            painter.drawRoundedRect(rect, 6, 6)
            module.paint_figure(painter, rect.toRect(), exercise, cue=rect.width() >= CUE_MIN_SIZE)
            painter.restore()
            return
        except Exception:  # a broken drawing must not break the list
            painter.restore()
            log.exception("figure of %s could not be drawn", exercise.id)
    _paint_placeholder(painter, rect, exercise)


def cached_thumbnail(exercise: Exercise, size: int, ratio: float = 1.0) -> QPixmap | None:
    """The picture `thumbnail` gives, if it is made already (else None: nothing is drawn)."""
    return _cache.get((exercise.id, size, ratio, id(exercise)))


def paint_initials(painter: QPainter, rect: QRectF, exercise: Exercise) -> None:
    """Draw the quick stand-in for a picture not made yet: the kind's colour and the initials."""
    _paint_placeholder(painter, rect, exercise)


def thumbnail(exercise: Exercise, size: int, ratio: float = 1.0) -> QPixmap:
    """A cached square picture of an exercise, `size` logical pixels wide."""
    key = (exercise.id, size, ratio, id(exercise))
    pixmap = _cache.get(key)
    if pixmap is None:
        pixmap = QPixmap(int(size * ratio), int(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_thumbnail(painter, QRectF(0, 0, size, size), exercise)
        painter.end()
        if len(_cache) > 4000:
            _cache.clear()
        _cache[key] = pixmap
    return pixmap


def with_badge(picture: QPixmap, badge: QIcon, name: str) -> QPixmap:
    """A cached copy of a picture with a small icon (a finding's severity) in its bottom-right corner.

    Args:
        picture: the exercise's thumbnail.
        badge: the icon to put on it.
        name: the icon's name, part of the cache key.
    """
    key = (picture.cacheKey(), name)
    pixmap = _badged.get(key)
    if pixmap is None:
        ratio = picture.devicePixelRatio()
        size = picture.width() / ratio
        side = max(12, int(size * 0.5))
        pixmap = QPixmap(picture)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        corner = QRectF(size - side, size - side, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(corner.adjusted(1, 1, -1, -1))  # keeps the icon clear of the drawing
        badge.paint(painter, corner.toRect())
        painter.end()
        if len(_badged) > 4000:
            _badged.clear()
        _badged[key] = pixmap
    return pixmap
