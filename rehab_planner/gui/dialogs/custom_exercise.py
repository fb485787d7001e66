"""CustomExerciseDialog: write or edit the therapist's own exercise (name, kind, steps, dosage, ...).

The patient texts (name, steps, cautions) have a tab per handout language: English, and the
same texts in Spanish, kept in the exercise's own file (Exercise.translations).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.datafile import validation_problems
from rehab_planner.errors import RenderError
from rehab_planner.figures.photo import import_photo
from rehab_planner.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_name
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


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [s.strip() for s in edit.toPlainText().splitlines() if s.strip()]


class PatientTexts(QWidget):
    """The texts a patient reads, in one language: the name, the steps and the cautions."""

    def __init__(self, name: str, steps: list[str], cautions: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name)
        self.name.setMaxLength(80)
        self.steps = QPlainTextEdit("\n".join(steps))
        self.steps.setTabChangesFocus(True)
        self.cautions = QPlainTextEdit("\n".join(cautions))
        self.cautions.setTabChangesFocus(True)
        self.steps.setMaximumHeight(130)
        self.cautions.setMaximumHeight(70)
        self.form = QFormLayout(self)

    def lines(self) -> tuple[str, list[str], list[str]]:
        """The name, the steps and the cautions, one a line, blank lines left out."""
        return self.name.text().strip(), _lines(self.steps), _lines(self.cautions)


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
        self.setMinimumSize(660, 680)
        self._existing_id = existing.id if existing else None
        self._taken = set(taken_ids)
        self._photo_folder = photo_folder
        self._saved_photo = existing.photo if existing else None
        base = existing
        self._base = existing.model_dump(mode="json") if existing else {}
        self.english = PatientTexts(base.name if base else "", list(base.steps) if base else [],
                                    list(base.safety_notes) if base else [])
        self.name, self.steps, self.cautions = (self.english.name, self.english.steps,
                                                self.english.cautions)
        self.name.setAccessibleName(self.tr("Exercise name"))
        self.steps.setPlaceholderText(self.tr("One step a line, in plain words for the patient"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.cautions.setPlaceholderText(self.tr("One caution a line, e.g. Stop if it hurts."))
        self.cautions.setAccessibleName(self.tr("Cautions"))
        self.english.form.addRow(self.tr("&Name:"), self.name)
        self.english.form.addRow(self.tr("&Steps:"), self.steps)
        self.english.form.addRow(self.tr("&Cautions:"), self.cautions)
        self.texts = QTabWidget()
        self.texts.setAccessibleName(self.tr("Texts the patient reads"))
        self.texts.addTab(self.english, self.tr("English"))
        #: Language code -> the exercise's texts in that language (Spanish: 'es').
        self.translations: dict[str, PatientTexts] = {}
        for code in LANGUAGES:
            if code != DEFAULT_LANGUAGE:
                self._add_language(code, base)
        self.kind = _combo(Category, base.category if base else Category.STRENGTHENING, self.tr("Kind"))
        self.region = _combo(Region, base.region if base else Region.KNEE, self.tr("Region"))
        self.position = _combo(Position, base.position if base else Position.SITTING, self.tr("Position"))
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
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("Dosage:"), dosage_row)
        form.addRow(self.tr("&Tags:"), self.tags)
        photo_label = QLabel(self.tr("P&hoto:"))
        photo_label.setBuddy(self.photo)  # a row holding a layout gives its label no buddy
        form.addRow(photo_label, photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.texts)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._result: Exercise | None = None

    def _add_language(self, code: str, base: Exercise | None) -> None:
        own = base.translations.get(code) if base else None
        texts = PatientTexts(own.name or "" if own else "", list(own.steps) if own else [],
                             list(own.safety_notes) if own else [])
        language = language_name(code)
        hint = QLabel(self.tr("Printed in handouts in this language. Write one line for each English "
                              "line; what is left out prints in English, marked [EN]."))
        hint.setWordWrap(True)
        texts.form.addRow(hint)
        texts.name.setAccessibleName(self.tr("Exercise name (%1)").replace("%1", language))
        texts.steps.setAccessibleName(self.tr("Steps (%1)").replace("%1", language))
        texts.cautions.setAccessibleName(self.tr("Cautions (%1)").replace("%1", language))
        texts.steps.setPlaceholderText(self.tr("The same steps, one a line, in the same order"))
        texts.cautions.setPlaceholderText(self.tr("The same cautions, one a line"))
        texts.form.addRow(self.tr("&Name:"), texts.name)
        texts.form.addRow(self.tr("&Steps:"), texts.steps)
        texts.form.addRow(self.tr("&Cautions:"), texts.cautions)
        self.texts.addTab(texts, language)
        self.translations[code] = texts

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
        name, steps, cautions = self.english.lines()
        # Start from the exercise being edited: what the dialog does not show (equipment, a
        # figure, surgery notes, ...) is kept.
        data = dict(self._base)
        data.update({
            "id": self._existing_id or custom_id(name or "exercise", self._taken),
            "name": name,
            "category": self.kind.currentData(),
            "region": self.region.currentData(),
            "position": self.position.currentData(),
            "steps": steps,
            "safety_notes": cautions,
            "dosage": {**data.get("dosage", {}),
                       "sets": self.sets.value() or None, "reps": self.reps.value() or None,
                       "hold_seconds": self.hold.value() or None,
                       "times_a_day": self.times.value() or None},
            "movements": movements,
            "photo": self.photo.text().strip() or None,
            "custom": True,
            "translations": self._translations(),
        })
        return Exercise.model_validate(data)

    def _translations(self) -> dict[str, Any]:
        """The texts of each other language; a language with none written is left out."""
        out: dict[str, Any] = dict(self._base.get("translations", {}))
        for code, texts in self.translations.items():
            name, steps, cautions = texts.lines()
            kept = out.get(code) or {}
            surgery = kept.get("surgery_notes", []) if isinstance(kept, dict) else []
            if name or steps or cautions or surgery:
                out[code] = {"name": name or None, "steps": steps, "safety_notes": cautions,
                             "surgery_notes": surgery}
            else:
                out.pop(code, None)
        return out

    def _line_count_problem(self) -> str:
        """A language with more lines than the English: the extra lines would translate nothing."""
        _, steps, cautions = self.english.lines()
        for code, texts in self.translations.items():
            _, own_steps, own_cautions = texts.lines()
            too_many = [
                (own_steps, steps, self.tr("The %1 tab has %2 steps and the English tab %3: "
                                           "write one line for each English step.")),
                (own_cautions, cautions, self.tr("The %1 tab has %2 cautions and the English tab "
                                                 "%3: write one line for each English caution."))]
            for own, english, message in too_many:
                if len(own) > len(english):
                    self.texts.setCurrentWidget(texts)
                    return (message.replace("%1", language_name(code)).replace("%2", str(len(own)))
                            .replace("%3", str(len(english))))
        return ""

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
        problem = self._line_count_problem()
        if problem:
            self.problem.setText(problem)
            return
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
