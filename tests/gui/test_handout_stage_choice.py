"""The handout preview prints this week's stage by default; the whole program or one stage on request."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from rehab_planner.gui.widgets.handout_preview import WHOLE_PROGRAM
from tests.handout.pdfread import flat


def _text(pdf: bytes) -> str:
    import io

    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))


def test_preview_offers_this_week_the_whole_program_and_each_stage(qtbot, window, tmp_path
                                                                  ) -> None:
    preview = window.preview
    surgery = dt.date.today() - dt.timedelta(days=10)  # week 2: the first stage
    with qtbot.waitSignal(preview.rendered, timeout=30000):
        window.files.create_plan("lumbar-fusion", "Bo Chan", "", surgery)
    stages = [preview.stage.itemText(i) for i in range(preview.stage.count())]
    assert stages == ["This week's stage", "Whole program", "Stage 1: Protect",
                      "Stage 2: Strengthen"]
    assert preview.scope() == (None, False)
    text = _text(preview.pdf_bytes)
    assert "Week 2 of 12: Protect" in text and "Strengthen Weeks" not in text

    with qtbot.waitSignal(preview.rendered, timeout=30000):
        preview.stage.setCurrentIndex(preview.stage.findData(WHOLE_PROGRAM))
    assert preview.scope() == (None, True)
    text = _text(preview.pdf_bytes)
    assert "Protect Weeks 0 to 6" in text and "Strengthen Weeks 6 to 12" in text
    assert "You are here now: week 2." in text

    with qtbot.waitSignal(preview.rendered, timeout=30000):
        preview.stage.setCurrentIndex(3)
    assert preview.scope() == (2, False)
    assert "Week 2 of 12: Strengthen" in _text(preview.pdf_bytes)

    # export prints what the preview shows
    window.answers_confirm = True
    pdf = tmp_path / "handout.pdf"
    assert window.files.export_pdf(False, "letter", pdf)
    assert "Week 2 of 12: Strengthen" in _text(pdf.read_bytes())
    # the choice survives an edit that keeps the stages
    with qtbot.waitSignal(preview.rendered, timeout=30000):
        window.editor.add_exercise("bridge")
    assert preview.scope() == (2, False)
