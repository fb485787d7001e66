"""Everything under the user's data folder is private (0700/0600), tightened on every start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rehab_planner import paths
from rehab_planner.cli import main


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_the_command_line_tightens_an_open_data_folder(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = paths.user_data()
    os.chmod(data, 0o755)
    photos = data / "custom-exercises"
    photos.mkdir(exist_ok=True)
    os.chmod(photos, 0o775)
    ini = data / "ui-state.ini"
    ini.write_text("[General]\n")
    os.chmod(ini, 0o644)
    photo = photos / "me.png"
    photo.write_bytes(b"x")
    os.chmod(photo, 0o666)
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    os.chmod(outside, 0o644)
    (data / "link.txt").symlink_to(outside)

    assert main(["templates"]) == 0
    capsys.readouterr()
    assert _mode(data) == 0o700 and _mode(photos) == 0o700
    assert _mode(ini) == 0o600 and _mode(photo) == 0o600
    assert _mode(outside) == 0o644  # a symlink is never followed out of the data folder


def test_ui_state_is_written_private(qapp) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.settings import FILE_NAME, UiSettings

    old = os.umask(0o022)  # as a desktop session starts us
    try:
        settings = UiSettings()
        settings.set_last_folder(Path.home())
        settings.sync()
    finally:
        os.umask(old)
    assert _mode(paths.user_data() / FILE_NAME) == 0o600
