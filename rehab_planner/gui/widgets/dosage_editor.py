"""DosageEditor: sets, repetitions, hold, minutes, how often, side, load and note of one exercise."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import Dosage, Exercise, Movement, Prescription, Side

from ..labels import QT_TRANSLATE_NOOP, label

# (field, short caption, full name, maximum, suffix); 0 shows as "–" and means "not set".
FIELDS: tuple[tuple[str, str, str, int, str], ...] = (
    ("sets", QT_TRANSLATE_NOOP("DosageEditor", "Sets"),
     QT_TRANSLATE_NOOP("DosageEditor", "Sets"), 10, ""),
    ("reps", QT_TRANSLATE_NOOP("DosageEditor", "Reps"),
     QT_TRANSLATE_NOOP("DosageEditor", "Repetitions"), 100, ""),
    ("hold_seconds", QT_TRANSLATE_NOOP("DosageEditor", "Hold"),
     QT_TRANSLATE_NOOP("DosageEditor", "Hold (seconds)"), 300, " s"),
    ("minutes", QT_TRANSLATE_NOOP("DosageEditor", "Min"),
     QT_TRANSLATE_NOOP("DosageEditor", "Minutes"), 180, ""),
    ("times_a_day", QT_TRANSLATE_NOOP("DosageEditor", "A day"),
     QT_TRANSLATE_NOOP("DosageEditor", "Times a day"), 24, "×"),
    ("days_a_week", QT_TRANSLATE_NOOP("DosageEditor", "A week"),
     QT_TRANSLATE_NOOP("DosageEditor", "Days a week"), 7, " d"),
)


class DosageEditor(QGroupBox):
    """Edits the dosage and note of the chosen prescription, in two compact rows.

    It hides itself while no single exercise is chosen, so the exercise list gets the room.

    Signals:
        dosage_edited(str, object): prescription id and the new Dosage (None: back to default).
        note_edited(str, str): prescription id and the new note.
        stance_edited(str, object): prescription id and the leg that bears the weight in
            single-leg work ('operated', 'other' or None).
    """

    dosage_edited = Signal(str, object)
    note_edited = Signal(str, str)
    stance_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dosage"), parent)
        self._rx_id: str | None = None
        self._shown: Dosage | None = None
        self._default: Dosage | None = None  # the exercise's own dosage, to know what '–' clears
        self._note = ""
        self._loading = False
        self.spins: dict[str, QSpinBox] = {}
        self.side = QComboBox()
        for side in Side:
            self.side.addItem(label(side), side)
        self.side.setAccessibleName(self.tr("Side"))
        self.load = QLineEdit()
        self.load.setPlaceholderText(self.tr("e.g. red band"))
        self.load.setAccessibleName(self.tr("Load"))
        self.load.setMaxLength(60)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A short note for the patient"))
        self.note.setAccessibleName(self.tr("Note to the patient"))
        self.note.setMaxLength(600)
        self.stance = QComboBox()
        self.stance.addItem(self.tr("not said"), None)
        self.stance.addItem(self.tr("the leg that had surgery"), "operated")
        self.stance.addItem(self.tr("the other leg"), "other")
        self.stance.setAccessibleName(self.tr("Stands on"))
        self.stance.setToolTip(self.tr("Which leg bears the weight; on the other leg, "
                                       "weight-bearing orders do not forbid it"))
        self.stance_caption = QLabel(self.tr("Stands on"))
        self.stance_caption.setBuddy(self.stance)
        self.reset = QPushButton(self.tr("Use default"))
        self.reset.setToolTip(self.tr("Go back to the exercise's default dosage"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._build_layout()
        self._connect_signals()
        self.show_prescription(None, None)

    def _build_layout(self) -> None:
        numbers = QHBoxLayout()
        for name, caption_text, full, maximum, suffix in FIELDS:
            spin = QSpinBox()
            spin.setRange(0, maximum)
            spin.setSpecialValueText("–")
            spin.setSuffix(suffix)
            spin.setAccessibleName(self.tr(full))
            spin.setToolTip(self.tr("%1 (– for none)").replace("%1", self.tr(full)))
            caption = QLabel(self.tr(caption_text))
            caption.setToolTip(spin.toolTip())
            caption.setBuddy(spin)
            numbers.addWidget(caption)
            numbers.addWidget(spin, 1)
            numbers.addSpacing(4)
            self.spins[name] = spin
        numbers.addWidget(self.reset)
        words = QHBoxLayout()
        for text, widget, stretch in ((self.tr("Side"), self.side, 0), (self.tr("Load"), self.load, 1),
                                      (self.tr("&Note"), self.note, 3)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            words.addWidget(caption)
            words.addWidget(widget, stretch)
            if widget is self.side:
                words.addWidget(self.stance_caption)
                words.addWidget(self.stance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(numbers)
        layout.addLayout(words)
        layout.addWidget(self.problem)

    def _connect_signals(self) -> None:
        for spin in self.spins.values():
            spin.valueChanged.connect(self._on_value_changed)
        self.side.currentIndexChanged.connect(self._on_value_changed)
        self.load.editingFinished.connect(self._on_value_changed)
        self.note.editingFinished.connect(self._on_note_editing_finished)
        self.stance.currentIndexChanged.connect(self._on_stance_changed)
        self.reset.clicked.connect(self._on_reset_clicked)

    @property
    def prescription_id(self) -> str | None:
        """The prescription being edited."""
        return self._rx_id

    def show_prescription(self, rx: Prescription | None, exercise: Exercise | None) -> None:
        """Load a prescription's dosage (its override over the exercise's default)."""
        self._loading = True
        self._rx_id = rx.id if rx else None
        self.setEnabled(rx is not None)
        self.setVisible(rx is not None)
        dosage = None
        self._default = exercise.dosage if exercise is not None else None
        if rx is not None:
            dosage = exercise.dosage.merged(rx.dosage) if exercise else rx.dosage
        self._shown = dosage
        self._note = rx.note if rx else ""
        for name, spin in self.spins.items():
            value = getattr(dosage, name, None) if dosage else None
            if spin.value() != (value or 0):
                spin.setValue(value or 0)
        self.side.setCurrentIndex(max(0, self.side.findData(dosage.side if dosage else Side.BOTH)))
        if not self.load.hasFocus():
            self.load.setText((dosage.load or "") if dosage else "")
        if not self.note.hasFocus():
            self.note.setText(rx.note if rx else "")
        one_leg = exercise is not None and Movement.SINGLE_LEG_STANCE in exercise.movements
        self.stance.setVisible(one_leg)
        self.stance_caption.setVisible(one_leg)
        self.stance.setCurrentIndex(max(0, self.stance.findData(rx.stance_leg if rx else None)))
        self.reset.setEnabled(bool(rx and rx.dosage is not None))
        self.problem.clear()
        self.problem.hide()
        self.setTitle(self.tr("Dosage: %1").replace("%1", exercise.name) if exercise else self.tr("Dosage"))
        self._loading = False

    def dosage(self) -> Dosage:
        """The dosage the fields describe.

        Raises:
            ValidationError: e.g. no reps, hold or minutes.
        """
        values: dict[str, object] = {n: (s.value() or None) for n, s in self.spins.items()}
        values["side"] = self.side.currentData()
        values["load"] = self.load.text().strip() or None
        # '–' over a default value leaves that default out, rather than keeping it.
        default = self._default
        values["clear"] = [n for n, v in values.items() if v is None and default is not None
                           and getattr(default, n, None) is not None]
        return Dosage.model_validate(values)

    def _on_value_changed(self, *_args: object) -> None:
        if self._loading or self._rx_id is None:
            return
        try:
            dosage = self.dosage()
        except ValidationError as exc:
            self.problem.setText(str(exc.errors()[0]["msg"]).removeprefix("Value error, "))
            self.problem.show()
            return
        self.problem.clear()
        self.problem.hide()
        if dosage != self._shown:
            self._shown = dosage
            self.dosage_edited.emit(self._rx_id, dosage)

    def _on_stance_changed(self, _index: int) -> None:
        if not self._loading and self._rx_id is not None:
            self.stance_edited.emit(self._rx_id, self.stance.currentData())

    def _on_note_editing_finished(self) -> None:
        if not self._loading and self._rx_id is not None and self.note.text().strip() != self._note:
            self._note = self.note.text().strip()
            self.note_edited.emit(self._rx_id, self.note.text())

    def _on_reset_clicked(self) -> None:
        if self._rx_id is not None:
            self.dosage_edited.emit(self._rx_id, None)
