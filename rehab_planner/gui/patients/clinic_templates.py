"""ClinicTemplatesDialog: rename or delete the clinic's own templates (Patients > Clinic templates…).

Only the templates saved in the patient database are listed: the ones that come with Rehab
Planner cannot be changed. A name is edited in place (Rename… or double-click); a refused name
is explained and the old one comes back. Plans made from a deleted template keep their exercises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rehab_planner.model import Template

from .. import tasks
from ..dialogs.messages import confirm, show_error

if TYPE_CHECKING:
    from rehab_planner.storage.database import PatientDatabase

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2  # the stored name, to put back when a rename fails


class ClinicTemplatesDialog(QDialog):
    """The clinic's templates, with Rename and Delete.

    Signals:
        templates_changed(): a template was renamed or deleted (New plan reads them afresh).
    """

    templates_changed = Signal()

    def __init__(self, database: PatientDatabase, who: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic templates"))
        self.resize(480, 400)
        self._database, self._who = database, who
        self._loaded = False
        self._busy = 0  # renames and deletes on their way to the database
        self.heading = QLabel(self.tr("Loading the clinic's templates…"))
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Clinic templates"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        hint = QLabel(self.tr("Templates that come with Rehab Planner are not listed: they cannot be "
                              "renamed or deleted. Plans made from a template keep their exercises "
                              "when it is deleted."))
        hint.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._connect_signals()
        self._update_buttons()
        self.reload()

    def _connect_signals(self) -> None:
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(self.delete_current)

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the clinic's templates again (off the GUI thread)."""
        self._loaded = False
        tasks.run(self._database.templates, on_done=self._on_templates_loaded,
                  on_error=self._on_load_failed)

    def is_loaded(self) -> bool:
        """True once the list shows the database's templates and no change is on its way."""
        return self._loaded and self._busy == 0

    def names(self) -> list[str]:
        """The names in the list, top to bottom."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    def select_template(self, template_id: str) -> None:
        """Make a template the chosen row."""
        for n in range(self.list.count()):
            if self.list.item(n).data(IdRole) == template_id:
                self.list.setCurrentRow(n)

    def _on_templates_loaded(self, found: list[Template]) -> None:
        if not isValid(self):
            return
        chosen = self._current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for template in found:
            item = QListWidgetItem(template.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setData(IdRole, template.id)
            item.setData(NameRole, template.name)
            item.setToolTip(self.tr("%1, %2 phases").replace("%1", template.procedure)
                            .replace("%2", str(len(template.phases))))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.heading.setText(self.tr("The clinic's own templates:") if found else
                             self.tr("The clinic has no templates of its own yet. Open a plan and "
                                     "use Patients > Save plan as template to make one."))
        if found:
            self.list.setCurrentRow(0)
            if chosen:
                self.select_template(chosen)
        self._loaded = True
        self._update_buttons()

    def _on_load_failed(self, exc: Exception) -> None:
        if isValid(self):
            self.heading.setText(str(exc))
            self._loaded = True

    # --- renaming and deleting ----------------------------------------------------------------------

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(IdRole)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def start_rename(self) -> None:
        """Edit the chosen template's name in the list; Enter saves it, Esc leaves it."""
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        old, new = str(item.data(NameRole)), item.text()
        if new.strip() == old:
            return
        template_id = str(item.data(IdRole))
        self._busy += 1
        tasks.run(self._database.rename_template, template_id, new, by=self._who(),
                  on_done=lambda template: self._on_renamed(template_id, template),
                  on_error=lambda exc: self._on_rename_failed(template_id, old, exc))

    def _item(self, template_id: str) -> QListWidgetItem | None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(IdRole) == template_id:
                return item
        return None

    def _set_name(self, template_id: str, name: str) -> None:
        item = self._item(template_id)
        if item is not None:
            self.list.blockSignals(True)
            item.setText(name)
            item.setData(NameRole, name)
            self.list.blockSignals(False)

    def _on_renamed(self, template_id: str, template: Template) -> None:
        if not isValid(self):
            return
        self._busy -= 1
        self._set_name(template_id, template.name)
        self.templates_changed.emit()

    def _on_rename_failed(self, template_id: str, old: str, exc: Exception) -> None:
        if not isValid(self):
            return
        self._busy -= 1
        self._set_name(template_id, old)
        show_error(self, self.tr("Could not rename the template"), str(exc))

    def delete_current(self) -> None:
        """Delete the chosen template, after asking."""
        item = self.list.currentItem()
        if item is None:
            return
        template_id, name = str(item.data(IdRole)), str(item.data(NameRole))
        if not confirm(self, "confirm_delete_template", self.tr("Delete template"),
                       self.tr("Delete the clinic template %1?").replace("%1", name),
                       self.tr("Plans already made from it keep their exercises. New plans cannot "
                               "start from it any more. This cannot be undone.")):
            return
        self._busy += 1
        tasks.run(self._database.delete_template, template_id, by=self._who(),
                  on_done=lambda _t: self._on_deleted(template_id),
                  on_error=self._on_delete_failed)

    def _on_deleted(self, template_id: str) -> None:
        if not isValid(self):
            return
        self._busy -= 1
        item = self._item(template_id)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self._update_buttons()
        self.templates_changed.emit()

    def _on_delete_failed(self, exc: Exception) -> None:
        if isValid(self):
            self._busy -= 1
            show_error(self, self.tr("Could not delete the template"), str(exc))
            self.reload()
