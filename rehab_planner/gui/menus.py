"""The window's menu bar and toolbar: which action goes in which menu, and the menus filled on demand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QToolBar, QWidget

from rehab_planner import __version__
from rehab_planner.model import Plan

from .actions import Actions
from .icons import icon


class Menus:
    """The menu bar and toolbar of a main window, built from its actions.

    Attributes:
        undo_action, redo_action: the undo stack's own actions (text follows the last edit).
        recent_menu: File > Open recent, filled by fill_recent().
        copy_to_menu: Edit > Copy to phase, filled by fill_copy_to() when it opens.
    """

    def __init__(self, window: QMainWindow, actions: Actions, undo_stack: QUndoStack,
                 docks: Sequence[QDockWidget]) -> None:
        tr = window.tr
        a = actions
        bar = window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addActions([a.new, a.open])
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        file_menu.addSeparator()
        file_menu.addActions([a.save, a.save_as])
        file_menu.addSeparator()
        file_menu.addActions([a.export_pdf, a.print, a.export_summary])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = undo_stack.createUndoAction(window, tr("&Undo"))
        self.undo_action.setShortcut("Ctrl+Z")
        self.redo_action = undo_stack.createRedoAction(window, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setIcon(icon("undo"))
        self.redo_action.setIcon(icon("redo"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([a.cut, a.copy, a.paste, a.delete])
        self.copy_to_menu = edit.addMenu(tr("Copy to p&hase"))
        edit.addSeparator()
        edit.addAction(a.find)
        library = bar.addMenu(tr("&Library"))
        library.addActions([a.add_to_plan, a.new_exercise, a.edit_exercise])
        settings = bar.addMenu(tr("&Settings"))
        settings.addAction(a.settings)
        view = bar.addMenu(tr("&View"))
        for dock in docks:
            view.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(a.about)
        window.addToolBar(self._toolbar(window, a))

    def _toolbar(self, window: QMainWindow, a: Actions) -> QToolBar:
        toolbar = QToolBar(window.tr("Main toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.new, a.open, a.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([a.export_pdf, a.print])
        return toolbar

    def fill_recent(self, recent: Sequence[Path], open_plan: Callable[[Path], object]) -> None:
        """List the recent plan files, numbered for the keyboard (disabled when there are none)."""
        self.recent_menu.clear()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: open_plan(p))
        self.recent_menu.setEnabled(bool(recent))

    def fill_copy_to(self, plan: Plan | None, current_phase_id: str | None,
                     copy_to: Callable[[str], object]) -> None:
        """List the plan's other phases; choosing one copies the chosen exercises there."""
        self.copy_to_menu.clear()
        for phase in plan.phases if plan else []:
            if phase.id != current_phase_id:
                action: QAction = self.copy_to_menu.addAction(phase.name)
                action.triggered.connect(lambda _=False, pid=phase.id: copy_to(pid))


def show_about(parent: QWidget) -> None:
    """The About box: version and licence."""
    QMessageBox.about(parent, parent.tr("About Rehab Planner"), parent.tr(
        "<b>Rehab Planner %1</b><p>Home exercise plans and patient handouts after surgery.</p>"
        "<p>Free software under the GNU GPL, version 3 or later.</p>").replace("%1", __version__))

