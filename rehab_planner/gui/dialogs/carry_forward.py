"""Carry forward: choose how the previous stage's exercises grow when copied into this stage."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_planner.model.progression import Progression

from .messages import ANSWERS


class CarryForwardDialog(QDialog):
    """Spin boxes for what to add (reps, sets, hold, minutes) and a new weight or band."""

    def __init__(self, source: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carry exercises forward"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Copy the exercises of %1 into %2 that it does not have yet, "
                               "each with last stage's whole dose plus:")
                       .replace("%1", f"<b>{source}</b>").replace("%2", f"<b>{target}</b>"))
        intro.setWordWrap(True)
        limits = Progression.model_fields
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for field, label, suffix in (
            ("reps", self.tr("More reps"), ""),
            ("sets", self.tr("More sets"), ""),
            ("hold_seconds", self.tr("Longer hold"), self.tr(" s")),
            ("minutes", self.tr("More minutes"), self.tr(" min")),
        ):
            spin = QSpinBox()
            highest = next(m.le for m in limits[field].metadata if getattr(m, "le", None) is not None)
            spin.setRange(0, int(highest))
            spin.setSuffix(suffix)
            spin.setAccessibleName(label)
            form.addRow(label, spin)
            self.spins[field] = spin
        self.load = QLineEdit()
        self.load.setPlaceholderText(self.tr("e.g. red band, 2 lb (leave empty to keep)"))
        self.load.setMaxLength(int(next(m.max_length for m in limits["load"].metadata
                                        if getattr(m, "max_length", None) is not None)))
        self.load.setAccessibleName(self.tr("New weight or band"))
        form.addRow(self.tr("New weight or band"), self.load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Carry forward"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def progression(self) -> Progression:
        """What the therapist chose."""
        return Progression(**{field: spin.value() for field, spin in self.spins.items()},
                           load=self.load.text().strip() or None)


def ask_progression(parent: QWidget | None, source: str, target: str) -> Progression | None:
    """Show the dialog; the chosen progression, or None when cancelled (tests answer through ANSWERS)."""
    if "carry_forward" in ANSWERS:
        return ANSWERS["carry_forward"](source, target)  # type: ignore[return-value]
    dialog = CarryForwardDialog(source, target, parent)
    return dialog.progression() if dialog.exec() == QDialog.DialogCode.Accepted else None
