"""AcceptFindingDialog: the therapist's reason for keeping an exercise a finding warns about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MIN_REASON = 3


class AcceptFindingDialog(QDialog):
    """Shows the finding and asks for a reason (at least a few letters) and who accepts it."""

    def __init__(self, message: str, by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept a finding"))
        text = QLabel(message)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why is this safe for this patient? e.g. cleared by "
                                               "the surgeon on 3 March"))
        self.by = QLineEdit(by)
        self.by.setAccessibleName(self.tr("Accepted by"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        by_label = QLabel(self.tr("Accepted &by:"))
        by_label.setBuddy(self.by)
        layout.addWidget(by_label)
        layout.addWidget(self.by)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.reason.toPlainText().strip()) >= MIN_REASON)
