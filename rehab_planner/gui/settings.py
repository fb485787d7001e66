"""UI state kept between runs (window geometry, recent files, last folder) behind typed accessors.

QSettings is used only here, with its keys as constants. The file lives in the user's data folder so
tests (REHAB_PLANNER_DATA) never touch the real one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize

from rehab_planner import paths

FILE_NAME = "ui-state.ini"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_RECENT = "files/recent"
KEY_LAST_FOLDER = "files/last_folder"
KEY_INTERFACE_LANGUAGE = "interface/language"
MAX_RECENT = 8
SMALL_SCREEN = QSize(1440, 900)  # up to this size the window starts maximised
FIRST_RUN_SHARE = 0.92  # on larger screens it starts this share of the screen, centred


def is_small_screen(size: QSize) -> bool:
    """True for a laptop-sized screen (1440×900 or less either way), where the window fills it."""
    return size.width() <= SMALL_SCREEN.width() or size.height() <= SMALL_SCREEN.height()


def first_run_geometry(available: QRect) -> QRect:
    """The window's first place on a screen: all of a small screen, most of a large one, centred."""
    if is_small_screen(available.size()):
        return QRect(available)
    size = QSize(int(available.width() * FIRST_RUN_SHARE), int(available.height() * FIRST_RUN_SHARE))
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect


class UiSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or paths.user_data() / FILE_NAME
        self._qs = QSettings(str(target), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry."""
        return self._bytes(KEY_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        """The main window's saved docks and toolbars."""
        return self._bytes(KEY_STATE)

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's size and its docks."""
        self._qs.setValue(KEY_GEOMETRY, geometry)
        self._qs.setValue(KEY_STATE, state)

    def recent_files(self) -> list[Path]:
        """Recently opened plans, newest first, only those that still exist."""
        value = self._qs.value(KEY_RECENT, [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(p) for p in items if p and Path(p).exists()]

    def add_recent_file(self, path: Path) -> None:
        """Put a plan file first in the recent list."""
        path = path.resolve()
        items = [str(path)] + [str(p) for p in self.recent_files() if p.resolve() != path]
        self._qs.setValue(KEY_RECENT, items[:MAX_RECENT])

    def last_folder(self) -> Path:
        """The folder the last file dialog used (the home folder at first)."""
        value = self._qs.value(KEY_LAST_FOLDER, "")
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def set_last_folder(self, folder: Path) -> None:
        """Remember the folder of a file the user picked."""
        self._qs.setValue(KEY_LAST_FOLDER, str(folder))

    def interface_language(self) -> str:
        """The language of the app's own texts ('en' unless chosen in Settings)."""
        value = self._qs.value(KEY_INTERFACE_LANGUAGE, "en")
        return value if isinstance(value, str) and value else "en"

    def set_interface_language(self, code: str) -> None:
        """Choose the interface language (used from the next start)."""
        self._qs.setValue(KEY_INTERFACE_LANGUAGE, code)

    def sync(self) -> None:
        """Write to disk now (private: QSettings writes a new file with the default mode)."""
        self._qs.sync()
        with contextlib.suppress(OSError):
            os.chmod(self._qs.fileName(), 0o600)
