"""HandoutPreview: the real PDF handout, re-rendered in the background a moment after each edit."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from .. import tasks

DEBOUNCE_MS = 50  # edits in a row render once (and renders in a row coalesce: _pending); the page
# updates about 0.3 s after the last edit (bench/gui_bench.py)
THIS_WEEK, WHOLE_PROGRAM = 0, -1  # the stage choice's data besides stage numbers (1, 2, ...)
Renderer = Callable[[bool, str], tuple[Callable[..., bytes], tuple]]


class HandoutPreview(QWidget):
    """Shows the handout; asks for a render through `make_job` and never blocks the window.

    `make_job(large_print, page_size)` returns (function, args): a core function over plain data
    that gives the PDF bytes. Only the newest request's result is shown.

    Signals:
        page_shown(): after an edit, the pages up to the one in view are shown (the whole
            handout follows; until then 'Page X of Y' counts the last whole render's pages).
        rendered(): a new PDF is shown.
        render_failed(str): the last render failed (the message is also shown in the panel).
        options_changed(): large print or page size toggled (the stage choice is not saved).
    """

    page_shown = Signal()
    rendered = Signal()
    render_failed = Signal(str)
    options_changed = Signal()

    def __init__(self, make_job: Callable[[bool, str], tuple[Callable[..., bytes], tuple] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self._generation = 0
        self._busy = False
        self._pending = False
        self._buffer: QBuffer | None = None
        self.pdf_bytes = b""
        self.whole_pages = 0  # pages of the last whole render shown (0: none yet)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Handout preview"))
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setToolTip(self.tr("Bigger letters for patients who read with difficulty"))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("Letter"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.page_size.setToolTip(self.tr("Page size"))
        self.stage = QComboBox()
        self.stage.addItem(self.tr("This week's stage"), THIS_WEEK)
        self.stage.addItem(self.tr("Whole program"), WHOLE_PROGRAM)
        self.stage.setAccessibleName(self.tr("Stages in the handout"))
        self.stage.setToolTip(self.tr("Print the stage the patient is in today, the whole "
                                      "program, or one stage"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        bar = QHBoxLayout()
        bar.addWidget(self.large_print)
        bar.addWidget(self.page_size)
        bar.addWidget(self.stage)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.render_now)
        self.large_print.toggled.connect(self._on_option_changed)
        self.page_size.currentIndexChanged.connect(self._on_option_changed)
        self.stage.currentIndexChanged.connect(lambda _index: self.render_now())

    def options(self) -> tuple[bool, str]:
        """(large print, page size) as chosen."""
        return self.large_print.isChecked(), str(self.page_size.currentData())

    def scope(self) -> tuple[int | None, bool]:
        """(stage number or None for this week's stage, whole program) as chosen."""
        data = self.stage.currentData()
        if data == WHOLE_PROGRAM:
            return None, True
        return (int(data) if isinstance(data, int) and data > 0 else None), False

    def set_stages(self, names: list[str]) -> None:
        """Offer the plan's stages by name (the choice stays when that stage is still there)."""
        wanted = [self.tr("Stage %1: %2").replace("%1", str(n)).replace("%2", name)
                  for n, name in enumerate(names, start=1)]
        shown = [self.stage.itemText(i) for i in range(2, self.stage.count())]
        if shown == wanted:
            return
        current = self.stage.currentData()
        self.stage.blockSignals(True)
        while self.stage.count() > 2:
            self.stage.removeItem(2)
        for n, text in enumerate(wanted, start=1):
            self.stage.addItem(text, n)
        self.stage.setCurrentIndex(max(0, self.stage.findData(current)))
        self.stage.blockSignals(False)

    def set_options(self, large_print: bool, page_size: str) -> None:
        """Set the toggles without starting a render."""
        for widget in (self.large_print, self.page_size):
            widget.blockSignals(True)
        self.large_print.setChecked(large_print)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))
        for widget in (self.large_print, self.page_size):
            widget.blockSignals(False)

    def schedule(self) -> None:
        """Render a moment from now (edits in quick succession render once)."""
        self._timer.start()

    def is_idle(self) -> bool:
        """True when no render is waiting or running."""
        return not (self._busy or self._pending or self._timer.isActive())

    def render_now(self) -> None:
        """Start a render now (or right after the one running)."""
        self._timer.stop()
        if self._busy:
            self._pending = True
            return
        job = self._make_job(*self.options())
        if job is None:
            self._show_pdf(b"")
            self.status.setText(self.tr("Open or create a plan to see its handout."))
            return
        fn, args = job
        self._busy = True
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Updating the handout…"))
        last = self._last_page_in_view()
        if last is not None:  # the pages up to the one in view first, then the whole handout
            tasks.run(fn, *args, (last, self.whole_pages),
                      on_done=lambda pdf: self._on_first_pages(generation, fn, args, pdf),
                      on_error=lambda exc: self._on_error(generation, exc))
            return
        self._run_whole(generation, fn, args)

    def _run_whole(self, generation: int, fn: Callable[..., bytes], args: tuple) -> None:
        tasks.run(fn, *args, on_done=lambda pdf: self._on_done(generation, pdf),
                  on_error=lambda exc: self._on_error(generation, exc))

    def _last_page_in_view(self) -> int | None:
        """The last page (1-based) a partial render needs to refresh what the therapist sees:
        the page in view and the next (often partly in view). None: render the whole at once."""
        if not self.whole_pages or not self.pdf_bytes:
            return None
        last = self.view.pageNavigator().currentPage() + 2
        return last if last < self.whole_pages else None

    def _on_first_pages(self, generation: int, fn: Callable[..., bytes], args: tuple,
                        pdf: bytes) -> None:
        if self._closed():
            return
        if self._pending or generation != self._generation:  # a newer edit: start over
            self._finish()
            return
        self._show_pdf(pdf)
        self.page_shown.emit()
        self._run_whole(generation, fn, args)

    def _finish(self) -> bool:
        """End a render; start the next one if edits came in meanwhile. True when it is stale."""
        self._busy = False
        if self._pending:
            self._pending = False
            self.render_now()
            return True
        return False

    def _closed(self) -> bool:
        """True when the window closed while a render ran (its result has nowhere to go)."""
        return not (isValid(self) and isValid(self.view))

    def _on_done(self, generation: int, pdf: bytes) -> None:
        if self._closed() or self._finish() or generation != self._generation:
            return
        self._show_pdf(pdf)
        pages = self.document.pageCount()
        self.whole_pages = pages
        self.status.setText((self.tr("1 page") if pages == 1 else self.tr("%1 pages")).replace(
            "%1", str(pages)))
        self.rendered.emit()

    def _on_error(self, generation: int, exc: Exception) -> None:
        if self._closed() or self._finish() or generation != self._generation:
            return
        self.whole_pages = 0  # the next render is whole (its page count is unknown)
        message = str(exc) or type(exc).__name__
        shown = html.escape(message).replace("\n", "<br>")  # plan text is never markup
        self.status.setText(f"<span style='color:#b00020'>{shown}</span>")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.render_failed.emit(message)

    def _show_pdf(self, pdf: bytes) -> None:
        page = self.view.pageNavigator().currentPage() if self.pdf_bytes else 0
        self.pdf_bytes = pdf
        self.document.close()
        old = self._buffer
        if pdf:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(buffer)
            self._buffer = buffer
            if 0 < page < self.document.pageCount():
                self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        else:
            self._buffer = None
        if old is not None:
            old.deleteLater()

    def _on_option_changed(self, *_args: object) -> None:
        self.options_changed.emit()
        self.render_now()
