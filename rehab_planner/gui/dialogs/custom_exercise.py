"""CustomExerciseDialog: write or edit the therapist's own exercise (name, kind, steps, dosage, ...)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.datafile import validation_problems
from rehab_planner.model import Category, Dosage, Exercise, Movement, Position, Region

from ..labels import label


def _combo(values, current, name: str) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setAccessibleName(name)
    return combo


class CustomExerciseDialog(QDialog):
    """Builds an Exercise from the fields; `exercise()` validates it (the caller saves it)."""

    def __init__(self, exercise_id: str, existing: Exercise | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exercise") if existing else self.tr("New exercise"))
        self.setMinimumSize(520, 560)
        self._id = existing.id if existing else exercise_id
        base = existing
        self.name = QLineEdit(base.name if base else "")
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Exercise name"))
        self.kind = _combo(Category, base.category if base else Category.STRENGTHENING, self.tr("Kind"))
        self.region = _combo(Region, base.region if base else Region.KNEE, self.tr("Region"))
        self.position = _combo(Position, base.position if base else Position.SITTING, self.tr("Position"))
        self.steps = QPlainTextEdit("\n".join(base.steps) if base else "")
        self.steps.setPlaceholderText(self.tr("One step a line, in plain words for the patient"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setTabChangesFocus(True)
        dosage = base.dosage if base else Dosage(reps=10, times_a_day=2)
        self.sets = self._spin(dosage.sets, 10, self.tr("Sets"))
        self.reps = self._spin(dosage.reps, 100, self.tr("Reps"))
        self.hold = self._spin(dosage.hold_seconds, 300, self.tr("Hold (s)"))
        self.times = self._spin(dosage.times_a_day, 24, self.tr("Times a day"))
        dosage_row = QHBoxLayout()
        for spin in (self.sets, self.reps, self.hold, self.times):
            dosage_row.addWidget(QLabel(spin.accessibleName()))
            dosage_row.addWidget(spin)
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Movements (tags)"))
        self.tags.setToolTip(self.tr("Tick the movements the exercise makes; the safety checks read them"))
        chosen = set(base.movements) if base else set()
        for movement in Movement:
            item = QListWidgetItem(label(movement))
            item.setData(Qt.ItemDataRole.UserRole, movement)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if movement in chosen else Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.photo = QLineEdit(base.photo or "" if base else "")
        self.photo.setAccessibleName(self.tr("Photo file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("&Steps:"), self.steps)
        form.addRow(self.tr("Dosage:"), dosage_row)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("P&hoto:"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._result: Exercise | None = None

    def _spin(self, value: int | None, maximum: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)
        spin.setSpecialValueText("–")
        spin.setValue(value or 0)
        spin.setAccessibleName(name)
        return spin

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Photo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if name:
            self.photo.setText(name)

    def exercise(self) -> Exercise:
        """The exercise the fields describe.

        Raises:
            ValidationError: a field is missing or wrong.
        """
        movements = [self.tags.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tags.count())
                     if self.tags.item(i).checkState() == Qt.CheckState.Checked]
        return Exercise.model_validate({
            "id": self._id,
            "name": self.name.text().strip(),
            "category": self.kind.currentData(),
            "region": self.region.currentData(),
            "position": self.position.currentData(),
            "steps": [s.strip() for s in self.steps.toPlainText().splitlines() if s.strip()],
            "dosage": {"sets": self.sets.value() or None, "reps": self.reps.value() or None,
                       "hold_seconds": self.hold.value() or None,
                       "times_a_day": self.times.value() or None},
            "movements": movements,
            "photo": self.photo.text().strip() or None,
            "custom": True,
        })

    def result_exercise(self) -> Exercise | None:
        """The saved exercise after Save was pressed."""
        return self._result

    def photo_source(self) -> Path | None:
        """The photo file the therapist picked, if any."""
        text = self.photo.text().strip()
        return Path(text) if text else None

    def _on_save_clicked(self) -> None:
        try:
            self._result = self.exercise()
        except ValidationError as exc:
            lines = [f"{field or 'exercise'}: {reason}" for _, field, reason in validation_problems("", exc)]
            self.problem.setText("\n".join(lines))
            return
        self.accept()
