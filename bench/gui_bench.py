"""Benchmarks of the desktop app: start-up, library filter per keystroke, preview refresh.

Run: .venv/bin/python bench/gui_bench.py   (offscreen by default; prints figures, never fails)
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP_CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
from rehab_planner.gui.app import create_application
app = create_application([])
from rehab_planner.gui.main_window import MainWindow
w = MainWindow()
w.show()
def done():
    print("READY", len(w.document.library), flush=True)
    app.quit()
w.ready.connect(done)
app.exec()
"""


BARE_CHILD = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""


def bench_startup(runs: int = 5, child: str = STARTUP_CHILD) -> list[float]:
    """Seconds from launching a fresh Python to the window shown with the library loaded."""
    times = []
    env = dict(os.environ, REHAB_PLANNER_DATA=tempfile.mkdtemp(prefix="rp-bench-"))
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                times.append(time.perf_counter() - start)
                break
        proc.wait()
    return times


def generated_library(n: int):  # type: ignore[no-untyped-def]
    """n exercises made from the shipped ones, with varied names."""
    from rehab_planner.library import Library, load_library

    base = list(load_library(include_custom=False))
    words = ["gentle", "seated", "standing", "slow", "band", "wall", "mini", "long", "side", "deep"]
    exercises = {}
    for i in range(n):
        src = base[i % len(base)]
        eid = f"{src.id}-{i}"
        name = f"{src.name} {words[i % len(words)]} {i}"[:80]
        exercises[eid] = src.model_copy(update={"id": eid, "name": name, "progressions": [],
                                                "regressions": []})
    return Library(exercises)


def bench_filter(n: int = 10_000) -> dict[str, float]:
    """Milliseconds per keystroke for the library list over n exercises (model + view)."""
    from PySide6.QtWidgets import QApplication

    from rehab_planner.gui.app import create_application
    from rehab_planner.gui.widgets.library_browser import LibraryBrowser

    app = create_application([])
    library = generated_library(n)
    browser = LibraryBrowser(library)
    browser.resize(340, 800)
    browser.show()
    QApplication.processEvents()
    typed = "knee slide"
    per_key = []
    for _ in range(3):
        for i in range(1, len(typed) + 1):
            browser.search.blockSignals(True)
            browser.search.setText(typed[:i])
            browser.search.blockSignals(False)
            start = time.perf_counter()
            browser.apply_query()
            app.processEvents()  # includes the list repainting
            per_key.append((time.perf_counter() - start) * 1000)
        browser.search.setText("")
        browser.apply_query()
    start = time.perf_counter()
    browser.region.setCurrentIndex(3)
    app.processEvents()
    facet = (time.perf_counter() - start) * 1000
    return {"median": statistics.median(per_key), "max": max(per_key), "first": per_key[0],
            "facet": facet,
            "shown_for_knee": float(browser.model.rowCount())}


def bench_preview() -> dict[str, float]:
    """Milliseconds from an edit to the new handout shown (debounce included and excluded)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from rehab_planner.gui.app import create_application
    from rehab_planner.gui.main_window import MainWindow
    from rehab_planner.gui.services import load_services
    from rehab_planner.gui.widgets import handout_preview

    app = create_application([])
    window = MainWindow(load_services())
    window.show()
    templates = list(window.services.templates)
    template = "lumbar-fusion" if "lumbar-fusion" in templates else (templates[0] if templates else None)
    window.files.create_plan(template, "Bench Patient", "Lumbar fusion", dt.date(2026, 11, 2))

    def wait_render() -> None:
        loop = QEventLoop()
        window.preview.rendered.connect(loop.quit)
        window.preview.render_failed.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)
        loop.exec()
        window.preview.rendered.disconnect(loop.quit)
        window.preview.render_failed.disconnect(loop.quit)

    window.preview.render_now()
    wait_render()
    samples = []
    exercises = [e.id for e in window.document.library][:6]
    for exercise_id in exercises:
        start = time.perf_counter()
        window.editor.add_exercise(exercise_id)
        edit_ms = (time.perf_counter() - start) * 1000
        wait_render()
        samples.append(((time.perf_counter() - start) * 1000, edit_ms))
    window.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    total = statistics.median(s[0] for s in samples)
    return {"edit_to_shown": total, "render_only": total - handout_preview.DEBOUNCE_MS,
            "debounce": handout_preview.DEBOUNCE_MS,
            "edit_on_gui_thread": statistics.median(s[1] for s in samples),
            "pages": float(window.preview.document.pageCount())}


def main() -> None:
    """Print every figure."""
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"QPA {os.environ['QT_QPA_PLATFORM']}")
    startup = bench_startup()
    bare = statistics.median(bench_startup(child=BARE_CHILD))
    print(f"start-up to window shown with library loaded: median {statistics.median(startup):.2f} s, "
          f"best {min(startup):.2f} s, worst {max(startup):.2f} s ({len(startup)} runs); a bare "
          f"QMainWindow {bare:.2f} s in the same run: {statistics.median(startup) / bare:.1f}x")
    f = bench_filter()
    print(f"library filter, 10,000 exercises: median {f['median']:.1f} ms a keystroke, "
          f"worst {f['max']:.1f} ms, first letter {f['first']:.1f} ms; "
          f"region filter {f['facet']:.1f} ms")
    p = bench_preview()
    print(f"preview after an edit: {p['edit_to_shown']:.0f} ms to shown "
          f"({p['render_only']:.0f} ms after the {p['debounce']:.0f} ms debounce); "
          "the edit itself "
          f"{p['edit_on_gui_thread']:.1f} ms on the GUI thread; {p['pages']:.0f} pages")


if __name__ == "__main__":
    main()
