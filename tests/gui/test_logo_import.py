"""The Settings dialog imports a chosen logo into the clinic pictures folder, refusing non-pictures."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from rehab_planner import paths
from rehab_planner.gui.dialogs import messages
from rehab_planner.gui.dialogs.preferences_dialog import PreferencesDialog
from rehab_planner.storage.pictures import resolve_picture
from rehab_planner.storage.preferences import Preferences


def test_a_chosen_logo_is_imported_and_a_key_file_refused(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setitem(messages.ANSWERS, "show_error", lambda title, message: errors.append(message))
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    source = tmp_path / "Our Logo.png"
    Image.new("RGB", (300, 100), "navy").save(source)
    assert dialog.import_logo(source)
    name = dialog.logo.text()
    assert name == "clinic-logo.png"
    saved = resolve_picture(name, paths.clinic_pictures_dir(), "clinic logo")
    assert saved.is_file() and saved.parent == paths.clinic_pictures_dir().resolve()
    assert dialog.preferences().clinic.logo == "clinic-logo.png"

    key = tmp_path / "id_rsa.png"
    key.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    assert not dialog.import_logo(key)
    assert errors and "not a picture" in errors[0]
    assert dialog.logo.text() == "clinic-logo.png"  # the good logo stays
