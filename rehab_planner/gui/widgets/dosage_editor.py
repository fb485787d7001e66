"""DosageEditor: sets, repetitions, hold, minutes, how often, side, load and note of one exercise,
and under 'More': ranges, distance, effort, as needed, as tolerated and a build-up target."""

from __future__ import annotations

from typing import get_args

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model import (
    AsTolerated,
    DistanceUnit,
    Dosage,
    DoseTarget,
    Exercise,
    Movement,
    Prescription,
    Side,
)
from rehab_planner.model.dosage import DISTANCE_MAX, DISTANCE_STEP, RANGES, ClearableField

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
# The top of a range, under 'More' (same limits as the count it belongs to).
RANGE_FIELDS: tuple[tuple[str, str, str, int, str], ...] = (
    ("sets_max", QT_TRANSLATE_NOOP("DosageEditor", "Sets"),
     QT_TRANSLATE_NOOP("DosageEditor", "Sets, at most"), 10, ""),
    ("reps_max", QT_TRANSLATE_NOOP("DosageEditor", "Reps"),
     QT_TRANSLATE_NOOP("DosageEditor", "Repetitions, at most"), 100, ""),
    ("hold_seconds_max", QT_TRANSLATE_NOOP("DosageEditor", "Hold"),
     QT_TRANSLATE_NOOP("DosageEditor", "Hold (seconds), at most"), 300, " s"),
    ("minutes_max", QT_TRANSLATE_NOOP("DosageEditor", "Min"),
     QT_TRANSLATE_NOOP("DosageEditor", "Minutes, at most"), 180, ""),
)
TARGET_FIELDS: tuple[tuple[str, str, str, int, str], ...] = (
    ("sets", QT_TRANSLATE_NOOP("DosageEditor", "Sets"),
     QT_TRANSLATE_NOOP("DosageEditor", "Sets to build up to"), 10, ""),
    ("reps", QT_TRANSLATE_NOOP("DosageEditor", "Reps"),
     QT_TRANSLATE_NOOP("DosageEditor", "Repetitions to build up to"), 100, ""),
    ("hold_seconds", QT_TRANSLATE_NOOP("DosageEditor", "Hold"),
     QT_TRANSLATE_NOOP("DosageEditor", "Hold (seconds) to build up to"), 300, " s"),
    ("minutes", QT_TRANSLATE_NOOP("DosageEditor", "Min"),
     QT_TRANSLATE_NOOP("DosageEditor", "Minutes to build up to"), 180, ""),
)
_CLEARABLE = frozenset(get_args(ClearableField))


