"""GUI test fixtures: a small library, a template, services, and a main window that never blocks."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehab_planner.library import Library
from rehab_planner.model import Dosage, Exercise, Phase, PlanSettings, Prescription, Template
from rehab_planner.model.precaution import PrecautionSetting
from rehab_planner.storage.preferences import Preferences

EXERCISES = [
    ("heel-slide", "Heel slide", "knee", "range_of_motion", "lying_on_back", ["knee_deep_flexion"]),
    ("ankle-pump", "Ankle pump", "ankle", "range_of_motion", "lying_on_back", []),
    ("bridge", "Bridge", "hip", "strengthening", "hook_lying", ["hip_extension_past_neutral"]),
    ("walking", "Walking", "aerobic", "aerobic", "walking", ["weight_bearing"]),
    ("knee-to-chest", "Knee to chest", "spine_core", "range_of_motion", "hook_lying",
     ["lumbar_flexion"]),
    ("sit-to-stand", "Sit to stand", "knee", "functional", "sitting", ["weight_bearing"]),
    ("abdominal-bracing", "Abdominal bracing", "spine_core", "strengthening", "hook_lying", []),
]


def make_exercise(eid: str, name: str, region: str, kind: str, position: str,
                  movements: list[str]) -> Exercise:
    return Exercise.model_validate({
        "id": eid, "name": name, "region": region, "category": kind, "position": position,
        "steps": [f"Get ready for the {name.lower()}.", "Move slowly and breathe."],
        "safety_notes": ["Stop if you feel sharp pain."],
        "dosage": {"reps": 10, "times_a_day": 2},
        "movements": movements, "equipment": ["mat"] if position != "walking" else [],
    })


@pytest.fixture
def small_library() -> Library:
    """Seven exercises across kinds and regions."""
    return Library({e[0]: make_exercise(*e) for e in EXERCISES})


@pytest.fixture
def lumbar_template() -> Template:
    """A two-phase lumbar fusion template with spinal precautions."""
    return Template(
        id="lumbar-fusion", name="Lumbar fusion", procedure="Lumbar fusion",
        description="Test protocol.",
        phases=[
            Phase(name="Protect", weeks_from=0, weeks_to=6, prescriptions=[
                Prescription(exercise_id="ankle-pump"),
                Prescription(exercise_id="walking", dosage=Dosage(minutes=10, times_a_day=3)),
            ]),
            Phase(name="Strengthen", weeks_from=6, weeks_to=12),
        ],
        precautions=[PrecautionSetting(id="spinal-blt", weeks_from=0, weeks_to=12)],
        settings=PlanSettings(sitting_limit_minutes=30),
    )


@pytest.fixture
def services(small_library: Library, lumbar_template: Template):  # type: ignore[no-untyped-def]
    """Services over the small library; the real catalogue when it loads."""
    from rehab_planner.gui.services import Services

    catalogue = {}
    try:
        from rehab_planner.safety.catalogue import load_catalogue

        catalogue = load_catalogue()
    except Exception:  # the catalogue is another helper's work; the GUI runs without it
        catalogue = {}
    from rehab_planner.guidance import load_guidance

    topics = {t.id: t.title for t in load_guidance().topics.values()}
    return Services(library=small_library, catalogue=catalogue,
                    templates={lumbar_template.id: lumbar_template},
                    preferences=Preferences(therapist="Kim Lee"), guidance_topics=topics)


@pytest.fixture
def answers() -> Iterator[dict]:
    """Scripted answers for message boxes; errors are recorded instead of shown."""
    from rehab_planner.gui.dialogs import messages

    errors: list[tuple[str, str]] = []
    messages.ANSWERS.clear()
    messages.ANSWERS["show_error"] = lambda title, text: errors.append((title, text))
    messages.ANSWERS["errors"] = lambda: errors
    # No test may block on a question it did not expect: a stray one fails loudly instead.
    def unexpected(*args: object) -> object:
        raise AssertionError(f"unexpected question: {args}")
    messages.ANSWERS["confirm_discard"] = unexpected
    yield messages.ANSWERS
    messages.ANSWERS.clear()


@pytest.fixture
def window(qtbot, services, answers):  # type: ignore[no-untyped-def]
    """The main window with the small library, shown offscreen."""
    from PySide6.QtCore import Qt

    from rehab_planner.gui import tasks
    from rehab_planner.gui.main_window import MainWindow

    win = MainWindow(services)
    win.setWindowState(Qt.WindowState.WindowNoState)  # a first run maximises on a small screen
    win.resize(1280, 800)  # the smallest size the window is designed for
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture ends, and an
    # unsaved plan would ask its question. Mark it saved, then close.
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()
    tasks.wait_all()


SURGERY = dt.date(2026, 11, 2)


def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "ann.json"


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """A test's Qt objects in cycles are collected here, on the GUI thread, right after it: not at
    random later, in whichever worker thread crosses the collector's threshold. (An undo command
    holding its document strongly made such a cycle, and collecting it crashed.)"""
    yield
    from rehab_planner.gui import tasks

    tasks.wait_all()
    gc.collect()


@pytest.fixture(autouse=True)
def _release_clipboard() -> Iterator[None]:
    """Tests copy exercises; Qt must not delete that clipboard data after Python has shut down."""
    yield
    from rehab_planner.gui.clipboard import release_clipboard

    release_clipboard()
