"""Message boxes: errors, the unsaved-changes question, confirmations, the recovery offer.

Each function can be replaced in tests through the `ANSWERS` hook, so no test blocks on a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class Discard(Enum):
    """The answer to 'Save your changes?'."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


# Tests set e.g. ANSWERS["confirm_discard"] = lambda *a: Discard.DISCARD; errors are then logged.
ANSWERS: dict[str, Callable[..., object]] = {}


def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("messages", text)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the therapist something failed, in a clear sentence (details below when long)."""
    log.warning("%s: %s", title, message)
    if "show_error" in ANSWERS:
        ANSWERS["show_error"](title, message)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, message.splitlines()[0] if message else title,
                      QMessageBox.StandardButton.Ok, parent)
    if len(message.splitlines()) > 1:
        box.setDetailedText(message)
    box.exec()


def confirm_discard(parent: QWidget | None, name: str) -> Discard:
    """Ask whether to save the changes to a plan before it is closed."""
    if "confirm_discard" in ANSWERS:
        return ANSWERS["confirm_discard"](name)  # type: ignore[return-value]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to %1 before closing it?").replace("%1", name))
    box.setInformativeText(tr("If you do not save, your changes will be lost."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: Discard.SAVE, buttons.Discard: Discard.DISCARD}.get(
        buttons(answer), Discard.CANCEL)


def confirm(parent: QWidget | None, key: str, title: str, question: str, detail: str = "") -> bool:
    """A yes/no question (key names it for tests)."""
    if key in ANSWERS:
        return bool(ANSWERS[key](question))
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
