"""install_patients(window): the Patients dock and menu, the database Save hook, shared exercises,
archiving plans and the Clinic templates dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu
from shiboken6 import isValid

from rehab_planner.model import Exercise

from ..icons import icon
from .archive import PlanArchiver
from .clinic_templates import ClinicTemplatesDialog
from .controller import DatabaseController, login_name
from .panel import PatientsPanel
from .shared_exercises import SharedExercises

if TYPE_CHECKING:
    from ..main_window import MainWindow


def tr(text: str) -> str:
    """Translate a label."""
    return QCoreApplication.translate("Patients", text)


class PatientsActions:
    """The Patients menu's actions."""

    def __init__(self, window: MainWindow) -> None:
        def make(text: str, tip: str, shortcut: str = "", icon_name: str = "") -> QAction:
            action = QAction(text, window)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if icon_name:
                action.setIcon(icon(icon_name))
            window.addAction(action)
            return action

        self.find = make(tr("&Find patient…"), tr("Search the patient database by name or record number"),
                         "Ctrl+Shift+F", "search")
        self.save = make(tr("&Save to database"), tr("Save the plan as a new revision in the patient "
                                                     "database"), "Ctrl+Shift+D", "save")
        self.history = make(tr("&History…"), tr("Every saved revision of this plan and what changed"),
                            "Ctrl+H")
        self.reload = make(tr("Open the &newest revision"),
                           tr("Open the newest revision of this plan from the patient database"))
        self.save_template = make(tr("Save plan as &template…"),
                                  tr("Save this plan's phases and exercises as a clinic template, "
                                     "without the patient's details"))
        self.clinic_templates = make(tr("&Clinic templates…"),
                                     tr("Rename or delete the clinic's own templates"))


class PatientsIntegration:
    """What install_patients adds to the window, kept together (tests reach it as window.patients)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = DatabaseController(
            window.document, window.files, window,
            who=lambda: window.services.preferences.therapist or login_name())
        self.shared_exercises = SharedExercises(
            window.document, self.controller,
            who=lambda: window.services.preferences.therapist or login_name())
        self.archiver = PlanArchiver(
            self.controller, who=lambda: window.services.preferences.therapist or login_name())
        self.templates_dialog: ClinicTemplatesDialog | None = None
        self.panel = PatientsPanel()
        self.actions = PatientsActions(window)
        self.dock = QDockWidget(tr("Patients"), window)
        self.dock.setObjectName("patients")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.library_dock, self.dock)
        window.library_dock.raise_()
        self.revision_label = QLabel()
        window.statusBar().addPermanentWidget(self.revision_label)
        self._build_menu()
        self._connect_signals()
        self._update()

    def _build_menu(self) -> None:
        a, bar = self.actions, self.window.menuBar()
        self.menu = QMenu(tr("&Patients"), self.window)
        self.menu.addAction(a.find)
        self.menu.addSeparator()
        self.menu.addActions([a.save, a.history, a.reload])
        self.menu.addSeparator()
        self.menu.addActions([a.save_template, a.clinic_templates])
        self.menu.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setText(tr("Patient &list"))
        self.menu.addAction(toggle)
        # Before the Settings menu (found by its action, so translations do not matter).
        settings = getattr(self.window.actions, "settings", None)
        before = next((act for act in bar.actions() if isinstance(menu := act.menu(), QMenu)
                       and settings in menu.actions()), None)
        if before is not None:
            bar.insertMenu(before, self.menu)
        else:
            bar.addMenu(self.menu)

    def _connect_signals(self) -> None:
        a, controller, panel, window = self.actions, self.controller, self.panel, self.window
        a.find.triggered.connect(self.find_patient)
        a.save.triggered.connect(controller.save_to_database)
        a.history.triggered.connect(lambda: controller.show_history())
        a.reload.triggered.connect(controller.reload)
        a.save_template.triggered.connect(lambda: controller.save_as_template())
        panel.plan_chosen.connect(controller.open_plan)
        panel.history_requested.connect(controller.show_history)
        panel.archive_requested.connect(self.archiver.archive)
        panel.restore_requested.connect(self.archiver.restore)
        self.archiver.changed.connect(lambda _id: panel.refresh())
        self.archiver.changed.connect(lambda _id: self._update())
        self.archiver.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        a.clinic_templates.triggered.connect(self.show_clinic_templates)
        controller.opened.connect(panel.select_plan)
        controller.database_changed.connect(
            lambda: panel.set_database(controller.database, controller.problem))
        controller.database_changed.connect(self._update)
        controller.link_changed.connect(self._update)
        controller.saved.connect(lambda _n: panel.refresh())
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        shared = self.shared_exercises
        shared.failed.connect(lambda text: window.statusBar().showMessage(text, 10000))
        shared.shared.connect(lambda _id: window.statusBar().showMessage(
            tr("Saved in the patient database for the whole clinic"), 5000))
        window.document.changed.connect(lambda _c: self._update())
        window.document.path_changed.connect(self._update)
        window.files.database_save = controller.save
        window.files.handout_changes = controller.handout_changes
        window.files.clinic_templates = controller.clinic_templates
        window.ready.connect(self._on_window_ready)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(controller.close)
        if window.is_ready():
            self._on_window_ready()

    def _on_window_ready(self) -> None:
        if self.window.document.plan is None:
            self.dock.raise_()  # no plan open: finding the patient comes first
        if self.controller.database is not None:
            self.shared_exercises.refresh()  # the window's library was just replaced
        self.start()

    def start(self) -> None:
        """Open the database the settings name (the library is loaded by now)."""
        self.controller.open_database(self.window.services.preferences.database_url)

    def preferences_changed(self) -> None:
        """The settings were saved: reopen the database if its URL changed."""
        self.start()

    def exercise_saved(self, exercise: Exercise) -> None:
        """A custom exercise was saved on this computer: share it through the open database."""
        self.shared_exercises.exercise_saved(exercise)

    def find_patient(self) -> None:
        """Show the patient list and put the cursor in its search box."""
        self.dock.show()
        self.dock.raise_()
        self.panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.search.selectAll()

    def show_clinic_templates(self) -> ClinicTemplatesDialog | None:
        """Show the Clinic templates dialog (rename or delete the clinic's own templates)."""
        database = self.controller.database
        if database is None:
            self.window.statusBar().showMessage(self.controller.problem, 5000)
            return None
        if self.templates_dialog is not None and isValid(self.templates_dialog):
            self.templates_dialog.close()
        dialog = ClinicTemplatesDialog(
            database, lambda: self.window.services.preferences.therapist or login_name(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.templates_dialog = dialog
        return dialog

    def _update(self) -> None:
        a, controller = self.actions, self.controller
        has_db = controller.database is not None
        linked = controller.link is not None
        a.save.setEnabled(has_db and self.window.document.plan is not None)
        a.history.setEnabled(has_db and linked)
        a.reload.setEnabled(has_db and linked)
        a.save_template.setEnabled(has_db and self.window.document.plan is not None)
        a.clinic_templates.setEnabled(has_db)
        link = controller.link
        self.revision_label.setText(tr("Database revision %1").replace("%1", str(link.revision))
                                    if link else "")
        self.revision_label.setToolTip(controller.database.description if controller.database else
                                       controller.problem)


def install_patients(window: MainWindow) -> PatientsIntegration:
    """Add the patient database to the window (call once the docks and menus are built)."""
    return PatientsIntegration(window)
