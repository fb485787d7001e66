"""Small flowables of the handout: a gap that ends with its page, a line to write on, and a
card whose tighter version is measured as the frame will place it."""

from __future__ import annotations

import io

from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer

from rehab_planner.handout.flowables import Gap, WriteOnLine
from rehab_planner.handout.styles import CLOSE_LEADING, handout_style

PAGE = 400.0


def _pages(story: list) -> int:
    doc = BaseDocTemplate(io.BytesIO(), pagesize=(300, PAGE), leftMargin=0, rightMargin=0,
                          topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate(frames=[Frame(0, 0, 300, PAGE, leftPadding=0,
                                                     rightPadding=0, topPadding=0,
                                                     bottomPadding=0)])])
    doc.build(story)
    return int(doc.page)


def test_a_gap_at_the_foot_of_a_page_never_starts_an_empty_one() -> None:
    full = PAGE - 5  # a block that leaves less room than the gap
    with_spacer = _pages([Spacer(1, full), Spacer(1, 20), PageBreak(), Spacer(1, 10)])
    with_gap = _pages([Spacer(1, full), Gap(1, 20), PageBreak(), Spacer(1, 10)])
    assert with_spacer == 3  # reportlab's own spacer moves on and leaves a page blank
    assert with_gap == 2
    # with room, the gap is its full height
    assert Gap(1, 20).wrap(300, 100) == (1, 20)
    assert Gap(1, 20).wrap(300, 5) == (1, 5)


def test_a_line_to_write_on_is_as_wide_as_its_column() -> None:
    style = handout_style(True)
    line = WriteOnLine(style.small_size, style)
    assert line.wrap(47, 500) == (47, style.small_size * CLOSE_LEADING)
    assert line.wrap(80, 500)[0] == 80


def test_a_paragraph_breaks_its_lines_once_per_width_with_the_same_result() -> None:
    from reportlab.platypus import Paragraph

    from rehab_planner.handout.flowables import Para
    from rehab_planner.handout.fonts import register_fonts

    register_fonts()
    style = handout_style(False).paragraphs["body"]
    text = "Lie on your back with your knees bent and your feet flat. " * 4
    cached, plain = Para(text, style), Paragraph(text, style)
    broken: list[float] = []
    original = Paragraph.breakLines

    def counted(self, widths):  # type: ignore[no-untyped-def]
        broken.append(widths[0])
        return original(self, widths)

    widths = (300.0, 150.0, 300.0, 150.0, 420.0, 300.0)
    for width in widths:
        assert cached.wrap(width, 1000) == plain.wrap(width, 1000)
        # what a split or a draw uses afterwards is the width just asked for
        assert cached.blPara.lines == plain.blPara.lines
        assert [p.wrap(width, 1000) for p in cached.split(width, 40)] == \
            [p.wrap(width, 1000) for p in plain.split(width, 40)]
    fresh = Para(text, style)
    Paragraph.breakLines = counted  # type: ignore[method-assign]
    try:
        for width in widths:
            fresh.wrap(width, 1000)
    finally:
        Paragraph.breakLines = original  # type: ignore[method-assign]
    assert sorted(broken) == [150.0, 300.0, 420.0]  # once per width
