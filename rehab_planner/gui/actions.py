"""Every QAction of the window in one place: text (translated), shortcut, icon, tooltip."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .icons import icon

Key = QKeySequence.StandardKey


class Actions:
    """The window's actions; the main window connects them to slots."""

    def __init__(self, parent: QWidget) -> None:
        def make(text: str, tip: str, shortcut: QKeySequence | Key | str | None = None,
                 icon_name: str = "") -> QAction:
            action = QAction(text, parent)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon_name:
                action.setIcon(icon(icon_name))
            parent.addAction(action)  # shortcuts work wherever the focus is in the window
            return action

        tr = parent.tr
        self.new = make(tr("&New plan…"), tr("Start a plan, blank or from a template"), Key.New, "new")
        self.open = make(tr("&Open…"), tr("Open a plan file"), Key.Open, "open")
        self.save = make(tr("&Save"), tr("Save the plan"), Key.Save, "save")
        self.save_as = make(tr("Save &as…"), tr("Save the plan to a new file"), "Ctrl+Shift+S")
        self.export_pdf = make(tr("&Export PDF…"), tr("Save the patient handout as a PDF"),
                               "Ctrl+E", "export")
        self.export_summary = make(tr("Clinician s&ummary PDF…"),
                                   tr("Save a one-page summary for clinicians: orders, timeline, "
                                      "criteria met and clinician care (not for the patient)"))
        self.print = make(tr("&Print…"), tr("Print the patient handout"), Key.Print, "print")
        self.quit = make(tr("&Quit"), tr("Close Rehab Planner"), Key.Quit, "quit")
        self.cut = make(tr("Cu&t"), tr("Cut the chosen exercises"), Key.Cut)
        self.copy = make(tr("&Copy"), tr("Copy the chosen exercises"), Key.Copy)
        self.paste = make(tr("&Paste"), tr("Paste exercises into the chosen phase"), Key.Paste)
        self.delete = make(tr("&Delete"), tr("Remove the chosen exercises from the phase"), None,
                           "remove")
        self.find = make(tr("&Find in library"), tr("Search the exercise library"), Key.Find, "search")
        self.add_to_plan = make(tr("&Add to phase"), tr("Add the chosen library exercise to the phase"),
                                "Ctrl+Return", "add")
        self.new_exercise = make(tr("&New custom exercise…"), tr("Write your own exercise"))
        self.edit_exercise = make(tr("&Edit custom exercise…"), tr("Change one of your own exercises"))
        self.settings = make(tr("&Settings…"), tr("Clinic details and handout defaults"),
                             Key.Preferences, "settings")
        self.about = make(tr("&About Rehab Planner"), tr("Version and licence"))
        # Delete has a standard key but Backspace must stay free for text fields.
        self.delete.setShortcut(QKeySequence(Key.Delete))
        self.quit.setShortcuts([QKeySequence(Key.Quit), QKeySequence("Ctrl+Q")])
        self.print.setShortcut(QKeySequence("Ctrl+P"))
