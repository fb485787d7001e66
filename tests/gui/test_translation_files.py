"""The shipped interface translation is the compiled form of translations/*.ts, and translates every text."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rehab_planner import paths

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "rehab_planner_es.ts"


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


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "obsolete") \
        and bool((translation.text or "").strip())


def _catalogue() -> dict[str, dict[str, bool]]:
    """Context -> source text -> whether it has a Spanish translation."""
    out: dict[str, dict[str, bool]] = {}
    for context in ET.parse(TS).getroot().findall("context"):
        texts = out.setdefault(context.findtext("name") or "", {})
        for message in context.findall("message"):
            texts[message.findtext("source") or ""] = _translated(message)
    return out


def test_every_text_of_the_interface_is_in_spanish() -> None:
    missing = [f"{context}: {source}" for context, texts in _catalogue().items()
               for source, done in texts.items() if not done]
    assert not missing, missing
    assert "" not in _catalogue(), "texts lupdate could not place in a context"


def _helper_context(source: str) -> str | None:
    found = re.search(r'QCoreApplication\.translate\(\s*"([A-Za-z_]+)",\s*text\s*\)', source)
    return found.group(1) if found else None


# Modules whose `tr(text)` helper other modules call (`commands.tr("Add a milestone")`).
MODULE_HELPERS = {"commands": "commands"}


class _TrCalls(ast.NodeVisitor):
    """Every tr("..."), translate("Context", "...") and QT_TRANSLATE_NOOP of a module."""

    def __init__(self, helper: str | None, window_module: bool) -> None:
        self.helper, self.window_module = helper, window_module
        self.classes: list[str] = []
        self.found: list[tuple[int, str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:2]]
        if name == "tr" and texts and isinstance(texts[0], str):
            owner = func.value.id if isinstance(func, ast.Attribute) \
                and isinstance(func.value, ast.Name) else None
            own = owner == "self" and self.classes
            context = self.classes[-1] if own else ("MainWindow" if self.window_module
                                                    else self.helper)
            if owner in MODULE_HELPERS:  # `commands.tr(...)`: that module's helper
                context = MODULE_HELPERS[owner]
            self.found.append((node.lineno, context or "?", texts[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 \
                and all(isinstance(t, str) for t in texts):
            self.found.append((node.lineno, str(texts[0]), str(texts[1])))
        self.generic_visit(node)


def test_every_text_the_gui_translates_has_its_spanish_in_its_context() -> None:
    """Read the code itself: a tr() lupdate missed (inside an f-string, say) is caught here."""
    catalogue = _catalogue()
    missing = []
    for module in sorted((ROOT / "rehab_planner" / "gui").rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        calls = _TrCalls(_helper_context(source), module.name in ("actions.py", "menus.py"))
        calls.visit(ast.parse(source))
        for line, context, text in calls.found:
            if not catalogue.get(context, {}).get(text):
                missing.append(f"{module.relative_to(ROOT)}:{line} [{context}] {text!r}")
    assert not missing, missing
    assert len(catalogue) > 40


def test_every_vocabulary_name_is_listed_for_translation() -> None:
    from rehab_planner.gui.labels import VOCABULARY, label
    from rehab_planner.model.vocab import Category, Equipment, Movement, Position, Region, Side
    from rehab_planner.safety.findings import Severity

    for vocab in (Region, Category, Position, Equipment, Side, Movement, Severity):
        for value in vocab:
            assert label(value) in VOCABULARY, value
            assert _catalogue()["labels"][label(value)], value
