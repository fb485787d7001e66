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
from rehab_planner.errors import RenderError
from rehab_planner.figures.photo import import_photo
from rehab_planner.library.custom import custom_id
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
    """Builds an Exercise from the fields; `exercise()` validates it (the caller saves it).

    On Save a newly chosen photo is imported (checked, scaled down, copied into the custom
    exercises folder) and the exercise keeps only its file name.

    Args:
        taken_ids: ids already in the library; a new exercise gets an id from its name.
        existing: the custom exercise to edit, or None for a new one.
        photo_folder: where photos are copied (default: the custom exercises folder).
    """

    def __init__(self, taken_ids: set[str], existing: Exercise | None = None,
                 parent: QWidget | None = None, photo_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exercise") if existing else self.tr("New exercise"))
        self.setMinimumSize(520, 560)
        self._existing_id = existing.id if existing else None
        self._taken = set(taken_ids)
        self._photo_folder = photo_folder
        self._saved_photo = existing.photo if existing else None
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
        name = self.name.text().strip()
        return Exercise.model_validate({
            "id": self._existing_id or custom_id(name or "exercise", self._taken),
            "name": name,
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
        """A photo file the therapist picked that is not imported yet, if any."""
        text = self.photo.text().strip()
        if not text or (text == self._saved_photo and not Path(text).is_absolute()):
            return None  # already imported (an old absolute path is imported now)
        return Path(text).expanduser()

    def _on_save_clicked(self) -> None:
        try:
            exercise = self.exercise()
        except ValidationError as exc:
            lines = [f"{field or 'exercise'}: {reason}" for _, field, reason in validation_problems("", exc)]
            self.problem.setText("\n".join(lines))
            return
        source = self.photo_source()
        if source is not None:
            try:
                name = import_photo(source, exercise.id, self._photo_folder)
            except RenderError as exc:
                self.problem.setText(str(exc))
                self.photo.setFocus()
                return
            self._saved_photo = name
            self.photo.setText(name)
            exercise = exercise.model_copy(update={"photo": name})
        self._result = exercise
        self.accept()
