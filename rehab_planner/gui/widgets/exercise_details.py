"""ExerciseDetails: the chosen library exercise's picture, steps, default dosage and safety notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from rehab_planner.i18n.dosage import describe
from rehab_planner.model import Exercise

from ..labels import kind_line, label
from ..thumbnails import thumbnail

PICTURE = 120


class ExerciseDetails(QWidget):
    """Read-only details of one exercise (blank when none is chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        if exercise is None:
            self._picture.clear()
            self._title.setText(self.tr("<i>Choose an exercise to see its details.</i>"))
            self._text.clear()
            return
        ratio = self.devicePixelRatioF()
        self._picture.setPixmap(thumbnail(exercise, PICTURE, ratio))
        kind = kind_line(exercise.category, exercise.region, exercise.position)
        equipment = ", ".join(label(e) for e in exercise.equipment) or self.tr("none")
        self._title.setText(
            f"<b style='font-size:13pt'>{html.escape(exercise.name)}</b><br>"
            f"<span style='color:#555'>{html.escape(kind)}</span><br>"
            f"<span style='color:#555'>{html.escape(self.tr('Equipment'))}: "
            f"{html.escape(equipment)}</span>"
            + (f"<br><i>{html.escape(self.tr('Custom exercise'))}</i>" if exercise.custom else "")
        )
        steps = "".join(f"<li>{html.escape(s)}</li>" for s in exercise.steps)
        notes = "".join(f"<li>{html.escape(s)}</li>" for s in exercise.safety_notes)
        notes += "".join(
            f"<li>{html.escape(n.text)} <span style='color:#555'>"
            f"({html.escape(self.tr('printed only for: %1').replace('%1', ', '.join(n.only_for)))})"
            "</span></li>"
            for n in exercise.surgery_notes
        )
        parts = [
            f"<h4>{html.escape(self.tr('Steps'))}</h4><ol>{steps}</ol>",
            f"<h4>{html.escape(self.tr('Default dosage'))}</h4>"
            f"<p>{html.escape(describe(exercise.dosage))}</p>",
        ]
        if notes:
            parts.append(f"<h4>{html.escape(self.tr('Safety notes'))}</h4><ul>{notes}</ul>")
        if exercise.video_url:
            url = html.escape(exercise.video_url)
            parts.append(f"<p><a href='{url}'>{html.escape(self.tr('Video'))}</a></p>")
        self._text.setHtml("".join(parts))
