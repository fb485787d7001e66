"""The app saves a plan with its custom exercises and opens one on a computer that lacks them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rehab_planner.gui.document import PlanDocument
from rehab_planner.library import load_library
from rehab_planner.library.custom import save_custom_exercise
from rehab_planner.model import Prescription
from rehab_planner.storage.planfile import load_plan
from tests.library.test_embedded_exercises import (
    CUSTOM_ID,
    exercise,
    other_computer,
    write_photo,
)


def test_save_embeds_and_open_elsewhere_adds_the_exercise(qtbot: QtBot, tmp_path: Path) -> None:
    from rehab_planner.cli import main

    save_custom_exercise(exercise())
    write_photo()
    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    plan = load_plan(made)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=CUSTOM_ID))
    document = PlanDocument(plan, load_library())
    target = tmp_path / "ann.json"
    document.save(target)
    assert [e.exercise.id for e in load_plan(target).custom_exercises] == [CUSTOM_ID]

    other_computer(tmp_path, "other")
    elsewhere = PlanDocument(None, load_library())
    assert CUSTOM_ID not in elsewhere.library
    with qtbot.waitSignal(elsewhere.library_changed, timeout=1000):
        elsewhere.open(target)
    assert elsewhere.library.get(CUSTOM_ID).name == "Kneecap towel squash"
    saved = elsewhere.saved_form()
    assert saved is not None and [e.exercise.id for e in saved.custom_exercises] == [CUSTOM_ID]


def test_carried_photos_are_written_off_the_gui_thread(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from rehab_planner.gui import document as document_module
    from rehab_planner.library.embedded import embed_custom_exercises, library_for_plan

    save_custom_exercise(exercise())
    write_photo()
    from rehab_planner.cli import main

    made = tmp_path / "made.json"
    assert main(["new", "--template", "total-knee-replacement", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "-o", str(made)]) == 0
    plan = load_plan(made)
    plan.phases[0].prescriptions.append(Prescription(exercise_id=CUSTOM_ID))
    carried = embed_custom_exercises(plan, load_library()).plan
    other_computer(tmp_path, "elsewhere")
    threads: list[threading.Thread] = []

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return library_for_plan(*args, **kwargs)

    monkeypatch.setattr(document_module, "library_for_plan", watched)
    elsewhere = PlanDocument(None, load_library())
    with qtbot.waitSignal(elsewhere.library_changed, timeout=5000):
        elsewhere.set_plan(carried)
        assert CUSTOM_ID not in elsewhere.library  # not yet: the photo is being written
    assert threads and threads[0] is not threading.main_thread()
    photo = elsewhere.library.get(CUSTOM_ID).photo
    assert photo and Path(photo).is_file()


def test_the_findings_say_when_a_carried_exercise_differs_from_this_computers(
        qtbot: QtBot, tmp_path: Path) -> None:
    from rehab_planner.gui.services import Services
    from rehab_planner.safety.catalogue import load_catalogue
    from tests.library.test_embedded_exercises import plan_using_custom

    carried = load_plan(plan_using_custom(tmp_path))
    other_computer(tmp_path, "elsewhere")  # this computer's copy has another name
    save_custom_exercise(exercise("Towel squash under the knee"))
    write_photo()
    document = PlanDocument(None, load_library())
    with qtbot.waitSignal(document.library_changed, timeout=5000):
        document.set_plan(carried)
    assert document.differing == [CUSTOM_ID]
    services = Services(library=document.library, catalogue=load_catalogue())
    found = services.check(carried, document.library, document.differing)
    copies = [f for f in found if f.code == "embedded-copy-differs"]
    assert [f.exercise_id for f in copies] == [CUSTOM_ID]
    assert "Kneecap towel squash" in copies[0].message  # the plan's copy is the one used
    # once the plan no longer prescribes it, nothing is said
    carried.phases[0].prescriptions.pop()
    assert not [f for f in services.check(carried, document.library, document.differing)
                if f.code == "embedded-copy-differs"]
    # another plan opened: the list starts afresh
    document.set_plan(load_plan(tmp_path / "made.json"))
    assert document.differing == []


def test_a_document_with_undo_steps_is_freed_without_the_cycle_collector(
        qtbot: QtBot, tmp_path: Path) -> None:
    import gc
    import weakref

    from rehab_planner.gui import commands
    from rehab_planner.gui.document import Change, ChangeKind
    from tests.library.test_embedded_exercises import plan_using_custom

    plan = load_plan(plan_using_custom(tmp_path))
    document = PlanDocument(plan, load_library())
    for text in ("one", "two"):
        document.push(commands.EditCommand(
            document, text, lambda p, t=text: (p.model_copy(update={"main_message": t}),
                                               Change(ChangeKind.PLAN))))
    assert document.plan is not None and document.plan.main_message == "two"
    document.undo_stack.undo()
    assert document.plan.main_message == "one"  # the commands still reach their document
    watched = weakref.ref(document)
    was_on = gc.isenabled()
    gc.disable()
    try:
        del document
        # no cycle through the undo stack: dropping the last reference frees it at once, on
        # this thread (a cycle would wait for the collector, which once crashed tearing it down)
        assert watched() is None
    finally:
        if was_on:
            gc.enable()
