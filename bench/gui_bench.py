"""Benchmarks of the desktop app: start-up, library filter per keystroke, preview refresh.

Run: .venv/bin/python bench/gui_bench.py [--scale]   (offscreen by default; prints figures, never fails)
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _scratch(prefix: str) -> str:
    """A temporary folder, removed when the bench ends."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


# The parse cache (storage.parse_cache) in a folder of the bench's own, filled by the first run.
os.environ["XDG_CACHE_HOME"] = _scratch("rp-bench-cache-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Both children print PAINTED at the window's first paint; the app's prints READY when the library
# is usable (its panel lists and searches it: library_shown; with many custom exercises, the shipped
# ones first), LIBRARY when the panel lists the whole library (library_loaded), COMPLETE when every
# panel is built and the plan (if any) is open (ready), SEARCHABLE when the library's search texts
# are made (on a worker, after every panel is built), and then, half a second after the later of
# COMPLETE and SEARCHABLE, STALL: the
# longest time the GUI thread went without running a 10 ms timer after the first paint (what a
# click would have waited).
# The timer takes the GIL from the loading thread a hundred times a second, which slows the loading
# down (more so on a busy machine), so runs that measure the stall are not the ones timed.
MONITOR = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
class _Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("PAINTED", time.process_time(), flush=True)
            _ticks.append(time.perf_counter())
            if os.environ.get("RP_BENCH_STALLS"):
                _timer.start()
            _on_painted()
        return False
_ticks = []
_cpu = []  # the GUI thread's own CPU time at each tick: a gap it spent waiting shows none
_timer = QTimer()
_timer.setTimerType(Qt.TimerType.PreciseTimer)
_timer.setInterval(10)
def _tick():
    _ticks.append(time.perf_counter())
    _cpu.append(time.thread_time())
_timer.timeout.connect(_tick)
_seen = {}  # moment -> perf_counter
_samples = []  # RP_BENCH_TRACE: (perf_counter, what the other threads run), every 2 ms
def _sample():  # no traceback module: it reads source lines (linecache), which takes the GIL long
    import sys, threading
    main = threading.main_thread().ident
    while True:
        time.sleep(0.002)
        frames = sys._current_frames()
        busy = []
        for ident, frame in frames.items():
            if ident == threading.get_ident():
                continue
            top, outer = frame.f_code, None
            while frame is not None and outer is None:
                if "importlib" not in frame.f_code.co_filename:
                    outer = frame.f_code
                frame = frame.f_back
            outer = outer or top
            where = "/".join(outer.co_filename.split("/")[-2:])
            busy.append(f"{'GUI ' if ident == main else ''}{where}:{outer.co_name}<{top.co_name}")
        _samples.append((time.perf_counter(), ",".join(busy)))
if os.environ.get("RP_BENCH_TRACE"):
    import threading
    threading.Thread(target=_sample, daemon=True).start()
def _report_stall():
    gaps = [(b - a, n) for n, (a, b) in enumerate(zip(_ticks, _ticks[1:]))]
    gap, n = max(gaps, default=(0.0, 0))
    cpu = (_cpu[n + 1] - _cpu[n]) * 1000 if gaps else 0.0
    start = _ticks[n] - _ticks[0] if gaps else 0.0
    moments = " ".join(f"{k}={(v - _ticks[0]) * 1000:.0f}" for k, v in _seen.items())
    print(f"STALL {gap * 1000 - 10:.1f} gui_cpu={cpu:.1f} at={start * 1000:.0f} {moments}", flush=True)
    if _samples and gaps:
        inside = [w for t, w in _samples if _ticks[n] <= t <= _ticks[n + 1]]
        print("TRACE", " | ".join(inside), flush=True)
_painted = _Paint()
_on_painted = lambda: None
"""

STARTUP_CHILD = MONITOR + """
from rehab_planner.gui.app import create_application
app = create_application([])
from rehab_planner.gui.main_window import MainWindow
w = MainWindow()
w.installEventFilter(_painted)
w.show()
def shown():
    _seen["READY"] = time.perf_counter()
    print("READY", time.process_time(), w.library.model.total(), flush=True)
    if hasattr(w.library, "texts_made"):  # made after every panel is built (since 4 Dec 2026)
        w.library.texts_made.connect(made)
def loaded():
    _seen["LIBRARY"] = time.perf_counter()
    print("LIBRARY", time.process_time(), w.library.model.total(), flush=True)
def made():
    _seen["SEARCHABLE"] = time.perf_counter()
    print("SEARCHABLE", time.process_time(), flush=True)
    if w.is_ready():
        QTimer.singleShot(500, lambda: (_report_stall(), app.quit()))
def done():
    _seen["COMPLETE"] = time.perf_counter()
    print("COMPLETE", time.process_time(), len(w.document.library), flush=True)
    if not hasattr(w.library, "texts_made") or w.library.model.texts_ready():
        QTimer.singleShot(500, lambda: (_report_stall(), app.quit()))
w.library_shown.connect(shown)
w.library_loaded.connect(loaded)
w.ready.connect(done)
app.exec()
"""


BARE_CHILD = MONITOR + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.installEventFilter(_painted)
_on_painted = lambda: QTimer.singleShot(0, app.quit)
w.show()
app.exec()
"""


def bench_startup(runs: int = 5, child: str = STARTUP_CHILD,
                  data: Path | None = None) -> dict[str, list[float]]:
    """Seconds from launching a fresh Python to the first paint and to the library usable (READY),
    wall clock and the process's CPU time (steadier on a shared machine), and (in as many further
    runs) the longest GUI-thread stall after the first paint (ms).

    The children run with their bytecode cached (in a temporary folder, written by a first run that
    is not counted), as an installed app does: pip compiles the package when it installs it.
    """
    moments = ("PAINTED", "READY", "LIBRARY", "COMPLETE", "SEARCHABLE")
    found: dict[str, list[float]] = {"STALL": [], "READY count": [], "LIBRARY count": []}
    for moment in moments:
        found[moment], found[f"{moment} cpu"] = [], []
    env = dict(os.environ, REHAB_PLANNER_DATA=str(data or _scratch("rp-bench-")),
               PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(2 * runs + 1):
        env["RP_BENCH_STALLS"] = "1" if run > runs else ""
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            word, *rest = line.split()
            if run > runs and word == "STALL":
                found[word].append(float(rest[0]))
                if os.environ.get("RP_BENCH_TRACE"):
                    print("  ", line.strip())
            elif word == "TRACE":
                print("  ", line.strip()[:3000])
            elif 0 < run <= runs and word in moments:
                found[word].append(time.perf_counter() - start)
                found[f"{word} cpu"].append(float(rest[0]))
                if word in ("READY", "LIBRARY"):
                    found[f"{word} count"].append(float(rest[1]))
        proc.wait()
    return found


PYCACHE = Path(_scratch("rp-bench-pyc-"))


def bench_filter(n: int = 10_000) -> dict[str, float]:
    """Milliseconds per keystroke for the library list over n exercises (model + view)."""
    from PySide6.QtWidgets import QApplication
    from scale import generated_library

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


def _addable(window, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Library exercises that add no conflict to the open plan (a conflict stops the handout, and
    the preview would show that message in a few milliseconds instead of a new handout)."""
    from rehab_planner.plans.edits import add_prescription

    plan, chosen = window.document.plan, []
    phase_id = window.editor.current_phase_id() or plan.phases[0].id
    for exercise in window.document.library:
        candidate, _ = add_prescription(plan, phase_id, exercise.id)
        if not window.services.needs_confirmation(window.services.check(candidate)):
            plan = candidate
            chosen.append(exercise.id)
            if len(chosen) == count:
                break
    return chosen


def profile_edit(plan=None, edits: int = 4, top: int = 14) -> str:  # type: ignore[no-untyped-def]
    """cProfile of the edit on the GUI thread (adding an exercise, as bench_preview times it), in
    the lumbar plan or `plan`, each edit's work (the findings check, the preview) done before the
    next: the `top` items by cumulative time, as text."""
    import cProfile
    import io
    import pstats

    from rehab_planner.gui import tasks
    from rehab_planner.gui.app import create_application
    from rehab_planner.gui.main_window import MainWindow
    from rehab_planner.gui.services import load_services

    app = create_application([])
    window = MainWindow(load_services())
    window.show()
    window.files.create_plan("lumbar-fusion", "Bench Patient", "Lumbar fusion", dt.date(2026, 11, 2))
    if plan is not None:
        window.document.set_plan(plan)
    profile = cProfile.Profile()
    for exercise_id in _addable(window, edits):
        profile.enable()
        window.editor.add_exercise(exercise_id)
        profile.disable()
        while not window.preview.is_idle() or window.findings.model.is_checking():
            app.processEvents()
            tasks.wait_all(50)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(top)
    window.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next((n for n, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(["  " + line for line in lines[start:]])


def bench_preview(plan=None, view_page: int = 0) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Milliseconds from an edit to the page in view refreshed and to the whole new handout shown
    (debounce included and excluded), in a plan from the lumbar fusion template, or in `plan`;
    the view on page `view_page` (0-based; -1: the middle page)."""
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
    if plan is not None:
        window.document.set_plan(plan)

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
    pages = window.preview.document.pageCount()
    page = pages // 2 if view_page < 0 else min(view_page, pages - 1)
    navigator = window.preview.view.pageNavigator()
    visible: list[tuple[float, float]] = []

    def on_page_shown() -> None:
        visible.append((time.perf_counter(), time.process_time()))

    window.preview.page_shown.connect(on_page_shown)
    samples = []
    failed: list[str] = []
    window.preview.render_failed.connect(failed.append)
    for exercise_id in _addable(window, 6):
        navigator.jump(page, navigator.currentLocation())
        app.processEvents()
        visible.clear()
        start, cpu, process_cpu = time.perf_counter(), time.thread_time(), time.process_time()
        window.editor.add_exercise(exercise_id)
        edit_ms, edit_cpu = (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000
        wait_render()
        end, end_cpu = time.perf_counter(), time.process_time()
        seen, seen_cpu = visible[0] if visible else (end, end_cpu)  # small handout: whole at once
        samples.append(((end - start) * 1000, edit_ms, edit_cpu, (seen - start) * 1000,
                        (seen_cpu - process_cpu) * 1000, (end_cpu - process_cpu) * 1000))
    assert not failed, f"a render failed, the figures would be wrong: {failed[0]}"
    window.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    total = statistics.median(s[0] for s in samples)
    return {"edit_to_shown": total, "render_only": total - handout_preview.DEBOUNCE_MS,
            "debounce": handout_preview.DEBOUNCE_MS,
            "edit_on_gui_thread": statistics.median(s[1] for s in samples),
            "edit_cpu": statistics.median(s[2] for s in samples),
            "visible": statistics.median(s[3] for s in samples),
            "visible_cpu": statistics.median(s[4] for s in samples),
            "whole_cpu": statistics.median(s[5] for s in samples), "page": float(page + 1),
            "pages": float(window.preview.document.pageCount())}


def main() -> None:
    """Print every figure (with --scale, also with a 10,000-exercise library and a 100-exercise plan)."""
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"QPA {os.environ['QT_QPA_PLATFORM']}")
    bare = bench_startup(child=BARE_CHILD)
    print_startup("start-up", bench_startup(), bare)
    spanish = Path(_scratch("rp-bench-es-"))  # the interface language chosen in Settings
    (spanish / "ui-state.ini").write_text("[interface]\nlanguage=es\n", encoding="utf-8")
    print_startup("start-up, Spanish interface", bench_startup(data=spanish), bare)
    f = bench_filter()
    print(f"library filter, 10,000 exercises: median {f['median']:.1f} ms a keystroke, "
          f"worst {f['max']:.1f} ms, first letter {f['first']:.1f} ms; "
          f"region filter {f['facet']:.1f} ms")
    print_preview("preview after an edit", bench_preview())
    print_preview("preview after an edit, view on the middle page", bench_preview(view_page=-1))
    print("the edit on the GUI thread, lumbar plan, profiled (4 edits; cumulative seconds, "
          "profiler overhead included):")
    print(profile_edit())
    if "--scale" in sys.argv:
        from scale import LIBRARY_SIZE, PLAN_SIZE, large_plan, profile_render, write_large_library

        print(profile_render(large_plan()))

        data = Path(_scratch("rp-bench-large-"))
        write_large_library(data)
        print_startup(f"start-up, {LIBRARY_SIZE:,} custom exercises besides the shipped ones",
                      bench_startup(3, data=data), bare)
        print_preview(f"preview after an edit, {PLAN_SIZE}-exercise plan", bench_preview(large_plan()))
        print_preview(f"preview after an edit, {PLAN_SIZE}-exercise plan, view on the middle page",
                      bench_preview(large_plan(), view_page=-1))
        print(f"the edit on the GUI thread, {PLAN_SIZE}-exercise plan, profiled:")
        print(profile_edit(large_plan()))


def print_startup(title: str, startup: dict[str, list[float]], bare: dict[str, list[float]]) -> None:
    painted, ready = statistics.median(startup["PAINTED"]), statistics.median(startup["READY"])
    bare_wall = statistics.median(bare["PAINTED"])
    cpu_painted = statistics.median(startup["PAINTED cpu"])
    cpu_ready, bare_cpu = statistics.median(startup["READY cpu"]), statistics.median(bare["PAINTED cpu"])
    print(f"{title}, first paint: median {painted:.2f} s; library usable: median {ready:.2f} s, "
          f"best {min(startup['READY']):.2f} s, worst {max(startup['READY']):.2f} s "
          f"({len(startup['READY'])} runs); a bare QMainWindow painted in {bare_wall:.2f} s in the same "
          f"run: first paint {painted / bare_wall:.1f}x, library usable {ready / bare_wall:.1f}x; "
          f"CPU time {cpu_painted:.2f} s to the first paint, {cpu_ready:.2f} s to the library usable, "
          f"bare {bare_cpu:.2f} s: {cpu_painted / bare_cpu:.1f}x and {cpu_ready / bare_cpu:.1f}x; "
          f"longest GUI-thread stall after the first paint: median "
          f"{statistics.median(startup['STALL']):.0f} ms, worst {max(startup['STALL']):.0f} ms")
    if startup["LIBRARY"] and startup["LIBRARY count"] != startup["READY count"]:
        whole, whole_cpu = statistics.median(startup["LIBRARY"]), statistics.median(startup["LIBRARY cpu"])
        print(f"  the library usable with its {statistics.median(startup['READY count']):,.0f} shipped "
              f"exercises first; all {statistics.median(startup['LIBRARY count']):,.0f} listed: median "
              f"{whole:.2f} s ({whole / bare_wall:.1f}x), CPU {whole_cpu:.2f} s")
    if startup["COMPLETE"]:
        complete = statistics.median(startup["COMPLETE"])
        print(f"  every panel built (plan editor, preview, findings, patients): median {complete:.2f} s "
              f"({complete / bare_wall:.1f}x), CPU {statistics.median(startup['COMPLETE cpu']):.2f} s")
    if startup["SEARCHABLE"]:
        searchable = statistics.median(startup["SEARCHABLE"])
        print(f"  the search texts made (words then search the steps too): median {searchable:.2f} s "
              f"({searchable / bare_wall:.1f}x), CPU {statistics.median(startup['SEARCHABLE cpu']):.2f} s")


def print_preview(title: str, p: dict[str, float]) -> None:
    print(f"{title}: page {p['page']:.0f} in view refreshed after {p['visible']:.0f} ms "
          f"(process CPU {p['visible_cpu']:.0f} ms); whole handout {p['edit_to_shown']:.0f} ms to shown "
          f"(process CPU {p['whole_cpu']:.0f} ms) "
          f"({p['render_only']:.0f} ms after the {p['debounce']:.0f} ms debounce); "
          "the edit itself "
          f"{p['edit_on_gui_thread']:.1f} ms on the GUI thread ({p['edit_cpu']:.1f} ms of its CPU "
          f"time); {p['pages']:.0f} pages")

if __name__ == "__main__":
    main()
