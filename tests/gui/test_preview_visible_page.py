"""After an edit the preview refreshes the pages up to the one in view first, then the whole handout."""

from __future__ import annotations

import importlib.util
import io

import pytest
from pypdf import PdfReader

from rehab_planner.gui.widgets import handout_preview

pytestmark = pytest.mark.skipif(importlib.util.find_spec("rehab_planner.handout.render") is None,
                                reason="the handout renderer has not landed yet")


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_preview_shows_the_page_in_view_first_then_the_whole_handout(qtbot, window, monkeypatch
                                                                      ) -> None:
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        window.files.create_plan("lumbar-fusion", "Bo Chan", "",
                                 window.editor.header.surgery.date().toPython())
    qtbot.waitUntil(preview.is_idle, timeout=20000)
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.stage.setCurrentIndex(1)  # the whole program: enough pages to stop early
    qtbot.waitUntil(preview.is_idle, timeout=20000)
    whole = preview.whole_pages
    assert whole >= 3, whole
    jobs: list[tuple] = []  # the worker, driven by hand

    def record(fn, *args, on_done, on_error=None, **kwargs):  # type: ignore[no-untyped-def]
        jobs.append((fn, args, on_done))

    monkeypatch.setattr(handout_preview.tasks, "run", record)
    location = preview.view.pageNavigator().currentLocation()
    plan = window.document.plan
    edited = plan.model_copy(update={"patient": plan.patient.model_copy(update={"name": "Ida Moss"})})
    window.document.set_plan(edited)  # an edit: renders now or after the debounce
    if not jobs:
        preview.render_now()
    assert len(jobs) == 1
    fn, args, on_done = jobs.pop()
    assert args[-1] == (2, whole)  # the page in view (1) and the next, numbered 'of <whole>'
    shown: list[bool] = []
    preview.page_shown.connect(lambda: shown.append(True))
    on_done(fn(*args))
    assert shown and not preview.is_idle()  # the whole handout is still to come
    first = page_texts(preview.pdf_bytes)
    assert len(first) == 2 and "Ida Moss" in first[0]
    assert f"of {whole}" in first[0]  # provisional count: the last whole render's
    assert preview.view.pageNavigator().currentPage() == 0
    assert len(jobs) == 1  # the whole handout, in the background
    fn, args, on_done = jobs.pop()
    full = fn(*args)
    on_done(full)
    assert preview.is_idle() and preview.pdf_bytes == full
    assert preview.view.pageNavigator().currentPage() == 0
    assert preview.view.pageNavigator().currentLocation() == location
    # The preview is exactly the printed handout once the whole render lands.
    from rehab_planner.gui.services import render_pdf

    assert page_texts(full) == page_texts(render_pdf(*args))
    assert page_texts(full)[:2] == first


def test_a_newer_edit_drops_the_first_pages_and_starts_over(qtbot, window, monkeypatch) -> None:
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        window.files.create_plan("lumbar-fusion", "Bo Chan", "",
                                 window.editor.header.surgery.date().toPython())
    qtbot.waitUntil(preview.is_idle, timeout=20000)
    with qtbot.waitSignal(preview.rendered, timeout=20000):
        preview.stage.setCurrentIndex(1)
    qtbot.waitUntil(preview.is_idle, timeout=20000)
    before = preview.pdf_bytes
    jobs: list[tuple] = []
    monkeypatch.setattr(handout_preview.tasks, "run",
                        lambda fn, *args, on_done, on_error=None: jobs.append((fn, args, on_done)))
    preview.render_now()
    preview.render_now()  # a second edit while the first pages render
    fn, args, on_done = jobs.pop()
    on_done(fn(*args))
    assert preview.pdf_bytes == before  # the stale first pages are not shown
    assert len(jobs) == 1 and jobs[0][1][-1] == (2, preview.whole_pages)  # started over
