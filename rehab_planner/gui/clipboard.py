"""The clipboard for exercises: plan data (with dosage and note) plus their names as plain text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # the app module imports this one before the window shows: no pydantic yet
    from rehab_planner.library import Library
    from rehab_planner.model import Prescription

CLIPBOARD_MIME = "application/x-rehab-prescriptions"


def copy_prescriptions(prescriptions: list[Prescription], library: Library) -> None:
    """Put exercises on the clipboard, as plan data and as a list of names."""
    mime = QMimeData()
    data = json.dumps([rx.model_dump(mode="json") for rx in prescriptions]).encode()
    mime.setData(CLIPBOARD_MIME, data)
    found = (library.find(rx.exercise_id) for rx in prescriptions)
    mime.setText("\n".join(e.name for e in found if e))
    QGuiApplication.clipboard().setMimeData(mime)


def release_clipboard() -> None:
    """Take our data off the clipboard before the application object goes away.

    The QMimeData we gave the clipboard has a Python wrapper; if Qt's clipboard still owns it
    when the process exits, Qt deletes it after Python has shut down and the process crashes.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()


def pasted_prescriptions() -> list[Prescription]:
    """The exercises on the clipboard ([] when it holds none, or something else)."""
    from rehab_planner.model import Prescription

    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
        return []
    try:
        return [Prescription.model_validate(item)
                for item in json.loads(bytes(mime.data(CLIPBOARD_MIME).data()))]
    except (ValueError, TypeError):
        return []
