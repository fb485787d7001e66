"""Icons by name: the project's SVGs (paths.icon), else a Qt standard icon, cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from rehab_planner import paths

SP = QStyle.StandardPixmap

# Fallbacks from the platform style, used until (or unless) resources/icons/<name>.svg exists.
_STANDARD: dict[str, QStyle.StandardPixmap] = {
    "new": SP.SP_FileIcon,
    "open": SP.SP_DialogOpenButton,
    "save": SP.SP_DialogSaveButton,
    "export": SP.SP_ArrowDown,
    "print": SP.SP_FileDialogDetailedView,
    "undo": SP.SP_ArrowBack,
    "redo": SP.SP_ArrowForward,
    "add": SP.SP_FileDialogNewFolder,
    "remove": SP.SP_TrashIcon,
    "up": SP.SP_ArrowUp,
    "down": SP.SP_ArrowDown,
    "carry": SP.SP_MediaSeekForward,
    "error": SP.SP_MessageBoxCritical,
    "warning": SP.SP_MessageBoxWarning,
    "info": SP.SP_MessageBoxInformation,
    "ok": SP.SP_DialogApplyButton,
    "quit": SP.SP_DialogCloseButton,
    "settings": SP.SP_FileDialogInfoView,
    "search": SP.SP_FileDialogContentsView,
}


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (an empty icon when there is neither a file nor a fallback)."""
    path = paths.icon(name)
    if path.is_file():
        return QIcon(str(path))
    standard = _STANDARD.get(name)
    app = QApplication.instance()
    if standard is not None and isinstance(app, QApplication):
        return app.style().standardIcon(standard)
    return QIcon()
