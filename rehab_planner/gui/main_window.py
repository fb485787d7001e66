"""MainWindow: builds the panels, docks and menus and wires their signals; no domain code here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow
from shiboken6 import isValid

from rehab_planner.errors import RehabError

from . import start_up, tasks
from .dialogs.messages import show_error
from .first_paint import after_first_paint
from .settings import UiSettings, first_run_geometry, is_small_screen

if TYPE_CHECKING:
    from rehab_planner.library import Library
    from rehab_planner.library.search import SearchIndex
    from rehab_planner.model import Plan
    from rehab_planner.plans.edits import Change

    from .actions import Actions
    from .services import Services
    from .shown_texts import ShownTexts
    from .start_up import LibraryParts

FINDINGS_HEIGHT = 110  # the smallest open height of the findings dock: a summary line and two rows


class MainWindow(QMainWindow):
    """The Rehab Planner window: library left, plan centre, handout right, findings below.

    Args:
        services: library, catalogue, templates, preferences; None loads them in the background.
        plan_file: a plan to open once the library is ready.

    Signals:
        library_shown(): the library panel lists and searches the library (a fresh start builds
            the other panels after it); with many custom exercises, the shipped ones first.
        library_loaded(): the library panel lists the whole library.
        ready(): every panel is built, the library is loaded and the plan (if any) is open.
    """

    library_shown = Signal()
    library_loaded = Signal()
    ready = Signal()
    # Shadows QWidget.actions() on purpose: `window.actions.save` reads well in wiring and tests.
    actions: Actions  # type: ignore[assignment]

    def __init__(self, services: Services | None = None, plan_file: Path | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Rehab Planner"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self.ui = UiSettings()
        self._plan_file = plan_file
        self._is_ready = False
        self._is_built = False
        self._findings_height = 0  # the open findings dock's height, kept while folded (0: not yet)
        self.resize(1280, 800)
        if services is not None:
            self._build(services)
            self.set_services(services)
            return
        # A fresh start: the window paints first, with a placeholder; the library loads off the
        # GUI thread and its panel comes first (_on_library_loaded); the other panels load next
        # and are built in short steps (_on_parts_loaded).
        self._restore_geometry()
        self.loading = QLabel(self.tr("Loading the exercise library…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)
        self.statusBar().showMessage(self.loading.text())
        tasks.run(start_up.load_library_parts, self.ui.interface_language(), True,
                  on_done=self._on_library_loaded, on_error=self._on_start_failed)

    def _on_start_failed(self, exc: Exception) -> None:
        if isValid(self):
            show_error(self, self.tr("Could not start"), str(exc))

    def _on_library_loaded(self, parts: LibraryParts) -> None:
        """Show the library panel (or the whole library in it), then load what comes next off the
        GUI thread: the custom exercises, when the shipped ones came first, or the other panels."""
        if not isValid(self):  # the window was closed and deleted while the library loaded
            return
        if not hasattr(self, "library"):
            self._build_library(parts.services.library, parts.shown, parts.search_index,
                                held=True)
            # Its first-run width until the other docks come and the saved places are restored.
            self.resizeDocks([self.library_dock], [max(250, int(self.width() * 0.21))],
                             Qt.Orientation.Horizontal)
            self.library_shown.emit()
        else:
            self.library.set_library(parts.services.library, parts.search_index)
        if not parts.complete:
            self.loading.setText(self.tr("Loading your custom exercises…"))
            self.statusBar().showMessage(self.loading.text())
            tasks.run(start_up.load_library_parts, self.ui.interface_language(), False, parts.shown,
                      on_done=self._on_library_loaded, on_error=self._on_start_failed)
            return
        self.library_loaded.emit()
        self.loading.setText(self.tr("Loading the plan editor…"))
        self.statusBar().showMessage(self.loading.text())
        # After the panel has painted: the loading thread would otherwise take turns with it at
        # the interpreter lock (a 0 ms timer could fire before that paint: gaps of 40-50 ms).
        after_first_paint(self.library.list.viewport(), lambda: tasks.run(
            start_up.load_window_parts, parts.services,
            on_done=self._on_parts_loaded,
            on_error=self._on_start_failed))

    def _on_parts_loaded(self, services: Services) -> None:
        """Build the other panels, wire them and fill them, each step its own turn of the event
        loop (every step is well under 50 ms, so the window never freezes; bench/gui_bench.py)."""
        if not isValid(self):  # the window was closed and deleted while the parts loaded
            return
        # Last, the search texts on a worker (until they are in, words typed match names only).
        steps = [lambda: self._build_document(services), lambda: self._build_panels(True),
                 self.editor_pages, self._build_rest, lambda: self.set_services(services),
                 lambda: self.library.hold_pictures(False),  # held since _on_library_loaded
                 self.library.make_texts]

        def next_step() -> None:
            steps.pop(0)()
            if steps:
                QTimer.singleShot(1, self, next_step)  # dropped if the window goes meanwhile

        next_step()

    def _build(self, services: Services) -> None:
        """Build every panel at once (a window given its services)."""
        from .shown_texts import ShownTexts

        self._build_library(services.library, ShownTexts(self.ui.interface_language()))
        self._build_document(services)
        self._build_panels()
        self._build_rest()

    def _build_library(self, library: Library, shown: ShownTexts,
                       index: SearchIndex | None = None, held: bool = False) -> None:
        from .widgets.library_browser import LibraryBrowser

        # Exercise names, steps and dosage words in the interface language, for every panel.
        self.shown_texts = shown
        # held: the pictures wait until the other panels are in (set_services releases them).
        self.library = LibraryBrowser(library, shown=shown, index=index, pictures_held=held)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.library_dock = self._dock(self.tr("Library"), self.library,
                                       Qt.DockWidgetArea.LeftDockWidgetArea, "library")

    def _build_document(self, services: Services) -> None:
        from .actions import Actions
        from .document import PlanDocument
        from .file_ops import FileController

        self.services = services
        self.document = PlanDocument(None, self.services.library, self)
        self.actions = Actions(self)
        self.files = FileController(self.document, self.services, self.ui, self)

    def _build_panels(self, pages_later: bool = False) -> None:
        from .widgets.findings_panel import FindingsPanel
        from .widgets.handout_preview import HandoutPreview
        from .widgets.plan_editor import PlanEditor

        self.editor = PlanEditor(self.document, self.services.catalogue,
                                 self.services.guidance_topics, shown=self.shown_texts,
                                 pages_later=pages_later)
        # The check runs on a worker thread (update_findings gives it the plan and its data).
        self.findings = FindingsPanel(_check_findings, background=True)
        self.preview = HandoutPreview(self._render_job)
        self.files.handout_scope = self.preview.scope  # export and print what the preview shows
        self.preview.set_options(self.services.preferences.large_print,
                                 self.services.preferences.page_size)
        self._build_docks()

    def editor_pages(self) -> None:
        """The plan editor's other tabs (a fresh start builds them after the first shows)."""
        self.editor.build_pages()

    def _build_rest(self) -> None:
        from .outcomes.install import install_outcomes
        from .patients.install import install_patients

        self._build_menus()
        self._connect_signals()
        # gui/patients: the Patients dock (a tab with the library), the Patients menu, database Save.
        self.patients = install_patients(self)
        # gui/outcomes: Patients > Visits and outcomes…, Progress report…
        self.outcomes = install_outcomes(self, self.patients)
        self._is_built = True
        self._update_title()
        self._update_edit_actions()
        self._restore_window()

    # --- building --------------------------------------------------------------------------------

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.setCentralWidget(self.editor)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.preview_dock = self._dock(self.tr("Handout preview"), self.preview,
                                       Qt.DockWidgetArea.RightDockWidgetArea, "preview")
        self.findings_dock = self._dock(self.tr("Safety findings"), self.findings,
                                        Qt.DockWidgetArea.BottomDockWidgetArea, "findings")
        # The Patients dock (patient database) is added by install_patients in __init__.
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

    def _build_menus(self) -> None:
        from .menus import Menus

        self.menus = Menus(self, self.actions, self.document.undo_stack,
                           [self.library_dock, self.preview_dock, self.findings_dock])
        # Kept on the window for the wiring below, gui/patients and tests.
        self.undo_action, self.redo_action = self.menus.undo_action, self.menus.redo_action
        self.recent_menu, self.copy_to_menu = self.menus.recent_menu, self.menus.copy_to_menu
        self._fill_recent_menu()

    def _connect_signals(self) -> None:
        a, doc, files = self.actions, self.document, self.files
        a.new.triggered.connect(files.new_plan)
        a.open.triggered.connect(lambda: files.open_plan())
        a.save.triggered.connect(files.save)
        a.save_as.triggered.connect(lambda: files.save_as())
        a.export_pdf.triggered.connect(lambda: files.export_pdf(*self.preview.options()))
        a.print.triggered.connect(lambda: files.print_handout(*self.preview.options()))
        a.export_summary.triggered.connect(lambda: files.export_summary())
        a.quit.triggered.connect(self.close)
        a.cut.triggered.connect(self.cut_exercises)
        a.copy.triggered.connect(self.copy_exercises)
        a.paste.triggered.connect(self.paste_exercises)
        a.delete.triggered.connect(self.editor.remove_selected)
        a.find.triggered.connect(self._on_find_triggered)
        a.add_to_plan.triggered.connect(self._on_add_to_plan_triggered)
        a.new_exercise.triggered.connect(lambda: self.edit_custom_exercise(None))
        a.edit_exercise.triggered.connect(self._on_edit_exercise_triggered)
        a.settings.triggered.connect(self.edit_preferences)
        a.about.triggered.connect(self._on_about_triggered)
        files.recent_changed.connect(self._fill_recent_menu)
        files.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        doc.changed.connect(self._on_document_changed)
        doc.path_changed.connect(self._update_title)
        doc.clean_changed.connect(self._update_title)
        doc.library_changed.connect(lambda: self.library.set_library(doc.library))
        self.library.exercise_chosen.connect(self.editor.add_exercise)
        self.library.current_changed.connect(lambda _e: self._update_edit_actions())
        self.editor.selection_changed.connect(self._update_edit_actions)
        self.findings.finding_activated.connect(self._on_findings_finding_activated)
        self.findings.accept_requested.connect(self.accept_finding)
        self.findings.collapsed_changed.connect(self._on_findings_collapsed_changed)
        # The plan's exercise rows show the findings the panel already holds (no second check).
        self.findings.model.modelReset.connect(
            lambda: self.editor.exercises_model.set_findings(self.findings.model.findings))
        self.preview.render_failed.connect(
            lambda text: self.statusBar().showMessage(self.tr("Preview failed: %1").replace("%1", text)))
        self.copy_to_menu.aboutToShow.connect(self._fill_copy_to_menu)

    # --- start-up --------------------------------------------------------------------------------

    def set_services(self, services: Services) -> None:
        """Use the loaded library, catalogue and templates; then open the plan or offer recovery."""
        self.services = services
        self.files.services = services
        self.editor.precautions.model.catalogue = services.catalogue
        self.editor.settings.set_topics(services.guidance_topics)
        if self.document.library is not services.library:  # built over it: no second fill
            self.document.set_library(services.library)
        self.preview.set_options(services.preferences.large_print, services.preferences.page_size)
        self.statusBar().showMessage(self.tr("%1 exercises in the library").replace(
            "%1", str(len(services.library))), 5000)
        if services.problems:
            show_error(self, self.tr("Some data files have problems"),
                       self.tr("These entries were skipped:") + "\n" + "\n".join(services.problems))
        restored = self.files.offer_recovery()
        if not restored and self._plan_file is not None:
            self.files.load(self._plan_file)
        self.update_findings()
        self.preview.render_now()
        self._is_ready = True
        self.ready.emit()
        if self.library.is_searching():  # a search typed while the other panels loaded stays in front
            self.library_dock.raise_()

    def is_ready(self) -> bool:
        """True once the library is loaded."""
        return self._is_ready

    # --- reacting to the document ----------------------------------------------------------------

    def _on_document_changed(self, change: Change) -> None:
        from rehab_planner.plans.edits import ChangeKind

        self.update_findings()
        if change.kind == ChangeKind.PLAN:
            self.preview.render_now()
        else:
            self.preview.schedule()
        self._update_edit_actions()

    def update_findings(self) -> None:
        """Check the open plan again, off the GUI thread; the panel shows the findings when they
        are in (a result for an older version of the plan is dropped)."""
        doc = self.document
        self.findings.update(doc.plan, self.services, doc.library, doc.differing)

    def _update_title(self, *_args: object) -> None:
        name = self.document.display_name()
        self.setWindowTitle(self.tr("%1[*] — Rehab Planner").replace("%1", name) if name
                            else self.tr("Rehab Planner"))
        modified = self.document.is_modified()
        self.setWindowModified(modified)
        self.saved_label.setText(self.tr("Unsaved changes") if modified else
                                 self.tr("Saved") if self.document.path else "")

    def _update_edit_actions(self) -> None:
        a = self.actions
        has_plan = self.document.plan is not None
        chosen = bool(self.editor.selected_prescriptions()) if has_plan else False
        for action in (a.cut, a.copy, a.delete):
            action.setEnabled(chosen)
        self.copy_to_menu.setEnabled(chosen)
        a.paste.setEnabled(has_plan and self.editor.current_phase_id() is not None)
        for action in (a.save, a.save_as, a.export_pdf, a.print, a.export_summary):
            action.setEnabled(has_plan)
        a.add_to_plan.setEnabled(has_plan and self.library.current_exercise() is not None)
        current = self.library.current_exercise()
        a.edit_exercise.setEnabled(current is not None and current.custom)

    # --- clipboard -------------------------------------------------------------------------------

    def copy_exercises(self) -> None:
        """Put the chosen exercises on the clipboard (as plan data and as plain names)."""
        from .clipboard import copy_prescriptions

        chosen = self.editor.selected_prescriptions()
        if chosen:
            copy_prescriptions(chosen, self.document.library)

    def cut_exercises(self) -> None:
        """Copy the chosen exercises, then remove them (one undo step)."""
        from . import commands

        chosen = self.editor.selected_prescriptions()
        if chosen:
            self.copy_exercises()
            commands.remove_exercises(self.document, [rx.id for rx in chosen], self.tr("Cut exercises"))

    def paste_exercises(self) -> None:
        """Insert the exercises on the clipboard into the chosen phase."""
        from . import commands
        from .clipboard import pasted_prescriptions

        phase_id, items = self.editor.current_phase_id(), pasted_prescriptions()
        if phase_id is not None and items:
            change = commands.paste_exercises(self.document, phase_id, items)
            self.editor.select_prescription(phase_id, change.prescription_id)

    def _fill_copy_to_menu(self) -> None:
        self.menus.fill_copy_to(self.document.plan, self.editor.current_phase_id(),
                                self.editor.copy_selected_to)

    # --- library ---------------------------------------------------------------------------------

    def _on_find_triggered(self) -> None:
        self.library_dock.show()
        self.library.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library.search.selectAll()

    def _on_add_to_plan_triggered(self) -> None:
        exercise = self.library.current_exercise()
        if exercise is not None:
            self.editor.add_exercise(exercise.id)

    def _on_edit_exercise_triggered(self) -> None:
        exercise = self.library.current_exercise()
        if exercise is not None and exercise.custom:
            self.edit_custom_exercise(exercise.id)

    def edit_custom_exercise(self, exercise_id: str | None) -> None:
        """Write a new custom exercise, or edit one; it is saved and added to the library."""
        from rehab_planner.library.custom import save_custom_exercise

        from .dialogs.custom_exercise import CustomExerciseDialog

        library = self.document.library
        existing = library.find(exercise_id) if exercise_id else None
        dialog = CustomExerciseDialog(set(library.exercises), existing, self)
        exercise = dialog.result_exercise() if dialog.exec() else None
        if exercise is None:
            return
        try:
            path = save_custom_exercise(exercise)
        except RehabError as exc:
            show_error(self, self.tr("Could not save the exercise"), str(exc))
            return
        # The library now, not the one from before the dialog: shared exercises may have been
        # merged into it while the dialog was open.
        self.document.set_library(self.document.library.with_exercise(exercise, path))
        self.patients.exercise_saved(exercise)  # gui/patients: shared through the database
        self.library.select_exercise(exercise.id)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", exercise.name), 5000)

    # --- findings --------------------------------------------------------------------------------

    def _on_findings_finding_activated(self, finding) -> None:
        if getattr(finding, "prescription_id", None) or getattr(finding, "phase_id", None):
            self.editor.select_prescription(finding.phase_id, finding.prescription_id)
        elif str(getattr(finding, "code", "")).startswith("precaution") or \
                str(getattr(finding, "code", "")).startswith("unknown-precaution"):
            self.editor.tabs.setCurrentWidget(self.editor.precautions)
            order = getattr(finding, "precaution", None)
            if order is not None:
                self.editor.precautions.focus_precaution(order.key)

    def findings_open_height(self) -> int:
        """The findings dock's height with room for the summary line and about four findings."""
        dock, panel = self.findings_dock, self.findings
        title = dock.height() - panel.height() if dock.isVisible() and not panel.is_collapsed() else 0
        if title <= 0 or title > 3 * dock.fontMetrics().height():
            title = dock.fontMetrics().height() + 10  # the dock's title bar
        return max(panel.open_height() + title, FINDINGS_HEIGHT)

    def _on_findings_collapsed_changed(self, collapsed: bool) -> None:
        # Folded, the panel's maximum height shrinks the dock; opened, it gets its height back, and
        # at least room for about four findings.
        if collapsed:
            if self.findings_dock.isVisible():
                self._findings_height = self.findings_dock.height()
        else:
            height = max(self._findings_height, self.findings_open_height())
            self.resizeDocks([self.findings_dock], [height], Qt.Orientation.Vertical)

    def accept_finding(self, finding) -> None:
        """Ask for a reason and record the finding as accepted (undoable)."""
        from . import commands
        from .dialogs.accept_finding import AcceptFindingDialog

        plan = self.document.plan
        if plan is None or self._still_open(finding) is None:
            return
        dialog = AcceptFindingDialog(finding.message, plan.therapist or self.services.preferences.therapist,
                                     self)
        if dialog.exec() != AcceptFindingDialog.DialogCode.Accepted:
            return
        # The plan as it is now (the dialog was open a while), and its own finding of that kind.
        plan, finding = self.document.plan, self._still_open(finding)
        if plan is None or finding is None:
            return
        try:
            accepted = self.services.accept(plan, finding, dialog.reason.toPlainText().strip(),
                                            dialog.by.text().strip())
            commands.replace_plan(self.document, self.tr("Accept finding"), accepted)
        except (RehabError, ValueError) as exc:
            show_error(self, self.tr("Could not accept the finding"), str(exc))

    def _still_open(self, finding: Any) -> Any:
        """The open finding of the plan as it is now that matches `finding` (same kind, phase,
        exercise and subject), or None, said to the therapist: a finding shown for an older
        version of the plan may have gone since (the check of the newest one was on its way)."""
        doc = self.document
        if doc.plan is not None:
            for current in self.services.check(doc.plan, doc.library, doc.differing):
                if current.key == finding.key and getattr(current, "accepted", None) is None:
                    return current
        show_error(self, self.tr("Could not accept the finding"),
                   self.tr("This finding is no longer in the plan: the plan changed after it was "
                           "shown. Nothing was accepted; choose the finding again in the updated "
                           "list."))
        return None

    # --- settings, about, recent -----------------------------------------------------------------

    def edit_preferences(self) -> None:
        """Edit the clinic profile and defaults (saved for the CLI too)."""
        from rehab_planner.storage.preferences import save_preferences

        from .dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.services.preferences, self,
                                   interface_language=self.ui.interface_language())
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.ui.set_interface_language(str(dialog.interface_language.currentData()))
        try:
            preferences = dialog.preferences()
            save_preferences(preferences)
        except (RehabError, ValueError) as exc:
            show_error(self, self.tr("Could not save the settings"), str(exc))
            return
        self.services.preferences = preferences
        self.patients.preferences_changed()  # gui/patients: the database URL may have changed
        self.preview.set_options(preferences.large_print, preferences.page_size)
        self.preview.render_now()

    def _on_about_triggered(self) -> None:
        from .menus import show_about

        show_about(self)

    def _fill_recent_menu(self) -> None:
        self.menus.fill_recent(self.ui.recent_files(), self.files.open_plan)

    # --- preview job -----------------------------------------------------------------------------

    def _render_job(self, large_print: bool, page_size: str):
        from .services import render_pdf

        plan = self.document.plan
        if plan is None or (not self._is_ready and not len(self.document.library)):
            return None
        self.preview.set_stages([phase.name for phase in plan.phases])
        return render_pdf, (plan, self.document.library, large_print, page_size,
                            self.files.handout_changes(),  # gui/patients: what changed
                            self.preview.scope(),
                            self.files.handout_progress())  # gui/outcomes: 'Your progress'

    # --- window state ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ui.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif self.screen() is not None:
            self.setGeometry(first_run_geometry(self.screen().availableGeometry()))
            if is_small_screen(self.screen().availableGeometry().size()):
                self.setWindowState(Qt.WindowState.WindowMaximized)

    def _restore_window(self) -> None:
        """Geometry (unless the window already shows) and the docks' places."""
        if not self.isVisible():
            self._restore_geometry()
        state = self.ui.window_state()
        if state is not None:
            self.restoreState(state)
        else:
            # First run: the library and the preview share 48% of the width; the plan gets the rest.
            width = self.width()
            self.resizeDocks([self.library_dock, self.preview_dock],
                             [max(250, int(width * 0.21)), max(300, int(width * 0.27))],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.findings_dock], [self.findings_open_height()],
                             Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._is_built:  # closed while the library loads: nothing to save yet
            event.accept()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        self.ui.save_window(self.saveGeometry(), self.saveState())
        self.ui.sync()
        self.files.closing()
        event.accept()


def _check_findings(plan: Plan, services: Services, library: Library,
                    differing: list[str]) -> list[Any]:
    """The plan's findings (on a worker thread: plain data in, findings out)."""
    return services.check(plan, library, differing)
