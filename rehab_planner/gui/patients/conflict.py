"""The question shown when someone else saved the plan first: keep my edits as a file, reload, or wait."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..dialogs.messages import ANSWERS


class ConflictChoice(Enum):
    """What to do after a refused save."""

    SAVE_AS_FILE = "save_as_file"
    RELOAD = "reload"
    KEEP_EDITING = "keep_editing"


def tr(text: str) -> str:
    """Translate a message."""
    return QCoreApplication.translate("conflict", text)


def ask_conflict(parent: QWidget | None, message: str) -> ConflictChoice:
    """Show why the save was refused and ask what to do; the edits stay open whatever the answer.

    Tests answer through messages.ANSWERS["database_conflict"](message) -> ConflictChoice.
    """
    if "database_conflict" in ANSWERS:
        return ANSWERS["database_conflict"](message)  # type: ignore[return-value]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Not saved: someone else changed this plan"))
    box.setText(message)
    box.setInformativeText(tr("Your changes are still open. Save them as a file to keep them, or "
                              "open the newest version (your changes will be lost)."))
    save_as = box.addButton(tr("Save as &file…"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(tr("Open the &newest version"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save_as)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_as:
        return ConflictChoice.SAVE_AS_FILE
    if clicked is reload:
        return ConflictChoice.RELOAD
    return ConflictChoice.KEEP_EDITING
