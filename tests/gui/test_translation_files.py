"""The shipped interface translation is the compiled form of translations/*.ts, and covers the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rehab_planner import paths

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "rehab_planner_es.ts"
# The contexts the Spanish interface translates in full: the window, its menus and the most
# used dialogs and panels.
WHOLE = ("MainWindow", "PatientDetails", "PatientHeader", "PlanEditor", "NewPlanDialog",
         "PreferencesDialog", "HandoutPreview", "LibraryBrowser", "FindingsPanel", "PhasePanel")


def _lrelease() -> str | None:
    local = Path(sys.executable).parent / "pyside6-lrelease"
    return str(local) if local.exists() else shutil.which("pyside6-lrelease")


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "es.qm"
    subprocess.run([tool, str(TS), "-qm", str(out)], check=True, capture_output=True)
    shipped = paths.translations_dir() / "rehab_planner_es.qm"
    assert out.read_bytes() == shipped.read_bytes(), (
        "resources/translations is out of date: run scripts/translations.py")


def test_the_main_window_and_its_dialogs_are_all_in_spanish() -> None:
    missing = []
    for context in ET.parse(TS).getroot().findall("context"):
        name = context.findtext("name")
        if name not in WHOLE:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" \
                    or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    assert not missing, missing
