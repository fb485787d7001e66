#!/usr/bin/env python3
"""Update the app's interface translations with Qt's tools, then compile them for shipping.

  .venv/bin/python scripts/translations.py          update translations/*.ts, build the .qm files
  .venv/bin/python scripts/translations.py --check  fail if a .qm is older than its .ts (CI)

1. pyside6-lupdate reads every tr()/translate() text of rehab_planner/gui into a fresh .ts.
2. Texts lupdate could not place in a context (modules that call a small `tr(text)` helper around
   QCoreApplication.translate("Context", text), or `tr = window.tr`) get the context that helper
   uses at run time, read from the module itself.
3. The translations already written in translations/<app>_<lang>.ts are kept (by context and
   source text); new texts arrive untranslated, vanished ones are dropped.
4. pyside6-lrelease compiles each .ts into resources/translations/<app>_<lang>.qm, which the wheel
   carries (rehab_planner.paths.translations_dir() finds it).

Translators edit translations/<app>_<lang>.ts with pyside6-linguist (Qt Linguist), then run this.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "rehab_planner" / "gui"
SOURCES = ROOT / "translations"
SHIPPED = ROOT / "resources" / "translations"
APP = "rehab_planner"
#: Languages of the interface besides English (the source).
LANGUAGES = ("es",)
# Modules whose texts go through the main window's own tr (`tr = window.tr`, `parent.tr`).
WINDOW_CONTEXT = {"actions.py": "MainWindow", "menus.py": "MainWindow"}
_HELPER = re.compile(r'QCoreApplication\.translate\(\s*"([A-Za-z_]+)",\s*text\s*\)')


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def _runtime_context(filename: str) -> str | None:
    path = (Path(filename) if Path(filename).is_absolute() else (GUI / filename)).resolve()
    if path.name in WINDOW_CONTEXT:
        return WINDOW_CONTEXT[path.name]
    try:
        found = _HELPER.search(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    return found.group(1) if found else None


def _extract(ts: Path) -> ET.ElementTree:
    files = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)],
                   check=True, capture_output=True)
    return ET.parse(ts)


def _messages(tree: ET.ElementTree, base: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> message element, placing context-less texts in their run-time context."""
    out: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            # `parent.tr(...)`: the window's class at run time
            places = [name] if name and name not in ("parent", "window") else []
            if not places:
                # One text used by modules with different helpers belongs in each of their contexts.
                for location in message.findall("location"):
                    found = _runtime_context(str((base / location.get("filename", "")).resolve()))
                    if found and found not in places:
                        places.append(found)
            for where in places:
                out.setdefault((where, source), message)
    return out


def _known(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out  # type: ignore[return-value]


def _write(messages: dict[tuple[str, str], ET.Element], known: dict, language: str, ts: Path) -> int:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    done = 0
    for context_name in sorted({c for c, _ in messages}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for (c, source), found in sorted(messages.items()):
            if c != context_name:
                continue
            message = ET.SubElement(context, "message")
            for location in found.findall("location"):
                message.append(location)
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            old = known.get((c, source))
            if old is not None and (old.text or "").strip() and old.get("type") != "unfinished":
                translation.text = old.text
                done += 1
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    ts.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return done


def update(language: str) -> None:
    """Extract, keep the known translations, and compile one language."""
    ts = SOURCES / f"{APP}_{language}.ts"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        messages = _messages(_extract(fresh), fresh.parent)
        done = _write(messages, _known(ts), language, ts)
    # Locations in the .ts are relative to it (lupdate wrote them relative to the temp folder).
    text = ts.read_text(encoding="utf-8")
    text = re.sub(r'filename="[^"]*?rehab_planner/gui/', 'filename="../rehab_planner/gui/', text)
    ts.write_text(text, encoding="utf-8")
    SHIPPED.mkdir(parents=True, exist_ok=True)
    qm = SHIPPED / f"{APP}_{language}.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    print(f"{language}: {done} of {len(messages)} texts translated -> {qm.relative_to(ROOT)}")


def main() -> int:
    """Update every language, or check that the compiled files are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        stale = [lang for lang in LANGUAGES
                 if not (SHIPPED / f"{APP}_{lang}.qm").exists()
                 or (SHIPPED / f"{APP}_{lang}.qm").stat().st_mtime
                 < (SOURCES / f"{APP}_{lang}.ts").stat().st_mtime]
        if stale:
            print(f"out of date: {', '.join(stale)}; run scripts/translations.py", file=sys.stderr)
            return 1
        return 0
    for language in LANGUAGES:
        update(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