class DosageEditor(QGroupBox):
    """Edits the dosage and note of the chosen prescription, in two compact rows and, under
    'More', three rows for ranges, distance, effort, as needed, as tolerated and a target.

    It hides itself while no single exercise is chosen, so the exercise list gets the room.

    Signals:
        dosage_edited(str, object, str): prescription id, the new Dosage (None: back to
            default), and the field that changed (repeated changes of one field merge into one
            undo step).
        note_edited(str, str): prescription id and the new note.
        stance_edited(str, object): prescription id and the leg that bears the weight in
            single-leg work ('operated', 'other' or None).
        start_edited(str, object): prescription id and the week after surgery the patient
            starts the exercise (None: with its stage).
    """

    dosage_edited = Signal(str, object, str)
    note_edited = Signal(str, str)
    stance_edited = Signal(str, object)
    start_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dosage"), parent)
        self._rx_id: str | None = None
        self._shown: Dosage | None = None
        self._default: Dosage | None = None  # the exercise's own dosage, to know what '–' clears
        self._note = ""
        self._loading = False
        self.spins: dict[str, QSpinBox] = {}
        self.range_spins: dict[str, QSpinBox] = {}
        self.target_spins: dict[str, QSpinBox] = {}
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
        self.start = QDoubleSpinBox()  # weeks, to one decimal, as the stages' weeks are
        self.start.setRange(0, 156)
        self.start.setDecimals(1)
        self.start.setSpecialValueText(self.tr("with stage"))
        self.start.setPrefix(self.tr("week "))
        self.start.setAccessibleName(self.tr("Starts in week"))
        self.start.setToolTip(self.tr("The week after surgery the patient starts this exercise, "
                                      "when later than its stage: the handout prints the date "
                                      "and the log has no boxes before it"))
        self.reset = QPushButton(self.tr("Use default"))
        self.reset.setToolTip(self.tr("Go back to the exercise's default dosage"))
        self.more = QPushButton(self.tr("More"))
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("Ranges, distance, effort, as needed, as tolerated and "
                                     "what to build up to"))
        self._build_more_widgets()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._build_layout()
        self._connect_signals()
        self.show_prescription(None, None)

    def _build_more_widgets(self) -> None:
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0, 20000)
        self.distance.setDecimals(2)
        self.distance.setSpecialValueText("–")
        self.distance.setAccessibleName(self.tr("Distance"))
        self.distance.setToolTip(self.tr("Distance each time (– for none); kilometers and miles "
                                         "in quarters"))
        self.unit = QComboBox()
        for unit in DistanceUnit:  # m, km, yd, mi: the same in both languages
            self.unit.addItem(unit.value, unit)
        self.unit.setAccessibleName(self.tr("Distance unit"))
        self.effort = self._spin(10, self.tr("Effort (0 to 10)"))
        self.effort_max = self._spin(10, self.tr("Effort, at most"))
        self.effort.setToolTip(self.tr("How hard it should feel, 0 to 10 (– for none)"))
        self.as_needed = QCheckBox(self.tr("As needed"))
        self.as_needed.setToolTip(self.tr("How often is up to the patient: 'as often as you need'"))
        self.tolerated = QComboBox()
        self.tolerated.addItem(self.tr("not used"), None)
        for kind, name in ((AsTolerated.FAR, self.tr("how far")),
                           (AsTolerated.LONG, self.tr("how long")),
                           (AsTolerated.MANY, self.tr("how many"))):
            self.tolerated.addItem(name, kind)
        self.tolerated.setAccessibleName(self.tr("As tolerated"))
        self.tolerated.setToolTip(self.tr("The patient judges this by feel ('as far as feels "
                                          "OK'); a number given is the most"))
        self.target_distance = QDoubleSpinBox()
        self.target_distance.setRange(0, 20000)
        self.target_distance.setDecimals(2)
        self.target_distance.setSpecialValueText("–")
        self.target_distance.setAccessibleName(self.tr("Distance to build up to"))
        self.more_rows = QWidget()

    def _spin(self, maximum: int, full: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, maximum)
        spin.setSpecialValueText("–")
        spin.setSuffix(suffix)
        spin.setAccessibleName(full)
        spin.setToolTip(self.tr("%1 (– for none)").replace("%1", full))
        return spin

    def _number_row(self, title: str, fields: tuple[tuple[str, str, str, int, str], ...],
                    into: dict[str, QSpinBox]) -> QHBoxLayout:
        row = QHBoxLayout()
        if title:
            row.addWidget(QLabel(title))
        for name, caption_text, full, maximum, suffix in fields:
            spin = self._spin(maximum, self.tr(full), suffix)
            caption = QLabel(self.tr(caption_text))
            caption.setToolTip(spin.toolTip())
            caption.setBuddy(spin)
            row.addWidget(caption)
            row.addWidget(spin, 1)
            row.addSpacing(4)
            into[name] = spin
        return row

    def _build_layout(self) -> None:
        numbers = self._number_row("", FIELDS, self.spins)
        numbers.addWidget(self.reset)
        numbers.addWidget(self.more)
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
            if widget is self.load:
                caption = QLabel(self.tr("Starts"))
                caption.setBuddy(self.start)
                words.addWidget(caption)
                words.addWidget(self.start)
        ranges = self._number_row(self.tr("Up to:"), RANGE_FIELDS, self.range_spins)
        feel = QHBoxLayout()
        feel_widgets: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Distance"), self.distance), ("", self.unit),
            (self.tr("Effort"), self.effort), (self.tr("to"), self.effort_max),
            ("", self.as_needed), (self.tr("As tolerated"), self.tolerated))
        for text, item in feel_widgets:
            if text:
                caption = QLabel(text)
                caption.setBuddy(item)
                feel.addWidget(caption)
            feel.addWidget(item)
        feel.addStretch(1)
        target = self._number_row(self.tr("Build up to:"), TARGET_FIELDS, self.target_spins)
        caption = QLabel(self.tr("Distance"))
        caption.setBuddy(self.target_distance)
        target.addWidget(caption)
        target.addWidget(self.target_distance, 1)
        more = QVBoxLayout(self.more_rows)
        more.setContentsMargins(0, 0, 0, 0)
        more.setSpacing(3)
        for row in (ranges, feel, target):
            more.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(numbers)
        layout.addLayout(words)
        layout.addWidget(self.more_rows)
        layout.addWidget(self.problem)
        self.more_rows.setVisible(False)

    def _connect_signals(self) -> None:
        for group in (self.spins, self.range_spins):
            for name, spin in group.items():
                spin.valueChanged.connect(lambda _v, n=name: self._on_value_changed(n))
        for name, spin in self.target_spins.items():
            spin.valueChanged.connect(lambda _v, n=name: self._on_value_changed(f"build_up_to.{n}"))
        self.target_distance.valueChanged.connect(
            lambda _v: self._on_value_changed("build_up_to.distance"))
        self.distance.valueChanged.connect(lambda _v: self._on_value_changed("distance"))
        self.unit.currentIndexChanged.connect(self._on_unit_changed)
        self.effort.valueChanged.connect(lambda _v: self._on_value_changed("effort"))
        self.effort_max.valueChanged.connect(lambda _v: self._on_value_changed("effort_max"))
        self.as_needed.toggled.connect(self._on_as_needed_toggled)
        self.tolerated.currentIndexChanged.connect(lambda _i: self._on_value_changed(""))
        self.side.currentIndexChanged.connect(lambda _i: self._on_value_changed(""))
        self.load.editingFinished.connect(lambda: self._on_value_changed("load"))
        self.note.editingFinished.connect(self._on_note_editing_finished)
        self.stance.currentIndexChanged.connect(self._on_stance_changed)
        self.start.valueChanged.connect(self._on_start_changed)
        self.reset.clicked.connect(self._on_reset_clicked)
        self.more.toggled.connect(self.more_rows.setVisible)

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
        for group in (self.spins, self.range_spins):
            for name, spin in group.items():
                _set_spin(spin, getattr(dosage, name, None) if dosage else None)
        self._show_more(dosage)
        self.side.setCurrentIndex(max(0, self.side.findData(dosage.side if dosage else Side.BOTH)))
        if not self.load.hasFocus():
            self.load.setText((dosage.load or "") if dosage else "")
        if not self.note.hasFocus():
            self.note.setText(rx.note if rx else "")
        one_leg = exercise is not None and Movement.SINGLE_LEG_STANCE in exercise.movements
        self.stance.setVisible(one_leg)
        self.stance_caption.setVisible(one_leg)
        self.stance.setCurrentIndex(max(0, self.stance.findData(rx.stance_leg if rx else None)))
        self.start.setValue(rx.start_week if rx and rx.start_week is not None else 0)
        self.reset.setEnabled(bool(rx and rx.dosage is not None))
        self.problem.clear()
        self.problem.hide()
        self.setTitle(self.tr("Dosage: %1").replace("%1", exercise.name) if exercise else self.tr("Dosage"))
        self._loading = False

    def _show_more(self, dosage: Dosage | None) -> None:
        """The 'More' rows; they open by themselves when the dose uses them."""
        unit = dosage.distance_unit if dosage and dosage.distance_unit else DistanceUnit.M
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self._step_for(unit)
        self.distance.setValue((dosage.distance or 0) if dosage else 0)
        _set_spin(self.effort, dosage.effort if dosage else None)
        _set_spin(self.effort_max, dosage.effort_max if dosage else None)
        self.as_needed.setChecked(bool(dosage and dosage.as_needed))
        self._often_enabled()
        tolerated = dosage.as_tolerated if dosage else None
        self.tolerated.setCurrentIndex(max(0, self.tolerated.findData(tolerated)))
        target = dosage.build_up_to if dosage else None
        for name, spin in self.target_spins.items():
            _set_spin(spin, getattr(target, name) if target else None)
        self.target_distance.setValue((target.distance or 0) if target else 0)
        used = dosage is not None and (
            any(getattr(dosage, n) is not None for n in (*self.range_spins, "distance", "effort"))
            or dosage.as_needed or dosage.as_tolerated is not None or target is not None)
        if used and not self.more.isChecked():
            self.more.setChecked(True)

    def _step_for(self, unit: DistanceUnit) -> None:
        step = 0.25 if unit in (DistanceUnit.KM, DistanceUnit.MI) else 1.0
        for spin in (self.distance, self.target_distance):
            spin.setSingleStep(step)
            spin.setDecimals(2 if step < 1 else 0)

    def _often_enabled(self) -> None:
        for name in ("times_a_day", "days_a_week"):
            self.spins[name].setEnabled(not self.as_needed.isChecked())

    def dosage(self) -> Dosage:
        """The dosage the fields describe.

        Raises:
            ValidationError: e.g. the top of a range below its bottom.
        """
        values: dict[str, object] = {n: (s.value() or None)
                                     for group in (self.spins, self.range_spins)
                                     for n, s in group.items()}
        values["side"] = self.side.currentData()
        values["load"] = self.load.text().strip() or None
        values["distance"] = self.distance.value() or None
        values["distance_unit"] = self.unit.currentData() if values["distance"] else None
        values["effort"] = self.effort.value() or None
        values["effort_max"] = self.effort_max.value() or None
        values["as_needed"] = self.as_needed.isChecked()
        if self.as_needed.isChecked():  # how often is the patient's: the spins say nothing
            values["times_a_day"] = values["days_a_week"] = None
        values["as_tolerated"] = self.tolerated.currentData()
        target: dict[str, float | None] = {n: (s.value() or None)
                                           for n, s in self.target_spins.items()}
        target["distance"] = self.target_distance.value() or None
        values["build_up_to"] = (DoseTarget.model_validate(target)
                                 if any(v is not None for v in target.values()) else None)
        # '–' over a default value leaves that default out, rather than keeping it.
        default = self._default
        values["clear"] = [n for n, v in values.items() if v is None and n in _CLEARABLE
                           and default is not None and getattr(default, n, None) is not None]
        # Only what is said goes in the plan file ('–' is said by `clear`; unticked 'as needed'
        # only where the default says it).
        keep_false = default is not None and default.as_needed
        return Dosage.model_validate({n: v for n, v in values.items()
                                      if v is not None and (v is not False or keep_false)})

    def _on_value_changed(self, field: str) -> None:
        if self._loading or self._rx_id is None:
            return
        try:
            dosage = self.dosage()
        except ValidationError as exc:
            core = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
            self.problem.setText(self._problem_words() or core)
            self.problem.show()
            return
        self.problem.clear()
        self.problem.hide()
        # Compared as the patient gets it: an override that changes nothing is no edit.
        shown = self._default.merged(dosage) if self._default is not None else dosage
        if shown != self._shown:
            self._shown = shown
            self.dosage_edited.emit(self._rx_id, dosage, field)

    def _problem_words(self) -> str | None:
        """What is wrong with the fields, in the interface language (the core's check says it in
        English with its field names); None when it is none of the problems the fields can make."""
        full = {name: self.tr(text) for name, _c, text, _m, _s in (*FIELDS, *RANGE_FIELDS)}
        full |= {"effort": self.tr("Effort (0 to 10)"), "effort_max": self.tr("Effort, at most")}
        spins = {**self.spins, **self.range_spins, "effort": self.effort,
                 "effort_max": self.effort_max}
        for low, high in RANGES.items():
            low_value, high_value = spins[low].value(), spins[high].value()
            if high_value and not low_value:
                return self.tr("%1 needs %2 first (the bottom of the range)").replace(
                    "%1", full[high]).replace("%2", full[low])
            if high_value and high_value < low_value:
                return (self.tr("%1 (%2) is below %3 (%4)").replace("%1", full[high])
                        .replace("%2", str(high_value)).replace("%3", full[low])
                        .replace("%4", str(low_value)))
        unit = self.unit.currentData()
        step, most = DISTANCE_STEP[unit], DISTANCE_MAX[unit]
        for distance in (self.distance, self.target_distance):
            value = distance.value()
            if value and (value > most or abs(value / step - round(value / step)) > 1e-9):
                return (self.tr("%1 goes in steps of %2 %3, up to %4 %3")
                        .replace("%1", distance.accessibleName()).replace("%2", f"{step:g}")
                        .replace("%3", unit.value).replace("%4", f"{most:g}"))
        grows = False
        targets: list[tuple[str, QSpinBox | QDoubleSpinBox]] = [
            *self.target_spins.items(), ("distance", self.target_distance)]
        for name, target in targets:
            goal = target.value()
            start = self.distance.value() if name == "distance" else self.spins[name].value()
            if not goal:
                continue
            if start and goal < start:
                return (self.tr("%1 (%2) is below the start (%3)")
                        .replace("%1", target.accessibleName())
                        .replace("%2", f"{goal:g}").replace("%3", f"{start:g}"))
            grows = grows or not start or goal > start
        if any(s.value() for s in self.target_spins.values()) and not grows:
            return self.tr("What to build up to asks for no more than the start")
        return None

    def _on_unit_changed(self, _index: int) -> None:
        self._step_for(self.unit.currentData())
        self._on_value_changed("")

    def _on_as_needed_toggled(self, _checked: bool) -> None:
        self._often_enabled()
        self._on_value_changed("")

    def _on_stance_changed(self, _index: int) -> None:
        if not self._loading and self._rx_id is not None:
            self.stance_edited.emit(self._rx_id, self.stance.currentData())

    def _on_start_changed(self, week: float) -> None:
        if not self._loading and self._rx_id is not None:
            self.start_edited.emit(self._rx_id, round(week, 1) if week else None)

    def _on_note_editing_finished(self) -> None:
        if not self._loading and self._rx_id is not None and self.note.text().strip() != self._note:
            self._note = self.note.text().strip()
            self.note_edited.emit(self._rx_id, self.note.text())

    def _on_reset_clicked(self) -> None:
        if self._rx_id is not None:
            self.dosage_edited.emit(self._rx_id, None, "")


def _set_spin(spin: QSpinBox, value: int | None) -> None:
    if spin.value() != (value or 0):
        spin.setValue(value or 0)
