"""Start the desktop app: QApplication, translators, the error hook, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.i18n.messages import set_interface_language
from rehab_planner.storage.permissions import tighten_user_data

from .clipboard import release_clipboard
from .icons import icon
from .settings import UiSettings

log = logging.getLogger("rehab_planner")

APP_NAME = "Rehab Planner"
APP_ICON = "rehab-planner"


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Translate the app's texts and Qt's own (dialog buttons and the like).

    Args:
        language: 'en', 'es', ...; None: the one chosen in Settings (English until chosen).

    Returns:
        The translators installed (English needs only Qt's own, for the system language).
    """
    language = language or UiSettings().interface_language()
    try:  # the core's messages (findings, history lines, errors) in the same language
        set_interface_language(language)
    except RehabError:
        log.warning("the core's messages stay English: unknown language %r", language)
    installed: list[QTranslator] = []
    qt_locale = QLocale.system()
    if language != "en":
        own = QTranslator(app)
        if own.load(f"rehab_planner_{language}", str(paths.translations_dir())):
            app.installTranslator(own)
            installed.append(own)
            qt_locale = QLocale(language)
        else:
            log.warning("no interface translation for %s in %s", language, paths.translations_dir())
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(qt_locale, "qtbase", "_", folder):
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log a bug's traceback (it names no patient) and tell the user briefly, without quitting."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.platformName() in ("offscreen", "minimal"):
        return
    QMessageBox.critical(
        None, APP_NAME,
        QApplication.translate("app", "Something went wrong: %1\n\nYour plan is autosaved every "
                               "minute. Please save your work and restart Rehab Planner.").replace(
            "%1", str(value) or kind.__name__))


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log: warnings stay quiet offscreen (plugin noise) unless --verbose."""
    app = QApplication.instance()
    headless = isinstance(app, QApplication) and app.platformName() in ("offscreen", "minimal")
    if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        level = logging.ERROR
    elif mode == QtMsgType.QtWarningMsg:
        level = logging.INFO if headless else logging.WARNING
    else:
        level = logging.DEBUG
    logging.getLogger("qt").log(level, "%s", message)


SWITCH_INTERVAL = 0.001  # seconds (Python's own: 0.005)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication (made once), named so settings and the window manager know it."""
    # The window's thread asks for the interpreter many times while it paints; a worker that only
    # computes (loading the library, making the search texts) hands it over after this long. At
    # Python's 5 ms, a picture drawn while the search texts were made waited 50 ms in turns.
    sys.setswitchinterval(SWITCH_INTERVAL)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "rehab-planner", *argv])
    app.setApplicationName("rehab-planner")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("rehab-planner")
    app.setDesktopFileName("rehab-planner")
    app.setWindowIcon(icon(APP_ICON))
    app.aboutToQuit.connect(release_clipboard)
    install_translators(app)
    return app


def _report_window_shown(app: QApplication, started: float) -> None:
    """--smoke-test: the window is painted; say how long it took and quit."""
    print(f"window shown in {time.perf_counter() - started:.2f} s")
    app.quit()


def main(argv: Sequence[str] | None = None, *, verbose: bool = False, smoke_test: bool = False) -> int:
    """Run the app until its window closes.

    Args:
        argv: the arguments after the program name: nothing, or one plan file.
        verbose: log the libraries' progress messages (INFO) as well as warnings.
        smoke_test: quit as soon as the window has been shown (install checks, benchmarks).

    Returns:
        The exit code.
    """
    started = time.perf_counter()
    args = [a for a in (sys.argv[1:] if argv is None else argv) if not a.startswith("-")]
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    qInstallMessageHandler(_qt_message)
    os.umask(0o077)  # files Qt writes (ui-state.ini) are private like everything else we write
    tighten_user_data()
    app = create_application(list(argv or []))
    sys.excepthook = _excepthook
    from .main_window import MainWindow  # after QApplication exists: widgets need it

    plan_file = Path(args[0]).expanduser().resolve() if args else None
    window = MainWindow(plan_file=plan_file)
    window.show()
    if smoke_test:
        QTimer.singleShot(0, lambda: _report_window_shown(app, started))
    return int(app.exec())
