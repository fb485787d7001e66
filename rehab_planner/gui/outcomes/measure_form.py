"""MeasureForm: one outcome measure's items as spin boxes that score themselves as they change.

For a measure whose items the patient names (PSFS), each row also has a box for the activity's name.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.outcomes.catalogue import Measure
from rehab_planner.outcomes.scoring import AnswerError, format_score, score
from rehab_planner.visits import MeasureResult, record_measure
from rehab_planner.visits.model import MAX_ACTIVITY, check_activities


class MeasureForm(QWidget):
    """A form for one measure: 'taken at this visit', one spin box per item, the live score.

    A spin box at its lowest position shows '–' and means the item was left blank.

    Signals:
        changed(): an answer or the 'taken' box changed.
    """

    changed = Signal()

    def __init__(self, measure: Measure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = measure
        self.taken = QCheckBox(self.tr("Taken at this visit"))
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.spins: list[QSpinBox] = []
        self.names: list[QLineEdit] = []  # the patient's activity names (named measures only)
        items = QWidget()
        form = QFormLayout(items)
        labels = measure.answer_labels
        hint = ", ".join(f"{k} = {v}" for k, v in sorted(labels.items()))
        for number, item in enumerate(measure.items, start=1):
            spin = QSpinBox()
            spin.setRange(measure.answer_min - 1, measure.answer_max)
            spin.setSpecialValueText("–")
            spin.setValue(measure.answer_min - 1)
            spin.setToolTip(hint)
            spin.setAccessibleName(item.label)
            self.spins.append(spin)
            if not measure.named_items:
                form.addRow(f"{number}. {item.label}", spin)
                continue
            name = QLineEdit()
            name.setMaxLength(MAX_ACTIVITY)
            name.setPlaceholderText(self.tr("Activity %1, in the patient's words").replace("%1", str(number)))
            name.setAccessibleName(self.tr("Activity %1").replace("%1", str(number)))
            row = QHBoxLayout()
            row.addWidget(name, 1)
            row.addWidget(spin)
            form.addRow(f"{number}.", row)
            self.names.append(name)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)
        about = QLabel(self.tr("%1. Answers %2 to %3 (%4). Enter what the patient marked on the "
                               "official form.").replace("%1", measure.name)
                       .replace("%2", str(measure.answer_min)).replace("%3", str(measure.answer_max))
                       .replace("%4", hint))
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.taken)
        layout.addWidget(about)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.score_label)
        self._connect_signals()
        self._on_answers_changed()

    def _connect_signals(self) -> None:
        self.taken.toggled.connect(self._on_answers_changed)
        for spin in self.spins:
            spin.valueChanged.connect(self._on_spin_changed)
        for name in self.names:
            name.textChanged.connect(self._on_spin_changed)

    def _on_spin_changed(self, _value: object) -> None:
        if not self.taken.isChecked():
            self.taken.setChecked(True)  # typing an answer means the measure was taken
        self._on_answers_changed()

    def answers(self) -> list[int | None]:
        """The answers; None for an item left blank."""
        low = self.measure.answer_min - 1
        return [None if s.value() == low else s.value() for s in self.spins]

    def activities(self) -> list[str]:
        """The activity names typed (named measures; else an empty list)."""
        return [name.text().strip() for name in self.names]

    def set_answers(self, answers: list[int | None], activities: list[str] | None = None) -> None:
        """Fill the form (e.g. when editing a visit, or in tests)."""
        for name, text in zip(self.names, activities or [""] * len(self.names), strict=False):
            name.setText(text)
        for spin, answer in zip(self.spins, answers, strict=True):
            spin.setValue(self.measure.answer_min - 1 if answer is None else answer)

    def _on_answers_changed(self, *_args: object) -> None:
        for spin in self.spins:
            spin.setEnabled(True)
        if not self.taken.isChecked():
            self.score_label.setText(self.tr("Not taken at this visit."))
        else:
            try:
                result = score(self.measure, self.answers())
            except AnswerError as exc:
                self.score_label.setText(self.tr("No score yet: %1").replace("%1", str(exc)))
            else:
                m = self.measure
                text = (self.tr("Score: %1 (from %2 to %3)").replace("%1", format_score(m, result.score))
                        .replace("%2", f"{m.score_min:g}").replace("%3", f"{m.score_max:g}"))
                if m.named_items:
                    try:
                        check_activities(m, self.answers(), self.activities())
                        if not any(self.activities()):
                            raise AnswerError(self.tr("name each activity the patient scored"))
                    except AnswerError as exc:
                        problem = self._activity_problem() or str(exc)
                        text += " " + self.tr("(not saved yet: %1)").replace("%1", problem)
                self.score_label.setText(text)
        self.changed.emit()

    def _activity_problem(self) -> str | None:
        """What check_activities finds that the form lets through, in the interface language."""
        for number, (answer, name) in enumerate(zip(self.answers(), self.activities(),
                                                    strict=False), start=1):
            if answer is not None and not name:
                return self.tr("activity %1 has a score but no name").replace("%1", str(number))
            if name and answer is None:
                return self.tr("activity %1 ('%2') has a name but no score").replace(
                    "%1", str(number)).replace("%2", name)
        return None

    def result(self) -> MeasureResult | None:
        """The scored measure, None when not taken.

        Raises:
            AnswerError: taken, but the answers do not make a score.
        """
        if not self.taken.isChecked():
            return None
        if self.measure.named_items:
            return record_measure(self.measure.id, self.answers(), self.activities())
        return record_measure(self.measure.id, self.answers())
