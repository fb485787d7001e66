"""PreferencesDialog: clinic name, address, phones and logo; therapist; handout defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehab_planner import paths
from rehab_planner.errors import RehabError
from rehab_planner.figures.photo import import_photo
from rehab_planner.gui.dialogs.messages import show_error
from rehab_planner.i18n import LANGUAGES
from rehab_planner.model import Clinic
from rehab_planner.storage.preferences import Preferences

from ..labels import QT_TRANSLATE_NOOP

LOGO_NAME = "clinic-logo"


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; `preferences()` gives the result."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None,
                 interface_language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)  # the Spanish placeholders are longer
        clinic = preferences.clinic
        self.clinic_name = QLineEdit(clinic.name)
        self.clinic_name.setMaxLength(120)
        self.address = QPlainTextEdit(clinic.address)
        self.address.setFixedHeight(70)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(clinic.phone)
        self.phone.setMaxLength(40)
        self.after_hours = QLineEdit(clinic.after_hours_phone)
        self.after_hours.setMaxLength(40)
        self.after_hours.setPlaceholderText(self.tr("The number to call at night and on weekends"))
        self.logo = QLineEdit(clinic.logo or "")
        self.logo.setPlaceholderText(self.tr("A PNG or JPEG file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.therapist = QLineEdit(preferences.therapist)
        self.therapist.setMaxLength(120)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(preferences.page_size)))
        self.large_print = QCheckBox(self.tr("Use large print for new handouts"))
        self.large_print.setChecked(preferences.large_print)
        # Patient database (gui/patients): empty = the private database on this computer.
        self.database_url = QLineEdit(preferences.database_url)
        self.database_url.setPlaceholderText(self.tr("Empty: a private database on this computer"))
        self.database_url.setToolTip(self.tr("To share one database in a clinic, give its address, "
                                             "e.g. postgresql://user@server/clinic"))
        self.database_url.setAccessibleName(self.tr("Patient database address"))
        names = (
            (self.clinic_name, QT_TRANSLATE_NOOP("PreferencesDialog", "Clinic name")),
            (self.address, QT_TRANSLATE_NOOP("PreferencesDialog", "Clinic address")),
            (self.phone, QT_TRANSLATE_NOOP("PreferencesDialog", "Clinic phone")),
            (self.after_hours, QT_TRANSLATE_NOOP("PreferencesDialog", "After-hours phone")),
            (self.logo, QT_TRANSLATE_NOOP("PreferencesDialog", "Clinic logo file")),
            (self.therapist, QT_TRANSLATE_NOOP("PreferencesDialog", "Therapist name")),
            (self.page_size, QT_TRANSLATE_NOOP("PreferencesDialog", "Page size")),
            (self.large_print, QT_TRANSLATE_NOOP("PreferencesDialog", "Large print")),
        )
        for widget, name in names:
            widget.setAccessibleName(self.tr(name))
        form = QFormLayout()
        form.addRow(self.tr("Clinic &name:"), self.clinic_name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("A&fter hours:"), self.after_hours)
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.logo)  # a row holding a layout gives its label no buddy
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Therapist:"), self.therapist)
        form.addRow(self.tr("Page si&ze:"), self.page_size)
        form.addRow("", self.large_print)
        form.addRow(self.tr("Patient &database:"), self.database_url)  # gui/patients
        self.interface_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.interface_language.addItem(name, code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(interface_language)))
        self.interface_language.setToolTip(
            self.tr("The language of the app's menus and windows. Handouts follow the patient's "
                    "language (Patient and surgeon tab)."))
        form.addRow(self.tr("&Interface language:"), self.interface_language)
        restart = QLabel(self.tr("A new interface language is used when Rehab Planner starts again."))
        restart.setWordWrap(True)
        form.addRow("", restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Clinic logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if name:
            self.import_logo(Path(name))

    def import_logo(self, source: Path) -> bool:
        """Copy a chosen logo into the clinic pictures folder (checked, re-encoded) and use it.

        The handout reads logos only from there, never from an arbitrary path.
        """
        try:
            saved = import_photo(source, LOGO_NAME, paths.clinic_pictures_dir())
        except RehabError as exc:
            show_error(self, self.tr("Clinic logo"), str(exc))
            return False
        self.logo.setText(saved)
        return True

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return Preferences(
            clinic=Clinic(name=self.clinic_name.text().strip(),
                          address=self.address.toPlainText().strip(),
                          phone=self.phone.text().strip(),
                          after_hours_phone=self.after_hours.text().strip(),
                          logo=self.logo.text().strip() or None),
            therapist=self.therapist.text().strip(),
            page_size=self.page_size.currentData(),
            large_print=self.large_print.isChecked(),
            database_url=self.database_url.text().strip(),  # gui/patients
        )
