"""ExerciseDetails: the chosen library exercise's picture, steps, default dosage and safety notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from rehab_planner.model import Exercise

from ..labels import kind_line, label
from ..shown_texts import ShownTexts
from ..thumbnails import cached_thumbnail, paint_initials, thumbnail

PICTURE = 120


class ExerciseDetails(QWidget):
    """Read-only details of one exercise (blank when none is chosen).

    Args:
        shown: the interface language's words; the default dosage is written in them.
    """

    def __init__(self, parent: QWidget | None = None, shown: ShownTexts | None = None) -> None:
        super().__init__(parent)
        self._shown = shown or ShownTexts()
        self._held = False  # while the window loads: the kind's colour and initials stand in
        self._exercise: Exercise | None = None
        self._picture = QLabel()
        self._picture.setFixedSize(PICTURE, PICTURE)
        self._picture.setAccessibleName(self.tr("Exercise picture"))
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.RichText)
        self._text = QTextBrowser()
        self._text.setOpenExternalLinks(True)
        self._text.setAccessibleName(self.tr("Exercise details"))
        self._text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        top = QHBoxLayout()
        top.addWidget(self._picture)
        top.addWidget(self._title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._text, 1)
        self.show_exercise(None)

    def show_exercise(self, exercise: Exercise | None) -> None:
        """Show an exercise's details (None: a hint)."""
        self._exercise = exercise
        if exercise is None:
            self._picture.clear()
            self._title.setText(self.tr("<i>Choose an exercise to see its details.</i>"))
            self._text.clear()
            return
        self._show_picture(exercise)
        kind = kind_line(exercise.category, exercise.region, exercise.position)
        equipment = ", ".join(label(e) for e in exercise.equipment) or self.tr("none")
        # Texts are translated before they go into the markup: lupdate reads no f-string.
        equipment_line = self.tr("Equipment: %1").replace("%1", equipment)
        custom = self.tr("Custom exercise")
        printed_for = self.tr("printed only for: %1")
        title = (f"<b style='font-size:13pt'>{html.escape(exercise.name)}</b><br>"
                 f"<span style='color:#555'>{html.escape(kind)}</span><br>"
                 f"<span style='color:#555'>{html.escape(equipment_line)}</span>")
        if exercise.custom:
            title += f"<br><i>{html.escape(custom)}</i>"
        self._title.setText(title)
        steps = "".join(f"<li>{html.escape(s)}</li>" for s in exercise.steps)
        notes = "".join(f"<li>{html.escape(s)}</li>" for s in exercise.safety_notes)
        notes += "".join(
            f"<li>{html.escape(n.text)} <span style='color:#555'>"
            f"({html.escape(printed_for.replace('%1', ', '.join(n.only_for)))})</span></li>"
            for n in exercise.surgery_notes
        )
        steps_heading, dosage_heading = self.tr("Steps"), self.tr("Default dosage")
        parts = [
            f"<h4>{html.escape(steps_heading)}</h4><ol>{steps}</ol>",
            f"<h4>{html.escape(dosage_heading)}</h4>"
            f"<p>{html.escape(self._shown.dosage(exercise.dosage))}</p>",
        ]
        if notes:
            notes_heading = self.tr("Safety notes")
            parts.append(f"<h4>{html.escape(notes_heading)}</h4><ul>{notes}</ul>")
        if exercise.video_url:
            url, video = html.escape(exercise.video_url), self.tr("Video")
            parts.append(f"<p><a href='{url}'>{html.escape(video)}</a></p>")
        self._text.setHtml("".join(parts))

    def hold_picture(self, held: bool) -> None:
        """Show the initials instead of the drawing (True), or draw it now (False)."""
        self._held = held
        if not held and self._exercise is not None:
            self._show_picture(self._exercise)

    def _show_picture(self, exercise: Exercise) -> None:
        ratio = self.devicePixelRatioF()
        if self._held and cached_thumbnail(exercise, PICTURE, ratio) is None:
            stand_in = QPixmap(int(PICTURE * ratio), int(PICTURE * ratio))
            stand_in.setDevicePixelRatio(ratio)
            stand_in.fill(Qt.GlobalColor.transparent)
            painter = QPainter(stand_in)
            paint_initials(painter, QRectF(0, 0, PICTURE, PICTURE), exercise)
            painter.end()
            self._picture.setPixmap(stand_in)
            return
        self._picture.setPixmap(thumbnail(exercise, PICTURE, ratio))
